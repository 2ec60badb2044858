import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

/** One DPIA risk: its lines start at line 6 (`likelihood` at 7, `severity` at 8). */
const risk = (likelihood: number, severity: number, ...more: string[]) =>
  yamlLines(
    'privrec: 1',
    'id: r',
    'dpia:',
    '  required: true',
    '  risks:',
    '    - id: ra-1',
    `      likelihood: ${likelihood}`,
    `      severity: ${severity}`,
    '      description: Leaked meeting link',
    '      mitigation: Waiting room',
    ...more,
  );
const residual = (...lines: string[]) => ['      residual:', ...lines.map((line) => `        ${line}`)];

testRule('risk-rating', {
  valid: [
    { name: 'a complete GDPR record', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a correctly rated medium risk (Dhoon/Laxey: 2 × 2 = 4)', yaml: risk(2, 2, '      rating: 4') },
    { name: 'a high risk mitigated to low', yaml: risk(3, 3, ...residual('likelihood: 1', 'severity: 2')) },
    { name: 'a residual level that matches its likelihood × severity', yaml: risk(3, 3, ...residual('likelihood: 1', 'severity: 2', 'level: low')) },
    { name: 'a high risk with the prior consultation recorded', yaml: risk(3, 3, '  prior_consultation:', '    reference: EDPS case 2026-0001') },
  ],
  invalid: [
    {
      name: 'a high risk without an id, named by its place in the list',
      yaml: risk(3, 3).replace('    - id: ra-1\n      likelihood', '    - likelihood'),
      findings: [{ at: '6:19', message: /^Risk 1 remains high after mitigation/ }],
    },
    {
      name: 'a rating that is not likelihood × severity',
      yaml: risk(2, 2, '      rating: 5'),
      findings: [{ at: '11:15', message: "The rating 5 is not likelihood × severity (2 × 2 = 4): the DPIA's assessment of the risks (Art. 35 GDPR) must add up." }],
    },
    {
      name: 'a high risk without residual rating or prior consultation',
      yaml: risk(3, 2),
      findings: [
        {
          at: '7:19',
          message:
            'Risk `ra-1` remains high after mitigation (3 × 2 = 6, no residual rating): Art. 36 GDPR requires consulting the supervisory authority before the processing starts. Record it in `dpia.prior_consultation`, or mitigate further and state the `residual` risk.',
        },
      ],
    },
    {
      name: 'the same by its rating, under 2018/1725',
      yaml: risk(3, 3, '      rating: 9'),
      regime: 'eudpr',
      findings: [
        {
          at: '11:15',
          message:
            'Risk `ra-1` remains high after mitigation (rating 9, no residual rating): Art. 40 of 2018/1725 requires consulting the European Data Protection Supervisor before the processing starts.',
        },
      ],
    },
    { name: 'a residual level high', yaml: risk(1, 1, ...residual('level: high')), findings: [{ at: '12:16', message: /^Risk `ra-1` remains high after mitigation \(residual level high\): / }] },
    {
      name: 'a residual 2 × 3',
      yaml: risk(3, 3, ...residual('likelihood: 2', 'severity: 3')),
      findings: [{ at: '12:9', message: /^Risk `ra-1` remains high after mitigation \(residual 2 × 3 = 6\): / }],
    },
    {
      name: 'a residual level that contradicts its likelihood × severity',
      yaml: risk(3, 3, ...residual('likelihood: 1', 'severity: 2', 'level: medium')),
      findings: [{ at: '14:16', message: 'The residual level "medium" does not match its likelihood × severity (1 × 2 = 2, low): the DPIA\'s assessment of the risks (Art. 35 GDPR) must add up.' }],
    },
  ],
});
