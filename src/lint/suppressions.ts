import type { Finding, Severity } from '../model.js';
import { UNSUPPRESSIBLE_CHECKS } from '../rules/core.js';

export interface Suppression {
  line: number;
  column: number;
  endColumn: number;
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  reason?: string;
  used: boolean;
}

const DIRECTIVE = /#\s*privrec-disable-next-line\b(.*)$/;

/** Finds `# privrec-disable-next-line <rule-id>[, <rule-id>] -- <reason>` comments. */
export function findSuppressions(text: string): Suppression[] {
  const suppressions: Suppression[] = [];
  if (!text.includes('privrec-disable')) return suppressions;
  const lines = text.split('\n');
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [body = '', reason] = match[1]!.split(/\s--\s?|\s--$/, 2);
    suppressions.push({
      line: index + 1,
      column: match.index + 1,
      endColumn: content.replace(/\r$/, '').length + 1,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      reason: reason?.trim() || undefined,
      used: false,
    });
  });
  return suppressions;
}

/** Drops suppressed findings and reports directives without a reason or that suppress nothing. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[], directiveSeverity: Severity | 'off'): Finding[] {
  const kept = findings.filter((finding) => {
    const suppression = suppressions.find((s) => s.line + 1 === finding.line && (s.ruleIds.length === 0 || s.ruleIds.includes(finding.ruleId)));
    if (!suppression || UNSUPPRESSIBLE_CHECKS.has(finding.ruleId)) return true;
    suppression.used = true;
    return false;
  });
  if (directiveSeverity === 'off') return kept;
  for (const s of suppressions) {
    const at = { line: s.line, column: s.column, endLine: s.line, endColumn: s.endColumn };
    const rules = s.ruleIds.length > 0 ? s.ruleIds.join(', ') : 'all rules';
    if (!s.reason) {
      kept.push({ ruleId: 'suppression', severity: 'error', message: `Suppression of ${rules} gives no reason: write \`-- <reason>\` after the rule ids so that reviewers know why.`, ...at });
    }
    if (!s.used) {
      kept.push({ ruleId: 'suppression', severity: directiveSeverity, message: `Unused suppression: ${rules} reports nothing on the next line. Remove the comment.`, ...at });
    }
  }
  return kept;
}
