/** XML parts of a spreadsheet, read by htmlparser2's streaming parser in XML mode: no DTD, no entity expansion beyond the predefined ones. */
import { Parser } from 'htmlparser2';

export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export function parseXml(bytes: Uint8Array, handler: XmlHandler): void {
  const parser = new Parser(
    {
      onopentag: (name, attributes) => handler.open?.(name, attributes),
      ontext: (text) => handler.text?.(text),
      onclosetag: (name) => handler.close?.(name),
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(new TextDecoder().decode(bytes));
  parser.end();
}
