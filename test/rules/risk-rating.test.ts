import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'risk-rating';

/** One DPIA risk: its lines start at line 6 (`likelihood` at 7, `severity` at 8). */
const risk = (likelihood: number, severity: number, ...more: string[]) =>
  yamlLines(
    'privrec: 1',
    'id: r',
    'dpia:',
    '  required: true',
    '  risks:',
    '    - id: ra-1',
    `      likelihood: ${likelihood}`,
    `      severity: ${severity}`,
    '      description: Leaked meeting link',
    '      mitigation: Waiting room',
    ...more,
  );

describe(RULE, () => {
  it('passes the complete records and a correctly rated medium risk (Dhoon/Laxey: 2 × 2 = 4)', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
    expect(findingsOf(RULE, risk(2, 2, '      rating: 4'))).toEqual([]);
  });

  it('reports a rating that is not likelihood × severity', () => {
    expect(findingsOf(RULE, risk(2, 2, '      rating: 5'))).toEqual(['11:15 The rating 5 is not likelihood × severity (2 × 2 = 4).']);
  });

  it('reports a high risk without residual rating and without prior consultation', () => {
    expect(findingsOf(RULE, risk(3, 2))).toEqual([
      '7:19 Risk `ra-1` remains high after mitigation (3 × 2 = 6, no residual rating): Art. 36 GDPR requires consulting the supervisory authority before the processing starts. Record it in `dpia.prior_consultation`, or mitigate further and state the `residual` risk.',
    ]);
    expect(findingsOf(RULE, risk(3, 3, '      rating: 9'), { regime: 'eudpr' })).toEqual([
      '11:15 Risk `ra-1` remains high after mitigation (rating 9, no residual rating): Art. 40 of 2018/1725 requires consulting the European Data Protection Supervisor before the processing starts. Record it in `dpia.prior_consultation`, or mitigate further and state the `residual` risk.',
    ]);
  });

  it('judges by the residual risk where there is one', () => {
    expect(findingsOf(RULE, risk(3, 3, '      residual:', '        likelihood: 1', '        severity: 2'))).toEqual([]);
    expect(findingsOf(RULE, risk(1, 1, '      residual:', '        level: high'))).toEqual([expect.stringMatching(/^12:16 Risk `ra-1` remains high after mitigation \(residual level high\): /)]);
    expect(findingsOf(RULE, risk(3, 3, '      residual:', '        likelihood: 2', '        severity: 3'))).toEqual([expect.stringMatching(/^12:9 Risk `ra-1` remains high after mitigation \(residual 2 × 3 = 6\): /)]);
  });

  it('reports a residual level that contradicts its likelihood × severity', () => {
    expect(findingsOf(RULE, risk(3, 3, '      residual:', '        likelihood: 1', '        severity: 2', '        level: medium'))).toEqual([
      '14:16 The residual level "medium" does not match its likelihood × severity (1 × 2 = 2, low).',
    ]);
  });

  it('accepts a high risk once the prior consultation is recorded', () => {
    expect(findingsOf(RULE, risk(3, 3, '  prior_consultation:', '    reference: EDPS case 2026-0001'))).toEqual([]);
  });
});
