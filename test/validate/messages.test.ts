/**
 * One invalid record (or config) per schema keyword, and the exact finding privrec makes of it:
 * where (line:column of the key or the value) and in what words (src/validate/messages.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';
import { validateConfigData, validateRecordShape } from '../../src/validate/schema.js';

// Each case runs when its test runs, not when the file is loaded: mutation testing maps the code a
// test reaches to that test, and code run while the file loads to none.
const findings = (validate: typeof validateRecordShape) => (yaml: string) => () => {
  const parsed = parseYaml(yaml);
  return validate(parsed.data, parsed.positions).map((f) => `${f.line}:${f.column} ${f.message}`);
};
const shape = findings(validateRecordShape);
const config = findings(validateConfigData);
const R = 'privrec: 1\nid: a\n';
const RISK = (field: string) => `${R}dpia:\n  required: true\n  risks:\n    - description: x\n      ${field}\n      severity: 1\n      mitigation: y\n`;

const CASES: [string, () => string[], string[]][] = [
  ['a required key, at the top', shape('privrec: 1\n'), ['1:1 `id` is required.']],
  ['required inside an entry, at the entry', shape(`${R}transfers:\n  - country: US\n`), ['4:5 `recipient` is required in `transfers[0]`.']],
  [
    'an unknown key with no near spelling: the keys allowed',
    shape(`${R}zzzzzz: 1\n`),
    [
      '3:1 Unknown key `zzzzzz`. Allowed here: privrec, id, title, description, regime, role, updated, language, controllers, processor, dpo, joint_controllers, processors, purposes, legal_basis, data_subjects, personal_data, recipients, transfers, retention, security, automated_decisions, dpia, notice.',
    ],
  ],
  ['a key left empty', shape(`${R}purposes:\n`), ['3:9 `purposes` is empty: write a list here.']],
  ['a number for a text', shape(`${R}title: 5\n`), ['3:8 `title` must be a text.']],
  ['the format version', shape('privrec: 2\nid: a\n'), ['1:10 `privrec` must be 1.']],
  [
    'a value not offered, the invalid ones not offered either',
    shape(`${R}transfers:\n  - country: US\n    recipient: X\n    safeguard:\n      type: shield\n`),
    ['7:13 `transfers[0].safeguard.type` must be one of: adequacy, dpf, scc, idta, uk-addendum, bcr, derogation, international-agreement, administrative-arrangement.'],
  ],
  ['an identifier with a space', shape('privrec: 1\nid: "a b"\n'), ['2:5 `id` must be an identifier of letters, digits, ".", "_" and "-".']],
  ['an empty text', shape(`${R}title: ""\n`), ['3:8 `title` must not be empty.']],
  ['an identifier too long, said so', shape(`privrec: 1\nid: ${'a'.repeat(130)}\n`), ['2:5 `id` is too long (at most 128 characters).']],
  ['an e-mail address', shape(`${R}dpo:\n  email: nope\n`), ['4:10 `dpo.email` must be an e-mail address.']],
  ['a web address', shape(`${R}notice:\n  url: nope\n`), ['4:8 `notice.url` must be a full web address (https://...).']],
  ['a date that is not in the calendar', shape(`${R}updated: "2023-02-30"\n`), ['3:10 `updated` is not a day of the calendar (2023-02-30): write a date that exists, as YYYY-MM-DD.']],
  ['a date in another form', shape(`${R}updated: 20/03/2023\n`), ['3:10 `updated` must be a date written YYYY-MM-DD.']],
  ['an empty list where one is needed', shape(`${R}legal_basis: []\n`), ['3:14 `legal_basis` must not be an empty list.']],
  ['the same entry twice, counted from 1', shape(`${R}dpia:\n  required: true\n  criteria: [large-scale, large-scale]\n`), ['5:13 `dpia.criteria` lists the same entry twice (entries 1 and 2).']],
  ['below the scale', shape(RISK('likelihood: 0')), ['7:19 `dpia.risks[0].likelihood` must be at least 1.']],
  ['above the scale', shape(RISK('likelihood: 4')), ['7:19 `dpia.risks[0].likelihood` must be at most 3.']],
  [
    'a transfer to a country and an organisation',
    shape(`${R}transfers:\n  - country: US\n    organisation: UN\n    recipient: X\n`),
    ['4:5 `transfers[0]` must name either `country` (a third country) or `organisation` (an international organisation), not both.'],
  ],
  ['alternatives, left empty', shape(`${R}retention:\n  - data:\n    period: P1Y\n    after: x\n`), ['4:9 `retention[0].data` is empty: write a text or a list here.']],
  ['alternatives, neither', shape(`${R}retention:\n  - data: 5\n    period: P1Y\n    after: x\n`), ['4:11 `retention[0].data` must be a text or a list.']],
  ['a party id that is not an identifier', config('privrec: 1\nparties:\n  "x y":\n    name: X\n'), ['3:3 `parties` has a key that is not a valid identifier: `x y`.']],
  ['a visibility item misspelt', config('privrec: 1\nvisibility:\n  securty: internal\n'), ['3:3 `securty` is not an item of `visibility`. Did you mean `security`?']],
  ['a regime privrec does not know', config('privrec: 1\nregime: ccpa\n'), ['2:9 `regime` must be one of: eudpr, fadp, gdpr, uk-gdpr.']],
];

describe('schema messages, one per keyword', () => {
  it.each(CASES)('%s', (_, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});
