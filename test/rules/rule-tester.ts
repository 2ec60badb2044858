/**
 * One runner for every rule's table, as ESLint's RuleTester: `valid` records on which the rule
 * reports nothing, `invalid` records with the findings it must report, each as `line:column`
 * and, where the wording matters, a part of the message.
 */
import { describe, expect, it } from 'vitest';
import { regimeInfo } from '../../src/law/index.js';
import type { Regime } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { lintRecord, type LintRecordOptions } from './helpers.js';

export interface ValidCase extends LintRecordOptions {
  name: string;
  yaml: string;
}

export interface ExpectedFinding {
  /** `line:column` of the finding. */
  at: string;
  /** A part of the message (a string it contains, or a pattern it matches). */
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  findings: (string | ExpectedFinding)[];
}

/** "Art. 30(1)(f) GDPR", "Art. 31(1) of 2018/1725": a citation in the regime's own form (src/law/regimes.json). */
function citation(regime: Regime): RegExp {
  const [before, after] = regimeInfo(regime)
    .citation.split('{article}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`${before}\\d+[^ ]*${after}`);
}

export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  if (!RULES.some((rule) => rule.id === ruleId)) throw new Error(`no rule ${ruleId}`);
  describe(ruleId, () => {
    describe('valid', () => {
      it.each(cases.valid)('$name', ({ yaml, ...options }) => {
        expect(
          lintRecord(yaml, options)
            .filter((finding) => finding.ruleId === ruleId)
            .map((f) => `${ruleId}@${f.line}:${f.column} ${f.message}`),
        ).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid)('$name', ({ yaml, findings, ...options }) => {
        const actual = lintRecord(yaml, options).filter((finding) => finding.ruleId === ruleId);
        const expected = findings.map((f) => (typeof f === 'string' ? { at: f } : f));
        expect(actual.map((f) => `${ruleId}@${f.line}:${f.column}`)).toEqual(expected.map((f) => `${ruleId}@${f.at}`));
        // Every message cites the article it rests on, of the record's regime.
        for (const finding of actual) expect(finding.message).toMatch(citation(options.regime ?? 'gdpr'));
        expected.forEach((f, index) => {
          if (f.message === undefined) return;
          if (typeof f.message === 'string') expect(actual[index]!.message).toContain(f.message);
          else expect(actual[index]!.message).toMatch(f.message);
        });
      });
    });
  });
}
