import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const strict = { config: { preset: 'strict' as const } };
const keeping = (...retention: string[]) => yamlLines('privrec: 1', 'id: r', 'retention:', '  - data: all', ...retention);
const backups = keeping('    period: P1Y', '    note: The data records are deleted after a maximum of 1 year.');

testRule('retention-start', {
  valid: [
    { name: 'a complete GDPR record (strict)', yaml: GDPR_RECORD, ...strict },
    { name: 'a complete 2018/1725 record (strict)', yaml: EUDPR_RECORD, regime: 'eudpr', ...strict },
    { name: 'a period with `after`', yaml: keeping('    period: P3M', '    after: the snapshot is taken'), ...strict },
    { name: 'a period without its event, in the recommended preset (off)', yaml: backups },
    { name: 'no period: nothing to start', yaml: keeping('    note: Kept for the audit.'), ...strict },
    { name: 'a period with the event `until` which data is kept', yaml: keeping('    period: P1Y', '    until: the end of the contract'), ...strict },
  ],
  invalid: [
    {
      name: 'a period without its event (VCRP backups: "deleted after a maximum of 1 year"), strict',
      yaml: backups,
      ...strict,
      findings: [
        {
          at: '5:13',
          message: 'The period P1Y does not say from which event it runs: add `after`, e.g. "collection" or "the end of the contract", so that the time limit can be applied (Art. 30(1)(f) GDPR).',
        },
      ],
    },
    { name: 'under 2018/1725', yaml: keeping('    period: P6M'), regime: 'eudpr', ...strict, findings: [{ at: '5:13', message: '(Art. 31(1)(f) of 2018/1725)' }] },
  ],
});
