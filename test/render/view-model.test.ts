/** The data templates receive (src/render/view-model.ts), where it combines what records and privrec.yaml say. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config } from '../../src/load/config.js';
import type { RecordData } from '../../src/record.js';
import { recordView } from '../../src/render/view-model.js';

const config: Config = {
  ...defaultConfig('/tmp'),
  parties: { uni: { name: 'Universität Musterstadt', dpo: { name: 'Dr. Erika Muster', email: 'datenschutz@uni-musterstadt.de', phone: '+49 1' } } },
};
const view = (record: Partial<RecordData>) => recordView({ privrec: 1, id: 'r', ...record } as RecordData, { kind: 'notice', format: 'md', lang: 'de', regime: 'gdpr', asOf: '2026-11-28', config });

describe('the view of a record', () => {
  it("names the same DPO once, with the party's name and phone though the record gives only the address", () => {
    const { dpos } = view({ controllers: [{ ref: 'uni' }], dpo: { email: 'datenschutz@uni-musterstadt.de' } });
    expect(dpos).toEqual([{ of: 'Universität Musterstadt', name: 'Dr. Erika Muster', contact: expect.objectContaining({ email: 'datenschutz@uni-musterstadt.de', phone: '+49 1' }) }]);
  });

  it('lists processors among the recipients, once, after those listed', () => {
    const { recipients, none } = view({ recipients: [{ name: 'HR', type: 'internal' }, { name: 'Host AG', type: 'processor' }], processors: [{ name: 'Host AG', location: 'DE' }, { name: 'Mail GmbH', service: 'Newsletter', locations: ['DE'] }] });
    expect(recipients.map((r) => `${r.name} ${r.type} ${r.location} ${r.description}`)).toEqual(['HR internal null null', 'Host AG processor null null', 'Mail GmbH processor DE Newsletter']);
    expect(none.recipients).toBe(false);
  });
});
