/**
 * What the spreadsheet's sheets and columns are called in each language (i18n `spreadsheet`),
 * and back: an import finds a sheet or a column by its title in any language, or by its id or
 * path as written, so that a register exported in German imports as one exported in English.
 */
import { LANGS, spreadsheetWords, type Lang } from '../render/i18n.js';

/** A sheet title as spreadsheets allow it: at most 31 characters, none of []:*?/\. */
export function sheetTitle(id: string, lang: Lang): string {
  const words = spreadsheetWords(lang).sheet as Record<string, string>;
  return (words[id] ?? id).replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

export function columnHeading(path: string, lang: Lang): string {
  return (spreadsheetWords(lang).column as Record<string, string>)[path] ?? path;
}

const normalise = (text: string) => text.normalize('NFC').trim().toLowerCase();

function reverse(pick: (lang: Lang) => Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const lang of LANGS) for (const [id, title] of Object.entries(pick(lang))) map.set(normalise(title), id);
  return map;
}

let sheetIds: Map<string, string> | undefined;
let columnPaths: Map<string, string> | undefined;

/** The sheet id a title stands for, in any language; undefined for a sheet privrec did not write. */
export function sheetIdOf(title: string, known: readonly string[]): string | undefined {
  sheetIds ??= reverse((lang) => Object.fromEntries(Object.keys(spreadsheetWords(lang).sheet).map((id) => [id, sheetTitle(id, lang)])));
  const id = sheetIds.get(normalise(title)) ?? title.trim();
  return known.includes(id) ? id : undefined;
}

/** The record path a column heading stands for: a heading in any language, else the heading as a path. */
export function columnPathOf(heading: string): string {
  columnPaths ??= reverse((lang) => spreadsheetWords(lang).column as Record<string, string>);
  return columnPaths.get(normalise(heading)) ?? heading.trim();
}
