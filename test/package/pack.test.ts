import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const SHIPPED = /^(package\.json|README\.md|LICENSE|bin\/.+|dist\/.+|schemas\/.+\.json|templates\/.+|mappings\/[^/]+\.yaml|docs\/rules\/[^/]+\.md)$/;
// render is another engineer's work in progress: its check runs once the command exists.

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

describe('the npm package, packed and installed as a user would', () => {
  let packed: Packed;
  let project: string;

  beforeAll(() => {
    // As pre-commit and `npm publish` pack: prepack ships package.json without the build scripts (no build runs, none is left for the installer).
    const out = mkdtempSync(join(tmpdir(), 'privrec-pack-'));
    packed = (JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' })) as Packed[])[0]!;
    project = mkdtempSync(join(tmpdir(), 'privrec-install-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'register', private: true }));
    const started = performance.now();
    const install = run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(out, packed.filename)], project);
    expect(install.status, install.output).toBe(0);
    // No install-time script, so no npm warning (npm 11 warns of every package with one) and no build.
    expect(install.output).not.toMatch(/npm (warn|WARN)/);
    console.info(`privrec package: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.files.length} files; installed in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);

  it('holds the bin, the built code, schemas, templates, import mappings, rule docs and the README, and nothing else', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths.filter((path) => !SHIPPED.test(path))).toEqual([]);
    for (const required of [
      'bin/privrec.js',
      'bin/package.json',
      'dist/launch.cjs',
      'dist/cli/main.cjs',
      'dist/cli.js',
      'dist/generated/validators.cjs',
      'schemas/record.schema.json',
      'schemas/config.schema.json',
      'templates/init/record.yaml',
      'mappings/ico.yaml',
      'mappings/cnil.yaml',
      'schemas/mapping.schema.json',
      'README.md',
    ]) {
      expect(paths).toContain(required);
    }
    const ruleDocs = readdirSync(join(ROOT, 'docs/rules')).map((name) => `docs/rules/${name}`);
    expect(paths.filter((path) => path.startsWith('docs/'))).toEqual(expect.arrayContaining(ruleDocs));
  });

  it('scaffolds and lints a register with npx privrec', () => {
    const init = run('npx', ['--no-install', 'privrec', 'init', '--organisation', 'ACME'], project);
    expect(init.status, init.output).toBe(0);
    const lint = run('npx', ['--no-install', 'privrec', 'lint'], project);
    expect(lint.output).toMatch(/^\nrecords\/staff-directory\.yaml\n  13:\d+ +error +"example\.org" is an example address .* placeholder\n/);
    expect(lint.status).toBe(1);
    const broken = run('npx', ['--no-install', 'privrec', 'lint', '-f', 'sarif', 'privrec.yaml'], project);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout).runs[0].tool.driver.version).toBe(manifest.version);
  });

  it('offers the programmatic API as `import ... from "privrec"`', () => {
    const script =
      "import { Linter } from 'privrec'; const [r] = await new Linter({ cwd: process.cwd(), asOf: '2026-01-01', inlineConfig: true }).lintText('privrec: 1\\nid: x\\n', process.cwd() + '/x.yaml'); console.log(r.findings.length > 0);";
    const api = run('node', ['--input-type=module', '-e', script], project);
    expect(api.status, api.output).toBe(0);
    expect(api.stdout.trim()).toBe('true');
  });

  it('renders the notices with npx privrec render', () => {
    run('npx', ['--no-install', 'privrec', 'init'], project);
    const render = run('npx', ['--no-install', 'privrec', 'render', '--out', 'site'], project);
    expect(render.status, render.output).toBe(0);
    expect(readdirSync(join(project, 'site')).length).toBeGreaterThan(0);
  });

  it('installs only runtime dependencies', () => {
    const names = (args: string[]) => {
      const listed = run('npm', ['ls', '--all', '--parseable', ...args], project);
      expect(listed.status, listed.output).toBe(0);
      return listed.stdout
        .split('\n')
        .filter((line) => line.includes('node_modules'))
        .map((path) => {
          const parts = path
            .split(/[\\/]node_modules[\\/]/)
            .pop()!
            .split(/[\\/]/);
          return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
        });
    };
    const runtime = names(['--omit=dev']);
    expect(names([]).sort()).toEqual([...runtime].sort());
    expect(runtime).toEqual(expect.arrayContaining(['privrec', ...Object.keys(manifest.dependencies)]));
    // docx lists @types/node among its dependencies (type declarations only: nothing runs from it).
    const declaredByADependency = new Set(['@types/node']);
    expect(runtime.filter((name) => Object.hasOwn(manifest.devDependencies, name) && !declaredByADependency.has(name))).toEqual([]);
    expect(existsSync(join(project, 'node_modules/privrec/src'))).toBe(false);
  });
});

describe('npm pack, as the pre-commit framework reads it', () => {
  it('prints nothing but the tarball name on standard output, and leaves package.json as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'privrec-pack-'));
    const before = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const result = spawnSync('npm', ['pack', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${manifest.name}-${manifest.version}.tgz\n`);
    expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toBe(before);
    expect(existsSync(join(ROOT, 'package.json.orig'))).toBe(false);
  });
});
