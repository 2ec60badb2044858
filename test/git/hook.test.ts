import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { commitAll, gitRepository } from './helpers.js';

const record = (id: string, extra = '') => `privrec: 1\nid: ${id}\ntitle: Record ${id}\n${extra}`;

describe('as a git hook runs it: only the changed files, absolute paths, batches, standard input', () => {
  const repo = gitRepository({
    'privrec.yaml': 'regime: gdpr\n',
    'hr/hr-001.yaml': record('hr-001'),
    'it/duplicate.yaml': record('hr-001'),
    'eu/privrec.yaml': 'regime: eudpr\n',
    'eu/eu-001.yaml': record('eu-001'),
  });
  commitAll(repo, 'register');

  it('reports a duplicate id against the record that was not passed, given one file by absolute path from another directory', () => {
    const elsewhere = join(repo, 'eu');
    const result = runCli(['lint', join(repo, 'it/duplicate.yaml'), '--as-of', '2026-02-01'], { cwd: elsewhere });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^\.\.\/it\/duplicate\.yaml$/m);
    expect(result.stdout).toMatch(/The id `hr-001` is also used by .*hr\/hr-001\.yaml:2/);
    expect(result.stdout).not.toContain(repo);

    const json = runCli(['lint', '-f', 'json', join(repo, 'it/duplicate.yaml'), '--as-of', '2026-02-01'], { cwd: elsewhere });
    expect(JSON.parse(json.stdout)[0].filePath).toBe(join(repo, 'it/duplicate.yaml'));
  });

  it('finds each file its own config when a batch spans two registers', () => {
    const result = runCli(['lint', '-f', 'json', 'hr/hr-001.yaml', join(repo, 'eu/eu-001.yaml'), '--as-of', '2026-02-01'], { cwd: repo });
    const [eu, hr] = JSON.parse(result.stdout).sort((a: { filePath: string }, b: { filePath: string }) => a.filePath.localeCompare(b.filePath));
    const messages = (file: { messages: { message: string }[] }) => file.messages.map((m) => m.message).join('\n');
    expect(messages(eu)).toMatch(/Art\. 31/);
    expect(messages(eu)).not.toMatch(/Art\. 30\(/);
    expect(messages(hr)).toMatch(/Art\. 30/);
  });

  it('lints standard input as --stdin-filename: config from its directory, path relative, other records still seen', () => {
    const result = runCli(['lint', '--stdin', '--stdin-filename', 'eu/new.yaml', '--as-of', '2026-02-01'], { cwd: repo, input: record('eu-001') });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^eu\/new\.yaml$/m);
    expect(result.stdout).toMatch(/Art\. 31\(1\)/);
    expect(result.stdout).toMatch(/The id `eu-001` is also used by .*eu\/eu-001\.yaml/);

    const sarif = JSON.parse(runCli(['lint', '--stdin', '--stdin-filename', 'eu/new.yaml', '-f', 'sarif', '--as-of', '2026-02-01'], { cwd: join(repo, 'hr'), input: record('eu-001') }).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('hr/eu/new.yaml');
  });
});
