/**
 * src/validate/messages.ts walks the shipped schemas to explain an error. It follows only the
 * references and conditions these schemas use; this test fails when a schema starts to use another.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { messageFor } from '../../src/validate/messages.js';
import { validateNoticeRequirements } from '../../src/validate/schema.js';
import type { Regime } from '../../src/model.js';
import { ROOT } from '../helpers.js';

const SCHEMAS = globSync(['schemas/*.schema.json', 'src/law/regimes/*/*.schema.json'], { cwd: ROOT }).sort();

function* nodes(value: unknown): Generator<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value)) yield value as Record<string, unknown>;
  for (const child of Object.values(value)) yield* nodes(child);
}

describe('the schemas use only what the message walk follows', () => {
  it('finds the schemas', () => {
    expect(SCHEMAS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(SCHEMAS)('%s: every $ref names a $defs entry, of the same schema or of the record schema', (file) => {
    const refs = [...nodes(JSON.parse(readFileSync(join(ROOT, file), 'utf8')))].map((node) => node.$ref).filter((ref) => typeof ref === 'string');
    for (const ref of refs) expect(ref).toMatch(/^(record\.schema\.json)?#\/\$defs\/[A-Za-z0-9]+$/);
  });

  it.each(SCHEMAS)('%s: every `if` asks only for keys (and a mapping); no allOf', (file) => {
    for (const node of nodes(JSON.parse(readFileSync(join(ROOT, file), 'utf8')))) {
      expect(node).not.toHaveProperty('allOf');
      if (node.if === undefined) continue;
      expect(Object.keys(node.if as object).filter((keyword) => keyword !== 'required' && keyword !== 'type')).toEqual([]);
      expect(node.if).toHaveProperty('required');
      expect((node.if as { type?: string }).type ?? 'object').toBe('object');
    }
  });

  it.each(SCHEMAS)('%s: a oneOf’s branches each require one key, and say what it stands for', (file) => {
    for (const node of nodes(JSON.parse(readFileSync(join(ROOT, file), 'utf8')))) {
      for (const branch of (node.oneOf as Record<string, unknown>[] | undefined) ?? []) {
        expect(Object.keys(branch).sort()).toEqual(['description', 'required']);
        expect(branch.required).toHaveLength(1);
      }
    }
  });

  it.each(SCHEMAS)('%s: an object that refuses unknown keys names the keys it takes', (file) => {
    for (const node of nodes(JSON.parse(readFileSync(join(ROOT, file), 'utf8')))) {
      if (node.additionalProperties === false) expect(node).toHaveProperty('properties');
      if (node.unevaluatedProperties === false) expect(node.properties ?? node.$ref).toBeDefined();
    }
  });
});

describe('messages for what the shipped schemas do not have', () => {
  const error = (keyword: string, message?: string) => ({ keyword, instancePath: '/purposes', schemaPath: '#/properties/purposes', params: {}, message });

  it('a keyword without its own wording: ajv’s, or "is invalid"', () => {
    expect(messageFor(error('contains', 'must contain at least 1 valid item'), 'record', { purposes: [] }).message).toBe('`purposes` must contain at least 1 valid item.');
    expect(messageFor(error('contains'), 'record', { purposes: [] }).message).toBe('`purposes` is invalid.');
  });

  it('a oneOf whose branches do not each require a key', () => {
    expect(messageFor(error('oneOf'), 'record', { purposes: {} }).message).toBe('`purposes` matches none of its allowed forms.');
  });

  it('a regime without requirement schemas is a programming error, named', () => {
    expect(() => validateNoticeRequirements({}, 'ccpa' as Regime, { locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) }, 'notice-complete')).toThrow(
      'no requirement schema ccpa-notice (src/law/regimes/<regime>/)',
    );
  });
});
