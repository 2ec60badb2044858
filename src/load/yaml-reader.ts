import type { ParsedYaml } from './yaml.js';
import { TreeBuilder, setEntry } from './yaml-tree.js';

/** Thrown, and caught below, when the fast reader leaves a document to the reference reader. */
class Declined extends Error {}

const decline = (): never => {
  throw new Declined();
};

/**
 * The fast YAML reader: one pass over the text to the record's data and its node table, for the
 * YAML records are written in: one document whose root is a block mapping; block mappings and
 * sequences; plain, single- and double-quoted scalars (over several lines too), literal and
 * folded block scalars; flow collections on one line. It declines, by returning undefined,
 * anything else, and anything the YAML specification makes an error or where readers differ:
 * tabs, carriage returns, characters YAML does not print, anchors, aliases, tags, directives,
 * complex or non-string keys, duplicate keys, empty sequence items and flow values, indentation
 * indicators, folded lines indented further, flow collections over several lines, a second
 * document, nesting past the limits. The reference reader (yaml-document.ts) then reads the file
 * and words the problem. Where both accept a text they give the same data and node table: the
 * property test in test/property/yaml-readers.test.ts holds them to it.
 */
export function readRecordYaml(text: string): ParsedYaml | undefined {
  if (UNREAD_CHARACTERS.test(text) || (text.includes('\r') && LONE_RETURN.test(text)) || text.indexOf('\ufeff', 1) !== -1 || !(text as WellFormedTest).isWellFormed()) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/** String.prototype.isWellFormed (Node 20), which TypeScript's ES2022 library does not declare: false for a lone surrogate. */
type WellFormedTest = string & { isWellFormed(): boolean };

/** What the fast reader leaves to the reference reader wherever it stands: see readRecordYaml. */
const UNREAD_CHARACTERS = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFFFE\uFFFF]/;
const LONE_RETURN = /\r(?!\n)/;

const SPACE = 32;
const NEWLINE = 10;
const RETURN = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SINGLE = 39;
const DOUBLE = 34;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const PIPE = 124;
const GREATER = 62;
const BACKSLASH = 92;
const DOT = 46;

/** Characters no plain scalar may start with (YAML 1.2 c-indicator); `-`, `?` and `:` may when a non-space follows. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const FLOW_INDICATORS = new Set([COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]);

/** What blockValue returns for a key or dash with no value. */
const EMPTY = Symbol('empty');

/** A collection read but not yet filled: see Reader.fill. */
const enum Pending {
  None,
  BlockMapping,
  BlockSequence,
  /** A flow collection that is a block collection's value: the next line with content follows it. */
  FlowInBlock,
  FlowInFlow,
}

/**
 * The reader's state. Each read returns the value and leaves where its text starts and ends in
 * `start` and `end` and, in block context, the next line with content in `next`: no object is
 * made per value but the value itself. A collection is returned empty, with what is needed to
 * read it in `pending*`: the caller adds its node to the tree (a collection's node comes before
 * its children's) and then calls fill().
 */
class Reader {
  private readonly tree: TreeBuilder;
  private readonly length: number;
  /** Where the text starts: after a byte-order mark, which is no part of the first line's indentation. */
  private readonly textStart: number;
  /** The last value's text: its first character and the offset after its last (end exclusive). */
  private start = 0;
  private end = 0;
  /** The first character of the next line with content after the last value, or the text's length. */
  private next = 0;
  private pending = Pending.None;
  private pendingContainer: Record<string, unknown> | unknown[] = [];
  private pendingAt = 0;
  private pendingIndent = 0;
  private pendingDepth = 0;

  constructor(private readonly text: string) {
    this.tree = new TreeBuilder(text);
    this.length = text.length;
    this.textStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  document(): ParsedYaml {
    let at = this.contentLine(this.textStart - 1, true);
    if (at < this.length && this.column(at) === 0 && this.startsMarker(at, DASH)) {
      // `---` opens the document: on its own line, or with a comment.
      at = this.contentLine(this.lineRest(at + 3), false);
    }
    if (at >= this.length || this.column(at) !== 0 || this.text.charCodeAt(at) === DASH) decline();
    this.tree.admit(0);
    const data: Record<string, unknown> = {};
    const node = this.tree.add(-1, '', -1, -1, at, at);
    if (this.text.charCodeAt(at) === OPEN_BRACE) {
      // The record as one flow mapping.
      const end = this.flowCollection(data, node, at, 0, -1);
      this.tree.end(node, end);
      if (this.contentLine(this.lineRest(end), false) < this.length) decline();
    } else {
      this.mapping(data, node, 0, at, 0);
      this.tree.end(node, this.end);
      if (this.next < this.length) decline();
    }
    return { data, positions: this.tree.positions(), problems: [] };
  }

  /**
   * Reads a block mapping at `depth` whose first key starts at `at`, at column `indent`, into
   * `map`; leaves the end of its last value in `end` and the first line not its own in `next`.
   */
  private mapping(map: Record<string, unknown>, node: number, indent: number, at: number, depth: number): void {
    const { text } = this;
    let end = at;
    for (;;) {
      const keyStart = at;
      let key: string;
      let keyEnd: number;
      const first = text.charCodeAt(at);
      if (first === SINGLE || first === DOUBLE) {
        key = this.quoted(at, indent, true);
        keyEnd = this.end;
        at = this.skipSpaces(keyEnd);
        if (text.charCodeAt(at) !== COLON) decline();
      } else {
        if (INDICATORS.has(first) && !this.startsPlain(at, false)) decline();
        const colon = this.plainKeyEnd(at);
        keyEnd = this.trimSpacesBack(at, colon);
        key = plainKey(text.slice(at, keyEnd));
        at = colon;
      }
      at++;
      if (Object.hasOwn(map, key) || !this.separated(at)) decline();
      const value = this.blockValue(indent, at, depth + 1, true);
      if (value === EMPTY) {
        setEntry(map, key, null);
        this.tree.add(node, key, keyStart, keyEnd, -1, -1);
        end = keyEnd;
      } else {
        setEntry(map, key, value);
        const child = this.tree.add(node, key, keyStart, keyEnd, this.start, this.end);
        if (this.pending !== Pending.None) this.fill(child);
        end = this.end;
      }
      at = this.next;
      if (at < this.length) {
        const column = this.column(at);
        if (column > indent || (column === indent && text.charCodeAt(at) === DASH && this.separated(at + 1))) decline();
        if (column === indent) continue;
      }
      this.end = end;
      return;
    }
  }

  /** Reads a block sequence at `depth` whose first `-` is at `at`, at column `indent`, into `list`; as mapping(). */
  private sequence(list: unknown[], node: number, indent: number, at: number, depth: number): void {
    for (;;) {
      const value = this.blockValue(indent, at + 1, depth + 1, false);
      if (value === EMPTY) decline();
      list.push(value);
      const child = this.tree.add(node, list.length - 1, -1, -1, this.start, this.end);
      if (this.pending !== Pending.None) this.fill(child);
      at = this.next;
      if (at >= this.length) return;
      const column = this.column(at);
      if (column > indent) decline();
      if (column < indent || this.text.charCodeAt(at) !== DASH || !this.separated(at + 1)) return;
    }
  }

  /** Reads the collection blockValue, inline or flowNode returned empty, now that its node is in the tree. */
  private fill(node: number): void {
    const kind = this.pending;
    const container = this.pendingContainer;
    const at = this.pendingAt;
    const indent = this.pendingIndent;
    const depth = this.pendingDepth;
    this.pending = Pending.None;
    if (kind === Pending.BlockMapping) this.mapping(container as Record<string, unknown>, node, indent, at, depth);
    else if (kind === Pending.BlockSequence) this.sequence(container as unknown[], node, indent, at, depth);
    else {
      this.end = this.flowCollection(container, node, at, depth, indent);
      this.next = kind === Pending.FlowInBlock ? this.contentLine(this.lineRest(this.end), false) : this.end;
    }
    this.tree.end(node, this.end);
  }

  /** Returns an empty collection whose content fill() reads. */
  private collection(kind: Pending, container: Record<string, unknown> | unknown[], at: number, indent: number, depth: number): Record<string, unknown> | unknown[] {
    this.pending = kind;
    this.pendingContainer = container;
    this.pendingAt = at;
    this.pendingIndent = indent;
    this.pendingDepth = depth;
    this.start = this.end = this.next = at;
    return container;
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` (at `at`), in a collection at column
   * `indent`: on the same line or on the lines below; `depth` is the value's. EMPTY when there
   * is none (`next` is then set).
   */
  private blockValue(indent: number, at: number, depth: number, ofMapping: boolean): unknown {
    const { text } = this;
    if (this.tree.admit(depth) !== undefined) decline();
    at = this.skipSpaces(at);
    const code = text.charCodeAt(at);
    if (!this.endsLine(at) && code !== HASH) {
      if (code === DASH && this.separated(at + 1)) {
        // `- - x`: a sequence in a sequence, at the column of its own dash.
        if (ofMapping) decline();
        return this.collection(Pending.BlockSequence, [], at, this.column(at), depth);
      }
      if (!ofMapping && this.isKeyLine(at)) return this.collection(Pending.BlockMapping, {}, at, this.column(at), depth);
      return this.inline(indent, at, depth);
    }
    const next = this.contentLine(this.lineRest(at), false);
    this.next = next;
    if (next >= this.length) return EMPTY;
    const column = this.column(next);
    const dash = text.charCodeAt(next) === DASH && this.separated(next + 1);
    if (column > indent) {
      if (dash) return this.collection(Pending.BlockSequence, [], next, column, depth);
      if (this.isKeyLine(next)) return this.collection(Pending.BlockMapping, {}, next, column, depth);
      return this.inline(indent, next, depth);
    }
    // `key:` then `- item` at the key's own column: the sequence is the key's value.
    if (column === indent && dash && ofMapping) return this.collection(Pending.BlockSequence, [], next, column, depth);
    return EMPTY;
  }

  /** A value that starts on its line: a scalar in any style, or a flow collection, then nothing but a comment. */
  private inline(indent: number, at: number, depth: number): unknown {
    const code = this.text.charCodeAt(at);
    if (code === PIPE || code === GREATER) return this.blockScalar(indent, at);
    if (code === OPEN_BRACKET) return this.collection(Pending.FlowInBlock, [], at, indent, depth);
    if (code === OPEN_BRACE) return this.collection(Pending.FlowInBlock, {}, at, indent, depth);
    const value = code === SINGLE || code === DOUBLE ? this.quoted(at, indent, false) : this.plainBlock(indent, at);
    this.next = this.contentLine(this.lineRest(this.end), false);
    return value;
  }

  /** A plain scalar in block context: its first line from `at`, and any lines further indented than `indent` that continue it. */
  private plainBlock(indent: number, at: number): unknown {
    const { text } = this;
    if (INDICATORS.has(text.charCodeAt(at)) && !this.startsPlain(at, false)) decline();
    let lineEnd = this.plainLineEnd(at);
    let end = this.trimSpacesBack(at, lineEnd);
    let folded = text.slice(at, end);
    let lines = 1;
    let breaks = 0;
    // Continuation lines: further indented than the collection, each folded into the scalar.
    for (let p = lineEnd; text.charCodeAt(p) === NEWLINE;) {
      const lineStart = p + 1;
      const first = this.skipSpaces(lineStart);
      const code = text.charCodeAt(first);
      if (first >= this.length) break;
      const blank = this.breakAt(first);
      if (blank !== -1) {
        breaks++;
        p = blank;
        continue;
      }
      if (first - lineStart <= indent || code === HASH) break;
      if (INDICATORS.has(code)) decline();
      lineEnd = this.plainLineEnd(first);
      // A comment after a continuation line: left to the reference reader.
      if (lineEnd < this.length && text.charCodeAt(lineEnd) !== NEWLINE) decline();
      end = this.trimSpacesBack(first, lineEnd);
      folded += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + text.slice(first, end);
      lines++;
      breaks = 0;
      p = lineEnd;
    }
    this.start = at;
    this.end = end;
    return lines === 1 ? resolvePlain(folded) : resolveFolded(folded);
  }

  /** Where a plain scalar's line ends: at the line break, or at ` #`; a `: ` inside is an error. */
  private plainLineEnd(at: number): number {
    const { text } = this;
    for (let p = at; p < this.length; p++) {
      const code = text.charCodeAt(p);
      if (code === NEWLINE) return p;
      if (code === HASH && text.charCodeAt(p - 1) === SPACE) return p - 1;
      if (code === COLON && this.separated(p + 1)) decline();
    }
    return this.length;
  }

  /** Where a plain key ends: its `:`, followed by a space or the line's end. */
  private plainKeyEnd(at: number): number {
    const colon = this.plainKeyColon(at);
    return colon === -1 ? decline() : colon;
  }

  /** The `:` that ends a plain key starting at `at`, or -1 when the line (up to a comment) has none. */
  private plainKeyColon(at: number): number {
    const { text } = this;
    for (let p = at; p < this.length; p++) {
      const code = text.charCodeAt(p);
      if (code === NEWLINE || (code === HASH && text.charCodeAt(p - 1) === SPACE)) return -1;
      if (code === COLON && this.separated(p + 1)) return p;
    }
    return -1;
  }

  /** Whether the line from `at` is `key: ...`: a plain or quoted key and its `:`. */
  private isKeyLine(at: number): boolean {
    const { text } = this;
    const first = text.charCodeAt(at);
    if (first === SINGLE || first === DOUBLE) {
      const close = text.indexOf(first === SINGLE ? "'" : '"', at + 1);
      const lineEnd = this.lineEnd(at);
      if (close === -1 || close > lineEnd) return false;
      // A quote inside the quoted text (escaped, or doubled) leaves this to the reference reader.
      if (text.charCodeAt(close + 1) === first || (first === DOUBLE && text.charCodeAt(close - 1) === BACKSLASH)) decline();
      const after = this.skipSpaces(close + 1);
      return text.charCodeAt(after) === COLON && this.separated(after + 1);
    }
    if (INDICATORS.has(first) && !this.startsPlain(at, false)) return false;
    return this.plainKeyColon(at) !== -1;
  }

  /**
   * A single- or double-quoted scalar from its opening quote at `at`. Over several lines (unless
   * `oneLine`: keys, flow collections), each further line is indented further than `indent` and
   * folds into the text.
   */
  private quoted(at: number, indent: number, oneLine: boolean): string {
    const { text } = this;
    const quote = text.charCodeAt(at);
    let value = '';
    let from = at + 1;
    for (let p = from; ; p++) {
      if (p >= this.length) decline();
      const code = text.charCodeAt(p);
      if (code === quote) {
        if (quote === SINGLE && text.charCodeAt(p + 1) === SINGLE) {
          value += text.slice(from, p + 1);
          from = ++p + 1;
          continue;
        }
        this.start = at;
        this.end = p + 1;
        return value + text.slice(from, p);
      }
      if (code === BACKSLASH && quote === DOUBLE) {
        value += text.slice(from, p);
        const escapedBreak = this.breakAt(p + 1);
        if (escapedBreak !== -1) {
          if (oneLine) decline();
          // An escaped line break: the lines join without a space (empty lines after it: the reference reader).
          p = this.continuation(escapedBreak, indent);
          if (this.breakAt(p) !== -1) decline();
          from = p;
          p--;
          continue;
        }
        const decoded = unescape(text, p + 1);
        value += decoded.text;
        p = decoded.end - 1;
        from = decoded.end;
        continue;
      }
      if (code === NEWLINE) {
        if (oneLine) decline();
        value += text.slice(from, p).replace(/[ \r]+$/, '');
        let breaks = 0;
        let q = this.continuation(p, indent);
        for (let blank = this.breakAt(q); blank !== -1; blank = this.breakAt(q)) {
          breaks++;
          q = this.continuation(blank, indent);
        }
        value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
        from = q;
        p = q - 1;
      }
    }
  }

  /** After the line break at `at` inside a quoted scalar: where the next line's text starts (it must be indented further than `indent`). */
  private continuation(at: number, indent: number): number {
    const start = at + 1;
    const first = this.skipSpaces(start);
    if (first >= this.length) decline();
    if (this.breakAt(first) === -1 && first - start <= indent) decline();
    return first;
  }

  /** A literal (`|`) or folded (`>`) block scalar from its indicator at `at`, in a collection at column `indent`. */
  private blockScalar(indent: number, at: number): string {
    const { text } = this;
    const literal = text.charCodeAt(at) === PIPE;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    let p = at + 1;
    const indicator = text.charCodeAt(p);
    if (indicator === DASH) chomp = 'strip';
    else if (indicator === 43) chomp = 'keep';
    if (chomp !== 'clip') p++;
    if (!this.endsLine(p) && text.charCodeAt(p) !== SPACE) decline();
    let lineStart = this.lineRest(p) + 1;
    if (lineStart > this.length) decline();
    // The first line with text sets the indentation; empty lines before it may not be longer.
    let contentIndent = -1;
    let longestEmpty = 0;
    const lines: string[] = [];
    let endOfText = at + 1;
    let trailingEmpty = 0;
    while (lineStart <= this.length) {
      const first = this.skipSpaces(lineStart);
      const spaces = first - lineStart;
      const lineEnd = this.lineEnd(lineStart);
      if (first === lineEnd || this.breakAt(first) === lineEnd) {
        // An empty line (spaces only).
        if (contentIndent === -1) longestEmpty = Math.max(longestEmpty, spaces);
        else if (spaces > contentIndent) decline();
        if (lineEnd >= this.length) {
          if (spaces > 0 || lineStart < this.length) decline();
          break;
        }
        lines.push('');
        trailingEmpty++;
        lineStart = lineEnd + 1;
        continue;
      }
      if (contentIndent === -1) {
        if (spaces <= indent) break;
        if (longestEmpty > spaces) decline();
        contentIndent = spaces;
      } else if (spaces < contentIndent) break;
      if (!literal && spaces > contentIndent) decline();
      lines.push(text.slice(lineStart + contentIndent, text.charCodeAt(lineEnd - 1) === RETURN ? lineEnd - 1 : lineEnd));
      trailingEmpty = 0;
      endOfText = lineEnd;
      // At the text's end without a line break, the readers differ on chomping: the reference reader decides.
      if (lineEnd >= this.length) decline();
      lineStart = lineEnd + 1;
    }
    if (contentIndent === -1) decline();
    const body = lines.slice(0, lines.length - trailingEmpty);
    let value = literal ? body.join('\n') : foldLines(body);
    if (chomp === 'clip') value += '\n';
    else if (chomp === 'keep') value += '\n'.repeat(trailingEmpty + 1);
    this.start = at;
    this.end = endOfText;
    this.next = lineStart >= this.length ? this.length : this.contentLine(lineStart - 1, false);
    return value;
  }

  /**
   * A flow collection at `depth` from its bracket at `at` into `container`; returns the offset
   * after its closing bracket. Its lines after the first are indented further than `indent`, the
   * column of the block collection it is a value of (-1 for the root).
   */
  private flowCollection(container: Record<string, unknown> | unknown[], node: number, at: number, depth: number, indent: number): number {
    const { text } = this;
    const isList = Array.isArray(container);
    const close = isList ? CLOSE_BRACKET : CLOSE_BRACE;
    let p = this.flowSpace(at + 1, indent);
    if (text.charCodeAt(p) === close) return p + 1;
    for (;;) {
      if (this.tree.admit(depth + 1) !== undefined) decline();
      if (isList) {
        container.push(this.flowNode(p, depth + 1, indent));
        const child = this.tree.add(node, container.length - 1, -1, -1, this.start, this.end);
        if (this.pending !== Pending.None) this.fill(child);
        p = this.end;
      } else {
        const keyStart = p;
        const first = text.charCodeAt(p);
        let key: string;
        let keyEnd: number;
        if (first === SINGLE || first === DOUBLE) {
          key = this.quoted(p, 0, true);
          keyEnd = this.end;
        } else {
          keyEnd = this.flowPlainEnd(p, indent);
          if (keyEnd === p) decline();
          key = plainKey(text.slice(p, keyEnd));
        }
        p = this.skipSpaces(keyEnd);
        if (text.charCodeAt(p) !== COLON || Object.hasOwn(container, key)) decline();
        p = this.flowSpace(p + 1, indent);
        const next = text.charCodeAt(p);
        if (next === COMMA || next === close) {
          setEntry(container, key, null);
          this.tree.add(node, key, keyStart, keyEnd, -1, -1);
        } else {
          setEntry(container, key, this.flowNode(p, depth + 1, indent));
          const child = this.tree.add(node, key, keyStart, keyEnd, this.start, this.end);
          if (this.pending !== Pending.None) this.fill(child);
          p = this.end;
        }
      }
      p = this.flowSpace(p, indent);
      if (text.charCodeAt(p) === close) return p + 1;
      if (text.charCodeAt(p) !== COMMA) decline();
      p = this.flowSpace(p + 1, indent);
      const after = text.charCodeAt(p);
      if (after === close) return p + 1;
      // An empty entry is left to the reference reader.
      if (after === COMMA) decline();
    }
  }

  /** A node inside a flow collection: a nested collection (to fill), a quoted scalar or a plain one. */
  private flowNode(at: number, depth: number, indent: number): unknown {
    const { text } = this;
    const code = text.charCodeAt(at);
    if (code === OPEN_BRACKET) return this.collection(Pending.FlowInFlow, [], at, indent, depth);
    if (code === OPEN_BRACE) return this.collection(Pending.FlowInFlow, {}, at, indent, depth);
    if (code === SINGLE || code === DOUBLE) {
      const value = this.quoted(at, 0, true);
      if (text.charCodeAt(this.skipSpaces(this.end)) === COLON) decline();
      return value;
    }
    const end = this.flowPlainEnd(at, indent);
    if (end === at || text.charCodeAt(this.skipSpaces(end)) === COLON) decline();
    this.start = at;
    this.end = end;
    return resolvePlain(text.slice(at, end));
  }

  /**
   * Where a plain scalar in a flow collection ends (trailing spaces excluded): at a flow
   * indicator, a `: `, a comment, or the line's end when what follows ends the entry (otherwise
   * the scalar goes on over lines: left to the reference reader).
   */
  private flowPlainEnd(at: number, indent: number): number {
    const { text } = this;
    const first = text.charCodeAt(at);
    if (INDICATORS.has(first) && !this.startsPlain(at, true)) decline();
    for (let p = at; p < this.length; p++) {
      const code = text.charCodeAt(p);
      if (code === NEWLINE || (code === RETURN && this.breakAt(p) !== -1)) {
        const next = text.charCodeAt(this.flowSpace(p, indent));
        return next === COMMA || next === CLOSE_BRACKET || next === CLOSE_BRACE ? this.trimSpacesBack(at, p) : decline();
      }
      if ((code === HASH && text.charCodeAt(p - 1) === SPACE) || FLOW_INDICATORS.has(code)) return this.trimSpacesBack(at, p);
      if (code === COLON && (this.separated(p + 1) || FLOW_INDICATORS.has(text.charCodeAt(p + 1)))) return this.trimSpacesBack(at, p);
    }
    return decline();
  }

  /**
   * Passes spaces, line breaks and comments inside a flow collection; a line with content must be
   * indented further than `indent`, and may not be a document marker.
   */
  private flowSpace(at: number, indent: number): number {
    const { text } = this;
    for (;;) {
      at = this.skipSpaces(at);
      if (text.charCodeAt(at) === HASH) {
        const before = text.charCodeAt(at - 1);
        if (before !== SPACE && before !== NEWLINE) decline();
        at = this.lineEnd(at);
      }
      const lineBreak = this.breakAt(at);
      if (lineBreak === -1) return at;
      const lineStart = lineBreak + 1;
      at = this.skipSpaces(lineStart);
      if (at < this.length && this.breakAt(at) === -1) {
        if (at - lineStart <= indent || (at === lineStart && (this.startsMarker(at, DASH) || this.startsMarker(at, DOT)))) decline();
      }
    }
  }

  /** Whether `-`, `?` or `:` at `at` starts a plain scalar: followed by a character that is not a space (nor, in flow, a flow indicator). */
  private startsPlain(at: number, flow: boolean): boolean {
    const code = this.text.charCodeAt(at);
    if (code !== DASH && code !== 63 && code !== COLON) return false;
    const next = this.text.charCodeAt(at + 1);
    return !this.separated(at + 1) && !(flow && FLOW_INDICATORS.has(next));
  }

  /** Whether `at` is a space, a line break or the end of the text. */
  private separated(at: number): boolean {
    return this.text.charCodeAt(at) === SPACE || this.endsLine(at);
  }

  /** Whether the line ends at `at`: a line break, or the end of the text. */
  private endsLine(at: number): boolean {
    return at >= this.length || this.breakAt(at) !== -1;
  }

  /** The offset of the line feed when a line break (`\n` or `\r\n`) starts at `at`, else -1. */
  private breakAt(at: number): number {
    const code = this.text.charCodeAt(at);
    if (code === NEWLINE) return at;
    return code === RETURN && this.text.charCodeAt(at + 1) === NEWLINE ? at + 1 : -1;
  }

  private skipSpaces(at: number): number {
    while (this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** `end` moved back over spaces (and the carriage return of a line break). */
  private trimSpacesBack(start: number, end: number): number {
    for (let code = this.text.charCodeAt(end - 1); end > start && (code === SPACE || code === RETURN); code = this.text.charCodeAt(end - 1)) end--;
    return end;
  }

  private lineEnd(at: number): number {
    const end = this.text.indexOf('\n', at);
    return end === -1 ? this.length : end;
  }

  /** The line feed ending the line from `at` (the text's length on the last line), which holds nothing but spaces and a comment. */
  private lineRest(at: number): number {
    at = this.skipSpaces(at);
    if (at >= this.length) return this.length;
    const lineBreak = this.breakAt(at);
    if (lineBreak !== -1) return lineBreak;
    const code = this.text.charCodeAt(at);
    if (code !== HASH || (at > 0 && this.text.charCodeAt(at - 1) !== SPACE && this.text.charCodeAt(at - 1) !== NEWLINE)) decline();
    return this.lineEnd(at);
  }

  /**
   * The first character of the next line with content after the line break at `at` (-1: the
   * text's start), passing empty lines and comments; the text's length when none is left. A
   * document marker or a directive there is left to the reference reader, but for the `---` that
   * opens the document (`documentStart`).
   */
  private contentLine(at: number, documentStart: boolean): number {
    const { text } = this;
    let lineStart = at + 1;
    while (lineStart < this.length) {
      const first = this.skipSpaces(lineStart);
      const code = text.charCodeAt(first);
      if (first >= this.length) return this.length;
      const blank = this.breakAt(first);
      if (blank !== -1) {
        lineStart = blank + 1;
        continue;
      }
      if (code === HASH) {
        lineStart = this.lineEnd(first) + 1;
        continue;
      }
      if (first === Math.max(lineStart, this.textStart)) {
        if (code === 37 || (this.startsMarker(first, DASH) && !documentStart)) decline();
        // `...` ends the document: nothing but comments may follow.
        if (this.startsMarker(first, DOT)) return this.contentLine(this.lineRest(first + 3), false) < this.length ? decline() : this.length;
      }
      return first;
    }
    return this.length;
  }

  /** Whether a `---` (`...`) document marker stands at `at`. */
  private startsMarker(at: number, code: number): boolean {
    const { text } = this;
    return text.charCodeAt(at) === code && text.charCodeAt(at + 1) === code && text.charCodeAt(at + 2) === code && this.separated(at + 3);
  }

  private column(at: number): number {
    let lineStart = at;
    while (lineStart > this.textStart && this.text.charCodeAt(lineStart - 1) !== NEWLINE) lineStart--;
    return at - lineStart;
  }
}

/** Lines of a folded block scalar joined: a single line break folds into a space, empty lines stay line breaks. */
function foldLines(lines: string[]): string {
  let value = '';
  let empty = 0;
  for (const line of lines) {
    if (line === '') {
      empty++;
      continue;
    }
    // Empty lines before the first line of text stay line breaks; between lines of text, one line break is a space.
    value += value === '' ? '\n'.repeat(empty) : empty === 0 ? ' ' : '\n'.repeat(empty);
    value += line;
    empty = 0;
  }
  return value;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar's escape after the backslash at `at - 1`: its text and the offset after it. */
function unescape(text: string, at: number): { text: string; end: number } {
  const letter = text[at] ?? '';
  const simple = ESCAPES[letter];
  if (simple !== undefined && Object.hasOwn(ESCAPES, letter)) return { text: simple, end: at + 1 };
  const digits = HEX_DIGITS[letter];
  if (digits === undefined || !Object.hasOwn(HEX_DIGITS, letter)) return decline();
  const hex = text.slice(at + 1, at + 1 + digits);
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) decline();
  const code = parseInt(hex, 16);
  // Surrogates and code points past Unicode: readers differ, the reference reader decides.
  if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) decline();
  return { text: String.fromCodePoint(code), end: at + 1 + digits };
}

/** What a plain scalar's first character (by code) says it may be: text (most are words), a null or boolean word, or a number. */
const TYPED_FIRST = new Uint8Array(128);
const WORD = 1;
const NUMBER = 2;
for (const c of '~nNtTfF') TYPED_FIRST[c.charCodeAt(0)] = WORD;
for (const c of '0123456789+-.') TYPED_FIRST[c.charCodeAt(0)] = NUMBER;
function typedFirst(source: string): number {
  const code = source.charCodeAt(0);
  return code < 128 ? TYPED_FIRST[code]! : 0;
}

/** The core schema's null and boolean words. */
const WORDS: Record<string, null | boolean> = {
  '~': null,
  null: null,
  Null: null,
  NULL: null,
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};

/** A plain scalar resolved by the YAML 1.2 core schema, as `yaml` resolves it (dates stay strings). */
function resolvePlain(source: string): unknown {
  if (source.length === 0) return null;
  const kind = typedFirst(source);
  if (kind === 0) return source;
  if (kind === WORD) return source.length <= 5 && Object.hasOwn(WORDS, source) ? WORDS[source] : source;
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    if (/nan$/i.test(source)) return NaN;
    return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source)) return parseFloat(source);
  return source;
}

/** A plain key: the text of what it resolves to, as the reference reader makes it (`~` is "null", `0x1F` is "31"). */
function plainKey(source: string): string {
  return typedFirst(source) === 0 ? source : String(resolvePlain(source));
}

/** A multi-line plain scalar: text, unless its folded form reads as a null, a boolean or a number, which the reference reader decides. */
function resolveFolded(folded: string): unknown {
  return resolvePlain(folded) === folded ? folded : decline();
}
