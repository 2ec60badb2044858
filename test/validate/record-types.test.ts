/**
 * The record's TypeScript types (src/record.ts) and its schema (schemas/record.schema.json) say
 * the same: every key the schema allows is typed, and every typed key is in the schema. The types
 * are written by hand, not generated: json-schema-to-typescript 15 gives every object an index
 * signature for its `^x-` extension keys (`[k: string]: unknown`, so a misspelt key type-checks)
 * and intersections for `oneOf` (`Transfer & Transfer1`). This test keeps the two from drifting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/record.schema.json'), 'utf8'));
const defs = schema.$defs;
const keysOf = (...nodes: { properties?: Record<string, unknown> }[]) => [...new Set(nodes.flatMap((node) => Object.keys(node.properties ?? {})))].sort();

/** [type in src/record.ts, the schema's keys for it] */
const PAIRS: [string, string[]][] = [
  ['RecordData', keysOf(schema).filter((key) => key !== '$schema')],
  ['Contact', keysOf(defs.contact)],
  ['Dpo', keysOf(defs.dpo)],
  ['Party', keysOf(defs.partyFields)],
  ['PartyRef', keysOf(defs.partyRef)],
  ['JointController', keysOf(defs.partyFields, defs.jointController)],
  ['Processor', keysOf(defs.partyFields, defs.processor)],
  ['LegalBasis', keysOf(defs.legalBasis)],
  ['DataCategory', keysOf(defs.dataCategory)],
  ['Recipient', keysOf(defs.recipient)],
  ['Transfer', keysOf(defs.transfer)],
  ['Retention', keysOf(defs.retention)],
  ['Risk', keysOf(defs.risk)],
  ['Dpia', keysOf(defs.dpia)],
  ['Notice', keysOf(defs.notice)],
];

function typedKeys(): Map<string, string[]> {
  const file = join(ROOT, 'src/record.ts');
  const program = ts.createProgram([file], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, resolveJsonModule: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const keys = new Map<string, string[]>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const type = checker.getTypeAtLocation(node.name);
    keys.set(
      node.name.text,
      checker
        .getPropertiesOfType(type)
        .map((property) => property.name)
        .sort(),
    );
  });
  return keys;
}

describe('src/record.ts and schemas/record.schema.json', () => {
  const typed = typedKeys();
  it.each(PAIRS)('%s has exactly the keys of the schema', (name, keys) => {
    expect(typed.get(name), name).toEqual(keys);
  });
});
