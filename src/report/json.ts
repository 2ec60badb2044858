import type { Formatter } from './types.js';

/** ESLint's JSON formatter shape, so that tools reading ESLint JSON read privrec's. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => {
      const errorCount = result.findings.filter((f) => f.severity === 'error').length;
      return {
        filePath: result.filePath,
        messages: result.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity === 'error' ? 2 : 1,
          message: f.message,
          line: f.line,
          column: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          ...(f.fix && { fix: { range: f.fix.range, text: f.fix.text } }),
          ...(f.regimes && { regimes: f.regimes }),
        })),
        errorCount,
        fatalErrorCount: result.findings.filter((f) => f.ruleId === 'syntax' || f.ruleId === 'file').length,
        warningCount: result.findings.length - errorCount,
        fixableErrorCount: result.findings.filter((f) => f.fix && f.severity === 'error').length,
        fixableWarningCount: result.findings.filter((f) => f.fix && f.severity === 'warning').length,
      };
    }),
  );
