import type { SourceRange } from '../model.js';
import type { PositionIndex } from './positions.js';
import { parseWithDocument } from './yaml-document.js';
import { readRecordYaml } from './yaml-reader.js';

export interface ParseProblem {
  ruleId: 'syntax' | 'duplicate-key' | 'document';
  message: string;
  range: SourceRange;
}

export interface ParsedYaml {
  /** Plain data: strings, numbers, booleans, null, arrays and objects. Dates stay strings. */
  data: unknown;
  positions: PositionIndex;
  problems: ParseProblem[];
}

/**
 * Parses YAML 1.2 (core schema, so `2023-03-20` stays a string) into plain data and a position
 * index. Never throws: every problem becomes a ParseProblem. Well-formed records take the fast
 * reader; whatever it declines, the reference reader parses and explains.
 */
export function parseYaml(text: string): ParsedYaml {
  const second = secondDocumentStart(text);
  if (second === -1) return readRecordYaml(text) ?? parseWithDocument(text);
  // Only the first document is read: a file of 100,000 documents costs what one does.
  const first = parseWithDocument(text.slice(0, second));
  const line = text.slice(0, second).split('\n').length;
  // The `---` that starts it, or the first characters of the content after a `...`: never past the line's end.
  const lineEnd = text.indexOf('\n', second);
  const width = Math.min(3, (lineEnd === -1 ? text.length : lineEnd) - second);
  const problem: ParseProblem = {
    ruleId: 'document',
    message: 'The file holds more than one YAML document (the second starts here): keep one record per file.',
    range: { line, column: 1, endLine: line, endColumn: 1 + width },
  };
  return { ...first, problems: [...first.problems.filter((p) => p.ruleId !== 'document' || first.data !== null), problem] };
}

const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
const NOTHING_BUT_COMMENTS = /^(?:[ \t]*(?:#[^\n]*)?(?:\r?\n|$)|%[^\n]*(?:\n|$))*$/;

/**
 * Where a second YAML document starts: a `---` after content (the first document's own `---` may
 * follow only comments and directives), or the content after a `...`. A marker at the start of a
 * line always ends a block scalar, and may not stand in a quoted one, so no scalar hides it. -1: none.
 */
function secondDocumentStart(text: string): number {
  let contentSeen = false;
  let from = 0;
  for (const match of text.matchAll(DOCUMENT_MARKER)) {
    const before = text.slice(from, match.index);
    if (match[0] === '---') {
      if (contentSeen || !NOTHING_BUT_COMMENTS.test(before)) return match.index;
      contentSeen = true;
      from = match.index + 3;
    } else {
      const after = text.slice(match.index + 3);
      const next = after.search(/^(?![ \t]*(?:#|\r?$))/m);
      if (next !== -1 && !NOTHING_BUT_COMMENTS.test(after)) {
        const nextMarker = /^---(?=[ \t\r\n]|$)/m.exec(after);
        return match.index + 3 + (nextMarker && nextMarker.index <= next ? nextMarker.index : next);
      }
      return -1;
    }
  }
  return -1;
}
