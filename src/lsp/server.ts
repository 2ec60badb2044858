/**
 * privrec as a Language Server (LSP over stdio): the findings of `privrec lint`, every rule, as
 * diagnostics while the user types, the rule linked to its docs; hover on a key for its meaning
 * and article; completion of enum values and party refs; the `--fix` fixes as quick fixes.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Linter } from '../lint/engine.js';
import { notARecord } from '../load/discover.js';
import { regimeInfo, type Regime } from '../law/index.js';
import { schemaNamed } from '../validate/messages.js';
import { regimeOf } from '../config.js';
import type { Finding, Fix } from '../model.js';
import { VERSION } from '../version.js';
import { today } from '../commands/terminal.js';

const DOCS = `https://github.com/privrec/privrec/blob/v${VERSION}/docs/rules`;

interface SchemaNode {
  description?: string;
  enum?: unknown[];
  'x-invalid'?: string[];
  'x-article'?: string;
  'x-requirement'?: string;
  properties?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

const schema = (name: 'record' | `${Regime}-record` | `${Regime}-notice`): SchemaNode => schemaNamed(name) as SchemaNode;

/** The schema of the value at a path of keys (list items passed through), with what its $ref and items stand for. */
function schemaAt(root: SchemaNode, keys: readonly string[]): SchemaNode | undefined {
  const defs = (root.$defs ?? {}) as Record<string, SchemaNode>;
  const resolve = (node: SchemaNode): SchemaNode => {
    let current = node;
    while (typeof current.$ref === 'string' && current.$ref.startsWith('#/$defs/')) current = { ...defs[current.$ref.slice(8)]!, ...current, $ref: undefined };
    if (current.items && typeof current.items === 'object') return { ...resolve(current.items as SchemaNode), description: current.description ?? (current.items as SchemaNode).description };
    return current;
  };
  let node: SchemaNode | undefined = root;
  for (const key of keys) {
    const resolved: SchemaNode = resolve(node);
    const alternatives = [resolved, ...((resolved.anyOf ?? resolved.oneOf ?? []) as SchemaNode[]).map(resolve)];
    node = alternatives.map((alternative) => alternative.properties?.[key]).find((found) => found !== undefined);
    if (!node) return undefined;
  }
  return resolve(node);
}

/** A line that starts a mapping entry: its indentation (with a list item's dash) and its key. */
const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):/;

/** The keys from the document's root down to the key on line `line` (by indentation, as YAML nests them). */
function keyPath(lines: readonly string[], line: number): string[] {
  const own = KEY_LINE.exec(lines[line] ?? '');
  if (!own) return [];
  const path = [own[2]!];
  let indent = own[1]!.length;
  for (let above = line - 1; above >= 0 && indent > 0; above--) {
    const match = KEY_LINE.exec(lines[above]!);
    if (!match || match[1]!.length >= indent) continue;
    path.unshift(match[2]!);
    indent = match[1]!.length;
  }
  return path;
}

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const linter = new Linter({ cwd: process.cwd(), asOf: today(), inlineConfig: true });
  const recordSchema = schema('record');

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' '] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'privrec', version: VERSION },
  }));

  /**
   * Whether the document is a record, as `privrec lint` would take it when named (the config's
   * globs, `privrec: 1` without one): a CI workflow or a compose file open beside the records gets
   * no findings, no hover and no completion from privrec.
   */
  const isRecord = async (document: TextDocument): Promise<boolean> => {
    const file = fileURLToPath(document.uri);
    const config = await linter.configFor(file).catch(() => undefined);
    return config !== undefined && notARecord(file, config, document.getText()) === undefined;
  };

  const lint = async (document: TextDocument): Promise<void> => {
    const file = fileURLToPath(document.uri);
    const [result] = (await isRecord(document)) ? await linter.lintText(document.getText(), file).catch(() => [undefined]) : [undefined];
    if (documents.get(document.uri)?.version !== document.version) return; // a newer text is on its way
    const diagnostics = (result?.findings ?? []).map((finding) => diagnostic(document, finding));
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };
  // Fired on open too.
  documents.onDidChangeContent(({ document }) => void lint(document));
  documents.onDidClose(({ document }) => void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return context.diagnostics.flatMap((diagnostic): CodeAction[] => {
      const fix = (diagnostic.data as { fix?: Fix } | undefined)?.fix;
      if (!fix) return [];
      const range = { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) };
      return [
        {
          title: `Replace with ${fix.text} (privrec ${String(diagnostic.code)})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [textDocument.uri]: [{ range, newText: fix.text }] } },
        },
      ];
    });
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !(await isRecord(document))) return null;
    const lines = document.getText().split('\n');
    const key = keyAt(lines[position.line] ?? '', position.character);
    const path = key ? keyPath(lines, position.line) : [];
    const known = key ? schemaAt(recordSchema, path) : undefined;
    if (!key || !known?.description) return null;
    const config = await linter.configFor(fileURLToPath(textDocument.uri));
    const regime = regimeOf({}, config);
    const required = path.length === 1 ? (schema(`${regime}-record`).properties?.[key] ?? schema(`${regime}-notice`).properties?.[key]) : undefined;
    const article = required?.['x-article'] ? `\n\n${required['x-article']} (${regimeInfo(regime).short_name}): ${required['x-requirement']}.` : '';
    return { contents: { kind: 'markdown', value: `**${key}**: ${known.description}${article}` } };
  });

  connection.onCompletion(async ({ textDocument, position }): Promise<CompletionItem[]> => {
    const document = documents.get(textDocument.uri);
    if (!document || !(await isRecord(document))) return [];
    const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
    const entry = KEY_LINE.exec(line);
    // Completion of a value being typed right after the key.
    const key = entry && /^\s*\S*$/.test(line.slice(entry[0].length)) ? entry[2] : undefined;
    if (!key) return [];
    if (key === 'ref') {
      const config = await linter.configFor(fileURLToPath(textDocument.uri));
      return Object.entries(config.parties).map(([id, party]) => ({ label: id, kind: CompletionItemKind.Reference, detail: party.name }));
    }
    const node = schemaAt(recordSchema, keyPath(document.getText().split('\n'), position.line));
    const invalid = node?.['x-invalid'] ?? [];
    return (node?.enum ?? [])
      .map(String)
      .filter((value) => !invalid.includes(value))
      .map((value) => ({ label: value, kind: CompletionItemKind.EnumMember }));
  });

  documents.listen(connection);
  connection.listen();
}

/** A finding as an LSP diagnostic: 0-based positions, the rule as code with its docs, the fix kept for the quick fix. */
function diagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: `${DOCS}/${finding.ruleId}.md` },
    source: 'privrec',
    message: finding.message,
    ...(finding.fix && { data: { fix: finding.fix } }),
  };
}

/** The mapping key on a line when the cursor is on it (`  - category: x` -> category). */
function keyAt(line: string, character: number): string | undefined {
  const match = KEY_LINE.exec(line);
  if (!match) return undefined;
  const start = match[1]!.length;
  return character >= start && character <= start + match[2]!.length ? match[2] : undefined;
}
