import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';
import { PINNED_VULNERABLE_TERMS } from './phrases.js';

const VULNERABLE = Object.values(PINNED_VULNERABLE_TERMS).flat();
/** Health data (one criterion) of one group of people, named `category` (line 4). */
const healthOf = (category: string) => yamlLines('privrec: 1', 'id: r', 'data_subjects:', `  - ${JSON.stringify(category)}`, 'personal_data:', '  - category: Sick notes', '    special: health');

/** Pupils' health data: two criteria inferred (lines 1-7), then `dpia` lines. */
const pupilsHealth = (...dpia: string[]) => yamlLines('privrec: 1', 'id: r', 'data_subjects:', '  - Schüler', 'personal_data:', '  - category: Sick notes', '    special: health', ...dpia);
const CRITERIA =
  'The processing meets 2 WP248 criteria, sensitive-data (Sick notes: data concerning health), vulnerable-subjects (Schüler); meeting 2 or more usually calls for a data protection impact assessment';
const subjects = (count: number) =>
  yamlLines(
    'privrec: 1',
    'id: r',
    'data_subjects:',
    '  - category: Customers',
    `    count: ${count - 1000}`,
    '  - category: Prospects',
    '    count: 1000',
    'automated_decisions:',
    '  used: true',
    '  profiling: true',
  );

testRule('dpia-required', {
  valid: [
    { name: 'a complete GDPR record: a DPIA where two criteria are met', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record: one criterion, none needed', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'a required DPIA with its reference', yaml: pupilsHealth('dpia:', '  required: true', '  reference: DPIA-2026-04') },
    { name: '`required: false` with a justification', yaml: pupilsHealth('dpia:', '  required: false', '  justification: Sick notes are only filed, never evaluated.') },
    {
      name: '`vulnerable: false` over the words of a category: one criterion',
      yaml: yamlLines(
        'privrec: 1',
        'id: r',
        'data_subjects:',
        '  - category: Patients of the partner clinic',
        '    vulnerable: false',
        'personal_data:',
        '  - category: Diagnoses',
        '    special: health',
      ),
    },
    // Near misses: a one-word group inside a longer word marks nothing.
    ...VULNERABLE.filter((term) => /^[\p{L}]+$/u.test(term)).map((term) => ({ name: `"${term}" inside a word`, yaml: healthOf(`X${term}x`) })),
  ],
  invalid: [
    {
      name: 'a criterion both declared and inferred: named once, as declared',
      yaml: yamlLines(
        'privrec: 1',
        'id: r',
        'data_subjects:',
        '  - Schüler',
        'personal_data:',
        '  - category: Sick notes',
        '    special: health',
        'dpia:',
        '  criteria: [sensitive-data]',
        '  required: false',
      ),
      findings: [{ at: '10:13', message: 'The processing meets 2 WP248 criteria, sensitive-data (declared), vulnerable-subjects (Schüler);' }],
    },
    {
      name: 'a criterion WP248 does not have (the schema reports it): not counted',
      yaml: yamlLines('privrec: 1', 'id: r', 'dpia:', '  criteria: [gut-feeling, large-scale, evaluation-scoring]'),
      findings: [{ at: '3:1', message: 'The processing meets 2 WP248 criteria, large-scale (declared), evaluation-scoring (declared);' }],
    },
    {
      name: 'people marked `vulnerable: true` whose category does not say so',
      yaml: yamlLines('privrec: 1', 'id: r', 'data_subjects:', '  - category: Applicants', '    vulnerable: true', 'personal_data:', '  - category: Sick notes', '    special: health'),
      findings: [{ at: '1:1', message: 'vulnerable-subjects (Applicants)' }],
    },
    {
      name: 'inferred criteria without any `dpia`, at the start of the record',
      yaml: pupilsHealth(),
      findings: [
        { at: '1:1', message: `No DPIA is documented. ${CRITERIA} (Art. 35 GDPR). Add \`dpia\` with \`required: true\` and its \`reference\`, or \`required: false\` with a \`justification\`.` },
      ],
    },
    { name: 'the same under 2018/1725', yaml: pupilsHealth(), regime: 'eudpr', findings: [{ at: '1:1', message: '(Art. 39 of 2018/1725)' }] },
    {
      name: 'a required DPIA without reference',
      yaml: pupilsHealth('dpia:', '  required: true'),
      findings: [{ at: '9:13', message: `A DPIA is required, but \`dpia.reference\` does not say where it is kept. ${CRITERIA} (Art. 35 GDPR).` }],
    },
    {
      name: '`required: false` without justification',
      yaml: pupilsHealth('dpia:', '  required: false'),
      findings: [{ at: '9:13', message: `\`dpia.required\` is false without a \`justification\`. ${CRITERIA} (Art. 35 GDPR). Document why no DPIA is carried out.` }],
    },
    {
      name: 'declared criteria (Dhoon/Laxey: vulnerable-subjects, innovative-technology)',
      yaml: yamlLines('privrec: 1', 'id: r', 'dpia:', '  required: false', '  criteria: [vulnerable-subjects, innovative-technology]'),
      findings: [{ at: '4:13', message: /meets 2 WP248 criteria, vulnerable-subjects \(declared\), innovative-technology \(declared\);/ }],
    },
    {
      name: 'profiling: evaluation and automated decisions, below large scale',
      yaml: subjects(4999),
      findings: [{ at: '1:1', message: 'meets 2 WP248 criteria, automated-decision (automated decisions are used), evaluation-scoring (profiling);' }],
    },
    { name: '5000 data subjects: large scale', yaml: subjects(5000), findings: [{ at: '1:1', message: 'meets 3 WP248 criteria, large-scale (5000 data subjects), automated-decision' }] },
    // The whole list of vulnerable groups (src/law/wp248.json), in every language: each marks its category.
    ...VULNERABLE.map((term) => ({
      name: `the vulnerable group "${term}"`,
      yaml: healthOf(`${term} of the region`),
      findings: [{ at: '1:1', message: `vulnerable-subjects (${term} of the region)` }],
    })),
  ],
});
