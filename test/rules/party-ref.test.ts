import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

const parties = { config: { parties: { school: { name: 'Example School' } } } };

testRule('party-ref', {
  valid: [
    { name: 'a complete GDPR record (inline parties)', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a ref that privrec.yaml defines', yaml: yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: school'), ...parties },
  ],
  invalid: [
    {
      name: 'a controller ref privrec.yaml does not define (a renamed party)',
      yaml: yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: schol'),
      ...parties,
      findings: [{ at: '4:10', message: 'schol' }],
    },
    { name: 'a processor ref', yaml: yamlLines('privrec: 1', 'id: r', 'processors:', '  - ref: host'), ...parties, findings: ['4:10'] },
    { name: "the complaint authority's ref", yaml: yamlLines('privrec: 1', 'id: r', 'notice:', '  complaint_authority: { ref: dpa }'), ...parties, findings: ['4:31'] },
    {
      name: 'a privrec.yaml was found: named as such',
      yaml: yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: schol'),
      config: { ...parties.config, path: '/tmp/privrec.yaml' },
      findings: [{ at: '4:10', message: '`schol` is not a party defined in privrec.yaml: the record' }],
    },
    {
      name: 'no party defined at all: no list of them',
      yaml: yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: school'),
      findings: [{ at: '4:10', message: /record cannot name this party and its contact details \(Art\. 30\(1\)\(a\) GDPR\)\.$/ }],
    },
    {
      name: 'the parties defined, listed',
      yaml: yamlLines('privrec: 1', 'id: r', 'controllers:', '  - ref: schol'),
      config: { parties: { school: { name: 'Example School' }, board: { name: 'School Board' } } },
      findings: [{ at: '4:10', message: 'Defined parties: school, board.' }],
    },
  ],
});
