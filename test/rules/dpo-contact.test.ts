import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const controlledBy = (...controller: string[]) => yamlLines('privrec: 1', 'id: r', 'controllers:', ...controller);
const party = (dpo: object) => ({ config: { parties: { school: { name: 'Example School', dpo } } } });

testRule('dpo-contact', {
  valid: [
    { name: 'FADP: a federal body without DPO (no record or notice item asks for one)', yaml: controlledBy('  - name: Federal Office', '    public_authority: true'), regime: 'fadp' },
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'FADP: a DPO without e-mail (no item asks for its contact details)', yaml: controlledBy('  - name: Federal Office', '    dpo: { phone: "+41 1" }'), regime: 'fadp' },
    {
      name: 'a public authority whose DPO privrec.yaml gives: no finding about designating one',
      yaml: controlledBy('  - ref: school'),
      config: { parties: { school: { name: 'Example School', public_authority: true, dpo: { email: 'dpo@school.example' } } } },
    },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: "the party's DPO with an e-mail address", yaml: controlledBy('  - ref: school'), ...party({ email: 'dpo@school.example' }) },
    { name: 'a GDPR controller that is no public authority, without DPO', yaml: controlledBy('  - name: Example Shop') },
    { name: 'a 2018/1725 record without DPO: left to record-required', yaml: controlledBy('  - name: Example Agency', '    public_authority: true'), regime: 'eudpr' },
  ],
  invalid: [
    {
      name: 'a DPO from privrec.yaml without e-mail, at the ref',
      yaml: controlledBy('  - ref: school'),
      ...party({ name: 'School DPO', phone: '+49 1' }),
      findings: [
        {
          at: '4:10',
          message: "The DPO of Example School has no e-mail address: Art. 30(1)(a) GDPR and Art. 13(1)(b) GDPR require the DPO's contact details. Add its `email`, or give `dpo` in the record.",
        },
      ],
    },
    {
      name: 'register-only: the record article alone',
      yaml: controlledBy('  - ref: school'),
      config: { notices: false, parties: { school: { name: 'Example School', dpo: { name: 'School DPO' } } } },
      findings: [{ at: '4:10', message: "The DPO of Example School has no e-mail address: Art. 30(1)(a) GDPR requires the DPO's contact details." }],
    },
    {
      name: 'a public authority without a name (the schema reports that too)',
      yaml: controlledBy('  - public_authority: true'),
      findings: [{ at: '1:1', message: /^The controller is a public authority and must designate a DPO/ }],
    },
    {
      name: 'a GDPR public authority without DPO, at the start of the record',
      yaml: controlledBy('  - name: Example School', '    public_authority: true'),
      findings: [
        {
          at: '1:1',
          message:
            "Example School is a public authority and must designate a DPO (Art. 37(1)(a) GDPR); Art. 30(1)(a) GDPR and Art. 13(1)(b) GDPR require the DPO's contact details. Add `dpo` with an `email`.",
        },
      ],
    },
    {
      name: 'the DPO of a controller without a name, as "this controller"',
      yaml: controlledBy('  - dpo: { phone: "+49 1" }'),
      findings: [{ at: '4:5', message: 'The DPO of this controller has no e-mail address' }],
    },
  ],
});
