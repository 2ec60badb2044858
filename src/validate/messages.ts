import { createRequire } from 'node:module';
import { REGIMES, citeArticle } from '../law/index.js';
import type { DataPath } from '../model.js';
import { pathOf } from '../load/positions.js';
import type { SchemaName } from './schema.js';

/** The parts of an ajv error that privrec reads. */
export interface ValidationError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set on the errors of a key checked by `propertyNames`. */
  propertyName?: string;
}

interface SchemaNode {
  [key: string]: unknown;
  properties?: Record<string, SchemaNode>;
  description?: string;
  'x-article'?: string;
  /** Enum values the schema accepts only so that a rule can say why they cannot be relied on: never offered. */
  'x-invalid'?: string[];
  'x-requirement'?: string;
}

/** The shape schemas by name; a regime's requirement schemas (`<regime>-record`) are in its folder of src/law/regimes/. */
function schemaFile(name: SchemaName): string {
  if (name === 'record' || name === 'config' || name === 'mapping') return `../../schemas/${name}.schema.json`;
  const [, regime, kind] = /^(.+?)-(processor-record|record|notice)$/.exec(name)!;
  return `../law/regimes/${regime}/${kind}.schema.json`;
}

const loaded = new Map<string, SchemaNode>();

/** Schemas are read only when there is an error to explain. */
export function schemaNamed(name: SchemaName | 'record'): SchemaNode {
  let schema = loaded.get(name);
  if (!schema) {
    schema = createRequire(import.meta.url)(schemaFile(name)) as SchemaNode;
    loaded.set(name, schema);
  }
  return schema;
}

interface Candidate {
  node: SchemaNode;
  /** The $defs entry this node was reached through, e.g. `country`. */
  definition?: string;
}

/**
 * Every schema node that can apply at an instance path. ajv's standalone code reports
 * schemaPath relative to the function it generated, which loses the $defs it went through,
 * so the schema is walked along the instance path instead.
 */
function schemaNodesAt(schemaName: SchemaName, path: DataPath): Candidate[] {
  let current = expand([{ node: schemaNamed(schemaName) }], schemaName);
  for (const segment of path) {
    const next: Candidate[] = [];
    for (const { node } of current) {
      const property = node.properties?.[String(segment)];
      if (property) next.push({ node: property });
      else if (typeof segment === 'number' || /^\d+$/.test(String(segment))) {
        if (node.items && typeof node.items === 'object') next.push({ node: node.items as SchemaNode });
      } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
        next.push({ node: node.additionalProperties as SchemaNode });
      }
    }
    current = expand(next, schemaName);
  }
  return current;
}

/** Adds what a node stands for through $ref, anyOf, oneOf, allOf and if/then/else. */
function expand(candidates: Candidate[], schemaName: SchemaName, depth = 0): Candidate[] {
  if (depth > 8) return candidates;
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    out.push(candidate);
    const { node } = candidate;
    const more: Candidate[] = [];
    if (typeof node.$ref === 'string') {
      const [file, pointer = ''] = node.$ref.split('#');
      const base = file ? schemaNamed('record') : schemaNamed(schemaName);
      const definition = pathOf(pointer).at(-1);
      let target: unknown = base;
      for (const segment of pathOf(pointer)) target = (target as Record<string, unknown> | undefined)?.[segment];
      if (target && typeof target === 'object') more.push({ node: target as SchemaNode, definition });
    }
    for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
      const branches = node[keyword];
      if (Array.isArray(branches)) more.push(...branches.map((branch) => ({ node: branch as SchemaNode })));
    }
    for (const keyword of ['then', 'else']) {
      if (node[keyword] && typeof node[keyword] === 'object') more.push({ node: node[keyword] as SchemaNode });
    }
    out.push(...expand(more, schemaName, depth + 1));
  }
  return out;
}

/** Human names for the reusable definitions, used when a value does not match them. */
const FORMAT_OF_DEFINITION: Record<string, string> = {
  country: 'an ISO 3166-1 alpha-2 country code (for example DE, US; GB for the United Kingdom)',
  date: 'a date written YYYY-MM-DD',
  duration: 'an ISO 8601 duration such as P3M (3 months), P1Y or P7D, each number at most five digits',
  article: 'an article reference such as 5(1)(a) or 6(1)(e)',
  identifier: 'an identifier of letters, digits, ".", "_" and "-"',
  text: 'a non-empty text',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  object: 'a mapping of keys',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

/** A requirement schema's `x-article` ("Art. 30(1)(d)") as its regime cites it ("Art. 30(1)(d) GDPR"). */
function citeRequirement(schemaName: SchemaName, article: string): string {
  const regime = REGIMES.find((candidate) => schemaName.startsWith(`${candidate}-`));
  return regime ? citeArticle(regime, article.replace(/^Art\.\s*/, '')) : article;
}

/** `controllers[0].contact.email` */
export function displayPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(String(segment))) out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out || 'the record';
}

export function messageFor(error: ValidationError, schemaName: SchemaName, data?: unknown): { message: string; path: DataPath; prefer: 'key' | 'value' } {
  const path = pathOf(error.instancePath);
  const where = displayPath(path);
  const subject = path.length === 0 ? 'The record' : `\`${where}\``;
  const params = error.params;
  const definition = /#\/\$defs\/([A-Za-z0-9]+)\/[^/]+$/.exec(error.schemaPath)?.[1] ?? schemaNodesAt(schemaName, path).find((c) => c.definition && FORMAT_OF_DEFINITION[c.definition])?.definition;

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      // The item's own article, else (a key every entry of a list needs) the article of the list it is in.
      const requirement =
        schemaNodesAt(schemaName, path).find((c) => c.node.properties?.[missing]?.['x-article'])?.node.properties?.[missing] ??
        (path.length === 2 && /^\d+$/.test(String(path[1])) ? schemaNamed(schemaName).properties?.[String(path[0])] : undefined);
      const inside = path.length === 0 ? '' : ` in \`${where}\``;
      if (requirement?.['x-article']) {
        return { message: `\`${missing}\` is required${inside}: ${citeRequirement(schemaName, requirement['x-article'])} requires ${requirement['x-requirement']}.`, path, prefer: 'key' };
      }
      return { message: `\`${missing}\` is required${inside}.`, path, prefer: 'key' };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty);
      const allowed = allowedKeys(schemaNodesAt(schemaName, path));
      const suggestion = closest(key, allowed);
      const inside = path.length === 0 ? '' : ` in \`${where}\``;
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : allowed.length > 0 ? ` Allowed here: ${allowed.join(', ')}.` : '';
      return { message: `Unknown key \`${key}\`${inside}.${hint}`, path: [...path, key], prefer: 'key' };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      if (valueAt(data, path) === null) return { message: `${subject} is empty: write ${expected} here.`, path, prefer: 'value' };
      return { message: `${subject} must be ${expected}.`, path, prefer: 'value' };
    }
    case 'const':
      return { message: `${subject} must be ${JSON.stringify(params.allowedValue)}.`, path, prefer: 'value' };
    case 'enum': {
      const invalid = schemaNodesAt(schemaName, path).flatMap((c) => c.node['x-invalid'] ?? []);
      const allowed = (params.allowedValues as unknown[]).map(String).filter((value) => !invalid.includes(value));
      return { message: `${subject} must be one of: ${allowed.join(', ')}.`, path, prefer: 'value' };
    }
    case 'pattern':
    case 'minLength':
    case 'maxLength': {
      const expected = definition && FORMAT_OF_DEFINITION[definition];
      if (error.keyword === 'minLength') return { message: `${subject} must not be empty.`, path, prefer: 'value' };
      // Too long is too long, whatever the form: an identifier of 130 letters has the right form.
      if (error.keyword === 'maxLength') return { message: `${subject} is too long (at most ${String(params.limit)} characters).`, path, prefer: 'value' };
      if (expected) return { message: `${subject} must be ${expected}.`, path, prefer: 'value' };
      return { message: `${subject} does not have the expected form (${String(params.pattern)}).`, path, prefer: 'value' };
    }
    case 'format': {
      const value = valueAt(data, path);
      if (params.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return { message: `${subject} is not a day of the calendar (${value}): write a date that exists, as YYYY-MM-DD.`, path, prefer: 'value' };
      }
      const names: Record<string, string> = { email: 'an e-mail address', uri: 'a full web address (https://...)', date: 'a date written YYYY-MM-DD' };
      return { message: `${subject} must be ${names[String(params.format)] ?? String(params.format)}.`, path, prefer: 'value' };
    }
    case 'minItems':
      return { message: `${subject} must not be an empty list.`, path, prefer: 'value' };
    case 'maxItems':
      return { message: `${subject} has more than ${String(params.limit)} entries.`, path, prefer: 'value' };
    case 'uniqueItems':
      // ajv counts from 0; a DPO counts entries from 1.
      return { message: `${subject} lists the same entry twice (entries ${Number(params.j) + 1} and ${Number(params.i) + 1}).`, path, prefer: 'value' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound: Record<string, string> = { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than' };
      return { message: `${subject} must be ${bound[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}.`, path, prefer: 'value' };
    }
    case 'oneOf':
      if (path[0] === 'transfers' && path.length === 2) {
        return { message: `${subject} must name either \`country\` (a third country) or \`organisation\` (an international organisation), not both.`, path, prefer: 'key' };
      }
      return { message: `${subject} matches none of its allowed forms.`, path, prefer: 'value' };
    case 'anyOf': {
      const expected = alternativesOf(schemaNodesAt(schemaName, path).find((c) => Array.isArray(c.node.anyOf))?.node.anyOf, (schemaNamed(schemaName).$defs ?? {}) as Record<string, SchemaNode>);
      if (valueAt(data, path) === null) return { message: `${subject} is empty: write ${expected} here.`, path, prefer: 'value' };
      return { message: `${subject} must be ${expected}.`, path, prefer: 'value' };
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      const names = schemaNodesAt(schemaName, path)
        .map((c) => c.node.propertyNames as SchemaNode | undefined)
        .find(Boolean);
      const ref = typeof names?.$ref === 'string' ? (schemaNamed(schemaName).$defs as Record<string, SchemaNode> | undefined)?.[names.$ref.split('/').pop()!] : names;
      const allowed = Array.isArray(ref?.enum) ? (ref.enum as unknown[]).map(String) : [];
      if (allowed.length === 0) return { message: `${subject} has a key that is not a valid identifier: \`${key}\`.`, path: [...path, key], prefer: 'key' };
      const suggestion = closest(key, allowed);
      return { message: `\`${key}\` is not an item of ${subject}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Allowed here: ${allowed.join(', ')}.`}`, path: [...path, key], prefer: 'key' };
    }
    default:
      return { message: `${subject} ${error.message ?? 'is invalid'}.`, path, prefer: 'value' };
  }
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[String(segment)];
  }
  return value;
}

function alternativesOf(branches: unknown, defs: Record<string, SchemaNode>): string {
  if (!Array.isArray(branches)) return 'one of its allowed forms';
  const names = branches.map((branch: SchemaNode) => {
    const ref = typeof branch.$ref === 'string' ? branch.$ref.split('/').pop() : undefined;
    const values = ref ? defs[ref]?.enum : undefined;
    if (Array.isArray(values)) return `one of: ${values.join(', ')}`;
    if (ref === 'text') return 'a text';
    if (ref && FORMAT_OF_DEFINITION[ref]) return FORMAT_OF_DEFINITION[ref];
    if (branch.type === 'array') return 'a list';
    if (branch.type === 'object' || ref) return 'a mapping';
    return typeof branch.type === 'string' ? (TYPE_NAMES[branch.type] ?? branch.type) : 'another form';
  });
  return [...new Set(names)].join(' or ');
}

function allowedKeys(candidates: Candidate[]): string[] {
  const keys = new Set<string>();
  for (const { node } of candidates) for (const key of Object.keys(node.properties ?? {})) keys.add(key);
  keys.delete('$schema');
  return [...keys];
}

/** The allowed key nearest to a misspelled one, when it is near enough to be a typo. */
function closest(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const normalised = key.toLowerCase().replace(/[-\s]/g, '_');
  for (const candidate of candidates) {
    if (candidate === normalised) return candidate;
    const distance = editDistance(normalised, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance < key.length && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
