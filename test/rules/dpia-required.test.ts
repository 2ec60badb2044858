import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'dpia-required';

/** Pupils' health data: two criteria inferred (lines 1-7), then `dpia` lines. */
const pupilsHealth = (...dpia: string[]) =>
  yamlLines('privrec: 1', 'id: r', 'data_subjects:', '  - Schüler', 'personal_data:', '  - category: Sick notes', '    special: health', ...dpia);

const CRITERIA = 'The processing meets 2 WP248 criteria, sensitive-data (Sick notes: data concerning health), vulnerable-subjects (Schüler); meeting 2 or more usually calls for a data protection impact assessment';

describe(RULE, () => {
  it('passes the complete records: a DPIA where two criteria are met, none needed for one', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
  });

  it('reports inferred criteria without any `dpia`, at the start of the record', () => {
    expect(findingsOf(RULE, pupilsHealth())).toEqual([
      `1:1 No DPIA is documented. ${CRITERIA} (Art. 35 GDPR). Add \`dpia\` with \`required: true\` and its \`reference\`, or \`required: false\` with a \`justification\`.`,
    ]);
    expect(findingsOf(RULE, pupilsHealth(), { regime: 'eudpr' })[0]).toContain('(Art. 39 of 2018/1725)');
  });

  it('reports a required DPIA without reference', () => {
    expect(findingsOf(RULE, pupilsHealth('dpia:', '  required: true'))).toEqual([
      `9:13 A DPIA is required, but \`dpia.reference\` does not say where it is kept. ${CRITERIA} (Art. 35 GDPR).`,
    ]);
    expect(findingsOf(RULE, pupilsHealth('dpia:', '  required: true', '  reference: DPIA-2026-04'))).toEqual([]);
  });

  it('reports `required: false` without justification, and accepts one with it', () => {
    expect(findingsOf(RULE, pupilsHealth('dpia:', '  required: false'))).toEqual([
      `9:13 \`dpia.required\` is false without a \`justification\`. ${CRITERIA} (Art. 35 GDPR). Document why no DPIA is carried out.`,
    ]);
    expect(findingsOf(RULE, pupilsHealth('dpia:', '  required: false', '  justification: Sick notes are only filed, never evaluated.'))).toEqual([]);
  });

  it('counts declared criteria (Dhoon/Laxey: vulnerable-subjects, innovative-technology)', () => {
    const yaml = yamlLines('privrec: 1', 'id: r', 'dpia:', '  required: false', '  criteria: [vulnerable-subjects, innovative-technology]');
    expect(findingsOf(RULE, yaml)).toEqual([expect.stringMatching(/^4:13 .*meets 2 WP248 criteria, vulnerable-subjects \(declared\), innovative-technology \(declared\);/)]);
  });

  it('infers large scale from 5000 data subjects, and evaluation and automated decisions from profiling', () => {
    const subjects = (count: number) => yamlLines('privrec: 1', 'id: r', 'data_subjects:', '  - category: Customers', `    count: ${count - 1000}`, '  - category: Prospects', '    count: 1000', 'automated_decisions:', '  used: true', '  profiling: true');
    expect(findingsOf(RULE, subjects(4999))).toEqual([expect.stringContaining('meets 2 WP248 criteria, automated-decision (automated decisions are used), evaluation-scoring (profiling);')]);
    expect(findingsOf(RULE, subjects(5000))).toEqual([expect.stringContaining('meets 3 WP248 criteria, large-scale (5000 data subjects), automated-decision')]);
  });

  it('respects `vulnerable: false` over the words of a category, and stays quiet for one criterion', () => {
    const yaml = yamlLines('privrec: 1', 'id: r', 'data_subjects:', '  - category: Patients of the partner clinic', '    vulnerable: false', 'personal_data:', '  - category: Diagnoses', '    special: health');
    expect(findingsOf(RULE, yaml)).toEqual([]);
  });
});
