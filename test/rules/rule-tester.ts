/**
 * One runner for every rule's table, as ESLint's RuleTester: `valid` records on which the rule
 * reports nothing, `invalid` records with the findings it must report, each as `line:column`
 * and, where the wording matters, a part of the message; every message whole is in a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { REGIMES, regimeInfo } from '../../src/law/index.js';
import { appliesUnder } from '../../src/lint/lint-source.js';
import type { Regime } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { lintRecord, type LintRecordOptions } from './helpers.js';
import { COMPLETE_RECORDS } from './records.js';

export interface ValidCase extends LintRecordOptions {
  name: string;
  yaml: string;
  /**
   * Every GDPR case runs under the UK GDPR too, which has the same articles, and must give the same
   * findings at the same places; a case where UK law differs says how (and has UK cases of its own).
   */
  ukDiffers?: string;
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
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  describe(ruleId, () => {
    describe('valid', () => {
      it.each(cases.valid)('$name', ({ yaml, ukDiffers: _, ...options }) => {
        expect(
          lintRecord(yaml, options)
            .filter((finding) => finding.ruleId === ruleId)
            .map((f) => `${ruleId}@${f.line}:${f.column} ${f.message}`),
        ).toEqual([]);
      });
    });
    const underUk = <T extends ValidCase>(list: T[]) => list.filter((c) => (c.regime ?? 'gdpr') === 'gdpr' && c.ukDiffers === undefined);
    if (underUk(cases.valid).length > 0) {
      describe('valid, under the UK GDPR', () => {
        it.each(underUk(cases.valid))('$name', ({ yaml, ukDiffers: _, ...options }) => {
          expect(
            lintRecord(yaml, { ...options, regime: 'uk-gdpr' })
              .filter((finding) => finding.ruleId === ruleId)
              .map((f) => `${ruleId}@${f.line}:${f.column} ${f.message}`),
          ).toEqual([]);
        });
      });
    }
    if (underUk(cases.invalid).length > 0) {
      describe('invalid, under the UK GDPR', () => {
        it.each(underUk(cases.invalid))('$name', ({ yaml, findings, ukDiffers: _, ...options }) => {
          const actual = lintRecord(yaml, { ...options, regime: 'uk-gdpr' }).filter((finding) => finding.ruleId === ruleId);
          const expected = findings.map((f) => (typeof f === 'string' ? { at: f } : f));
          expect(actual.map((f) => `${ruleId}@${f.line}:${f.column}`)).toEqual(expected.map((f) => `${ruleId}@${f.at}`));
        });
      });
    }
    describe('the complete record of every regime it applies to', () => {
      it.each(REGIMES.filter((regime) => appliesUnder(rule, regime)))('%s', (regime) => {
        expect(
          lintRecord(COMPLETE_RECORDS[regime], { regime })
            .filter((finding) => finding.ruleId === ruleId)
            .map((f) => `${ruleId}@${f.line}:${f.column} ${f.message}`),
        ).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid)('$name', ({ yaml, findings, ukDiffers: _, ...options }) => {
        const actual = lintRecord(yaml, options).filter((finding) => finding.ruleId === ruleId);
        const expected = findings.map((f) => (typeof f === 'string' ? { at: f } : f));
        expect(actual.map((f) => `${ruleId}@${f.line}:${f.column}`)).toEqual(expected.map((f) => `${ruleId}@${f.at}`));
        // Every message cites the article it rests on, of the record's regime.
        // (A record under several regimes: the regimes the finding names.)
        for (const finding of actual) {
          const regimes = finding.regimes ?? [options.regime ?? 'gdpr'];
          expect(
            regimes.some((regime) => citation(regime).test(finding.message)),
            `${finding.message} cites ${regimes.join(' or ')}`,
          ).toBe(true);
        }
        expected.forEach((f, index) => {
          if (f.message === undefined) return;
          if (typeof f.message === 'string') expect(actual[index]!.message).toContain(f.message);
          else expect(actual[index]!.message).toMatch(f.message);
        });
        // Each message whole, as the user reads it, and the certain fix offered with it: reviewed in
        // the snapshot files (test/rules/__snapshots__/), which change only with `npx vitest run -u`, in the diff.
        expect(actual.map((f) => `${f.line}:${f.column} ${f.message}${f.fix ? ` [fix: ${JSON.stringify(f.fix.text)}]` : ''}`)).toMatchSnapshot();
      });
    });
  });
}
