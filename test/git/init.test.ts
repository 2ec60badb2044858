import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, tempProject } from '../helpers.js';
import { commitAll, git, reportedFiles } from './helpers.js';

const SCAFFOLD = ['privrec.yaml', 'records/staff-directory.yaml', '.pre-commit-config.yaml', '.github/workflows/privrec.yml', '.vscode/settings.json', '.gitignore'];

describe('privrec init', () => {
  it.each(['gdpr', 'eudpr'])('scaffolds a %s register whose only findings are the example addresses to replace', (regime) => {
    const dir = tempProject({});
    const init = runCli(['init', 'register', '--regime', regime, '--organisation', 'ACME: "Data" & Co.'], { cwd: dir });
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    for (const file of SCAFFOLD) expect(init.stdout).toContain(`created ${join('register', file)}`);

    const register = join(dir, 'register');
    const lint = runCli(['lint', '--format', 'json'], { cwd: register });
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[]).flatMap((file) => file.messages);
    expect(messages.map(({ ruleId, line }) => `${ruleId}@${line}`)).toEqual(['placeholder@13']);
    expect(messages[0]!.message).toContain('"example.org" is an example address (RFC 2606), not a real one, left in `dpo.email`');
    expect(lint.status).toBe(1);

    const config = parse(readFileSync(join(register, 'privrec.yaml'), 'utf8'));
    expect(config.regime).toBe(regime);
    expect(config.parties['acme-data-co'].name).toBe('ACME: "Data" & Co.');
    expect(readFileSync(join(register, 'privrec.yaml'), 'utf8')).toMatch(/contact:\n\s+email: .* # TODO/);
    expect(Object.hasOwn(config, 'supervisory_authority')).toBe(regime === 'gdpr');
  });

  it('associates the published schemas with the files for editors', () => {
    const dir = tempProject({});
    runCli(['init'], { cwd: dir });
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'))['yaml.schemas'];
    const [configSchema, recordSchema] = Object.keys(settings);
    expect(settings[configSchema!]).toEqual(['privrec.yaml']);
    expect(settings[recordSchema!]).toContain('records/**/*.yaml');
    expect(configSchema).toMatch(/\/schemas\/config\.schema\.json$/);
    expect(recordSchema).toMatch(/\/schemas\/record\.schema\.json$/);
    expect(readFileSync(join(dir, 'records/staff-directory.yaml'), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${recordSchema}`);
    const workflow = parse(readFileSync(join(dir, '.github/workflows/privrec.yml'), 'utf8'));
    const steps = workflow.jobs.lint.steps.map((step: { run?: string; uses?: string }) => step.run ?? step.uses);
    expect(steps).toContainEqual(expect.stringMatching(/^npx --yes privrec@\S+ lint --format sarif --output-file privrec\.sarif --format github$/));
    expect(steps).toContainEqual(expect.stringMatching(/^github\/codeql-action\/upload-sarif@/));
    expect(workflow.jobs.lint.permissions['security-events']).toBe('write');
  });

  it('never overwrites a file, and leaves out the example when a config exists', () => {
    const dir = tempProject({ 'privrec.yml': 'regime: eudpr\n', '.vscode/settings.json': '{"mine": true}\n' });
    const result = runCli(['init'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('kept existing privrec.yml');
    expect(result.stdout).toContain('kept existing .vscode/settings.json');
    expect(result.stdout).toContain('created .pre-commit-config.yaml');
    expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe('{"mine": true}\n');
    expect(readFileSync(join(dir, 'privrec.yml'), 'utf8')).toBe('regime: eudpr\n');
    expect(runCli(['lint', '--no-error-on-unmatched-pattern'], { cwd: dir }).status).toBe(0);

    const again = runCli(['init'], { cwd: dir });
    expect(again.stdout).not.toContain('created');
  });

  it('refuses a bad regime or organisation with exit 2 and no stack trace', () => {
    const dir = tempProject({});
    const regime = runCli(['init', '--regime', 'ccpa'], { cwd: dir });
    expect(regime.status).toBe(2);
    expect(regime.stderr).toBe('privrec: --regime is one of eudpr, fadp, gdpr, uk-gdpr, not "ccpa".\n');
    const organisation = runCli(['init', '--organisation', 'two\nlines'], { cwd: dir });
    expect(organisation.status).toBe(2);
    expect(organisation.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives a register whose changed records a branch can lint', () => {
    const dir = tempProject({});
    runCli(['init'], { cwd: dir });
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, 'privrec init');
    git(dir, 'checkout', '-q', '-b', 'new-record');
    expect(runCli(['new', 'hr-002', '--dir', 'records'], { cwd: dir }).status).toBe(0);
    const result = runCli(['lint', '--changed', '-f', 'json'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(reportedFiles(result.stdout, dir)).toEqual(['records/hr-002.yaml']);
  });
});

describe('privrec new', () => {
  const requirements = (regime: string, kind: string) => JSON.parse(readFileSync(join(ROOT, `src/law/regimes/${regime}/${kind}.schema.json`), 'utf8')).required as string[];

  it.each(['gdpr', 'eudpr'])('writes a %s record with every required key, each placeholder an error at its TODO line', (regime) => {
    const dir = tempProject({ 'privrec.yaml': `regime: ${regime}\n` });
    const result = runCli(['new', 'hr-002', '--dir', 'records'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('created records/hr-002.yaml: replace the values marked TODO (privrec lint records/hr-002.yaml lists them).\n');

    const text = readFileSync(join(dir, 'records/hr-002.yaml'), 'utf8');
    const record = parse(text);
    expect(record).toMatchObject({ privrec: 1, id: 'hr-002', regime });
    for (const key of [...requirements(regime, 'record'), ...requirements(regime, 'notice')]) expect(Object.keys(record)).toContain(key);

    const lint = JSON.parse(runCli(['lint', '-f', 'json', 'records/hr-002.yaml'], { cwd: dir }).stdout);
    const lines = text.split('\n');
    const todoLines = lines.flatMap((line, index) => (/# TODO/.test(line) && !/^\s*#/.test(line) ? [index + 1] : []));
    const reportedLines = new Set(lint[0].messages.map((m: { line: number }) => m.line));
    expect(todoLines.filter((line) => !reportedLines.has(line))).toEqual([]);
  });

  it('takes the regime from the governing privrec.yaml unless --regime says otherwise', () => {
    const dir = tempProject({ 'privrec.yaml': 'regime: eudpr\n' });
    runCli(['new', 'a-1'], { cwd: dir });
    runCli(['new', 'a-2', '--regime', 'gdpr'], { cwd: dir });
    expect(parse(readFileSync(join(dir, 'a-1.yaml'), 'utf8')).regime).toBe('eudpr');
    expect(parse(readFileSync(join(dir, 'a-2.yaml'), 'utf8')).regime).toBe('gdpr');
  });

  it('refuses an existing file or an invalid id with exit 2, and changes nothing', () => {
    const dir = tempProject({ 'hr-001.yaml': 'mine\n' });
    const exists = runCli(['new', 'hr-001'], { cwd: dir });
    expect(exists.status).toBe(2);
    expect(exists.stderr).toBe('privrec: hr-001.yaml already exists: privrec new never overwrites a record.\n');
    expect(readFileSync(join(dir, 'hr-001.yaml'), 'utf8')).toBe('mine\n');
    const twin = tempProject({ 'hr-003.yml': 'mine\n', file: 'not a directory\n' });
    expect(runCli(['new', 'hr-003'], { cwd: twin }).stderr).toBe('privrec: hr-003.yml already exists: privrec new never overwrites a record.\n');
    const notDirectory = runCli(['new', 'hr-004', '--dir', 'file/records'], { cwd: twin });
    expect(notDirectory.status).toBe(2);
    expect(notDirectory.stderr).toMatch(/^privrec: file\/records cannot be created \(/);
    for (const id of ['../escape', 'a/b', 'has space', '.hidden', '']) {
      const bad = runCli(['new', id], { cwd: dir });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/is not a valid record id/);
    }
  });
});
