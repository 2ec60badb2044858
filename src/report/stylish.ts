import type { Formatter } from './types.js';
import { countFindings, plural, printable } from './text.js';
import { shownPath } from '../paths.js';

type Style = (text: string) => string;

interface Palette {
  path: Style;
  position: Style;
  error: Style;
  warning: Style;
  errorSummary: Style;
  warningSummary: Style;
}

const same: Style = (text) => text;
const PLAIN: Palette = { path: same, position: same, error: same, warning: same, errorSummary: same, warningSummary: same };

/**
 * Colours come from chalk, imported only when colour is on: chalk loads node:tty and with it net
 * (~2 ms), which a pre-commit hook or a CI job, whose output is not a terminal, does without.
 */
async function palette(color: boolean): Promise<Palette> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { path: chalk.underline, position: chalk.dim, error: chalk.red, warning: chalk.yellow, errorSummary: chalk.red.bold, warningSummary: chalk.yellow.bold };
}

/** Grouped by file, aligned columns, a summary line: the format ESLint users read every day. */
export async function stylish(color: boolean): Promise<Formatter> {
  const paint = await palette(color);
  return (results, context) => {
    const lines: string[] = [];
    for (const result of results) {
      if (result.findings.length === 0) continue;
      lines.push('', paint.path(printable(shownPath(result.filePath, context.cwd))));
      const rows = result.findings.map((f) => [`${f.line}:${f.column}`, f.severity, printable(f.message), f.ruleId] as const);
      const positionWidth = Math.max(...rows.map((row) => row[0].length));
      const severityWidth = Math.max(...rows.map((row) => row[1].length));
      for (const [position, severity, message, ruleId] of rows) {
        const level = severity === 'error' ? paint.error : paint.warning;
        lines.push(`  ${paint.position(position.padEnd(positionWidth))}  ${level(severity.padEnd(severityWidth))}  ${message}  ${paint.position(ruleId)}`);
      }
    }
    const { errors, warnings } = countFindings(results);
    if (errors + warnings === 0) return '';
    const summary = errors > 0 ? paint.errorSummary : paint.warningSummary;
    lines.push('', summary(`\u2716 ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`), '');
    return lines.join('\n');
  };
}
