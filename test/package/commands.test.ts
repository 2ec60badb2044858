import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const shipped = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('privrec schema', () => {
  it.each([
    [[], 'schemas/record.schema.json'],
    [['--kind', 'record'], 'schemas/record.schema.json'],
    [['--kind', 'config'], 'schemas/config.schema.json'],
  ])('%j prints %s, a JSON Schema that compiles', (args, file) => {
    const result = runCli(['schema', ...args]);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema).toEqual(JSON.parse(shipped(file)));
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema(JSON.parse(shipped('schemas/record.schema.json')));
    expect(() => ajv.getSchema(schema.$id) ?? ajv.compile(schema)).not.toThrow();
  });

  it('refuses an unknown kind with exit 2', () => {
    const result = runCli(['schema', '--kind', 'notice']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are record, config/);
  });
});

describe('privrec explain', () => {
  const rules = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string }[];

  it.each(rules.map((rule) => rule.id))('prints docs/rules/%s.md', (id) => {
    const result = runCli(['explain', id]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(shipped(`docs/rules/${id}.md`));
  });

  it('exits 2 for an unknown rule, naming it', () => {
    const result = runCli(['explain', 'no-such-rule']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('privrec: Unknown rule "no-such-rule" (privrec rules lists them).\n');
  });
});
