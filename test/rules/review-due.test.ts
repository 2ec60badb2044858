import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const updatedOn = (date: string) => yamlLines('privrec: 1', 'id: r', `updated: "${date}"`);
const monthly = { reviewInterval: 'P1M' };
const yearAndAHalfMonth = { reviewInterval: 'P1Y2W3D' };

testRule('review-due', {
  valid: [
    { name: 'a complete GDPR record (updated 2026-06-01) on 2026-11-28', yaml: GDPR_RECORD, asOf: '2026-11-28' },
    { name: 'a complete 2018/1725 record on 2026-11-28', yaml: EUDPR_RECORD, regime: 'eudpr', asOf: '2026-11-28' },
    { name: 'the last day of the default interval (P12M)', yaml: updatedOn('2025-11-28'), asOf: '2026-11-28' },
    { name: 'updated on the day of the lint: not in the future', yaml: updatedOn('2026-11-28'), asOf: '2026-11-28' },
    { name: 'calendar months to the end of a shorter month (P1M)', yaml: updatedOn('2024-01-31'), config: monthly, asOf: '2024-02-29' },
    { name: 'weeks and days of an interval', yaml: updatedOn('2025-12-20'), config: yearAndAHalfMonth, asOf: '2027-01-06' },
    { name: 'no date: record-required asks for it', yaml: yamlLines('privrec: 1', 'id: r') },
  ],
  invalid: [
    {
      name: 'the day after the default interval',
      yaml: updatedOn('2025-11-28'),
      asOf: '2026-11-29',
      findings: [
        {
          at: '3:10',
          message:
            'Last updated 2025-11-28, more than the review interval (P12M) ago: the review was due by 2026-11-28. Check the record against the processing as it is today and update `updated` (Art. 30(1) GDPR; measures are reviewed and updated where necessary, Art. 24(1) GDPR).',
        },
      ],
    },
    {
      name: 'FADP, which has no article on reviewing measures',
      yaml: updatedOn('2025-11-28'),
      regime: 'fadp',
      asOf: '2026-11-29',
      findings: [{ at: '3:10', message: /update `updated` \(Art\. 12\(\d\) FADP\)\.$/ }],
    },
    {
      name: 'an eudpr record (EDPS record 69, last updated 2023-03-20)',
      yaml: updatedOn('2023-03-20'),
      regime: 'eudpr',
      asOf: '2026-11-28',
      findings: [
        {
          at: '3:10',
          message:
            'Last updated 2023-03-20, more than the review interval (P12M) ago: the review was due by 2024-03-20. Check the record against the processing as it is today and update `updated` (Art. 31(1) of 2018/1725; measures are reviewed and updated where necessary, Art. 26(1) of 2018/1725).',
        },
      ],
    },
    {
      name: 'P1M, the day after the end of February',
      yaml: updatedOn('2024-01-31'),
      config: monthly,
      asOf: '2024-03-01',
      findings: [{ at: '3:10', message: /\(P1M\) ago: the review was due by 2024-02-29\./ }],
    },
    { name: 'P1Y2W3D, a day late', yaml: updatedOn('2025-12-20'), config: yearAndAHalfMonth, asOf: '2027-01-07', findings: [{ at: '3:10', message: 'due by 2027-01-06' }] },
    {
      name: 'an update date after the evaluation date',
      yaml: updatedOn('2026-12-01'),
      asOf: '2026-11-28',
      findings: [{ at: '3:10', message: '`updated` is 2026-12-01, after 2026-11-28: a record cannot have been updated in the future. Write the date of the last actual update (Art. 30(1) GDPR).' }],
    },
  ],
});
