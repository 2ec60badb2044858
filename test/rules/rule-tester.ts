/**
 * One runner for every rule's table, as ESLint's RuleTester: `valid` records on which the rule
 * reports nothing, `invalid` records with the findings it must report, each as `line:column`
 * and, where the wording matters, a part of the message.
 */
import { describe, expect, it } from 'vitest';
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

export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  if (!RULES.some((rule) => rule.id === ruleId)) throw new Error(`no rule ${ruleId}`);
  describe(ruleId, () => {
    describe('valid', () => {
      it.each(cases.valid)('$name', ({ yaml, ...options }) => {
        expect(lintRecord(yaml, options).filter((finding) => finding.ruleId === ruleId).map((f) => `${ruleId}@${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid)('$name', ({ yaml, findings, ...options }) => {
        const actual = lintRecord(yaml, options).filter((finding) => finding.ruleId === ruleId);
        const expected = findings.map((f) => (typeof f === 'string' ? { at: f } : f));
        expect(actual.map((f) => `${ruleId}@${f.line}:${f.column}`)).toEqual(expected.map((f) => `${ruleId}@${f.at}`));
        expected.forEach((f, index) => {
          if (f.message === undefined) return;
          if (typeof f.message === 'string') expect(actual[index]!.message).toContain(f.message);
          else expect(actual[index]!.message).toMatch(f.message);
        });
      });
    });
  });
}
