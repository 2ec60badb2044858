/**
 * Which items of a record a page shows its audience. Public pages (the site, notices, the
 * register) leave out what the regime keeps internal (`internal_items` in regimes.json), as
 * privrec.yaml's `visibility` changes it; internal pages show everything. A notice always
 * carries the items the law requires of it (src/law/regimes/<regime>/notice.schema.json).
 */
import type { Config } from '../config.js';
import { regimeInfo } from '../law/index.js';
import type { Regime } from '../model.js';
import type { RecordData } from '../record.js';
import { schemaNamed } from '../validate/messages.js';

export type Audience = 'public' | 'internal';
export const AUDIENCES: readonly Audience[] = ['public', 'internal'];

/** A top-level item of the record, or `item.key` for a key of each of its entries. */
export type VisibilityItem = string;

/** The items whose visibility privrec.yaml can set (the config schema's `visibilityItem`). */
export const VISIBILITY_ITEMS: readonly VisibilityItem[] = (schemaNamed('config') as { $defs: { visibilityItem: { enum: string[] } } }).$defs.visibilityItem.enum;

/** The items a page for `audience` leaves out. */
export function internalItems(audience: Audience, regime: Regime, config: Config): Set<VisibilityItem> {
  if (audience === 'internal') return new Set();
  const items = new Set(regimeInfo(regime).internal_items);
  for (const [item, visibility] of Object.entries(config.visibility)) {
    if (visibility === 'internal') items.add(item);
    else items.delete(item);
  }
  return items;
}

const noticeItemsByRegime = new Map<Regime, ReadonlySet<string>>();

/** What a notice must say under the regime, kept in it whatever the visibility; read once per regime. */
function noticeItems(regime: Regime): ReadonlySet<string> {
  let items = noticeItemsByRegime.get(regime);
  if (!items) {
    const schema = schemaNamed(`${regime}-notice`) as { required?: string[]; properties?: Record<string, unknown> };
    const named = new Set([...(schema.required ?? []), ...Object.keys(schema.properties ?? {})]);
    // Processors are recipients (Art. 3(13) of 2018/1725, Art. 4(9) GDPR): the notice names them among its recipients.
    if (named.has('recipients')) named.add('processors');
    items = named;
    noticeItemsByRegime.set(regime, items);
  }
  return items;
}

/**
 * The record without the items withheld from the page, and which top-level items were withheld
 * (so that a page says "not published" where it would otherwise mark a gap).
 */
export function forAudience(record: RecordData, hidden: ReadonlySet<VisibilityItem>, kind: 'notice' | 'record' | 'register' | 'dpia', regime: Regime): { record: RecordData; withheld: Set<string> } {
  const kept: ReadonlySet<string> = kind === 'notice' ? noticeItems(regime) : new Set<string>();
  const withheld = new Set<string>();
  const copy: Record<string, unknown> = { ...record };
  for (const item of hidden) {
    const [key, inner] = item.split('.', 2) as [string, string | undefined];
    if (kept.has(key) || copy[key] === undefined) continue;
    if (inner === undefined) {
      delete copy[key];
      withheld.add(key);
    } else if (Array.isArray(copy[key])) {
      copy[key] = (copy[key] as unknown[]).map((entry) => withoutKey(entry, inner));
    }
  }
  return { record: copy as unknown as RecordData, withheld };
}

/** The entry without `key`, and its sub-processors likewise (a contract is withheld at every level). */
function withoutKey(entry: unknown, key: string): unknown {
  if (entry === null || typeof entry !== 'object') return entry;
  const rest: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  delete rest[key];
  if (Array.isArray(rest.sub_processors)) rest.sub_processors = rest.sub_processors.map((sub) => withoutKey(sub, key));
  return rest;
}

/** `withheld` as templates read it: every top-level item, true where the page leaves it out. */
export function withheldFlags(withheld: ReadonlySet<string>): Record<string, boolean> {
  return Object.fromEntries(VISIBILITY_ITEMS.filter((item) => !item.includes('.')).map((item) => [item, withheld.has(item)]));
}
