/**
 * A regime is a folder of data: a fictitious one, the "Atlantis Data Act" of
 * test/fixtures/regimes/atlantis/, is dropped into a copy of privrec's sources, the copy is built
 * as a user would build it (npm run build), and `init`, `lint` and `render` work under it, citing
 * its own articles and naming its authority. Not a line of code differs between the copy and the
 * repository: the build reads the folder, and nothing else names a regime.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const COPIED = ['bin', 'scripts', 'src', 'schemas', 'templates', 'mappings', 'package.json', 'tsconfig.json'];

let copy: string;
const run = (args: string[], cwd: string) => {
  const result = spawnSync(process.execPath, [join(copy, 'bin', 'privrec.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const codeFiles = (root: string) =>
  readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.c?ts$/.test(name) && !name.startsWith('generated'))
    .sort();

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'privrec-atlantis-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, filter: (source) => !source.includes(join('src', 'generated')) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  cpSync(join(ROOT, 'test/fixtures/regimes/atlantis'), join(copy, 'src/law/regimes/atlantis'), { recursive: true });
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
  expect(build.status, build.stderr).toBe(0);
}, 150_000);

describe('a regime defined only as data (test/fixtures/regimes/atlantis/)', () => {
  it('needs no code: every source file of the copy is the repository’s', () => {
    expect(codeFiles(copy)).toEqual(codeFiles(ROOT));
    for (const name of codeFiles(ROOT)) expect(readFileSync(join(copy, 'src', name), 'utf8'), name).toBe(readFileSync(join(ROOT, 'src', name), 'utf8'));
  });

  it('is offered wherever a regime is chosen: the schemas and `init --regime`', () => {
    const schema = JSON.parse(readFileSync(join(copy, 'schemas/record.schema.json'), 'utf8'));
    expect(schema.$defs.regimeId.enum).toContain('atlantis');
    expect(run(['init', '--regime', 'nowhere', mkdtempSync(join(tmpdir(), 'privrec-'))], copy).stderr).toContain('atlantis');
    expect(run(['init', '--help'], copy).stdout).toContain('atlantis');
    expect(run(['new', '--help'], copy).stdout).toContain('atlantis');
  });

  it('init writes its register, whose only findings are the example addresses to replace', () => {
    const project = mkdtempSync(join(tmpdir(), 'privrec-atlantis-project-'));
    expect(run(['init', '--regime', 'atlantis', '--organisation', 'Atlantis Widgets', '.'], project).status).toBe(0);
    expect(readFileSync(join(project, 'privrec.yaml'), 'utf8')).toContain('regime: atlantis');
    const lint = run(['lint', '.', '--format', 'json'], project);
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[]).flatMap((file) => file.messages);
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(['placeholder']));
  });

  it('lint cites its articles and reads its grounds', () => {
    const project = mkdtempSync(join(tmpdir(), 'privrec-atlantis-lint-'));
    writeFileSync(join(project, 'privrec.yaml'), 'privrec: 1\nregime: atlantis\n');
    writeFileSync(join(project, 'record.yaml'), 'privrec: 1\nid: r\ntitle: Widgets\nupdated: "2026-06-01"\nlegal_basis:\n  - article: "5(1)(a)"\n');
    const lint = run(['lint', '.', '--format', 'json', '--as-of', '2026-11-28'], project);
    const messages = (JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((file) => file.messages);
    expect(messages.find((m) => m.ruleId === 'record-required' && m.message.startsWith('`purposes`'))?.message).toContain('§ 12(1)(b) ADA requires the purposes of the processing');
    expect(messages.find((m) => m.ruleId === 'legal-basis-valid')?.message).toContain(
      'Art. 5(1)(a) of 2018/1725 is a ground of another regulation: this record is kept under Atlantis Data Act, where the ground is § 6(1)(e) ADA.',
    );
    expect(lint.status).toBe(1);
  });

  it('render writes its notice, under its articles, naming its authority', () => {
    const project = mkdtempSync(join(tmpdir(), 'privrec-atlantis-render-'));
    writeFileSync(join(project, 'privrec.yaml'), 'privrec: 1\nregime: atlantis\n');
    writeFileSync(
      join(project, 'record.yaml'),
      [
        'privrec: 1',
        'id: widgets',
        'title: Widget orders',
        'updated: "2026-06-01"',
        'controllers: [{ name: Atlantis Widgets, contact: { email: privacy@widgets.example } }]',
        'purposes: [Delivering widgets]',
        'legal_basis: [{ article: 6(1)(b) }]',
        'data_subjects: [Customers]',
        'personal_data: [{ category: Delivery address, source: data_subject }]',
        'recipients: []',
        'transfers: []',
        'retention: [{ data: all, period: P1Y, after: delivery }]',
        'security: [Encrypted]',
        'automated_decisions: { used: false }',
        'notice: { requirement: Needed to deliver., rights_contact: privacy@widgets.example }',
        '',
      ].join('\n'),
    );
    expect(run(['lint', '.', '--as-of', '2026-11-28'], project).stdout).toBe('');
    const render = run(['render', '.', '--kind', 'notice', '--format', 'md', '--out', 'out'], project);
    expect(render.status, render.stderr).toBe(0);
    const notice = readFileSync(join(project, 'out', 'widgets.notice.md'), 'utf8');
    expect(notice).toContain('The following information is given pursuant to §§ 8 and 9 ADA.');
    expect(notice).toContain('**§ 6(1)(b) ADA**');
    expect(notice).toContain('the Atlantis Data Commission');
    expect(notice).not.toMatch(/GDPR|2018\/1725/);
  });
});
