import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';
import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';

const RULE = 'transfer-safeguard';

/** A record with one transfer: destination on line 4, safeguard type on line 7, `more` safeguard keys from line 8. */
const transfer = (destination: string, type: string, ...more: string[]) =>
  yamlLines('privrec: 1', 'id: r', 'transfers:', `  - ${destination}`, '    recipient: Provider', '    safeguard:', `      type: ${type}`, ...more.map((line) => `      ${line}`));

const publicAuthority = { config: { parties: { school: { name: 'Example School', public_authority: true } } } };
const withController = (yaml: string) => yaml.replace('transfers:', 'controllers:\n  - ref: school\ntransfers:');

describe(RULE, () => {
  it('passes valid safeguards', () => {
    expect(findingsOf(RULE, GDPR_RECORD)).toEqual([]);
    expect(findingsOf(RULE, EUDPR_RECORD, { regime: 'eudpr' })).toEqual([]);
    expect(findingsOf(RULE, transfer('country: IN', 'scc', 'reference: Decision (EU) 2021/914, module 2'))).toEqual([]);
    expect(findingsOf(RULE, transfer('country: GB', 'adequacy'))).toEqual([]);
  });

  describe('no safeguard', () => {
    it('reports the transfer at its country (Dhoon/Laxey: China)', () => {
      expect(findingsOf(RULE, yamlLines('privrec: 1', 'id: r', 'transfers:', '  - country: CN', '    recipient: Servers in China'))).toEqual([
        '4:14 The transfer to CN names no safeguard: it needs an adequacy decision (Art. 45 GDPR), appropriate safeguards (Art. 46 GDPR) or a derogation (Art. 49 GDPR).',
      ]);
    });

    it('reports the transfer at its organisation, and names an adequacy decision in force', () => {
      const yaml = yamlLines('privrec: 1', 'id: r', 'transfers:', '  - organisation: European Patent Organisation', '    recipient: EPO');
      expect(findingsOf(RULE, yaml, { regime: 'eudpr' })).toEqual([
        '4:19 The transfer to "European Patent Organisation" names no safeguard: it needs an adequacy decision (Art. 47 of 2018/1725), appropriate safeguards (Art. 48 of 2018/1725) or a derogation (Art. 50 of 2018/1725). An adequacy decision is in force for European Patent Organisation (Decision (EU) 2025/1382): write `safeguard: { type: adequacy }`.',
      ]);
    });
  });

  describe('adequacy', () => {
    it('reports a country without a decision, at the type', () => {
      expect(findingsOf(RULE, transfer('country: CN', 'adequacy'))).toEqual([
        '7:13 No adequacy decision (Art. 45 GDPR) is in force for CN on 2026-11-28: the transfer needs appropriate safeguards (Art. 46 GDPR) or a derogation (Art. 49 GDPR).',
      ]);
      expect(findingsOf(RULE, transfer('country: CN', 'adequacy'), { regime: 'eudpr' })).toEqual([
        expect.stringContaining('7:13 No adequacy decision (Art. 47 of 2018/1725) is in force for CN on 2026-11-28'),
      ]);
    });

    it('reports a decision not yet adopted or expired on the evaluation date', () => {
      expect(findingsOf(RULE, transfer('country: US', 'adequacy'), { asOf: '2021-01-01' })).toEqual([
        '7:13 The adequacy decision for United States (Decision (EU) 2023/1795) applies from 2023-07-10 only: on 2021-01-01 the transfer needs another safeguard.',
      ]);
      expect(findingsOf(RULE, transfer('country: BR', 'adequacy'), { asOf: '2026-01-25' })).toEqual([
        '7:13 The adequacy decision for Brazil (Decision (EU) 2026/179) applies from 2026-01-26 only: on 2026-01-25 the transfer needs another safeguard.',
      ]);
      expect(findingsOf(RULE, transfer('country: BR', 'adequacy'), { asOf: '2026-01-26' })).toEqual([]);
      expect(findingsOf(RULE, transfer('country: GB', 'adequacy'), { asOf: '2031-12-28' })).toEqual([
        expect.stringContaining('7:13 The adequacy decision for United Kingdom (Decision (EU) 2021/1772) expired on 2031-12-27'),
      ]);
    });

    it('knows the adequacy decision for the European Patent Organisation', () => {
      const epo = transfer('organisation: European Patent Organisation', 'adequacy');
      expect(findingsOf(RULE, epo, { regime: 'eudpr', asOf: '2025-07-15' })).toEqual([]);
      expect(findingsOf(RULE, epo, { regime: 'eudpr', asOf: '2025-07-14' })).toEqual([expect.stringContaining('7:13 The adequacy decision for European Patent Organisation (Decision (EU) 2025/1382) applies from 2025-07-15 only')]);
    });
  });

  describe('frameworks for the United States, before and after each date', () => {
    it('Safe Harbour: invalid from 2015-10-06', () => {
      const yaml = transfer('country: US', 'safe-harbour');
      expect(findingsOf(RULE, yaml, { asOf: '2015-10-05' })).toEqual([]);
      expect(findingsOf(RULE, yaml, { asOf: '2015-10-06' })).toEqual([
        '7:13 EU-US Safe Harbour (Decision 2000/520/EC) can no longer be relied on since 2015-10-06: the Court of Justice declared it invalid (C-362/14, Schrems). The transfer needs another safeguard (Art. 44-50 GDPR).',
      ]);
    });

    it('Privacy Shield: invalid from 2020-07-16 (Dhoon/Laxey, Zoom)', () => {
      const yaml = transfer('country: US', 'privacy-shield', 'reference: https://www.privacyshield.gov/participant?id=a2zt0000000TNkCAAW');
      expect(findingsOf(RULE, yaml, { asOf: '2020-07-15' })).toEqual([]);
      expect(findingsOf(RULE, yaml, { asOf: '2020-07-16' })).toEqual([
        expect.stringContaining('7:13 EU-US Privacy Shield (Decision (EU) 2016/1250) can no longer be relied on since 2020-07-16: the Court of Justice declared it invalid (C-311/18'),
      ]);
      expect(findingsOf(RULE, yaml, { regime: 'eudpr', asOf: '2026-11-28' })).toEqual([expect.stringContaining('(Art. 46-51 of 2018/1725)')]);
    });

    it('Data Privacy Framework: usable from 2023-07-10', () => {
      const yaml = transfer('country: US', 'dpf');
      expect(findingsOf(RULE, yaml, { asOf: '2023-07-09' })).toEqual([
        '7:13 EU-US Data Privacy Framework (Decision (EU) 2023/1795) applies from 2023-07-10 only: on 2023-07-09 it could not be relied on.',
      ]);
      expect(findingsOf(RULE, yaml, { asOf: '2023-07-10' })).toEqual([]);
    });

    it('Data Privacy Framework: the United States only', () => {
      expect(findingsOf(RULE, transfer('country: CN', 'dpf'))).toEqual(['7:13 The EU-US Data Privacy Framework covers transfers to US only, not to CN.']);
    });

    it('a framework named in the reference of an adequacy safeguard is judged at the reference', () => {
      const yaml = transfer('country: US', 'adequacy', 'reference: Commission Decision (EU) 2016/1250');
      expect(findingsOf(RULE, yaml, { asOf: '2020-07-15' })).toEqual([]);
      expect(findingsOf(RULE, yaml, { asOf: '2020-07-16' })).toEqual([
        expect.stringContaining('8:18 EU-US Privacy Shield (Decision (EU) 2016/1250) can no longer be relied on since 2020-07-16'),
      ]);
      expect(findingsOf(RULE, transfer('country: CH', 'adequacy', 'reference: (EU) 2023/1795'))).toEqual([
        '8:18 The EU-US Data Privacy Framework covers transfers to US only, not to CH.',
      ]);
    });
  });

  describe('standard contractual clauses', () => {
    it('old clauses: invalid from 2022-12-27, reported at the reference', () => {
      const yaml = transfer('country: IN', 'scc', 'reference: Clauses of Decision 2010/87/EU signed in 2019');
      expect(findingsOf(RULE, yaml, { asOf: '2022-12-26' })).toEqual([]);
      const findings = findingsOf(RULE, yaml, { asOf: '2022-12-27' });
      expect(findings).toEqual([
        expect.stringContaining(
          '8:18 Standard contractual clauses adopted under Directive 95/46/EC (Decisions 2001/497/EC, 2004/915/EC, 2010/87/EU) can no longer be relied on since 2022-12-27: repealed by Decision (EU) 2021/914',
        ),
      ]);
    });

    it('reports the controller-processor clauses named as a transfer tool', () => {
      expect(findingsOf(RULE, transfer('country: IN', 'scc', 'reference: (EU) 2021/915'), { regime: 'eudpr' })).toEqual([
        '8:18 Decision (EU) 2021/915 sets the clauses between controller and processor (Art. 29(7) of 2018/1725), not safeguards for a transfer (Art. 48 of 2018/1725).',
      ]);
    });
  });

  describe('derogations', () => {
    it('reports a derogation without ground, at the type', () => {
      expect(findingsOf(RULE, transfer('country: IN', 'derogation'))).toEqual(['7:13 A derogation must name the ground of Art. 49 GDPR it rests on: add `ground`.']);
    });

    it('reports a ground that is not a derogation of the regime, at the ground', () => {
      expect(findingsOf(RULE, transfer('country: IN', 'derogation', 'ground: 49(1)(h)'))).toEqual([
        '8:15 `49(1)(h)` is not a derogation of Art. 49 GDPR: the grounds are 49(1)(a), 49(1)(b), 49(1)(c), 49(1)(d), 49(1)(e), 49(1)(f), 49(1)(g), 49(1).',
      ]);
      expect(findingsOf(RULE, transfer('country: IN', 'derogation', 'ground: 49(1)(e)'), { regime: 'eudpr' })).toEqual([
        '8:15 Art. 49(1)(e) GDPR is a derogation of another regulation: this record is kept under Regulation (EU) 2018/1725, where the derogation is Art. 50(1)(e) of 2018/1725.',
      ]);
    });

    it('reports consent or contract derogations relied on by a public authority', () => {
      expect(findingsOf(RULE, withController(transfer('country: IN', 'derogation', 'ground: 49(1)(a)')), publicAuthority)).toEqual([
        '10:15 Example School is marked as a public authority (`public_authority: true`): in the exercise of its public powers it may not rely on Art. 49(1)(a) GDPR (Art. 49(3) GDPR).',
      ]);
      expect(findingsOf(RULE, withController(transfer('country: IN', 'derogation', 'ground: 50(1)(c)')), { ...publicAuthority, regime: 'eudpr' })).toEqual([
        expect.stringContaining('10:15 Example School is marked as a public authority (`public_authority: true`): in the exercise of its public powers it may not rely on Art. 50(1)(c) of 2018/1725 (Art. 50(3) of 2018/1725).'),
      ]);
    });

    it('passes those derogations for a private controller, and the others for a public authority', () => {
      expect(findingsOf(RULE, transfer('country: IN', 'derogation', 'ground: 49(1)(a)'))).toEqual([]);
      expect(findingsOf(RULE, withController(transfer('country: IN', 'derogation', 'ground: 49(1)(e)')), publicAuthority)).toEqual([]);
    });
  });

  it('reports binding corporate rules under 2018/1725 only', () => {
    expect(findingsOf(RULE, transfer('country: IN', 'bcr'))).toEqual([]);
    expect(findingsOf(RULE, transfer('country: IN', 'bcr'), { regime: 'eudpr' })).toEqual([
      '7:13 Regulation (EU) 2018/1725 does not provide for binding corporate rules: name a safeguard of Art. 48 of 2018/1725.',
    ]);
  });

  it('reports UK as a country code, and judges the transfer as one to GB', () => {
    expect(findingsOf(RULE, transfer('country: UK', 'adequacy'))).toEqual(['4:14 `UK` is not an ISO 3166-1 country code: write `GB`.']);
  });
});
