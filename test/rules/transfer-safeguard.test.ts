import { EUDPR_RECORD, GDPR_RECORD, yamlLines } from './records.js';
import { testRule } from './rule-tester.js';

/** A record with one transfer: destination on line 4, safeguard type on line 7, `more` safeguard keys from line 8. */
const transfer = (destination: string, type: string, ...more: string[]) =>
  yamlLines('privrec: 1', 'id: r', 'transfers:', `  - ${destination}`, '    recipient: Provider', '    safeguard:', `      type: ${type}`, ...more.map((line) => `      ${line}`));

const publicAuthority = { config: { parties: { school: { name: 'Example School', public_authority: true } } } };
const withController = (yaml: string) => yaml.replace('transfers:', 'controllers:\n  - ref: school\ntransfers:');
const epo = transfer('organisation: European Patent Organisation', 'adequacy');
const safeHarbour = transfer('country: US', 'safe-harbour');
const privacyShield = transfer('country: US', 'privacy-shield', 'reference: https://www.privacyshield.gov/participant?id=a2zt0000000TNkCAAW');
const shieldByReference = transfer('country: US', 'adequacy', 'reference: Commission Decision (EU) 2016/1250');
const oldClauses = transfer('country: IN', 'scc', 'reference: Clauses of Decision 2010/87/EU signed in 2019');

testRule('transfer-safeguard', {
  valid: [
    {
      name: 'a `ground` beside clauses: read only for a derogation',
      yaml: transfer('country: IN', 'scc', 'reference: (EU) 2021/914', 'ground: 49(1)(z)'),
      ukDiffers: 'the EU clauses alone are no UK safeguard since 2024-03-21',
    },
    { name: 'UK GDPR: the IDTA to India', yaml: transfer('country: IN', 'idta'), regime: 'uk-gdpr' },
    {
      name: 'UK GDPR: the Addendum to the EU clauses, from its first day',
      yaml: transfer('country: IN', 'uk-addendum', 'reference: Decision (EU) 2021/914 with the UK Addendum'),
      regime: 'uk-gdpr',
      asOf: '2022-03-21',
    },
    { name: 'UK GDPR: the UK Extension to the DPF from its first day', yaml: transfer('country: US', 'dpf'), regime: 'uk-gdpr', asOf: '2023-10-12' },
    { name: 'UK GDPR: adequacy for Korea (2022) and for the EEA', yaml: transfer('country: KR', 'adequacy'), regime: 'uk-gdpr' },
    { name: 'UK GDPR: data kept in the United Kingdom is no transfer', yaml: transfer('country: GB', 'adequacy'), regime: 'uk-gdpr' },
    { name: 'FADP: the Swiss-US DPF from 15 September 2024', yaml: transfer('country: US', 'dpf'), regime: 'fadp', asOf: '2024-09-15' },
    { name: 'FADP: adequacy for the United Kingdom (Annex 1 FADPO)', yaml: transfer('country: GB', 'adequacy'), regime: 'fadp' },
    { name: 'FADP: FDPIC-recognised clauses to India', yaml: transfer('country: IN', 'scc', 'reference: EU SCC 2021/914 with the Swiss amendments'), regime: 'fadp' },
    { name: 'FADP: the consent exception of Art. 17(1)(a)', yaml: transfer('country: IN', 'derogation', 'ground: 17(1)(a)'), regime: 'fadp' },
    { name: 'a complete GDPR record (DPF)', yaml: GDPR_RECORD },
    { name: 'a complete 2018/1725 record (EPO adequacy)', yaml: EUDPR_RECORD, regime: 'eudpr' },
    { name: 'the 2021 clauses to India', yaml: transfer('country: IN', 'scc', 'reference: Decision (EU) 2021/914, module 2'), ukDiffers: 'the EU clauses need the UK Addendum' },
    { name: 'adequacy for the United Kingdom', yaml: transfer('country: GB', 'adequacy') },
    { name: 'adequacy for Brazil from its first day', yaml: transfer('country: BR', 'adequacy'), asOf: '2026-01-26', ukDiffers: 'no UK adequacy regulations for Brazil' },
    { name: 'adequacy for the European Patent Organisation from its first day', yaml: epo, regime: 'eudpr', asOf: '2025-07-15' },
    { name: 'Safe Harbour the day before it fell', yaml: safeHarbour, asOf: '2015-10-05' },
    { name: 'Privacy Shield the day before it fell', yaml: privacyShield, asOf: '2020-07-15' },
    { name: 'Privacy Shield named in the reference, the day before it fell', yaml: shieldByReference, asOf: '2020-07-15' },
    { name: 'the Data Privacy Framework from its first day', yaml: transfer('country: US', 'dpf'), asOf: '2023-07-10', ukDiffers: 'the UK Extension applies from 2023-10-12' },
    { name: 'the old clauses the day before they lapsed', yaml: oldClauses, asOf: '2022-12-26' },
    { name: 'a consent derogation for a private controller', yaml: transfer('country: IN', 'derogation', 'ground: 49(1)(a)') },
    { name: 'a public-interest derogation for a public authority', yaml: withController(transfer('country: IN', 'derogation', 'ground: 49(1)(e)')), ...publicAuthority },
    { name: 'binding corporate rules under the GDPR', yaml: transfer('country: IN', 'bcr') },
  ],
  invalid: [
    {
      name: 'the 2021 clauses, as the type and in the reference, before they applied: once, at the type',
      yaml: transfer('country: IN', 'scc', 'reference: (EU) 2021/914'),
      asOf: '2021-01-01',
      ukDiffers: 'under the UK GDPR `scc` are the EU clauses of 2001-2010 as UK law keeps them',
      findings: [{ at: '7:13', message: '(Decision (EU) 2021/914) applies from 2021-06-27 only: on 2021-01-01 it could not be relied on' }],
    },
    {
      name: 'the DPF, as the type and in the reference, for India: once, at the type',
      yaml: transfer('country: IN', 'dpf', 'reference: (EU) 2023/1795'),
      findings: [{ at: '7:13', message: 'The EU-US Data Privacy Framework covers transfers to US only, not to IN' }],
    },
    {
      name: 'FADP: an administrative arrangement, which no regime privrec knows names, by its type',
      yaml: transfer('country: IN', 'administrative-arrangement'),
      regime: 'fadp',
      findings: [{ at: '7:13', message: '`administrative-arrangement` is not a safeguard under Federal Act on Data Protection (FADP, Switzerland)' }],
    },
    {
      name: 'UK GDPR: the 2021 EU clauses without the Addendum, since the old clauses lapsed',
      yaml: transfer('country: IN', 'scc', 'reference: Decision (EU) 2021/914, module 2'),
      regime: 'uk-gdpr',
      findings: [{ at: '7:13', message: 'can no longer be relied on since 2024-03-21: the EU clauses of 2021 alone are not a UK safeguard: they need the Addendum' }],
    },
    {
      name: 'UK GDPR: the UK Extension to the DPF the day before it applied',
      yaml: transfer('country: US', 'dpf'),
      regime: 'uk-gdpr',
      asOf: '2023-10-11',
      findings: [{ at: '7:13', message: 'UK Extension to the EU-US Data Privacy Framework (Decision SI 2023/1028) applies from 2023-10-12 only' }],
    },
    {
      name: 'UK GDPR: no adequacy regulations for Brazil',
      yaml: transfer('country: BR', 'adequacy'),
      regime: 'uk-gdpr',
      asOf: '2026-06-01',
      findings: [{ at: '7:13', message: 'No adequacy decision (Art. 45 UK GDPR) is in force for BR' }],
    },
    {
      name: 'GDPR: the IDTA is a UK safeguard',
      yaml: transfer('country: IN', 'idta'),
      ukDiffers: 'the IDTA is the UK safeguard',
      findings: [{ at: '7:13', message: 'International data transfer agreement (IDTA) is not a safeguard under Regulation (EU) 2016/679 (GDPR)' }],
    },
    {
      name: 'FADP: the Swiss-US DPF the day before the Federal Council listed the US (14 September 2024)',
      yaml: transfer('country: US', 'dpf'),
      regime: 'fadp',
      asOf: '2024-09-14',
      findings: [{ at: '7:13', message: 'Swiss-US Data Privacy Framework (Decision FADPO Annex 1, amended 14 August 2024) applies from 2024-09-15 only' }],
    },
    {
      name: 'FADP: adequacy for the US before the Swiss-US DPF',
      yaml: transfer('country: US', 'adequacy'),
      regime: 'fadp',
      asOf: '2024-09-14',
      findings: [{ at: '7:13', message: 'applies from 2024-09-15 only' }],
    },
    {
      name: 'FADP: no Annex 1 listing for Japan',
      yaml: transfer('country: JP', 'adequacy'),
      regime: 'fadp',
      findings: [{ at: '7:13', message: 'No adequacy decision (Art. 16(1) FADP) is in force for JP' }],
    },
    {
      name: 'FADP: the UK IDTA is no Swiss safeguard',
      yaml: transfer('country: IN', 'idta'),
      regime: 'fadp',
      findings: [{ at: '7:13', message: 'is not a safeguard under Federal Act on Data Protection (FADP, Switzerland)' }],
    },
    { name: 'FADP: a derogation that is not one of Art. 17(1)', yaml: transfer('country: IN', 'derogation', 'ground: 49(1)(a)'), regime: 'fadp', findings: [{ at: '8:15' }] },
    {
      name: 'no safeguard, at the country (Dhoon/Laxey: China)',
      yaml: yamlLines('privrec: 1', 'id: r', 'transfers:', '  - country: CN', '    recipient: Servers in China'),
      findings: [{ at: '4:14', message: 'The transfer to CN names no safeguard: it needs an adequacy decision (Art. 45 GDPR), appropriate safeguards (Art. 46 GDPR) or a derogation (Art. 49 GDPR).' }],
    },
    {
      name: 'no safeguard, at the organisation, naming the adequacy decision in force',
      yaml: yamlLines('privrec: 1', 'id: r', 'transfers:', '  - organisation: European Patent Organisation', '    recipient: EPO'),
      regime: 'eudpr',
      findings: [
        {
          at: '4:19',
          message:
            'The transfer to "European Patent Organisation" names no safeguard: it needs an adequacy decision (Art. 47 of 2018/1725), appropriate safeguards (Art. 48 of 2018/1725) or a derogation (Art. 50 of 2018/1725). An adequacy decision is in force for European Patent Organisation (Decision (EU) 2025/1382): write `safeguard: { type: adequacy }`.',
        },
      ],
    },
    {
      name: 'adequacy for a country without a decision, at the type',
      yaml: transfer('country: CN', 'adequacy'),
      findings: [
        { at: '7:13', message: 'No adequacy decision (Art. 45 GDPR) is in force for CN on 2026-11-28: the transfer needs appropriate safeguards (Art. 46 GDPR) or a derogation (Art. 49 GDPR).' },
      ],
    },
    {
      name: 'the same under 2018/1725',
      yaml: transfer('country: CN', 'adequacy'),
      regime: 'eudpr',
      findings: [{ at: '7:13', message: 'No adequacy decision (Art. 47 of 2018/1725) is in force for CN on 2026-11-28' }],
    },
    {
      name: 'adequacy for the United States before the decision',
      yaml: transfer('country: US', 'adequacy'),
      asOf: '2021-01-01',
      findings: [
        {
          at: '7:13',
          message:
            'The adequacy decision for United States (Decision (EU) 2023/1795) (Art. 45 GDPR) applies from 2023-07-10 only: on 2021-01-01 the transfer needs appropriate safeguards (Art. 46 GDPR) or a derogation (Art. 49 GDPR).',
        },
      ],
    },
    {
      name: 'adequacy for Brazil the day before',
      yaml: transfer('country: BR', 'adequacy'),
      asOf: '2026-01-25',
      findings: [{ at: '7:13', message: 'The adequacy decision for Brazil (Decision (EU) 2026/179) (Art. 45 GDPR) applies from 2026-01-26 only: on 2026-01-25' }],
    },
    {
      name: 'adequacy for the United Kingdom after it expires',
      ukDiffers: 'the United Kingdom is home',
      yaml: transfer('country: GB', 'adequacy'),
      asOf: '2031-12-28',
      findings: [{ at: '7:13', message: 'The adequacy decision for United Kingdom (Decision (EU) 2021/1772) (Art. 45 GDPR) expired on 2031-12-27' }],
    },
    {
      name: 'adequacy for the European Patent Organisation the day before',
      yaml: epo,
      regime: 'eudpr',
      asOf: '2025-07-14',
      findings: [{ at: '7:13', message: 'The adequacy decision for European Patent Organisation (Decision (EU) 2025/1382) (Art. 47 of 2018/1725) applies from 2025-07-15 only' }],
    },
    {
      name: 'Safe Harbour from 2015-10-06',
      yaml: safeHarbour,
      asOf: '2015-10-06',
      findings: [
        {
          at: '7:13',
          message:
            'EU-US Safe Harbour (Decision 2000/520/EC) can no longer be relied on since 2015-10-06: the Court of Justice declared it invalid (C-362/14, Schrems). The transfer needs another safeguard (Art. 44-50 GDPR).',
        },
      ],
    },
    {
      name: 'Privacy Shield from 2020-07-16 (Dhoon/Laxey, Zoom)',
      yaml: privacyShield,
      asOf: '2020-07-16',
      findings: [{ at: '7:13', message: 'EU-US Privacy Shield (Decision (EU) 2016/1250) can no longer be relied on since 2020-07-16: the Court of Justice declared it invalid (C-311/18' }],
    },
    { name: 'Privacy Shield under 2018/1725', yaml: privacyShield, regime: 'eudpr', findings: [{ at: '7:13', message: '(Art. 46-51 of 2018/1725)' }] },
    {
      name: 'the Data Privacy Framework the day before it applied',
      yaml: transfer('country: US', 'dpf'),
      asOf: '2023-07-09',
      findings: [
        {
          at: '7:13',
          message:
            'EU-US Data Privacy Framework (Decision (EU) 2023/1795) applies from 2023-07-10 only: on 2023-07-09 it could not be relied on, and the transfer needed another safeguard (Art. 44-50 GDPR).',
        },
      ],
    },
    {
      name: 'the Data Privacy Framework for China',
      yaml: transfer('country: CN', 'dpf'),
      findings: [
        {
          at: '7:13',
          message:
            'The EU-US Data Privacy Framework covers transfers to US only, not to CN: the transfer needs an adequacy decision for CN (Art. 45 GDPR) or appropriate safeguards (Art. 46 GDPR) or a derogation (Art. 49 GDPR).',
        },
      ],
    },
    {
      name: 'Privacy Shield named in the reference of an adequacy safeguard, judged at the reference',
      yaml: shieldByReference,
      asOf: '2020-07-16',
      findings: [{ at: '8:18', message: 'EU-US Privacy Shield (Decision (EU) 2016/1250) can no longer be relied on since 2020-07-16' }],
    },
    {
      name: 'the DPF decision named for Switzerland',
      ukDiffers: 'the UK data has no EU DPF decision',
      yaml: transfer('country: CH', 'adequacy', 'reference: (EU) 2023/1795'),
      findings: [{ at: '8:18', message: 'The EU-US Data Privacy Framework covers transfers to US only, not to CH:' }],
    },
    {
      name: 'the old clauses from 2022-12-27, at the reference',
      ukDiffers: 'the old clauses lapsed on other dates in UK law',
      yaml: oldClauses,
      asOf: '2022-12-27',
      findings: [
        {
          at: '8:18',
          message:
            'Standard contractual clauses adopted under Directive 95/46/EC (Decisions 2001/497/EC, 2004/915/EC, 2010/87/EU) can no longer be relied on since 2022-12-27: repealed by Decision (EU) 2021/914',
        },
      ],
    },
    {
      name: 'the controller-processor clauses named as a transfer tool',
      yaml: transfer('country: IN', 'scc', 'reference: (EU) 2021/915'),
      regime: 'eudpr',
      findings: [{ at: '8:18', message: 'Decision (EU) 2021/915 sets the clauses between controller and processor (Art. 29(7) of 2018/1725), not safeguards for a transfer (Art. 48 of 2018/1725).' }],
    },
    {
      name: 'a derogation without ground, at the type',
      yaml: transfer('country: IN', 'derogation'),
      findings: [{ at: '7:13', message: 'A derogation must name the ground of Art. 49 GDPR it rests on: add `ground`.' }],
    },
    {
      name: 'a ground that is no derogation of the regime, at the ground',
      yaml: transfer('country: IN', 'derogation', 'ground: 49(1)(h)'),
      findings: [{ at: '8:15', message: '`49(1)(h)` is not a derogation of Art. 49 GDPR: the grounds are 49(1)(a), 49(1)(b), 49(1)(c), 49(1)(d), 49(1)(e), 49(1)(f), 49(1)(g), 49(1).' }],
    },
    {
      name: 'a GDPR derogation in a 2018/1725 record, with its counterpart',
      yaml: transfer('country: IN', 'derogation', 'ground: 49(1)(e)'),
      regime: 'eudpr',
      findings: [
        { at: '8:15', message: 'Art. 49(1)(e) GDPR is a derogation of another regulation: this record is kept under Regulation (EU) 2018/1725, where the derogation is Art. 50(1)(e) of 2018/1725.' },
      ],
    },
    {
      name: 'a consent derogation relied on by a public authority',
      yaml: withController(transfer('country: IN', 'derogation', 'ground: 49(1)(a)')),
      ...publicAuthority,
      findings: [
        {
          at: '10:15',
          message: 'Example School is marked as a public authority (`public_authority: true`): in the exercise of its public powers it may not rely on Art. 49(1)(a) GDPR (Art. 49(3) GDPR).',
        },
      ],
    },
    {
      name: 'a contract derogation relied on by a public authority, under 2018/1725',
      yaml: withController(transfer('country: IN', 'derogation', 'ground: 50(1)(c)')),
      ...publicAuthority,
      regime: 'eudpr',
      findings: [
        {
          at: '10:15',
          message:
            'Example School is marked as a public authority (`public_authority: true`): in the exercise of its public powers it may not rely on Art. 50(1)(c) of 2018/1725 (Art. 50(3) of 2018/1725).',
        },
      ],
    },
    {
      name: 'binding corporate rules under 2018/1725',
      yaml: transfer('country: IN', 'bcr'),
      regime: 'eudpr',
      findings: [{ at: '7:13', message: 'Regulation (EU) 2018/1725 does not provide for binding corporate rules: name a safeguard of Art. 48 of 2018/1725.' }],
    },
    {
      name: 'UK as a country code, the transfer judged as one to GB',
      yaml: transfer('country: UK', 'adequacy'),
      findings: [{ at: '4:14', message: '`UK` is not an ISO 3166-1 country code: write `GB`, so that the third country of the transfer is named (Art. 30(1)(e) GDPR).' }],
    },
  ],
});
