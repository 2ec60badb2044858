import type { SourceRange } from '../model.js';
import type { PositionIndex } from './positions.js';
import { parseWithDocument } from './yaml-document.js';
import { parseWithEvents } from './yaml-events.js';

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
  return parseWithEvents(text) ?? parseWithDocument(text);
}
