/** Comparing free text that people write: names, phrases. */

/** Free text as compared with phrase lists: NFC, lower case, straight apostrophes, single spaces, no punctuation at the ends. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}
