/**
 * Fuzzing from the real records: the examples and fixtures, mutated as an editor, a merge or a
 * hostile colleague would (keys deleted, duplicated or retyped, aliases and tags inserted, control
 * characters, truncation at any byte). privrec must never crash, never report a bug of its own,
 * finish in bounded time, and place every finding inside the file. A fixed seed in `npm test`;
 * `npm run fuzz` runs many more cases with a new seed (FUZZ_RUNS, FUZZ_SEED).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { finishFindings, lintSource } from '../../src/lint/lint-source.js';
import { defaultConfig } from '../../src/config.js';
import { discoverFiles } from '../../src/load/discover.js';
import { decodeSource } from '../../src/load/source.js';
import { ROOT, tempProject } from '../helpers.js';
import { expectHandled, runBounded } from '../hostile/helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const PER_LINT_MS = 2_000;

const { files } = await discoverFiles(['examples', 'test/fixtures/records'], ROOT);
const SEEDS = files.filter((file) => !file.endsWith('privrec.yaml')).map((file) => readFileSync(file));

const controlCharacter = fc
  .integer({ min: 0, max: 0x9f })
  .filter((code) => code < 0x20 || code >= 0x7f)
  .map((code) => String.fromCharCode(code));
const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('2026-02-30', 'P99999Y', '6(1)(e)', 'N/A', '{TODO}'));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }));

/** Every path to a node of the document: top-level keys, nested keys, list items. */
function paths(node: Node | null | undefined, prefix: (string | number)[] = []): (string | number)[][] {
  if (isMap(node))
    return node.items.flatMap((pair) => {
      const key = String((pair.key as { value?: unknown })?.value);
      return [[...prefix, key], ...paths(pair.value as Node, [...prefix, key])];
    });
  if (isSeq(node)) return node.items.flatMap((item, index) => [[...prefix, index], ...paths(item as Node, [...prefix, index])]);
  return [];
}

type Mutation = (text: Buffer, pick: number, extra: unknown) => Buffer;

/** Applies `change` to the document at one of its paths, chosen by `pick`; text that is no document stays as it is. */
const atPath =
  (change: (document: ReturnType<typeof parseDocument>, path: (string | number)[], extra: unknown) => void): Mutation =>
  (text, pick, extra) => {
    try {
      const document = parseDocument(text.toString('utf8'));
      const all = paths(document.contents as Node);
      if (all.length === 0 || document.errors.length > 0) return text;
      change(document, all[pick % all.length]!, extra);
      return Buffer.from(document.toString());
    } catch {
      // yaml cannot write every document it reads (an alias without its anchor): leave the text as it is.
      return text;
    }
  };

const MUTATIONS: Record<string, Mutation> = {
  'delete a key': atPath((document, path) => document.deleteIn(path)),
  'retype a value': atPath((document, path, extra) => document.setIn(path, extra)),
  'duplicate a line': (text, pick) => {
    const lines = text.toString('utf8').split('\n');
    const at = pick % lines.length;
    lines.splice(at, 0, lines[at]!);
    return Buffer.from(lines.join('\n'));
  },
  'insert an alias': (text, pick) => {
    const lines = text.toString('utf8').split('\n');
    const at = pick % lines.length;
    lines.splice(at, 0, 'x-anchor: &fuzz [a, b, c]', `x-alias-${pick}: [*fuzz, *fuzz, *fuzz, *missing${pick % 2 ? '' : 'fuzz'}]`);
    return Buffer.from(lines.join('\n'));
  },
  'insert a tag': (text, pick) => {
    const source = text.toString('utf8');
    const colons = [...source.matchAll(/: /g)];
    if (colons.length === 0) return text;
    const at = colons[pick % colons.length]!.index! + 2;
    return Buffer.from(`${source.slice(0, at)}${['!custom ', '!!js/function ', '!!binary ', '!!str ', '!<tag:x> '][pick % 5]}${source.slice(at)}`);
  },
  'insert a control character': (text, pick, extra) => {
    const at = pick % (text.length + 1);
    return Buffer.concat([text.subarray(0, at), Buffer.from(typeof extra === 'string' ? extra : (JSON.stringify(extra) ?? '')), text.subarray(at)]);
  },
  'truncate at a byte': (text, pick) => text.subarray(0, pick % (text.length + 1)),
};

const mutated = fc
  .record({
    seed: fc.nat(SEEDS.length - 1),
    steps: fc.array(fc.record({ mutation: fc.constantFrom(...Object.keys(MUTATIONS)), pick: fc.nat(), extra: fc.oneof(value, controlCharacter) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ seed, steps }) => steps.reduce<Buffer>((text, { mutation, pick, extra }) => MUTATIONS[mutation]!(text, pick, extra), SEEDS[seed]!));

/** Lints bytes as privrec lints a file's: decoded by the same guard, then parsed, checked and suppressed. */
function lintBytes(bytes: Buffer) {
  const config = { ...defaultConfig('/tmp'), notices: true };
  const source = decodeSource(bytes);
  // Bytes that are not text keep their lines for the bounds below: latin1 turns each byte into one character.
  if (!source.ok)
    return {
      text: bytes.toString('latin1'),
      findings: [{ ruleId: 'file', message: source.message, line: source.line ?? 1, column: source.column ?? 1, endLine: source.line ?? 1, endColumn: source.column ?? 1 }],
    };
  const result = lintSource(source.text, '/tmp/fuzz.yaml', { config, asOf: '2026-11-28', inlineConfig: true });
  return { text: source.text, findings: finishFindings(result.findings, result.suppressions, config) };
}

describe(`fuzzing the examples (seed ${SEED}, ${RUNS} runs)`, () => {
  it('has records to start from', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(10);
  });

  it('never crashes, never reports a bug of its own, stays in bounded time, and places every finding inside the file', () => {
    fc.assert(
      fc.property(mutated, (bytes) => {
        const started = performance.now();
        const { text, findings } = lintBytes(bytes);
        expect(performance.now() - started).toBeLessThan(PER_LINT_MS);
        const lines = text.split('\n').length;
        for (const finding of findings) {
          expect(finding.message).not.toMatch(/report this as a privrec bug/);
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.line).toBeLessThanOrEqual(Math.max(lines, 1));
          expect(finding.column).toBeGreaterThanOrEqual(1);
          expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the CLI exits 0 or 1 on a directory of mutated records, without a stack trace, in bounded time and memory', () => {
    const samples = fc.sample(mutated, { seed: SEED, numRuns: Math.min(RUNS, 200) });
    const dir = tempProject({ 'privrec.yaml': 'privrec: 1\nregime: gdpr\nnotices: true\n' });
    samples.forEach((bytes, index) => writeFileSync(join(dir, `m${index}.yaml`), bytes));
    const result = runBounded(['lint', '.', '--format', 'json', '--as-of', '2026-11-28'], dir);
    expect([0, 1]).toContain(result.status);
    expectHandled(result, result.status as 1);
  });
});
