import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'joint-controller-arrangement';

const joint = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'joint_controllers:', ...lines);

describe(RULE, () => {
  it('passes joint controllers with an arrangement, and none', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('reports a joint controller without arrangement, at its name', () => {
    expect(findingsOf(RULE, joint('  - name: Example School Board', '    scope: Enrolment'))).toEqual([
      '4:11 No arrangement is recorded with the joint controller Example School Board: joint controllers set out their respective responsibilities in an arrangement (Art. 26 GDPR). Give its reference or essence in `arrangement`.',
    ]);
  });

  it('reports a joint controller defined in privrec.yaml at its `ref`, under 2018/1725', () => {
    const config = { parties: { ep: { name: 'European Parliament' } } };
    expect(findingsOf(RULE, joint('  - ref: ep', '    scope: IT infrastructure'), { config, regime: 'eudpr' })).toEqual([
      expect.stringContaining('4:10 No arrangement is recorded with the joint controller European Parliament: joint controllers set out their respective responsibilities in an arrangement (Art. 28 of 2018/1725).'),
    ]);
  });
});
