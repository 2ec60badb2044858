import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'automated-decision-info';

const decisions = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'automated_decisions:', ...lines);

describe(RULE, () => {
  it('passes the complete records, which use no automated decisions', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('passes automated decisions with their logic and significance', () => {
    const yaml = decisions('  used: true', '  logic: Points for income and debts.', '  significance: A low score means the loan is refused.');
    expect(findingsOf(RULE, yaml)).toEqual([]);
  });

  it('reports a missing significance (GDPR)', () => {
    expect(findingsOf(RULE, decisions('  used: true', '  logic: Points for income and debts.'))).toEqual([
      '4:9 Automated decisions are used but `significance` is missing: Art. 13(2)(f) GDPR requires meaningful information about the logic involved and the significance and envisaged consequences for the person (decisions under Art. 22 GDPR).',
    ]);
  });

  it('reports both missing under 2018/1725', () => {
    expect(findingsOf(RULE, decisions('  used: true'), { regime: 'eudpr' })).toEqual([
      '4:9 Automated decisions are used but `logic` and `significance` are missing: Art. 15(2)(f) of 2018/1725 requires meaningful information about the logic involved and the significance and envisaged consequences for the person (decisions under Art. 24 of 2018/1725).',
    ]);
  });

  it('ignores profiling without automated decisions', () => {
    expect(findingsOf(RULE, decisions('  used: false', '  profiling: true'))).toEqual([]);
  });
});
