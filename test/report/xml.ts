/**
 * A strict checker for the XML 1.0 that privrec writes: declaration, elements, attributes, text,
 * predefined entities and character references (no DTD, comments, CDATA or processing
 * instructions, which privrec never writes). Throws on anything not well-formed; returns the tree.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_][\w.-]*/y;
const SPACE = /[ \t\r\n]*/y;
// XML 1.0 Char production, written over UTF-16 code units with surrogate pairs.
const INVALID_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`unescaped < at ${where}`);
  return raw.replace(/&([^;]*);|&/g, (match, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare & at ${where}`);
    if (ENTITIES[body]) return ENTITIES[body]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] ?? /^#([0-9]+)$/.exec(body)?.[1];
    if (code === undefined) throw new Error(`unknown entity ${match} at ${where}`);
    const char = String.fromCodePoint(body.startsWith('#x') ? parseInt(code, 16) : Number(code));
    if (INVALID_CHAR.test(char)) throw new Error(`character reference ${match} to a character XML forbids`);
    return char;
  });
}

export function parseXml(xml: string): XmlElement {
  const invalid = INVALID_CHAR.exec(xml);
  if (invalid) throw new Error(`character U+${invalid[0].charCodeAt(0).toString(16)} is not allowed in XML (offset ${invalid.index})`);
  let at = 0;
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(xml);
    if (!found) return undefined;
    at = pattern.lastIndex;
    return found[0];
  };
  const expect = (literal: string) => {
    if (!xml.startsWith(literal, at)) throw new Error(`expected ${JSON.stringify(literal)} at ${at}, found ${JSON.stringify(xml.slice(at, at + 20))}`);
    at += literal.length;
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (!/^<\?xml version="1\.0"( encoding="UTF-8")?\?>$/.test(xml.slice(0, end + 2))) throw new Error('bad XML declaration');
    at = end + 2;
  }
  const element = (): XmlElement => {
    expect('<');
    const name = match(NAME);
    if (!name) throw new Error(`element name expected at ${at}`);
    const node: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const space = match(SPACE);
      if (xml.startsWith('/>', at)) {
        at += 2;
        return node;
      }
      if (xml.startsWith('>', at)) {
        at += 1;
        break;
      }
      if (!space) throw new Error(`space expected before attribute at ${at}`);
      const attribute = match(NAME);
      if (!attribute) throw new Error(`attribute name expected at ${at}`);
      if (Object.hasOwn(node.attributes, attribute)) throw new Error(`duplicate attribute ${attribute}`);
      match(SPACE);
      expect('=');
      match(SPACE);
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") throw new Error(`quoted value expected at ${at}`);
      const end = xml.indexOf(quote, at + 1);
      if (end < 0) throw new Error('unterminated attribute value');
      node.attributes[attribute] = decode(xml.slice(at + 1, end), at);
      at = end + 1;
    }
    for (;;) {
      const next = xml.indexOf('<', at);
      if (next < 0) throw new Error(`unclosed element <${name}>`);
      node.text += decode(xml.slice(at, next), at);
      at = next;
      if (xml.startsWith('</', at)) {
        at += 2;
        expect(name);
        match(SPACE);
        expect('>');
        return node;
      }
      node.children.push(element());
    }
  };
  match(SPACE);
  const root = element();
  match(SPACE);
  if (at !== xml.length) throw new Error(`content after the root element at ${at}`);
  if (/\]\]>/.test(xml)) throw new Error(']]> must be escaped in text');
  return root;
}
