/**
 * An imported record as a YAML file: its keys in the format's order, dates quoted (so that no
 * YAML reader takes them for timestamps), each value kept for review as a comment above the key it
 * likely belongs to (at the end when the record has no such key), and `x-import` saying where
 * the record came from.
 */
import { Document, isMap, isPair, isScalar, visit, type Pair } from 'yaml';
import type { ReviewNote } from './mapping.js';

/** The keys of a record in the order the format documents them; others follow as they come. */
const ORDER = [
  '$schema',
  'privrec',
  'id',
  'title',
  'description',
  'regime',
  'updated',
  'language',
  'controllers',
  'dpo',
  'joint_controllers',
  'processors',
  'purposes',
  'legal_basis',
  'data_subjects',
  'personal_data',
  'recipients',
  'transfers',
  'retention',
  'security',
  'automated_decisions',
  'dpia',
  'notice',
];

function ordered(data: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
}

export interface Origin {
  file: string;
  sheet: string;
  row?: number;
}

export function recordYaml(data: Record<string, unknown>, notes: readonly ReviewNote[], origin: Origin): string {
  const document = new Document({ ...ordered(data), 'x-import': { ...origin } });
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const leftOver: string[] = [];
  const byKey = new Map<string, string[]>();
  for (const note of notes) {
    const key = note.key.split('.')[0]!;
    byKey.set(key, [...(byKey.get(key) ?? []), note.text]);
  }
  const pairs = isMap(document.contents) ? (document.contents.items as Pair[]) : [];
  for (const [key, texts] of byKey) {
    const pair = key === '' ? undefined : pairs.find((candidate) => isPair(candidate) && isScalar(candidate.key) && candidate.key.value === key);
    const lines = texts.map((text) => ` review: ${text}`);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = [pair.key.commentBefore, ...lines].filter(Boolean).join('\n');
    else leftOver.push(...(key === '' ? lines : texts.map((text) => ` review (${key}): ${text}`)));
  }
  if (leftOver.length > 0) document.comment = [' Cells not placed under a key: move each where it belongs, or delete it.', ...leftOver].join('\n');
  return `# Imported by privrec from ${origin.file}, ${origin.sheet}${origin.row ? ` row ${origin.row}` : ''}: check it, then delete the review comments.\n${document.toString({ lineWidth: 0 })}`;
}
