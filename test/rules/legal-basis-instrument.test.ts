import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'legal-basis-instrument';

const basis = (...lines: string[]) => yamlLines('privrec: 1', 'id: r', 'legal_basis:', ...lines);

describe(RULE, () => {
  it('passes grounds that name their instrument, and grounds that need none', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
    expect(findingsOf(RULE, basis('  - article: 6(1)(b)', '  - article: 6(1)(f)'))).toEqual([]);
    expect(findingsOf(RULE, basis('  - article: 5(1)(c)'), { regime: 'eudpr' })).toEqual([]);
  });

  it('reports a public task or legal obligation without instrument under the GDPR', () => {
    expect(findingsOf(RULE, basis('  - article: 6(1)(c)', '  - article: 6(1)(e)', '    instrument: School Act, section 1'))).toEqual([
      '4:14 Art. 6(1)(c) GDPR (legal obligation) must be laid down in law (Art. 6(3) GDPR): name the law and provision the processing rests on in `instrument`.',
    ]);
    expect(findingsOf(RULE, basis('  - article: 6(1)(e)', '    explanation: Our public task.'))).toEqual([
      expect.stringContaining('4:14 Art. 6(1)(e) GDPR (public task) must be laid down in law (Art. 6(3) GDPR)'),
    ]);
  });

  it('reports a public task or legal obligation without instrument under 2018/1725', () => {
    expect(findingsOf(RULE, basis('  - article: 5(1)(a)', '  - article: 5(1)(b)'), { regime: 'eudpr' })).toEqual([
      expect.stringContaining('4:14 Art. 5(1)(a) of 2018/1725 (public task) must be laid down in law (Art. 5(2) of 2018/1725)'),
      expect.stringContaining('5:14 Art. 5(1)(b) of 2018/1725 (legal obligation) must be laid down in law (Art. 5(2) of 2018/1725)'),
    ]);
  });

  it('leaves grounds of the other regulation to legal-basis-valid', () => {
    expect(findingsOf(RULE, basis('  - article: 5(1)(a)'))).toEqual([]);
  });
});
