import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const record = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', ...lines);

testRule('placeholder', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'words that merely contain a marker', yaml: record('purposes: [Todos los cursos, Boxxxing classes, Stoday]') },
    { name: "the user's own x- keys", yaml: record('x-note: TODO ask the DPO') },
    { name: 'a real domain that ends like an example one', yaml: record('dpo: { email: dpo@myexample.com }') },
  ],
  invalid: [
    {
      name: 'a template gap (university register)',
      yaml: record('purposes:', '  - "{Falls vorhanden}"'),
      findings: [{ at: '4:5', message: '"{Falls vorhanden}" is a template placeholder, left in `purposes[0]`: the record (Art. 30(1) GDPR)' }],
    },
    { name: '[TODO]', yaml: record('security: ["[TODO]"]'), findings: [{ at: '3:12', message: '"TODO" is a to-do marker' }] },
    { name: 'XXX', yaml: record('title: Staff XXX'), findings: [{ at: '3:8', message: '"XXX"' }] },
    { name: 'TBD and TODO in one text: one finding', yaml: record('retention:', '  - data: all', '    note: TBD TODO'), findings: [{ at: '5:11', message: '"TBD" is a to-do marker' }] },
    { name: 'to be determined', yaml: record('purposes: [To be determined]'), findings: [{ at: '3:12', message: '"To be determined" is a to-do marker' }] },
    { name: 'lorem ipsum', yaml: record('description: Lorem ipsum dolor sit amet'), findings: [{ at: '3:14', message: 'dummy text' }] },
    {
      name: "init's example.org address, under 2018/1725",
      yaml: record('dpo:', '  email: dpo@example.org'),
      regime: 'eudpr',
      findings: [{ at: '4:10', message: '"example.org" is an example address (RFC 2606), not a real one, left in `dpo.email`: the record (Art. 31(1) of 2018/1725)' }],
    },
    { name: 'a web address on example.com', yaml: record('notice: { url: "https://www.example.com/privacy" }'), findings: [{ at: '3:16', message: '"www.example.com"' }] },
    { name: '[insert ...] and <enter ...>', yaml: record('purposes: ["[insert purpose]", "<enter the purpose>"]'), findings: ['3:12', '3:32'] },
  ],
});
