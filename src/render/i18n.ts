import type { Config } from '../config.js';
import { regimeInfo, type Lang, type Regime } from '../law/index.js';
import de from './i18n/de.json' with { type: 'json' };
import en from './i18n/en.json' with { type: 'json' };
import fr from './i18n/fr.json' with { type: 'json' };
import it from './i18n/it.json' with { type: 'json' };

export type { Lang };
export type Messages = typeof en;

/** Typed against en.json, so a key missing from de.json, fr.json or it.json fails the build. */
const MESSAGES: Readonly<Record<Lang, Messages>> = { en, de, fr, it };

export { LANGS } from '../languages.js';
import { LANGS } from '../languages.js';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The built-in text at a dotted key, e.g. `section.rights`; throws for an unknown key. */
export function message(lang: Lang, key: string): string {
  let node: unknown = MESSAGES[lang];
  for (const part of key.split('.')) {
    node = node !== null && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`there is no built-in text "${key}" (src/render/i18n/${lang}.json)`);
  return node;
}

/**
 * The text at `key` with each `{name}` replaced by `values.name`. A regime may word a key its own
 * way (`words` in its regime.json: the UK's adequacy regulations, not the Commission's decisions).
 */
export function translate(lang: Lang, key: string, values: Readonly<Record<string, unknown>> = {}, regime?: Regime | null): string {
  const own = regime ? regimeInfo(regime).words[lang]?.[key] : undefined;
  return (own ?? message(lang, key)).replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) && values[name] != null ? String(values[name]) : placeholder));
}

/** The BCP 47 locale for Intl formatting (en renders dates the European way). */
export function localeOf(lang: Lang): string {
  return MESSAGES[lang].locale;
}

/**
 * The language of the built-in text: --lang, then the config's render.lang, then its language,
 * then the language the records are written in, then English.
 */
export function chooseLang(explicit: Lang | undefined, config: Config, recordLanguage: string | undefined): Lang {
  if (explicit) return explicit;
  if (config.render.lang) return config.render.lang;
  for (const candidate of [config.language, recordLanguage]) {
    const primary = candidate?.split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/** The headings of the register's spreadsheet: sheet titles and column headings, by id and path. */
export function spreadsheetWords(lang: Lang): Messages['spreadsheet'] {
  return MESSAGES[lang].spreadsheet;
}
