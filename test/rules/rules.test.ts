import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { lintRecord } from './helpers.js';
import type { Regime } from '../../src/model.js';
import { COMPLETE_RECORDS, PROCESSOR_RECORD, yamlLines } from './records.js';

const strict = { config: { preset: 'strict' as const } };
const root = new URL('../../', import.meta.url);

describe('every rule', () => {
  it.each(RULES.map((rule) => rule.id))('%s passes the complete record of each regime, every rule on (strict)', (id) => {
    const findings = Object.entries(COMPLETE_RECORDS).flatMap(([regime, yaml]) => lintRecord(yaml, { regime: regime as Regime, ...strict }));
    expect(findings.filter((finding) => finding.ruleId === id)).toEqual([]);
  });

  it.each(Object.entries(COMPLETE_RECORDS))('the complete %s record has no finding at all, the schema included (strict)', (regime, yaml) => {
    expect(lintRecord(yaml, { regime: regime as Regime, ...strict }).map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });

  it.each(RULES.map((rule) => rule.id))('%s has its own test file and its docs page', (id) => {
    expect(existsSync(new URL(`test/rules/${id}.test.ts`, root)), `test/rules/${id}.test.ts`).toBe(true);
    expect(existsSync(new URL(`docs/rules/${id}.md`, root)), `docs/rules/${id}.md`).toBe(true);
  });
});

describe('the notice scope', () => {
  /** A register entry that would give every notice rule something to say. */
  const registerOnly = yamlLines(
    'privrec: 1',
    'id: r',
    'legal_basis:',
    '  - article: 6(1)(a)',
    '  - article: 6(1)(c)',
    'personal_data:',
    '  - category: Contact data',
    '  - category: Directory data',
    '    source: the HR system',
    'automated_decisions:',
    '  used: true',
  );
  const noticeRules = RULES.filter((rule) => rule.scope === 'notice').map((rule) => rule.id);

  it('covers the rules about what a notice says', () => {
    expect(noticeRules.sort()).toEqual(['automated-decision-info', 'consent-withdrawal', 'legal-basis-instrument', 'notice-complete', 'source-required']);
  });

  it.each([
    ['no `notice` key and no `notices` in privrec.yaml', registerOnly, {}],
    ['`notices: false` in privrec.yaml, even with a `notice` key', `${registerOnly}notice: { available: internally }\n`, { notices: false }],
    ['`notice.render: false`, even with `notices: true`', `${registerOnly}notice: { render: false }\n`, { notices: true }],
  ])('leaves a register-only record alone: %s', (_, yaml, config) => {
    const findings = lintRecord(yaml, { config: { notices: undefined, ...config } });
    expect(findings.filter((finding) => noticeRules.includes(finding.ruleId))).toEqual([]);
  });

  it.each([
    ['a `notice` key', `${registerOnly}notice: { url: "https://school.de/privacy" }\n`, {}],
    ['`notices: true` in privrec.yaml', registerOnly, { notices: true }],
  ])('checks the notice of a record with %s', (_, yaml, config) => {
    const ids = new Set(lintRecord(yaml, { config: { notices: undefined, ...config } }).map((finding) => finding.ruleId));
    expect(noticeRules.filter((id) => ids.has(id)).sort()).toEqual(noticeRules.sort());
  });
});

describe('one mistake, one finding', () => {
  it.each([
    ['period: N/A', yamlLines('privrec: 1', 'id: r', 'retention:', '  - data: all', '    period: N/A'), 'retention-period'],
    ['period: as long as necessary', yamlLines('privrec: 1', 'id: r', 'retention:', '  - data: all', '    period: as long as necessary'), 'retention-period'],
    [
      'a ground in national notation, read as 6(1)(e): only the law it rests on is missing',
      yamlLines('privrec: 1', 'id: r', 'legal_basis:', '  - article: Art. 6 Abs. 1 lit. e DSGVO'),
      'legal-basis-instrument',
    ],
    ['a GDPR ground in a 2018/1725 record', yamlLines('privrec: 1', 'regime: eudpr', 'id: r', 'legal_basis:', '  - article: Article 6(1)(e) GDPR'), 'legal-basis-valid'],
    ['privacy-shield as safeguard', yamlLines('privrec: 1', 'id: r', 'transfers:', '  - country: US', '    recipient: Zoom', '    safeguard: { type: privacy-shield }'), 'transfer-safeguard'],
  ])('%s', (_, yaml, ruleId) => {
    const atLine = lintRecord(yaml).filter((finding) => finding.line === yaml.trimEnd().split('\n').length);
    expect(atLine.map((finding) => finding.ruleId)).toEqual(ruleId ? [ruleId] : []);
  });

  it('never offers a safeguard type that transfer-safeguard rejects', () => {
    const findings = lintRecord(yamlLines('privrec: 1', 'id: r', 'transfers:', '  - country: US', '    recipient: Zoom', '    safeguard: { type: contract }'));
    const schema = findings.find((finding) => finding.ruleId === 'schema');
    expect(schema?.message).toContain('must be one of: adequacy, dpf, scc, idta, uk-addendum, bcr, derogation');
    expect(schema?.message).not.toMatch(/privacy-shield|safe-harbour/);
  });
});

describe("a processor's record (role: processor)", () => {
  it('is checked only by the rules that read what Art. 30(2) asks of it: no legal basis, notice, retention or purpose is asked', () => {
    expect(lintRecord(PROCESSOR_RECORD, { ...strict }).map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.message}`)).toEqual([]);
    const bare = yamlLines('privrec: 1', 'id: p', 'role: processor', 'updated: "2026-06-01"', 'title: Hosting', 'processor: { ref: nobody }', 'transfers: []', 'security: [Encrypted]');
    expect(lintRecord(bare, { ...strict }).map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['record-required@1:1', 'party-ref@6:19']);
  });

  it('the rules that check it are the ones that say so', () => {
    expect(
      RULES.filter((rule) => rule.roles?.includes('processor'))
        .map((rule) => rule.id)
        .sort(),
    ).toEqual(['article-notation', 'party-ref', 'placeholder', 'record-required', 'regime-citation', 'review-due', 'transfer-safeguard', 'unique-id']);
  });
});
