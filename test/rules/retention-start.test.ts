import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'retention-start';
const strict = { config: { preset: 'strict' as const } };

const keeping = (...retention: string[]) => yamlLines('privrec: 1', 'id: r', 'retention:', '  - data: all', ...retention);

describe(RULE, () => {
  it('passes the complete records', () => {
    expect(findingsOf(RULE, GDPR_RECORD, strict)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { ...strict, regime: 'eudpr' })).toEqual([]);
  });

  it('reports a period without its event (VCRP backups: "deleted after a maximum of 1 year") in the strict preset only', () => {
    const yaml = keeping('    period: P1Y', '    note: The data records are deleted after a maximum of 1 year.');
    expect(findingsOf(RULE, yaml, strict)).toEqual([
      '5:13 The period P1Y does not say from which event it runs: add `after`, e.g. "collection" or "the end of the contract", so that the time limit can be applied (Art. 30(1)(f) GDPR).',
    ]);
    expect(findingsOf(RULE, yaml)).toEqual([]);
  });

  it('passes a period with `after`', () => {
    expect(findingsOf(RULE, keeping('    period: P3M', '    after: the snapshot is taken'), strict)).toEqual([]);
  });
});
