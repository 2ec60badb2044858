/**
 * The CI integrations users copy or reference: the GitHub Action (action.yml) and the GitLab CI
 * template (ci/privrec.gitlab-ci.yml). Their shell steps run here as the runners run them, with
 * bash and npx, on the package packed from this checkout (the `version` input takes any npm spec).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempProject } from '../helpers.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let tarball: string;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'privrec-ci-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
  tarball = join(out, packed!.filename);
}, 120_000);

function register(): string {
  return tempProject({ 'privrec.yaml': 'privrec: 1\nregime: gdpr\n', 'records/r.yaml': 'privrec: 1\nid: r\ntitle: Payroll\n' });
}

const bash = (script: string, cwd: string, env: Record<string, string>) =>
  spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', ...env }, timeout: 120_000 });

describe('action.yml (GitHub Action)', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

  it('is a composite action with the documented inputs, uploading SARIF after a failed lint too', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['patterns', 'args', 'version', 'upload-sarif']);
    const [lint, upload] = action.runs.steps;
    expect(lint.shell).toBe('bash');
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(upload.if).toContain('!cancelled()');
  });

  it('its lint step annotates the findings and writes privrec.sarif, and fails the job on errors', () => {
    const dir = register();
    const result = bash(action.runs.steps[0].run, dir, { GITHUB_ACTION_PATH: ROOT, INPUT_PATTERNS: '', INPUT_ARGS: '--as-of 2026-11-28', INPUT_VERSION: `file:${tarball}` });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=records\/r\.yaml,line=1,col=1,.*title=privrec record-required::`controllers` is required/m);
    const sarif = JSON.parse(readFileSync(join(dir, 'privrec.sarif'), 'utf8'));
    expect(sarif.runs[0].tool.driver.version).toBe(manifest.version);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it("runs the action's own version by default", () => {
    const script: string = action.runs.steps[0].run;
    const version = bash(`${script.split('\n')[0]}\necho "$version"`, ROOT, { GITHUB_ACTION_PATH: ROOT, INPUT_VERSION: '' });
    expect(version.stdout.trim()).toBe(manifest.version);
  });
});

describe('ci/privrec.gitlab-ci.yml (GitLab CI)', () => {
  const template = parse(readFileSync(join(ROOT, 'ci/privrec.gitlab-ci.yml'), 'utf8'));

  it('pins the version this checkout is, and reports Code Quality and JUnit', () => {
    expect(template.variables.PRIVREC_VERSION).toBe(manifest.version);
    expect(template.privrec.artifacts.reports).toEqual({ codequality: 'gl-code-quality.json', junit: 'privrec-junit.xml' });
  });

  it('its script writes both reports and fails the job on errors', () => {
    const dir = register();
    const result = bash(template.privrec.script.join('\n'), dir, { PRIVREC_VERSION: `file:${tarball}`, PRIVREC_ARGS: '--as-of 2026-11-28' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('records/r.yaml');
    const quality = JSON.parse(readFileSync(join(dir, 'gl-code-quality.json'), 'utf8'));
    expect(quality[0]).toMatchObject({ check_name: expect.stringContaining('record-required'), location: { path: 'records/r.yaml' } });
    expect(existsSync(join(dir, 'privrec-junit.xml'))).toBe(true);
  });
});
