/**
 * `privrec lsp` driven by a real LSP client over stdio (vscode-jsonrpc's message connection, the
 * layer VS Code's client is built on, as vscode-languageserver exports it): diagnostics at the
 * ranges `lint` reports, after each change, with the rule linked to its docs; quick fixes; hover;
 * completion; a clean shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node.js';
import { BIN, runCli, tempProject } from '../helpers.js';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription: { href: string };
  message: string;
}

const RECORD = `privrec: 1
id: lsp
transfers:
  - country: UK
    recipient: Support Ltd
    safeguard: { type: adequacy }
personal_data:
  - category: Logs
retention:
  - data: Logs
    period: 6 months
    after: collection
`;

describe('privrec lsp', () => {
  let dir: string;
  let uri: string;
  let server: ChildProcess;
  let client: MessageConnection;
  const published: { uri: string; version?: number; diagnostics: Diagnostic[] }[] = [];
  let waiting: { version: number; resolve: (value: Diagnostic[]) => void } | undefined;
  /** The diagnostics the server publishes for this version of the document. */
  const diagnosticsFor = (version: number) => new Promise<Diagnostic[]>((resolve) => (waiting = { version, resolve }));

  beforeAll(async () => {
    dir = tempProject({ 'privrec.yaml': 'privrec: 1\nregime: gdpr\nparties:\n  acme: { name: ACME GmbH }\n  host: { name: Host AG }\n', 'records/r.yaml': RECORD });
    uri = pathToFileURL(join(dir, 'records/r.yaml')).href;
    server = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
    client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      published.push(params);
      if (waiting && params.version === waiting.version) waiting.resolve(params.diagnostics);
    });
    client.listen();
    const init = await client.sendRequest<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
    });
    expect(init.serverInfo.name).toBe('privrec');
    expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
    client.sendNotification('initialized', {});
  });

  afterAll(() => {
    client?.dispose();
    server?.kill();
  });

  it('publishes the findings of lint on open, at the same ranges, every rule, linked to its docs', async () => {
    const diagnostics = diagnosticsFor(1);
    client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: RECORD } });
    const received = await diagnostics;
    const lint = JSON.parse(runCli(['lint', 'records/r.yaml', '--format', 'json'], { cwd: dir }).stdout)[0].messages as {
      ruleId: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
    }[];
    expect(received.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`).sort()).toEqual(
      lint.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`).sort(),
    );
    const country = received.find((d) => d.code === 'transfer-safeguard')!;
    expect(country.range).toEqual({ start: { line: 3, character: 13 }, end: { line: 3, character: 15 } });
    expect(country.severity).toBe(1);
    expect(country.codeDescription.href).toMatch(/\/docs\/rules\/transfer-safeguard\.md$/);
    expect(received.map((d) => d.code)).toContain('record-required');
  });

  it('publishes again after each change, with a quick fix for each certain fix', async () => {
    const started = performance.now();
    const diagnostics = diagnosticsFor(2);
    // A keystroke: "Logs" -> "Log" in the retention entry, which no longer names a category.
    client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 9, character: 13 }, end: { line: 9, character: 14 } }, text: '' }],
    });
    const received = await diagnostics;
    console.info(`privrec lsp: keystroke to diagnostics in ${Math.round(performance.now() - started)} ms`);
    expect(received.some((d) => d.code === 'retention-period' && d.message.startsWith('`Log` is not a category of `personal_data`'))).toBe(true);

    const fixable = received.filter((d) => d.code === 'transfer-safeguard' || (d.code === 'retention-period' && d.message.includes('did you mean')));
    const actions = await client.sendRequest<{ title: string; edit: { changes: Record<string, { range: Diagnostic['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
      context: { diagnostics: fixable },
    });
    expect(actions.map((action) => action.edit.changes[uri]!.map((edit) => `${edit.range.start.line}:${edit.range.start.character}-${edit.range.end.character} ${edit.newText}`)).flat()).toEqual([
      '3:13-15 GB',
      '10:12-20 P6M',
    ]);

    // The editor applies the quick fixes: the findings go.
    const afterFix = diagnosticsFor(3);
    client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: actions.flatMap((action) => action.edit.changes[uri]!.map((edit) => ({ range: edit.range, text: edit.newText }))).reverse(),
    });
    const fixed = await afterFix;
    expect(fixed.some((d) => d.code === 'transfer-safeguard' || d.message.includes('did you mean'))).toBe(false);
  });

  it('shows what a key means, and the article that requires it', async () => {
    const hover = await client.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 3 } });
    expect(hover?.contents.value).toContain('**retention**');
    expect(hover?.contents.value).toContain('Art. 30(1)(f) (GDPR): the time limits for erasure');
    expect(await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 30 } })).toBeNull();
  });

  it('completes enum values, never offering a value a rule rejects, and party refs', async () => {
    const change = diagnosticsFor(4);
    client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ text: `${readFileSync(join(dir, 'records/r.yaml'), 'utf8')}processors:\n  - ref: \nrecipients:\n  - name: X\n    type: \n` }],
    });
    await change;
    const refs = await client.sendRequest<{ label: string; detail: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 13, character: 9 } });
    expect(refs.map((item) => `${item.label} ${item.detail}`)).toEqual(['acme ACME GmbH', 'host Host AG']);
    const types = await client.sendRequest<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 16, character: 10 } });
    expect(types.map((item) => item.label)).toContain('processor');
    expect(types.map((item) => item.label)).not.toContain('adequacy');
  });

  it('leaves alone a YAML file that is no record, as `privrec lint` does when it is named: no findings, no hover', async () => {
    const text = 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n';
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/ci.yml'), text);
    const workflow = pathToFileURL(join(dir, '.github/workflows/ci.yml')).href;
    const diagnostics = diagnosticsFor(100);
    client.sendNotification('textDocument/didOpen', { textDocument: { uri: workflow, languageId: 'yaml', version: 100, text } });
    expect(await diagnostics).toEqual([]);
    expect(await client.sendRequest('textDocument/hover', { textDocument: { uri: workflow }, position: { line: 1, character: 1 } })).toBeNull();
    expect(runCli(['lint', '.github/workflows/ci.yml', '--debug'], { cwd: dir }).stderr).toContain('not a record');
  });

  it('shuts down cleanly', async () => {
    await client.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    client.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
