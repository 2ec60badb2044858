import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';
import { validateConfigData, validateNoticeRequirements, validateRecordRequirements, validateRecordShape } from '../../src/validate/schema.js';
import { ROOT } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/records', name), 'utf8');

/** Findings of the shape schema for YAML text, as `line:column message`. */
function shape(yaml: string): string[] {
  const parsed = parseYaml(yaml);
  return validateRecordShape(parsed.data, parsed.positions).map((f) => `${f.line}:${f.column} ${f.message}`);
}

function requirements(yaml: string, regime: 'eudpr' | 'gdpr', kind: 'record' | 'notice'): string[] {
  const parsed = parseYaml(yaml);
  const validate = kind === 'record' ? validateRecordRequirements : validateNoticeRequirements;
  return validate(parsed.data, regime, parsed.positions, 'test').map((f) => `${f.line}:${f.column} ${f.message}`);
}

const without = (yaml: string, key: string) => yaml.replace(new RegExp(`^${key}:.*\\n(?:[ -].*\\n)*`, 'm'), '');

describe('record shape schema', () => {
  it.each(['valid-eudpr.yaml', 'valid-gdpr.yaml'])('accepts %s', (name) => {
    expect(shape(fixture(name))).toEqual([]);
  });

  it('reports an unknown key at the key, suggesting the right one', () => {
    expect(shape('privrec: 1\nid: a\nrecipents: []\n')).toEqual(['3:1 Unknown key `recipents`. Did you mean `recipients`?']);
  });

  it('reports an unknown nested key at that key with its path', () => {
    expect(shape('privrec: 1\nid: a\ndpo:\n  mail: x@y.example\n')).toEqual(['4:3 Unknown key `mail` in `dpo`. Did you mean `email`?']);
  });

  it('reports a wrong value at the value', () => {
    expect(shape('privrec: 1\nid: a\nupdated: 20/03/2023\n')).toEqual(['3:10 `updated` must be a date written YYYY-MM-DD.']);
    expect(shape('privrec: 1\nid: a\nregime: eu\n')).toEqual(['3:9 `regime` must be one of: eudpr, fadp, gdpr, uk-gdpr or a list.']);
    expect(shape('privrec: 1\nid: a\npurposes: training\n')).toEqual(['3:11 `purposes` must be a list.']);
  });

  it('reports a bad country code in words a DPO reads, and leaves a retention period to retention-period', () => {
    const yaml = 'privrec: 1\nid: a\ntransfers:\n  - country: gb\n    recipient: X\nretention:\n  - data: all\n    period: 3 months\n';
    expect(shape(yaml)).toEqual(['4:14 `transfers[0].country` must be an ISO 3166-1 alpha-2 country code (for example DE, US; GB for the United Kingdom).']);
  });

  it('explains alternatives once, not per branch', () => {
    expect(shape('privrec: 1\nid: a\ndata_subjects:\n  - 42\n')).toEqual(['4:5 `data_subjects[0]` must be a text or a mapping.']);
    expect(shape('privrec: 1\nid: a\ndata_subjects:\n  - category: Pupils\n    vulnerabel: true\n')).toEqual(['5:5 Unknown key `vulnerabel` in `data_subjects[0]`. Did you mean `vulnerable`?']);
  });

  it('requires a transfer to name a country or an organisation', () => {
    expect(shape('privrec: 1\nid: a\ntransfers:\n  - recipient: X\n')).toEqual(['4:5 `transfers[0]` needs `country` (a third country) or `organisation` (an international organisation).']);
  });

  it('reports a controller ref with extra keys, and a party without a name', () => {
    expect(shape('privrec: 1\nid: a\ncontrollers:\n  - ref: edps\n    email: x@y.example\n')).toEqual(['5:5 Unknown key `email` in `controllers[0]`. Allowed here: ref, scope, unit, processing.']);
    expect(shape('privrec: 1\nid: a\ncontrollers:\n  - unit: HR\n')).toEqual(['4:5 `name` is required in `controllers[0]`.']);
  });

  it('checks e-mail addresses and web addresses', () => {
    expect(shape('privrec: 1\nid: a\ndpo: { email: dpo at agency }\nnotice: { url: www.example.org/privacy }\n')).toEqual([
      '3:15 `dpo.email` must be an e-mail address.',
      '4:16 `notice.url` must be a full web address (https://...).',
    ]);
    expect(shape('privrec: 1\nid: a\ndpo: { email: dpo@agency.europa.eu }\nnotice: { url: "https://example.org/privacy?lang=de#rights" }\n')).toEqual([]);
  });

  it('says a key left empty is empty, as `privrec new` leaves them', () => {
    expect(shape('privrec: 1\nid: a\ntitle: # TODO\ndata_subjects:\n  - # TODO\n')).toEqual([
      '3:6 `title` is empty: write a text here.',
      '5:5 `data_subjects[0]` is empty: write a text or a mapping here.',
    ]);
  });

  it('keeps `x-` extension keys and the format version', () => {
    expect(shape('privrec: 1\nid: a\nx-internal-note: kept\n')).toEqual([]);
    expect(shape('privrec: 2\nid: a\n')).toEqual(['1:10 `privrec` must be 1.']);
  });
});

describe('regime requirements', () => {
  it('require the DPO under eudpr, naming Art. 31(1)(a), at the top of the record', () => {
    expect(requirements(without(fixture('valid-eudpr.yaml'), 'dpo'), 'eudpr', 'record')).toEqual(["2:1 `dpo` is required: Art. 31(1)(a) of 2018/1725 requires the DPO's contact details."]);
  });

  it('do not require a DPO record entry under gdpr, but do require recipients (Art. 30(1)(d))', () => {
    expect(requirements(without(fixture('valid-gdpr.yaml'), 'dpo'), 'gdpr', 'record')).toEqual([]);
    expect(requirements(without(fixture('valid-gdpr.yaml'), 'recipients'), 'gdpr', 'record')).toEqual([
      '2:1 `recipients` is required: Art. 30(1)(d) GDPR requires the categories of recipients, including those in third countries or international organisations (an empty list states that there are none).',
    ]);
  });

  it('require an inline controller to give contact details, at the controller', () => {
    const yaml = fixture('valid-eudpr.yaml').replace(/    contact:\n      email: hr@agency.europa.example\n      address: .*\n/, '');
    expect(requirements(yaml, 'eudpr', 'record')).toEqual(['10:5 `contact` is required in `controllers[0]`: Art. 31(1)(a) of 2018/1725 requires the name and contact details of the controller.']);
  });

  it("require the DPO's e-mail address, citing the DPO's article", () => {
    const yaml = fixture('valid-eudpr.yaml').replace('  email: dpo@agency.europa.example\n', '  name: Data Protection Officer\n');
    expect(requirements(yaml, 'eudpr', 'record')).toEqual(["15:1 `email` is required in `dpo`: Art. 31(1)(a) of 2018/1725 requires the DPO's contact details."]);
  });

  it('require a legal basis for a notice (Art. 15(1)(c) / Art. 13(1)(c))', () => {
    expect(requirements(without(fixture('valid-eudpr.yaml'), 'legal_basis'), 'eudpr', 'notice')).toEqual([
      '2:1 `legal_basis` is required: Art. 15(1)(c) of 2018/1725 requires the legal basis for the processing.',
    ]);
    expect(requirements(without(fixture('valid-gdpr.yaml'), 'legal_basis'), 'gdpr', 'notice')).toEqual([
      '2:1 `legal_basis` is required: Art. 13(1)(c) GDPR requires the legal basis for the processing.',
    ]);
  });

  it.each([
    ['valid-eudpr.yaml', 'eudpr'],
    ['valid-gdpr.yaml', 'gdpr'],
  ] as const)('are met by %s', (name, regime) => {
    expect(requirements(fixture(name), regime, 'record')).toEqual([]);
    expect(requirements(fixture(name), regime, 'notice')).toEqual([]);
  });
});

describe('config schema', () => {
  const config = (yaml: string) => {
    const parsed = parseYaml(yaml);
    return validateConfigData(parsed.data, parsed.positions).map((f) => `${f.line}:${f.column} ${f.message}`);
  };

  it.each(['edps', 'emsa', 'vcrp', 'dhoon-laxey'])('accepts the %s example config', (org) => {
    expect(config(readFileSync(join(ROOT, 'examples', org, 'privrec.yaml'), 'utf8'))).toEqual([]);
  });

  it('reports a bad rule setting and an unknown key where they are', () => {
    expect(config('regime: gdpr\nrules:\n  review-due: sometimes\nrecord: []\n')).toEqual([
      '3:15 `rules.review-due` must be one of: off, warn, error, 0, 1, 2.',
      '4:1 Unknown key `record`. Did you mean `records`?',
    ]);
  });
});
