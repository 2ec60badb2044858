import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'review-due';

const updatedOn = (date: string) => yamlLines('privrec: 1', 'id: r', `updated: "${date}"`);

describe(RULE, () => {
  it('passes the complete records (updated 2026-06-01) on 2026-11-28', () => {
    expect(findingsOf(RULE, GDPR_RECORD, { asOf: '2026-11-28' })).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr', asOf: '2026-11-28' })).toEqual([]);
  });

  it('passes on the last day of the default interval (P12M) and reports the day after', () => {
    expect(findingsOf(RULE, updatedOn('2025-11-28'), { asOf: '2026-11-28' })).toEqual([]);
    expect(findingsOf(RULE, updatedOn('2025-11-28'), { asOf: '2026-11-29' })).toEqual([
      '3:10 Last updated 2025-11-28, more than the review interval (P12M) ago: the review was due by 2026-11-28. Check the record against the processing as it is today and update `updated` (Art. 30(1) GDPR; measures are reviewed and updated where necessary, Art. 24(1) GDPR).',
    ]);
  });

  it('cites 2018/1725 for an eudpr record (EDPS record 69, last updated 2023-03-20)', () => {
    expect(findingsOf(RULE, updatedOn('2023-03-20'), { regime: 'eudpr', asOf: '2026-11-28' })).toEqual([
      '3:10 Last updated 2023-03-20, more than the review interval (P12M) ago: the review was due by 2024-03-20. Check the record against the processing as it is today and update `updated` (Art. 31(1) of 2018/1725; measures are reviewed and updated where necessary, Art. 26(1) of 2018/1725).',
    ]);
  });

  it('uses the configured review interval, counting calendar months to the end of a shorter month', () => {
    const config = { reviewInterval: 'P1M' };
    expect(findingsOf(RULE, updatedOn('2024-01-31'), { config, asOf: '2024-02-29' })).toEqual([]);
    expect(findingsOf(RULE, updatedOn('2024-01-31'), { config, asOf: '2024-03-01' })).toEqual([expect.stringMatching(/^3:10 .*\(P1M\) ago: the review was due by 2024-02-29\./)]);
  });

  it('adds weeks and days of an interval', () => {
    const config = { reviewInterval: 'P1Y2W3D' };
    expect(findingsOf(RULE, updatedOn('2025-12-20'), { config, asOf: '2027-01-06' })).toEqual([]);
    expect(findingsOf(RULE, updatedOn('2025-12-20'), { config, asOf: '2027-01-07' })).toEqual([expect.stringContaining('due by 2027-01-06')]);
  });

  it('reports an update date after the evaluation date', () => {
    expect(findingsOf(RULE, updatedOn('2026-12-01'), { asOf: '2026-11-28' })).toEqual([
      '3:10 `updated` is 2026-12-01, after 2026-11-28: a record cannot have been updated in the future. Write the date of the last actual update.',
    ]);
  });

  it('says nothing without a date (record-required asks for it)', () => {
    expect(findingsOf(RULE, yamlLines('privrec: 1', 'id: r'))).toEqual([]);
  });
});
