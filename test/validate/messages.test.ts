/**
 * One invalid record (or config) per schema keyword, and the exact finding privrec makes of it:
 * where (line:column of the key or the value) and in what words (src/validate/messages.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';
import { validateConfigData, validateMappingData, validateRecordShape } from '../../src/validate/schema.js';

// Each case runs when its test runs, not when the file is loaded: mutation testing maps the code a
// test reaches to that test, and code run while the file loads to none.
const findings = (validate: typeof validateRecordShape) => (yaml: string) => () => {
  const parsed = parseYaml(yaml);
  return validate(parsed.data, parsed.positions).map((f) => `${f.line}:${f.column} ${f.message}`);
};
const shape = findings(validateRecordShape);
const config = findings(validateConfigData);
const mapping = findings(validateMappingData);
const MAPPING = 'privrec-mapping: 1\nlayout: rows\nfields:\n';
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
    ['4:5 `transfers[0]` names both `country` and `organisation`: keep one, `country` (a third country) or `organisation` (an international organisation).'],
  ],
  ['a transfer left empty', shape(`${R}transfers:\n  -\n`), ['4:4 `transfers[0]` is empty: write a mapping of keys here.']],
  ['a transfer that is a number', shape(`${R}transfers:\n  - 5\n`), ['4:5 `transfers[0]` must be a mapping of keys.']],
  ['a transfer to neither', shape(`${R}transfers:\n  - recipient: X\n`), ['4:5 `transfers[0]` needs `country` (a third country) or `organisation` (an international organisation).']],
  ['alternatives, left empty', shape(`${R}retention:\n  - data:\n    period: P1Y\n    after: x\n`), ['4:9 `retention[0].data` is empty: write a text or a list here.']],
  ['alternatives, neither', shape(`${R}retention:\n  - data: 5\n    period: P1Y\n    after: x\n`), ['4:11 `retention[0].data` must be a text or a list.']],
  ['a party id that is not an identifier', config('privrec: 1\nparties:\n  "x y":\n    name: X\n'), ['3:3 `parties` has a key that is not a valid identifier: `x y`.']],
  ['a visibility item misspelt', config('privrec: 1\nvisibility:\n  securty: internal\n'), ['3:3 `securty` is not an item of `visibility`. Did you mean `security`?']],
  ['a regime privrec does not know', config('privrec: 1\nregime: ccpa\n'), ['2:9 `regime` must be one of: eudpr, fadp, gdpr, uk-gdpr.']],
  ['a record that is not a mapping', shape('- a\n'), ['1:1 The record must be a mapping of keys.']],
  ['a key written with spaces and capitals', shape(`${R}Data Subjects: []\n`), ['3:1 Unknown key `Data Subjects`. Did you mean `data_subjects`?']],
  [
    'a key of one letter: no guess',
    shape(`${R}i: a\n`),
    [
      '3:1 Unknown key `i`. Allowed here: privrec, id, title, description, regime, role, updated, language, controllers, processor, dpo, joint_controllers, processors, purposes, legal_basis, data_subjects, personal_data, recipients, transfers, retention, security, automated_decisions, dpia, notice.',
    ],
  ],
  ['as near to two keys: the first in the schema', shape(`${R}dpi: a\n`), ['3:1 Unknown key `dpi`. Did you mean `dpo`?']],
  [
    'a key misspelt in the eleventh entry',
    shape(`${R}recipients:\n${'  - name: X\n'.repeat(10)}  - name: X\n    typ: processor\n`),
    ['15:5 Unknown key `typ` in `recipients[10]`. Did you mean `type`?'],
  ],
  ['a party given by reference carries no name', shape(`${R}controllers:\n  - ref: x\n    name: Y\n`), ['5:5 Unknown key `name` in `controllers[0]`. Allowed here: ref, scope, unit, processing.']],
  [
    'two findings on one line, in the order of the line',
    shape(`${R}recipients:\n  - {type: foo, extra: 1, name: X}\n`),
    [
      '4:12 `recipients[0].type` must be one of: internal, union-body, public-authority, processor, third-party, public, international-organisation.',
      '4:17 Unknown key `extra` in `recipients[0]`. Allowed here: name, type, description, location.',
    ],
  ],
  ['the branch that fits the kind of value tells what is wrong in it', shape(`${R}retention:\n  - data: [5]\n    period: P1Y\n    after: x\n`), ['4:12 `retention[0].data[0]` must be a text.']],
  ['a language tag', shape(`${R}language: english\n`), ['3:11 `language` does not have the expected form (^[a-z]{2}(-[A-Z]{2})?$).']],
  ['an e-mail address that reads as a date', shape(`${R}dpo:\n  email: 2023-01-01\n`), ['4:10 `dpo.email` must be an e-mail address.']],
  ['a date with a digit too many', shape(`${R}updated: 2023-02-300\n`), ['3:10 `updated` must be a date written YYYY-MM-DD.']],
  ['a date after other text', shape(`${R}updated: x2023-02-30\n`), ['3:10 `updated` must be a date written YYYY-MM-DD.']],
  ['alternatives of a text and a mapping', config('privrec: 1\nsupervisory_authority: 5\n'), ['2:24 `supervisory_authority` must be a text or a mapping.']],
  [
    'a party of privrec.yaml, with keys of the record schema, an id ending in a digit',
    config('privrec: 1\nparties:\n  acme2:\n    name: X\n    contct: y\n'),
    ['5:5 Unknown key `contct` in `parties.acme2`. Did you mean `contact`?'],
  ],
  [
    'a party whose id starts with a digit',
    config('privrec: 1\nparties:\n  2acme:\n    name: 5\n    contct: y\n'),
    ['4:11 `parties.2acme.name` must be a text.', '5:5 Unknown key `contct` in `parties.2acme`. Did you mean `contact`?'],
  ],
  [
    'an inline controller: the keys of a party',
    shape(`${R}controllers:\n  - name: X\n    emial: y\n`),
    ['5:5 Unknown key `emial` in `controllers[0]`. Allowed here: name, unit, scope, contact, dpo, representative, public_authority, location, processing.'],
  ],
  ['a key written without its underscore', shape(`${R}datasubjects: []\n`), ['3:1 Unknown key `datasubjects`. Did you mean `data_subjects`?']],
  [
    'an item of `visibility` far from any',
    config('privrec: 1\nvisibility:\n  zzzzzz: internal\n'),
    [
      '3:3 `zzzzzz` is not an item of `visibility`. Allowed here: description, controllers, dpo, joint_controllers, joint_controllers.arrangement, processors, processors.contract, purposes, legal_basis, data_subjects, data_subjects.count, personal_data, recipients, transfers, retention, security, automated_decisions, dpia.',
    ],
  ],
  ['a rule set to a severity privrec does not know', config('privrec: 1\nrules:\n  x: maybe\n'), ['3:6 `rules.x` must be one of: off, warn, error, 0, 1, 2.']],
  ['an import mapping: a field key misspelt', mapping(`${MAPPING}  - headings: [a]\n    key: x\n    splt: lines\n`), ['6:5 Unknown key `splt` in `fields[0]`. Did you mean `split`?']],
  ['an import mapping: a key of a form it does not take', mapping(`${MAPPING}  - headings: [a]\n    key: 1x\n`), ['5:10 `fields[0].key` does not have the expected form (^[a-z][a-z0-9_.-]*$).']],
];

describe('schema messages, one per keyword', () => {
  it('carry the rule of the file checked: schema, config, mapping', () => {
    const ruleOf = (validate: typeof validateRecordShape, yaml: string) => validate(parseYaml(yaml).data, parseYaml(yaml).positions).map((f) => f.ruleId);
    expect(ruleOf(validateRecordShape, 'id: a\n')).toEqual(['schema']);
    expect(ruleOf(validateConfigData, 'privrec: 2\n')).toEqual(['config']);
    expect(ruleOf(validateMappingData, 'privrec-mapping: 1\n')).toEqual(['mapping', 'mapping']);
  });

  it.each(CASES)('%s', (_, actual, expected) => {
    expect(actual()).toEqual(expected);
  });
});
