import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'processor-contract';

const processor = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'processors:', ...lines);

describe(RULE, () => {
  it('passes processors bound by a contract to the controller\'s instructions', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('reports a processor without contract or instructions statement, at its name (Zoom)', () => {
    expect(findingsOf(RULE, processor('  - name: Zoom Video Communications', '    location: US'))).toEqual([
      '4:11 No contract is recorded for the processor Zoom Video Communications: processing by a processor is governed by a contract or other legal act (Art. 28(3) GDPR). Give its reference in `contract`.',
      "4:11 The record does not state that the processor Zoom Video Communications processes the data only on the controller's documented instructions (Art. 28(3)(a) GDPR): set `instructions_only: true` once the contract binds it to that.",
    ]);
  });

  it('reports `instructions_only: false` at that key, under 2018/1725', () => {
    expect(findingsOf(RULE, processor('  - name: Host', '    contract: FWC 1', '    instructions_only: false'), { regime: 'eudpr' })).toEqual([
      expect.stringContaining("6:24 The record does not state that the processor Host processes the data only on the controller's documented instructions (Art. 29(3)(a) of 2018/1725)"),
    ]);
  });

  it('reports processing for the provider\'s own purposes (DSK video-conferencing guidance)', () => {
    const yaml = processor('  - name: Video Provider', '    contract: DPA 2026', '    instructions_only: true', '    own_purposes: true');
    expect(findingsOf(RULE, yaml)).toEqual([
      "7:19 The processor Video Provider also processes the data for purposes of its own: a processor processes only on the controller's instructions (Art. 28(3)(a) GDPR). Choose a provider, or contract terms, that exclude processing for its own purposes.",
    ]);
  });

  it('names a processor defined in privrec.yaml and reports at its `ref`', () => {
    const config = { parties: { host: { name: 'Hosting Ltd' } } };
    expect(findingsOf(RULE, processor('  - ref: host', '    instructions_only: true'), { config, regime: 'eudpr' })).toEqual([
      expect.stringContaining('4:10 No contract is recorded for the processor Hosting Ltd: processing by a processor is governed by a contract or other legal act (Art. 29(3) of 2018/1725).'),
    ]);
  });
});
