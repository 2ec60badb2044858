import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'dpo-contact';

const controlledBy = (...controller: string[]) => yamlLines('privrec: 1', 'id: r', 'controllers:', ...controller);

describe(RULE, () => {
  it('passes the complete records', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it("reports a DPO taken from privrec.yaml without e-mail, and accepts the party's DPO with one", () => {
    const yaml = controlledBy('  - ref: school');
    const party = (dpo: object) => ({ parties: { school: { name: 'Example School', dpo } } });
    expect(findingsOf(RULE, yaml, { config: party({ name: 'School DPO', phone: '+49 1' }) })).toEqual([
      "4:10 The DPO of Example School has no e-mail address: Art. 30(1)(a) GDPR and Art. 13(1)(b) GDPR require the DPO's contact details. Add its `email`, or give `dpo` in the record.",
    ]);
    expect(findingsOf(RULE, yaml, { config: party({ email: 'dpo@school.example' }) })).toEqual([]);
  });

  it('reports a GDPR public authority without DPO, at the start of the record', () => {
    const yaml = controlledBy('  - name: Example School', '    public_authority: true');
    expect(findingsOf(RULE, yaml)).toEqual([
      "1:1 Example School is a public authority and must designate a DPO (Art. 37(1)(a) GDPR); Art. 30(1)(a) GDPR and Art. 13(1)(b) GDPR require the DPO's contact details. Add `dpo` with an `email`.",
    ]);
    expect(findingsOf(RULE, controlledBy('  - name: Example Shop'))).toEqual([]);
  });

  it('leaves a 2018/1725 record without DPO to record-required', () => {
    expect(findingsOf(RULE, controlledBy('  - name: Example Agency', '    public_authority: true'), { regime: 'eudpr' })).toEqual([]);
  });
});
