import { EUDPR_RECORD, GDPR_RECORD, PROCESSOR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

/** A GDPR record holding every Art. 30(1) item but the ones a case leaves out. */
const items: Record<string, string[]> = {
  title: ['title: Payroll'],
  updated: ['updated: "2026-06-01"'],
  controllers: ['controllers:', '  - name: Example GmbH', '    contact: { email: office@gmbh.de }'],
  purposes: ['purposes: [Paying salaries]'],
  data_subjects: ['data_subjects: [Staff]'],
  personal_data: ['personal_data:', '  - category: Bank details'],
  recipients: ['recipients: []'],
  transfers: ['transfers: []'],
  retention: ['retention:', '  - data: all', '    period: P10Y', '    after: the end of the tax year'],
  security: ['security: [Encrypted at rest]'],
};
const without = (...missing: string[]) => yamlLines('privrec: 1', 'id: payroll', ...Object.entries(items).flatMap(([key, lines]) => (missing.includes(key) ? [] : lines)));

testRule('record-required', {
  valid: [
    { name: "a processor's complete record (Art. 30(2))", yaml: PROCESSOR_RECORD },
    { name: "a processor's record under 2018/1725 (Art. 31(2))", yaml: PROCESSOR_RECORD.replace('regime: gdpr', 'regime: eudpr'), regime: 'eudpr' },
    {
      name: 'a processor\'s record under the FADP, security only "if possible" (Art. 12(3))',
      yaml: PROCESSOR_RECORD.replace('regime: gdpr', 'regime: fadp').replace(/security:\n.*\n/, ''),
      regime: 'fadp',
    },
    { name: 'FADP: the items of Art. 12(2), retention and security only "if possible"', yaml: without('retention', 'security'), regime: 'fadp' },
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'every Art. 30(1) item, and nothing a notice needs: a register entry', yaml: without(), config: { notices: false } },
  ],
  invalid: [
    {
      name: 'under two regimes, each missing item once, citing both laws (two findings at one place stay two)',
      yaml: without('recipients', 'transfers').replace('id: payroll', 'id: payroll\nregime: [fadp, gdpr]'),
      findings: [
        {
          at: '1:1',
          message: '`recipients` is required: Art. 12(2)(d) FADP requires the categories of recipients (an empty list states that there are none). The same applies under GDPR: Art. 30(1)(d) GDPR.',
        },
        { at: '1:1', message: 'The same applies under GDPR: Art. 30(1)(e) GDPR.' },
      ],
    },
    {
      name: "a processor's record without its security measures, and a controller without the processing done for it",
      yaml: PROCESSOR_RECORD.replace(/security:\n.*\n/, '').replace('    processing: [Hosting the web shop]\n', ''),
      findings: [
        { at: '1:1', message: '`security` is required: Art. 30(2)(d) GDPR requires a general description of the technical and organisational security measures.' },
        {
          at: '19:5',
          message:
            '`processing` is required in `controllers[1]`: Art. 30(2)(a) GDPR requires the name and contact details of each controller on behalf of which the processor is acting, with the categories of processing carried out on its behalf (Art. 30(2)(b)).',
        },
      ],
    },
    {
      name: "a processor's record that does not name the processor",
      yaml: PROCESSOR_RECORD.replace(/processor:\n  name: .*\n  contact:\n    email: .*\n/, ''),
      findings: [{ at: '1:1', message: '`processor` is required: Art. 30(2)(a) GDPR requires the name and contact details of the processor.' }],
    },
    {
      name: 'FADP: no recipients',
      yaml: without('recipients'),
      regime: 'fadp',
      findings: [{ at: '1:1', message: '`recipients` is required: Art. 12(2)(d) FADP requires the categories of recipients' }],
    },
    { name: 'FADP: no disclosure abroad stated', yaml: without('transfers'), regime: 'fadp', findings: [{ at: '1:1', message: '`transfers` is required: Art. 12(2)(g) FADP' }] },
    { name: 'UK GDPR: no security measures', yaml: without('security'), regime: 'uk-gdpr', findings: [{ at: '1:1', message: '`security` is required: Art. 30(1)(g) UK GDPR' }] },
    { name: 'no recipients (VCRP)', yaml: without('recipients'), findings: [{ at: '1:1', message: '`recipients` is required: Art. 30(1)(d) GDPR requires the categories of recipients' }] },
    {
      name: 'no security measures and no transfers',
      yaml: without('security', 'transfers'),
      findings: [
        { at: '1:1', message: '`security` is required: Art. 30(1)(g) GDPR' },
        { at: '1:1', message: '`transfers` is required: Art. 30(1)(e) GDPR' },
      ],
    },
    { name: 'no date of last update (EMSA)', yaml: without('updated'), findings: [{ at: '1:1', message: '`updated` is required' }] },
    { name: 'no DPO under 2018/1725', yaml: without(), regime: 'eudpr', findings: [{ at: '1:1', message: '`dpo` is required: Art. 31(1)(a) of 2018/1725' }] },
  ],
});
