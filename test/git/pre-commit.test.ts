/**
 * privrec as a hook of the real pre-commit framework (Debian's `pre-commit`, installed by .ci/run):
 * the hook installs from this repository as pre-commit installs any node hook (npm install in its
 * clone, npm pack, npm install -g of the tarball), a bad record is blocked with its findings, a
 * fixed one is committed, and a changed privrec.yaml is checked against the records it governs.
 * The hook is installed from this checkout's HEAD commit: CI runs on a clean clone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { requireTool, toolSkipped } from '../tools.js';
import { git, gitRepository } from './helpers.js';

const GOOD = (id: string) => `privrec: 1
id: ${id}
title: Payroll ${id}
updated: "2026-06-01"
controllers:
  - ref: company
purposes: [Paying salaries]
data_subjects: [Employees]
personal_data:
  - category: Bank details
recipients: []
transfers: []
retention:
  - data: all
    period: P10Y
    after: the end of the tax year
security: [Encrypted at rest]
`;
const CONFIG = (party: string) => `privrec: 1
regime: gdpr
records: ["records/**/*.yaml"]
parties:
  ${party}:
    name: Example GmbH
    contact: { email: datenschutz@example-gmbh.de }
`;

describe.skipIf(toolSkipped('pre-commit'))('the pre-commit hook, installed and run by the real pre-commit framework', () => {
  let dir: string;
  const home = mkdtempSync(join(tmpdir(), 'privrec-pre-commit-home-'));
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: home,
    PRE_COMMIT_COLOR: 'never',
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 't@test.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 't@test.invalid',
  };
  const commit = (message: string) => spawnSync('git', ['commit', '-q', '-m', message], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });

  beforeAll(() => {
    requireTool('pre-commit', 'pre-commit');
    dir = gitRepository({ 'privrec.yaml': CONFIG('company'), 'records/payroll.yaml': GOOD('payroll') });
    // The .pre-commit-config.yaml that `privrec init` writes, pointed at this checkout.
    expect(runCli(['init', dir]).status).toBe(0);
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    const initConfig = readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8');
    writeFileSync(join(dir, '.pre-commit-config.yaml'), initConfig.replace(/repo: .*/, `repo: ${ROOT}`).replace(/rev: .*/, `rev: ${head}`));
    const started = performance.now();
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: dir, encoding: 'utf8', env, timeout: 300_000 });
    expect(install.status, install.stdout + install.stderr).toBe(0);
    console.info(`pre-commit: hook installed in ${Math.round(performance.now() - started)} ms`);
    git(dir, 'add', '-A');
    const first = commit('a register that lints clean');
    expect(first.status, first.stdout + first.stderr).toBe(0);
  }, 360_000);

  it('blocks a bad record with its findings, and commits it once fixed', () => {
    writeFileSync(join(dir, 'records/training.yaml'), 'privrec: 1\nid: training\ntitle: Training\n');
    git(dir, 'add', '-A');
    const blocked = commit('a record missing its Art. 30(1) items');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toMatch(/records\/training\.yaml\n\s+1:1\s+error\s+`controllers` is required: Art\. 30\(1\)\(a\) GDPR/);
    expect(git(dir, 'log', '--format=%s')).not.toContain('missing its');

    writeFileSync(join(dir, 'records/training.yaml'), GOOD('training'));
    git(dir, 'add', '-A');
    const started = performance.now();
    const fixed = commit('the record, fixed');
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    console.info(`pre-commit: a commit of one record took ${Math.round(performance.now() - started)} ms`);
  });

  it('checks a changed privrec.yaml against the records it governs (a renamed party)', () => {
    writeFileSync(join(dir, 'privrec.yaml'), CONFIG('acme'));
    git(dir, 'add', '-A');
    const blocked = commit('rename the party');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toMatch(/records\/payroll\.yaml\n\s+6:10\s+error\s+`company` is not a party defined in privrec\.yaml/);
    git(dir, 'checkout', 'HEAD', '--', 'privrec.yaml');
  });

  it('leaves YAML files that are not records alone', () => {
    // Passed by pre-commit (it is under records/), left alone by privrec: the `records` globs select *.yaml only.
    writeFileSync(join(dir, 'records/docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
    git(dir, 'add', '-A');
    const result = commit('a compose file beside the records');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
