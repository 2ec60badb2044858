import { createRequire } from 'node:module';
import { REGIMES, citeArticle } from '../law/index.js';
import type { DataPath, Regime } from '../model.js';
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

/** The regime whose requirement schema this is (`uk-gdpr-notice`: uk-gdpr), or none for the shape schemas. */
function regimeOfSchema(name: SchemaName): Regime | undefined {
  return REGIMES.find((regime) => name.startsWith(`${regime}-`));
}

/** The shape schemas are in schemas/; a regime's requirement schemas (`<regime>-record`) in its folder of src/law/regimes/. */
function schemaFile(name: SchemaName): string {
  const regime = regimeOfSchema(name);
  return regime ? `../law/regimes/${regime}/${name.slice(regime.length + 1)}.schema.json` : `../../schemas/${name}.schema.json`;
}

const loaded = new Map<string, SchemaNode>();

/** Schemas are read only when there is an error to explain. */
export function schemaNamed(name: SchemaName): SchemaNode {
  let schema = loaded.get(name);
  if (!schema) {
    schema = createRequire(import.meta.url)(schemaFile(name)) as SchemaNode;
    loaded.set(name, schema);
  }
  return schema;
}

interface Candidate {
  node: SchemaNode;
  /** The schema the node is in, against which its `#/$defs/...` references resolve. */
  root: SchemaNode;
}

/**
 * Every schema node that applies at an instance path. ajv's standalone code reports
 * schemaPath relative to the function it generated, which loses the $defs it went through,
 * so the schema is walked along the instance path (and the data, for if/then/else) instead.
 */
function schemaNodesAt(schemaName: SchemaName, path: DataPath, data: unknown): Candidate[] {
  const root = schemaNamed(schemaName);
  let value = data;
  let current = expand([{ node: root, root }], value);
  for (const segment of path) {
    value = (value as Record<string, unknown> | undefined)?.[segment];
    const next: Candidate[] = [];
    for (const { node, root } of current) {
      const property = node.properties?.[segment];
      if (property) next.push({ node: property, root });
      else if (/^\d+$/.test(String(segment))) {
        if (isNode(node.items)) next.push({ node: node.items, root });
      } else if (isNode(node.additionalProperties)) {
        next.push({ node: node.additionalProperties, root });
      }
    }
    current = expand(next, value);
  }
  return current;
}

/** A subschema, not `true` or `false` (which accept or refuse everything and name no keys). */
function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null;
}

/**
 * Adds what a node stands for through $ref, anyOf and if/then/else. Every reference in the shipped
 * schemas is `#/$defs/<name>` or `record.schema.json#/$defs/<name>`, every `if` a list of required
 * keys, and a oneOf's branches only require keys (test/validate/schema-walk.test.ts checks them).
 */
function expand(candidates: Candidate[], value: unknown): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    out.push(candidate);
    const { node, root } = candidate;
    const more: Candidate[] = [];
    if (typeof node.$ref === 'string') more.push(resolve(node.$ref, root));
    if (Array.isArray(node.anyOf)) more.push(...(node.anyOf as SchemaNode[]).map((branch) => ({ node: branch, root })));
    if (isNode(node.if)) {
      const branch = node[hasKeys(value, node.if.required) ? 'then' : 'else'];
      if (isNode(branch)) more.push({ node: branch, root });
    }
    out.push(...expand(more, value));
  }
  return out;
}

/** The $defs entry a reference names, in the schema it is written in or in the record schema. */
function resolve(reference: string, root: SchemaNode): Candidate {
  const [file, pointer] = reference.split('#') as [string, string];
  const target = file ? schemaNamed('record') : root;
  return { node: (target.$defs as Record<string, SchemaNode>)[pointer.split('/').pop()!]!, root: target };
}

function hasKeys(value: unknown, keys: unknown): boolean {
  return isNode(value) && !Array.isArray(value) && (keys as string[]).every((key) => key in value);
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

const TYPE_NAMES: Record<'string' | 'object' | 'array' | 'integer' | 'number' | 'boolean' | 'null', string> = {
  string: 'a text',
  object: 'a mapping of keys',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};
type TypeName = keyof typeof TYPE_NAMES;

/** A requirement schema's `x-article` ("Art. 30(1)(d)") as its regime cites it ("Art. 30(1)(d) GDPR"). */
function citeRequirement(schemaName: SchemaName, article: string): string {
  const regime = regimeOfSchema(schemaName);
  return regime ? citeArticle(regime, article.replace(/^Art\.\s*/, '')) : article;
}

/** `controllers[0].contact.email`, for a path into the record. */
export function displayPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (/^\d+$/.test(String(segment))) out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The requirement a missing key answers: the key's own article, else that of the nearest item it is part of (`contact` of a controller: the controllers' article). */
function requirementFor(schemaName: SchemaName, path: DataPath, missing: string, data: unknown): SchemaNode | undefined {
  const own = schemaNodesAt(schemaName, path, data).find((c) => c.node.properties?.[missing]?.['x-article']);
  if (own) return own.node.properties![missing];
  for (let length = path.length; length > 0; length--) {
    const enclosing = schemaNodesAt(schemaName, path.slice(0, length), data).find((c) => c.node['x-article']);
    if (enclosing) return enclosing.node;
  }
  return undefined;
}

export function messageFor(error: ValidationError, schemaName: SchemaName, data: unknown): { message: string; path: DataPath; prefer: 'key' | 'value' } {
  const path = pathOf(error.instancePath);
  const where = displayPath(path);
  const subject = path.length === 0 ? 'The record' : `\`${where}\``;
  const inside = path.length === 0 ? '' : ` in \`${where}\``;
  const params = error.params;

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const requirement = requirementFor(schemaName, path, missing, data);
      if (requirement) {
        return { message: `\`${missing}\` is required${inside}: ${citeRequirement(schemaName, requirement['x-article']!)} requires ${requirement['x-requirement']}.`, path, prefer: 'key' };
      }
      return { message: `\`${missing}\` is required${inside}.`, path, prefer: 'key' };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty);
      const allowed = allowedKeys(schemaNodesAt(schemaName, path, data));
      const suggestion = closest(key, allowed);
      // Every object of the shipped schemas that refuses unknown keys names the keys it takes (schema-walk.test.ts).
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ` Allowed here: ${allowed.join(', ')}.`;
      return { message: `Unknown key \`${key}\`${inside}.${hint}`, path: [...path, key], prefer: 'key' };
    }
    case 'type':
      return { message: mustBe(subject, TYPE_NAMES[params.type as TypeName], valueAt(data, path)), path, prefer: 'value' };
    case 'const':
      return { message: `${subject} must be ${JSON.stringify(params.allowedValue)}.`, path, prefer: 'value' };
    case 'enum': {
      const invalid = schemaNodesAt(schemaName, path, data).flatMap((c) => c.node['x-invalid'] ?? []);
      const allowed = (params.allowedValues as unknown[]).map(String).filter((value) => !invalid.includes(value));
      return { message: `${subject} must be one of: ${allowed.join(', ')}.`, path, prefer: 'value' };
    }
    case 'pattern': {
      // A pattern of a $defs entry is reported at `#/$defs/<entry>/pattern`.
      const definition = /\$defs\/(\w+)\/pattern$/.exec(error.schemaPath)?.[1];
      const expected = definition && FORMAT_OF_DEFINITION[definition];
      if (expected) return { message: `${subject} must be ${expected}.`, path, prefer: 'value' };
      return { message: `${subject} does not have the expected form (${String(params.pattern)}).`, path, prefer: 'value' };
    }
    case 'minLength':
      return { message: `${subject} must not be empty.`, path, prefer: 'value' };
    case 'maxLength':
      // Too long is too long, whatever the form: an identifier of 130 letters has the right form.
      return { message: `${subject} is too long (at most ${String(params.limit)} characters).`, path, prefer: 'value' };
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
    case 'uniqueItems':
      // ajv counts from 0; a DPO counts entries from 1.
      return { message: `${subject} lists the same entry twice (entries ${Number(params.j) + 1} and ${Number(params.i) + 1}).`, path, prefer: 'value' };
    case 'minimum':
    case 'maximum': {
      const bound = params.comparison === '>=' ? 'at least' : 'at most';
      return { message: `${subject} must be ${bound} ${String(params.limit)}.`, path, prefer: 'value' };
    }
    case 'oneOf': {
      const value = valueAt(data, path);
      // Branches that only require keys hold for a value that is no mapping: its kind is what is wrong.
      if (!isNode(value) || Array.isArray(value)) return { message: mustBe(subject, TYPE_NAMES.object, value), path, prefer: 'value' };
      return { message: oneOfMessage(subject, schemaNodesAt(schemaName, path, data), value), path, prefer: 'key' };
    }
    case 'anyOf': {
      const expected = alternativesOf(schemaNodesAt(schemaName, path, data).find((c) => Array.isArray(c.node.anyOf))!);
      return { message: mustBe(subject, expected, valueAt(data, path)), path, prefer: 'value' };
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      const { node, root } = schemaNodesAt(schemaName, path, data).find((c) => isNode(c.node.propertyNames))!;
      const names = node.propertyNames as SchemaNode;
      const values = (typeof names.$ref === 'string' ? resolve(names.$ref, root).node : names).enum;
      const allowed = Array.isArray(values) ? values.map(String) : [];
      if (allowed.length === 0) return { message: `${subject} has a key that is not a valid identifier: \`${key}\`.`, path: [...path, key], prefer: 'key' };
      const suggestion = closest(key, allowed);
      return { message: `\`${key}\` is not an item of ${subject}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Allowed here: ${allowed.join(', ')}.`}`, path: [...path, key], prefer: 'key' };
    }
    default:
      return { message: `${subject} ${error.message ?? 'is invalid'}.`, path, prefer: 'value' };
  }
}

/** "`title` must be a text", or, for a key left empty, what to write there. */
function mustBe(subject: string, expected: string, value: unknown): string {
  return value === null ? `${subject} is empty: write ${expected} here.` : `${subject} must be ${expected}.`;
}

/** ajv reports errors only at paths the data has, through mappings and lists. */
function valueAt(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((value, segment) => (value as Record<string, unknown>)[segment], data);
}

/** A oneOf whose branches each require one key (a transfer's `country` or `organisation`): exactly one of them. */
function oneOfMessage(subject: string, candidates: Candidate[], value: unknown): string {
  const branches = candidates.flatMap((c) => (c.node.oneOf as SchemaNode[] | undefined) ?? []);
  const keys = branches.map((branch) => (branch.required as string[] | undefined)?.[0]);
  if (branches.length === 0 || keys.includes(undefined)) return `${subject} matches none of its allowed forms.`;
  const choices = branches.map((branch, i) => `\`${keys[i]!}\` (${String(branch.description)})`).join(' or ');
  const named = keys.filter((key) => hasKeys(value, [key]));
  // oneOf fails on none of the keys, or on more than one.
  return named.length === 0 ? `${subject} needs ${choices}.` : `${subject} names both \`${named.join('` and `')}\`: keep one, ${choices}.`;
}

function alternativesOf({ node, root }: Candidate): string {
  const names = (node.anyOf as SchemaNode[]).map((branch) => {
    const ref = typeof branch.$ref === 'string' ? branch.$ref.split('/').pop() : undefined;
    const values = ref ? resolve(branch.$ref as string, root).node.enum : undefined;
    if (Array.isArray(values)) return `one of: ${values.join(', ')}`;
    if (ref === 'text') return 'a text';
    if (ref && FORMAT_OF_DEFINITION[ref]) return FORMAT_OF_DEFINITION[ref];
    if (branch.type === 'object' || ref) return 'a mapping';
    return TYPE_NAMES[branch.type as TypeName];
  });
  return [...new Set(names)].join(' or ');
}

function allowedKeys(candidates: Candidate[]): string[] {
  const keys = new Set<string>();
  for (const { node } of candidates) for (const key of Object.keys(node.properties ?? {})) keys.add(key);
  keys.delete('$schema');
  return [...keys];
}

/** Keys compared without case, hyphens, underscores and spaces: `Data Subjects`, `data-subjects` and `data_subjects` are one. */
const loose = (key: string): string => key.toLowerCase().replace(/[-_\s]/g, '');

/** The allowed key nearest to a misspelled one, when it is near enough to be a typo. */
function closest(key: string, candidates: string[]): string | undefined {
  const wanted = loose(key);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, loose(candidate));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance < wanted.length && bestDistance <= Math.max(1, Math.floor(wanted.length / 3)) ? best : undefined;
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
