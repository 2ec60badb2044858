import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, tempProject } from '../helpers.js';

// pre-commit's hook manifest schema as published: test/fixtures/schemas/README.md names the source.
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/schemas/pre-commit-hooks.json'), 'utf8')));
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

describe('.pre-commit-hooks.yaml', () => {
  it("is valid against pre-commit's hook manifest schema", () => {
    expect(validate(hooks), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('runs the package bin on YAML files', () => {
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'privrec', entry: 'privrec lint', language: 'node', types: ['yaml'] });
    const bin = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin;
    expect(Object.keys(bin)).toContain(hook.entry.split(' ')[0]);
  });

  it('is the hook that privrec init configures', () => {
    const dir = tempProject({});
    expect(runCli(['init', dir]).status).toBe(0);
    const config = parse(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8'));
    expect(config.repos[0].hooks.map((hook: { id: string }) => hook.id)).toEqual([hooks[0].id]);
  });
});
