/** Comparing free text that people write: names, phrases. */

/**
 * Texts already normalised: the same category names, recipients and phrases recur in record after
 * record, and several rules compare the same ones (issue 18: 7 % of a 10,000-record lint).
 * Bounded: emptied when full, so that a huge register cannot grow it without end.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 50_000;

/** Free text as compared with phrase lists: NFC, lower case, straight apostrophes, single spaces, no punctuation at the ends. */
export function normalizeText(text: string): string {
  let result = normalised.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    normalised.set(text, result);
  }
  return result;
}

/** Headings, labels and names compared without case, accents, spaces and punctuation ("Objectifs poursuivis :" = "objectifspoursuivis"). */
export function sameHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** C0 and C1 control characters but tab and line breaks: terminal escapes, BEL, backspace, NUL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text for a page: each control character from a record becomes U+FFFD, so that none acts in a terminal, an editor or a browser. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '\ufffd');
}
