import type { Formatter } from './types.js';
import { printable, repositoryPath } from './text.js';

// The GitHub runner (ActionCommand.cs) decodes %25 last, so % is encoded first.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding. */
export const github: Formatter = (results, context) =>
  results
    .flatMap((result) => {
      const file = escapeProperty(printable(repositoryPath(result.filePath, context)));
      return result.findings.map((f) => {
        const properties = `file=${file},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(`privrec ${f.ruleId}`)}`;
        return `::${f.severity} ${properties}::${escapeData(printable(f.message, { keepLineBreaks: true }))}\n`;
      });
    })
    .join('');
