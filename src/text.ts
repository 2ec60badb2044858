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

/** C0 and C1 control characters but tab and line breaks: terminal escapes, BEL, backspace, NUL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Text for a page: each control character from a record becomes U+FFFD, so that none acts in a terminal, an editor or a browser. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '\ufffd');
}
