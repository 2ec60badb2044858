/** Helpers shared by rules: law data in rule metadata and messages, and the parties of a record. */
import type { DataPath, Regime } from '../model.js';
import { eachProcessor, partyField, partyName, type DataCategory, type Party, type RecordData } from '../record.js';
import { parseDuration } from '../duration.js';
import { normalizeText } from '../text.js';
import { REGIMES, citeArticle, normalizeArticle, regimeInfo, regimeOfArticle, type GroundKind, type RegimeArticles, type RegimeInfo } from '../law/index.js';
import type { RecordContext, RuleMeta } from './types.js';

/** A rule's `articles` from the law data: `pick` names the regime's article numbers (null: none). */
export function articlesOf(pick: (info: RegimeInfo) => readonly (string | null)[]): RuleMeta['articles'] {
  return Object.fromEntries(REGIMES.map((regime) => [regime, pick(regimeInfo(regime)).flatMap((article) => (article === null ? [] : [`Art. ${article}`]))]));
}

/** "6(1)(a) to 6(1)(f)": the first and last article of a list from the law data. */
export function articleRange(items: readonly { readonly article: string }[]): string {
  return `${items[0]?.article} to ${items.at(-1)?.article}`;
}

/** How messages name a kind of lawful ground: `legitimate-interests` -> "legitimate interests". */
export function groundKindLabel(kind: GroundKind): string {
  return kind.replaceAll('-', ' ');
}

/** For a sentence of the law data used inside a message: "Only on ..." -> "only on ...". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * When `article` is not in this regime's list but in another regime's (a GDPR article in a
 * 2018/1725 record, a frequent mix-up): that entry, this regime's entry that `corresponds`, and a
 * message saying so. Without a counterpart the message ends without a full stop, for the caller to go on.
 */
export function fromOtherRegime<T extends { readonly article: string }>(
  regime: Regime,
  article: string,
  what: string,
  listFor: (regime: Regime) => readonly T[],
  corresponds: (mine: T, foreign: T) => boolean,
): { foreign: T; counterpart: T | undefined; message: string } | undefined {
  const wanted = normalizeArticle(article);
  const other = REGIMES.find((candidate) => candidate !== regime && listFor(candidate).some((item) => item.article === wanted));
  if (!other) return undefined;
  const foreign = listFor(other).find((item) => item.article === wanted)!;
  const counterpart = listFor(regime).find((mine) => corresponds(mine, foreign));
  const message =
    `${citeArticle(other, foreign.article)} is a ${what} of another regulation: this record is kept under ${regimeInfo(regime).name}` +
    (counterpart ? `, where the ${what} is ${citeArticle(regime, counterpart.article)}.` : '');
  return { foreign, counterpart, message };
}

/**
 * In a record under several regimes, whether `article` belongs to another of them
 * (regimeOfArticle): "Art. 6(1)(b) GDPR" in a [fadp, gdpr] record. The run under that regime
 * checks it.
 */
export function ofAnotherRecordRegime<T extends { readonly article: string }>(context: RecordContext, article: string, listFor: (regime: Regime) => readonly T[]): boolean {
  return regimeOfArticle(article, context.regime, context.regimes, listFor) !== context.regime;
}

/** The node that names a party entry at `path`: its `name`, else its `ref`, else the entry. */
export function partyNamePath(entry: { name?: string; ref?: string }, path: DataPath): DataPath {
  if (entry.name !== undefined) return [...path, 'name'];
  if (entry.ref !== undefined) return [...path, 'ref'];
  return path;
}

/** The names of the record's processors and sub-processors, normalised (normalizeText) to compare with a recipient's. */
export function processorNames(record: RecordData, parties: Readonly<Record<string, Party>>): Set<string> {
  return new Set(eachProcessor(record.processors).map(({ processor }) => normalizeText(partyName(processor, parties, ''))));
}

/** The name of the first controller marked `public_authority: true` (inline or in privrec.yaml), if any. */
export function publicAuthorityController(context: RecordContext): string | undefined {
  const { parties } = context.config;
  const authority = context.record.controllers?.find((controller) => partyField(controller, parties, 'public_authority') === true);
  return authority && partyName(authority, parties, 'The controller');
}

/** How a finding about what a public authority may not do starts. */
export function markedAsPublicAuthority(name: string): string {
  return `${name} is marked as a public authority (\`public_authority: true\`)`;
}

/** "Art. 13(2)(a) GDPR": how messages cite an article of the regime's table (src/law/regimes.json). */
export function cite(regime: Regime, key: CitableArticle): string {
  return citeArticle(regime, regimeInfo(regime).articles[key]);
}

/**
 * As `cite`, for an article some regimes lack. A rule runs only under the regimes that have at
 * least one of its articles (lint-source.ts), so a rule citing its only article of this kind never
 * meets a null; one citing several checks the others with `citeIfHeld`.
 */
export function citeHeld(regime: Regime, key: keyof RegimeArticles): string {
  const article = regimeInfo(regime).articles[key];
  if (article === null) throw new Error(`${regimeInfo(regime).short_name} has no article for ${key}`);
  return citeArticle(regime, article);
}

/** The regime's article of `key` cited, or undefined where it has none. */
export function citeIfHeld(regime: Regime, key: keyof RegimeArticles): string | undefined {
  const article = regimeInfo(regime).articles[key];
  return article === null ? undefined : citeArticle(regime, article);
}

/** The article keys that every regime has (not null in any). */
export type CitableArticle = { [K in keyof RegimeArticles]: null extends RegimeArticles[K] ? never : K }[keyof RegimeArticles];

/** The first of `phrases` that `text` contains as whole words (case-insensitive), or undefined. */
export function phraseIn(text: string, phrases: readonly string[]): string | undefined {
  const normalized = normalizeText(text);
  const normalizedPhrases = normalizedList(phrases);
  const index = normalizedPhrases.findIndex((phrase) => containsWholeWords(normalized, phrase));
  return index === -1 ? undefined : phrases[index];
}

/** Whether `text`, as a whole, is one of `phrases` (case-insensitive; surrounding punctuation ignored). */
export function isOneOf(text: string, phrases: readonly string[]): boolean {
  return normalizedList(phrases).includes(normalizeText(text));
}

/** Phrase lists are module constants (or made once): each is prepared once, by `prepare`. */
function perList(prepare: (phrases: readonly string[]) => string[]): (phrases: readonly string[]) => string[] {
  const prepared = new WeakMap<readonly string[], string[]>();
  return (phrases) => {
    let list = prepared.get(phrases);
    if (!list) {
      list = prepare(phrases);
      prepared.set(phrases, list);
    }
    return list;
  };
}

// (A RegExp per phrase with Unicode property classes cost ~35 ms to compile on the first lint of a run.)
const normalizedList = perList((phrases) => phrases.map(normalizeText));

/** The phrases lower-cased, longest first. */
const longestFirst = perList((phrases) => phrases.map((phrase) => phrase.toLowerCase()).sort((a, b) => b.length - a.length));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function containsWholeWords(haystack: string, needle: string): boolean {
  return wholeWordsAt(haystack, needle, 0) !== -1;
}

/** Where `needle` first stands in `haystack` as whole words, from `from` on; -1 if nowhere. */
function wholeWordsAt(haystack: string, needle: string, from: number): number {
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !LETTER_OR_DIGIT.test(before)) && (after === undefined || !LETTER_OR_DIGIT.test(after))) return at;
  }
  return -1;
}

/** The text, lower-cased, with each of `phrases` taken out where it stands as whole words, longest first ("UK GDPR" before "GDPR"; "DSG" not out of "DSGVO"). */
export function withoutPhrases(text: string, phrases: readonly string[]): string {
  let rest = text.toLowerCase();
  for (const needle of longestFirst(phrases)) {
    for (let at = wholeWordsAt(rest, needle, 0); at !== -1; at = wholeWordsAt(rest, needle, at)) rest = `${rest.slice(0, at)} ${rest.slice(at + needle.length)}`;
  }
  return rest;
}

/**
 * Calls `visit` with every text of a record and its path, in document order; `x-` keys are the
 * user's own and are left out. The path is one array, changed as the walk goes on: copy it to keep it.
 */
export function forEachText(value: unknown, visit: (text: string, path: readonly (string | number)[]) => void, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      forEachText(value[index], visit, path);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) {
      if (!Object.hasOwn(value, key) || key.startsWith('x-')) continue;
      path.push(key);
      forEachText((value as Record<string, unknown>)[key], visit, path);
      path.pop();
    }
  }
}

/** The source a data category names (`data_subject`, a description, or the name of a source), if any. */
export function sourceOf(category: DataCategory): string | undefined {
  return typeof category.source === 'object' ? category.source.name : category.source;
}

/** `source: data_subject`: the person provides the data (Art. 15 / Art. 13). */
export const DATA_SUBJECT = 'data_subject';

/** Whether the record says that some of its data is not obtained from the data subject (Art. 16 / Art. 14). */
export function collectsIndirectly(record: RecordData): boolean {
  return (record.personal_data ?? []).some((category) => {
    const source = sourceOf(category);
    return source !== undefined && source !== DATA_SUBJECT;
  });
}

/**
 * `date` (YYYY-MM-DD) plus an ISO 8601 duration, as a YYYY-MM-DD date. Years and months are
 * calendar months (the day is clamped to the month's end: 2024-01-31 + P1M = 2024-02-29); weeks,
 * days and whole days of the time part are added after them.
 */
export function addDuration(date: string, duration: string): string {
  const parts = parseDuration(duration);
  if (!parts) throw new RangeError(`not an ISO 8601 duration: ${duration}`);
  const { year: years = 0, month: months = 0, week: weeks = 0, day: days = 0, hour: hours = 0, minute: minutes = 0, second: seconds = 0 } = parts;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months + 12 * years;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const extraDays = 7 * weeks + days + Math.floor((3600 * hours + 60 * minutes + seconds) / 86_400);
  return new Date(Date.UTC(year, monthIndex, Math.min(day, lastDay) + extraDays)).toISOString().slice(0, 10);
}
