/** Country names as spreadsheets write them ("Germany", "Deutschland", "Allemagne", "USA") to ISO 3166-1 codes. */
import { LANGS } from '../languages.js';
import { canonicalCountry } from '../law/index.js';
import { sameHeading } from '../text.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHORT_NAMES: Readonly<Record<string, string>> = { usa: 'US', us: 'US', uk: 'GB', greatbritain: 'GB', england: 'GB' };

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(SHORT_NAMES));
  for (const locale of LANGS) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const code = first + second;
        const name = display.of(code);
        if (name && name !== code) byName.set(sameHeading(name), code);
      }
    }
  }
  return byName;
}

/** The ISO code of a country name or code; undefined for one privrec does not know. */
export function countryCode(text: string): string | undefined {
  if (/^[A-Za-z]{2}$/.test(text.trim())) return canonicalCountry(text);
  return names().get(sameHeading(text));
}
