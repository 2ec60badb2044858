import { appendFileSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers.js';
import { expectHandled, jsonFindings, runBounded } from './helpers.js';

const CONFIG = 'privrec: 1\nregime: gdpr\n';
const RECORD = (id: string) => `privrec: 1\nid: ${id}\ntitle: Record ${id}\nbogus: 1\n`;
const AS_OF = ['--as-of', '2026-11-28'];

/** The stored form (src/lint/cache.ts): texts in one table, each entry a tuple whose sixth member is its findings, seven numbers each. */
interface CacheFile {
  privrec: string;
  texts: string[];
  entries: Record<string, [string, number, number, number, number, number, string, number[], object, unknown[]]>;
}

function project(): string {
  return tempProject({ 'privrec.yaml': CONFIG, 'a.yaml': RECORD('a'), 'b.yaml': RECORD('b') });
}

function lint(dir: string, extra: string[] = []) {
  const result = runBounded(['lint', '--cache', '--format', 'json', ...AS_OF, ...extra], dir);
  expectHandled(result);
  return { ...result, findings: jsonFindings(result.stdout) };
}

/** Plants a finding in the cached result of `file`: it shows only if that result is reused. */
function plant(dir: string, file: string): void {
  const path = join(dir, '.privrec-cache');
  const cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
  cache.texts.push('schema', 'planted');
  cache.entries[join(dir, file)]![7].push(cache.texts.length - 2, 1, cache.texts.length - 1, 1, 1, 1, 1);
  writeFileSync(path, JSON.stringify(cache));
}

const planted = (findings: string[]) => findings.filter((f) => f.endsWith('planted')).length;

describe('--cache', () => {
  it('reuses the results of unchanged files and relints the changed one', () => {
    const dir = project();
    const fresh = lint(dir).findings;
    plant(dir, 'a.yaml');
    plant(dir, 'b.yaml');
    appendFileSync(join(dir, 'b.yaml'), '# edited\n');
    const second = lint(dir).findings;
    expect(planted(second)).toBe(1);
    expect(second.filter((f) => !f.endsWith('planted'))).toEqual(fresh);
  });

  it('notices an edit that keeps the size, made right after a run (same clock tick)', () => {
    const dir = project();
    lint(dir);
    plant(dir, 'a.yaml');
    writeFileSync(join(dir, 'a.yaml'), RECORD('a').replace('bogus', 'bogos'));
    const findings = lint(dir).findings;
    expect(planted(findings)).toBe(0);
    expect(findings.some((f) => f.includes('Unknown key `bogos`'))).toBe(true);
  });

  it('notices an edit that keeps size and modification time (touch -r): the status change time and the hash decide', () => {
    const dir = project();
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'a.yaml'), past, past);
    lint(dir);
    plant(dir, 'a.yaml');
    writeFileSync(join(dir, 'a.yaml'), RECORD('a').replace('bogus', 'bogos'));
    utimesSync(join(dir, 'a.yaml'), past, past);
    const findings = lint(dir).findings;
    expect(planted(findings)).toBe(0);
    expect(findings.some((f) => f.includes('Unknown key `bogos`'))).toBe(true);
  });

  it.each([
    ['--as-of', ['--as-of', '2027-01-01']],
    ['--rule', ['--rule', 'unique-id=warn']],
    ['--no-inline-config', ['--no-inline-config']],
  ])('is not reused under another %s', (_, extra) => {
    const dir = project();
    lint(dir);
    plant(dir, 'a.yaml');
    expect(planted(lint(dir, extra).findings)).toBe(0);
  });

  it('is not reused when the config changes', () => {
    const dir = project();
    lint(dir);
    plant(dir, 'a.yaml');
    writeFileSync(join(dir, 'privrec.yaml'), `${CONFIG}extends: strict\n`);
    expect(planted(lint(dir).findings)).toBe(0);
  });

  it.each([
    ['corrupt', 'not json {'],
    ['foreign', JSON.stringify({ privrec: '0.0.0-other', entries: {} })],
    ['malformed', JSON.stringify({ privrec: JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version, entries: { '/x': { hash: 1 } } })],
    ['binary', '\u0000\u0001\u00ff'],
  ])('ignores a %s cache file and rewrites it', (_, content) => {
    const dir = project();
    const fresh = lint(dir).findings;
    writeFileSync(join(dir, '.privrec-cache'), content);
    const result = lint(dir);
    expect(result.findings).toEqual(fresh);
    expect(result.stderr).toBe('');
    expect(Object.keys((JSON.parse(readFileSync(join(dir, '.privrec-cache'), 'utf8')) as CacheFile).entries)).toHaveLength(2);
  });

  it('writes atomically: no temporary file is left behind', () => {
    const dir = project();
    lint(dir);
    lint(dir);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('--cache-location takes a file or a directory', () => {
    const dir = project();
    lint(dir, ['--cache-location', 'cache-file']);
    expect(existsSync(join(dir, 'cache-file'))).toBe(true);
    lint(dir, ['--cache-location', 'caches/']);
    expect(existsSync(join(dir, 'caches', '.privrec-cache'))).toBe(true);
    expect(existsSync(join(dir, '.privrec-cache'))).toBe(false);
  });

  it('a cache that cannot be written is a warning, not a failure', () => {
    const dir = project();
    const fresh = lint(dir, ['--cache-location', 'privrec.yaml/cache']);
    expect(fresh.stderr).toMatch(/^privrec: warning: the cache .*privrec\.yaml\/cache: .*: it is not written\.$/m);
    expect(fresh.findings.length).toBeGreaterThan(0);
  });

  it('never overwrites a YAML file named as the cache location: one line, exit 2', () => {
    const dir = project();
    const before = readFileSync(join(dir, 'b.yaml'), 'utf8');
    const result = runBounded(['lint', '--cache', '--cache-location', 'b.yaml', ...AS_OF], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`privrec: --cache-location ${join(dir, 'b.yaml')}: it is a YAML file or a template, which privrec reads as input and never overwrites.\n`);
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe(before);
  });
});

describe('--cache: the journal of a run that changed few files', () => {
  /**
   * Sixteen records, settled: the cache vouches for a file by its size and times only when it had
   * not changed for two seconds when it was read (cache.ts), so the files are made that long
   * before. A run that then changes two of them appends to the cache; one that changes three
   * rewrites it.
   */
  const sixteen = async () => {
    const dir = tempProject({ 'privrec.yaml': CONFIG, ...Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`r${i}.yaml`, RECORD(`r${i}`)])) });
    await new Promise((settled) => setTimeout(settled, 2100));
    return dir;
  };
  const lines = (dir: string) => readFileSync(join(dir, '.privrec-cache'), 'utf8').split('\n');

  it('appends a line per changed file, which the next run reads: its result is reused', async () => {
    const dir = await sixteen();
    const fresh = lint(dir).findings;
    expect(lines(dir)).toHaveLength(1);
    appendFileSync(join(dir, 'r3.yaml'), '# edited\n');
    appendFileSync(join(dir, 'r7.yaml'), '# edited\n');
    expect(lint(dir).findings).toEqual(fresh);
    const [first, ...journal] = lines(dir);
    expect(journal.map((line) => (JSON.parse(line) as [string])[0])).toEqual([join(dir, 'r3.yaml'), join(dir, 'r7.yaml')]);
    // Plant a finding in r7's journal entry: it shows only if the next run takes r7's result from there.
    const [path, stored, texts] = JSON.parse(journal[1]!) as [string, [unknown, unknown, unknown, unknown, unknown, unknown, unknown, number[]], string[]];
    texts.push('schema', 'planted');
    stored[7].push(texts.length - 2, 1, texts.length - 1, 1, 1, 1, 1);
    writeFileSync(join(dir, '.privrec-cache'), [first, journal[0], JSON.stringify([path, stored, texts])].join('\n'));
    expect(planted(lint(dir).findings)).toBe(1);
  });

  it('drops a line an interrupted append cut short, and lints its file again', async () => {
    const dir = await sixteen();
    const fresh = lint(dir).findings;
    appendFileSync(join(dir, 'r3.yaml'), '# edited\n');
    lint(dir);
    const cut = readFileSync(join(dir, '.privrec-cache'), 'utf8');
    writeFileSync(join(dir, '.privrec-cache'), cut.slice(0, cut.length - 40));
    const result = lint(dir);
    expect(result.findings).toEqual(fresh);
    expect(result.stderr).toBe('');
  });

  it('folds the journal in, rewriting the file whole, once it would hold an eighth of the entries', async () => {
    const dir = await sixteen();
    lint(dir);
    for (const name of ['r1.yaml', 'r2.yaml', 'r3.yaml']) appendFileSync(join(dir, name), '# edited\n');
    lint(dir);
    expect(lines(dir)).toHaveLength(1);
    expect(Object.keys((JSON.parse(lines(dir)[0]!) as CacheFile).entries)).toHaveLength(16);
  });
});
