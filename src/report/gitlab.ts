import type { Formatter } from './types.js';
import { fingerprintedFindings } from './fingerprint.js';

/** GitLab Code Quality report (a subset of the Code Climate issue format). */
export const gitlab: Formatter = (results, context) =>
  `${JSON.stringify(
    fingerprintedFindings(results, context).map(({ finding, path, fingerprint }) => ({
      type: 'issue',
      description: finding.message,
      check_name: finding.ruleId,
      fingerprint,
      severity: finding.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: finding.line, end: finding.endLine } },
    })),
    null,
    2,
  )}\n`;
