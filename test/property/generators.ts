import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** Every property name of the record schema, top level and nested, so that random records look like records. */
function schemaKeys(): string[] {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) Object.keys(properties).forEach((key) => keys.add(key));
    Object.values(node).forEach(visit);
  };
  visit(JSON.parse(readFileSync(join(ROOT, 'schemas', 'record.schema.json'), 'utf8')));
  return [...keys];
}

const KEYS = schemaKeys();

/** Scalar text: words, numbers, dates, YAML-significant characters, control characters and markup. */
const scalarText = fc.oneof(
  fc.constantFrom('', 'true', 'False', 'null', '~', 'NULL', '0', '-12', '0o17', '0x1F', '1e3', '.5', '-.inf', '.NaN', '2023-03-20', 'P3M', '6(1)(e)', 'DE', 'yes', '1_000', '+1', '0.10'),
  fc.constantFrom(
    'a: b',
    '- x',
    '# not a comment',
    'x #y',
    "it's",
    'say "hi"',
    '[x]',
    '{y}',
    '*alias',
    '&anchor',
    '!tag',
    '|',
    '>',
    '@',
    '`',
    '%',
    '?x',
    ':',
    'a:b',
    'a\tb',
    ' lead',
    'trail ',
    '<b>x</b>',
    '\u001b[31mred',
    'cr\rhere',
    '__proto__',
    'constructor',
    'zürich',
    '日本',
    '😀',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.stringMatching(/^[a-z][a-z ]{0,20}[a-z]$/),
);

type Style = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface ScalarPlan {
  kind: 'scalar';
  text: string;
  style: Style;
  chomp: '' | '-' | '+';
  comment: boolean;
}
export interface MapPlan {
  kind: 'map';
  flow: boolean;
  entries: { key: ScalarPlan; value: Plan; emptyValue: boolean }[];
}
export interface SeqPlan {
  kind: 'seq';
  flow: boolean;
  items: Plan[];
}
export type Plan = ScalarPlan | MapPlan | SeqPlan;

const scalar = (styles: Style[]) =>
  fc.record({
    kind: fc.constant('scalar' as const),
    text: scalarText,
    style: fc.constantFrom(...styles),
    chomp: fc.constantFrom('' as const, '-' as const, '+' as const),
    comment: fc.boolean(),
  });

const key = fc.record({
  kind: fc.constant('scalar' as const),
  text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, fc.constantFrom('__proto__', 'constructor', 'x-note', 'a b', '1', 'true', '~'), scalarText),
  style: fc.constantFrom<Style>('plain', 'plain', 'plain', 'single', 'double'),
  chomp: fc.constant('' as const),
  comment: fc.constant(false),
});

/** A random document plan: nested mappings and sequences, block or flow, scalars in every style. */
export const planArbitrary: fc.Arbitrary<MapPlan> = fc.letrec<{ node: Plan; mapping: MapPlan; sequence: SeqPlan }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar(['plain', 'plain', 'single', 'double', 'literal', 'folded']), tie('mapping'), tie('sequence')),
  mapping: fc.record({
    kind: fc.constant('map' as const),
    flow: fc.boolean(),
    entries: fc.array(fc.record({ key, value: tie('node'), emptyValue: fc.boolean() }), { maxLength: 5 }),
  }),
  sequence: fc.record({ kind: fc.constant('seq' as const), flow: fc.boolean(), items: fc.array(tie('node'), { maxLength: 4 }) }),
})).mapping;

export interface Layout {
  indent: number;
  crlf: boolean;
  bom: boolean;
  trailingComment: boolean;
  /** `---` before the record, `...` after it. */
  markers: boolean;
  /** Comment lines between entries and items. */
  commentLines: boolean;
  /** Flow collections spread over several lines. */
  multilineFlow: boolean;
}

export const layoutArbitrary: fc.Arbitrary<Layout> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  trailingComment: fc.boolean(),
  markers: fc.boolean(),
  commentLines: fc.boolean(),
  multilineFlow: fc.boolean(),
});

function quoted(text: string, style: Style): string {
  if (style === 'single') return `'${text.replace(/'/g, "''")}'`;
  if (style === 'double') return JSON.stringify(text);
  return text;
}

/** Renders a plan as YAML text. It does not check that the result is valid YAML: often it is not, which is the point. */
export function render(plan: MapPlan, layout: Layout): string {
  const pad = (level: number) => ' '.repeat(level * layout.indent);
  const inline = (node: Plan): string => {
    if (node.kind === 'scalar') return quoted(node.text, node.style === 'literal' || node.style === 'folded' ? 'double' : node.style);
    const separator = layout.multilineFlow ? ',\n ' : ', ';
    if (node.kind === 'seq') return `[${node.items.map(inline).join(separator)}]`;
    return `{${node.entries.map((entry) => (entry.emptyValue ? `${inline(entry.key)}:` : `${inline(entry.key)}: ${inline(entry.value)}`)).join(separator)}}`;
  };
  /** The text after `key:` or `- ` for a node at `level`. */
  const after = (node: Plan, level: number): string => {
    if (node.kind === 'scalar') {
      const comment = node.comment ? ' # note' : '';
      if (node.style === 'literal' || node.style === 'folded') {
        const lines = node.text.split('\n').map((line) => `${pad(level + 1)}${line}`);
        return ` ${node.style === 'literal' ? '|' : '>'}${node.chomp}${comment}\n${lines.join('\n')}`;
      }
      return ` ${quoted(node.text, node.style)}${comment}`;
    }
    if (node.flow || (node.kind === 'map' ? node.entries.length === 0 : node.items.length === 0)) return ` ${inline(node)}`;
    return `\n${block(node, level + 1)}`;
  };
  const block = (node: MapPlan | SeqPlan, level: number): string => {
    const separator = layout.commentLines ? `\n${pad(level)}# between\n` : '\n';
    if (node.kind === 'seq') return node.items.map((item) => `${pad(level)}-${after(item, level)}`).join(separator);
    return node.entries.map((entry) => `${pad(level)}${inline(entry.key)}:${entry.emptyValue ? '' : after(entry.value, level)}`).join(separator);
  };
  let text = plan.flow || plan.entries.length === 0 ? inline(plan) : block(plan, 0);
  if (layout.markers) text = `---\n${text}\n...`;
  if (layout.trailingComment) text += '\n# end of record';
  text += '\n';
  if (layout.crlf) text = text.replace(/\n/g, '\r\n');
  return layout.bom ? `\ufeff${text}` : text;
}

/** Small edits that break YAML in the ways people do: a stray character, a deleted span, a tab. */
export const mutationArbitrary = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 3 }),
    insert: fc.constantFrom('', ':', '-', '#', '"', "'", '[', ']', '{', '}', '\t', ' ', '\n', '&a', '*a', '!', '|', '>', '?', ',', '%', '---\n', '\u0000', '\u00a0'),
  }),
  { maxLength: 3 },
);

export function mutate(text: string, mutations: { at: number; remove: number; insert: string }[]): string {
  for (const { at, remove, insert } of mutations) {
    const position = text.length === 0 ? 0 : at % text.length;
    text = text.slice(0, position) + insert + text.slice(position + remove);
  }
  return text;
}
