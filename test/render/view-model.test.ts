/** The data templates receive (src/render/view-model.ts), where it combines what records and privrec.yaml say. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/config.js';
import type { RecordData } from '../../src/record.js';
import { recordView } from '../../src/render/view-model.js';

const config: Config = {
  ...defaultConfig('/tmp'),
  parties: { uni: { name: 'Universität Musterstadt', dpo: { name: 'Dr. Erika Muster', email: 'datenschutz@uni-musterstadt.de', phone: '+49 1' } } },
};
const view = (record: Partial<RecordData>, kind: 'notice' | 'record' = 'notice', lang: 'de' | 'en' = 'de') =>
  recordView({ privrec: 1, id: 'r', ...record } as RecordData, { kind, format: 'md', lang, audience: 'internal', regime: 'gdpr', asOf: '2026-11-28', config });

describe('the view of a record', () => {
  it("names the same DPO once, with the party's name and phone though the record gives only the address", () => {
    const { dpos } = view({ controllers: [{ ref: 'uni' }], dpo: { email: 'datenschutz@uni-musterstadt.de' } });
    expect(dpos).toEqual([{ of: 'Universität Musterstadt', name: 'Dr. Erika Muster', contact: expect.objectContaining({ email: 'datenschutz@uni-musterstadt.de', phone: '+49 1' }) }]);
  });

  it('lists processors among the recipients, once, after those listed', () => {
    const { recipients, none } = view({
      recipients: [
        { name: 'HR', type: 'internal' },
        { name: 'Host AG', type: 'processor' },
      ],
      processors: [
        { name: 'Host AG', location: 'DE' },
        { name: 'Mail GmbH', service: 'Newsletter', locations: ['DE'] },
      ],
    });
    expect(recipients.map((r) => `${r.name} ${r.type} ${r.location} ${r.description}`)).toEqual(['HR internal null null', 'Host AG processor null null', 'Mail GmbH processor DE Newsletter']);
    expect(none.recipients).toBe(false);
  });

  // The notice speaks to the data subject; the record, kept by the controller, speaks of them.
  it.each([
    ['notice', 'en', '6(1)(a)', 'You have given your consent'],
    ['record', 'en', '6(1)(a)', 'The data subject has given consent'],
    ['notice', 'de', '6(1)(b)', 'dessen Vertragspartei Sie sind'],
    ['record', 'de', '6(1)(b)', 'dessen Vertragspartei die betroffene Person ist'],
    ['record', 'en', '6(1)(f)', 'freedoms of the data subject'],
  ] as const)('words the ground for the %s in %s (%s)', (kind, lang, article, wording) => {
    const { legalBases } = view({ legal_basis: [{ article: `Art. ${article} GDPR` }] }, kind, lang);
    expect(legalBases[0]!.ground).toContain(wording);
    if (kind === 'record') expect(legalBases[0]!.ground).not.toMatch(/\b(?:you|your|Sie|Ihre?)\b/);
  });
});
