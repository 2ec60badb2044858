import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { countFindings, plural, printable } from './text.js';
import { shownPath } from '../paths.js';

/** Grouped by file, aligned columns, a summary line: the format ESLint users read every day. */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const lines: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    lines.push('', chalk.underline(printable(shownPath(result.filePath, context.cwd))));
    const rows = result.findings.map((f) => [`${f.line}:${f.column}`, f.severity, printable(f.message), f.ruleId] as const);
    const positionWidth = Math.max(...rows.map((row) => row[0].length));
    const severityWidth = Math.max(...rows.map((row) => row[1].length));
    for (const [position, severity, message, ruleId] of rows) {
      const paint = severity === 'error' ? chalk.red : chalk.yellow;
      lines.push(`  ${chalk.dim(position.padEnd(positionWidth))}  ${paint(severity.padEnd(severityWidth))}  ${message}  ${chalk.dim(ruleId)}`);
    }
  }
  const { errors, warnings } = countFindings(results);
  if (errors + warnings === 0) return '';
  const paint = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  lines.push('', paint(`\u2716 ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`), '');
  return lines.join('\n');
};
