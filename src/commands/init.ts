import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_NAMES } from '../config.js';
import { DEFAULT_REGIME, REGIMES, isRegime } from '../law/index.js';
import type { Regime } from '../model.js';
import { VERSION } from '../version.js';
import { UsageError, today, writeOut } from './terminal.js';
import { shownPath } from '../paths.js';

/** The repository that publishes privrec's pre-commit hook (.pre-commit-hooks.yaml). */
const HOOK_REPOSITORY = 'https://github.com/privrec/privrec';
const SCHEMA_BASE = `https://unpkg.com/privrec@${VERSION}/schemas`;

export function parseRegime(value: string, option: string): Regime {
  if (!isRegime(value)) throw new UsageError(`${option} is one of ${REGIMES.join(', ')}, not "${value}".`);
  return value;
}

/** A file `init` writes: templates/init/<name>, or one of the regime's own (src/law/regimes/<regime>/init/<name>). */
type Template = string | { regime: Regime; name: string };

function templateUrl(template: Template): URL {
  return typeof template === 'string' ? new URL(`../../templates/init/${template}`, import.meta.url) : new URL(`../law/regimes/${template.regime}/init/${template.name}`, import.meta.url);
}

/** Reads a template and fills its {{placeholders}}; a placeholder without a value is a bug. */
export async function fillTemplate(template: Template, values: Record<string, string>): Promise<string> {
  const url = templateUrl(template);
  const name = fileURLToPath(url);
  const text = await readFile(name, 'utf8');
  const common: Record<string, string> = { version: VERSION, today: today(), record_schema: `${SCHEMA_BASE}/record.schema.json`, config_schema: `${SCHEMA_BASE}/config.schema.json` };
  return text.replace(/\{\{([a-z_]+)\}\}/g, (_, key: string) => {
    const value = values[key] ?? common[key];
    if (value === undefined) throw new Error(`${name}: no value for {{${key}}}`);
    return value;
  });
}

/** A path as the user reads it: relative to the working directory. */

const cannotCreate = (path: string, error: unknown) => new UsageError(`${shownPath(path)} cannot be created (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);

/** Creates `file` with `text`, never replacing anything already there (even a dangling link). */
export async function createFile(file: string, text: string): Promise<boolean> {
  await mkdir(dirname(file), { recursive: true }).catch((error: unknown) => {
    throw cannotCreate(dirname(file), error);
  });
  try {
    await writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw cannotCreate(file, error);
  }
}

/** A party id from the organisation's name: "ACME GmbH" -> acme-gmbh. */
function partyId(organisation: string): string {
  const id = organisation
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return id || 'organisation';
}

export async function runInit(dir: string, options: { regime?: string; organisation?: string }): Promise<number> {
  const regime = parseRegime(options.regime ?? DEFAULT_REGIME, '--regime');
  const organisation = options.organisation?.trim() || 'My organisation';
  if (/[\u0000-\u001f\u007f]/.test(organisation)) throw new UsageError('--organisation: the name must be one line of text.');
  const target = resolve(dir);
  const existingConfig = CONFIG_NAMES.map((name) => join(target, name)).find((file) => existsSync(file));
  const values = { organisation: JSON.stringify(organisation), organisation_id: partyId(organisation), hook_repository: HOOK_REPOSITORY };
  const lines: string[] = [];
  const files: [template: Template, destination: string][] = [
    ['pre-commit-config.yaml', '.pre-commit-config.yaml'],
    ['github-workflow.yml', '.github/workflows/privrec.yml'],
    ['vscode-settings.json', '.vscode/settings.json'],
    ['gitignore', '.gitignore'],
  ];
  if (existingConfig) {
    lines.push(`kept existing ${shownPath(existingConfig)}`, 'skipped the example record: it names the parties of a new privrec.yaml');
  } else {
    files.unshift([{ regime, name: 'privrec.yaml' }, 'privrec.yaml'], [{ regime, name: 'example.yaml' }, 'records/staff-directory.yaml']);
  }
  for (const [template, destination] of files) {
    const file = join(target, destination);
    const created = await createFile(file, await fillTemplate(template, values));
    lines.push(`${created ? 'created' : 'kept existing'} ${shownPath(file)}`);
  }
  lines.push('', 'Next: replace the values marked TODO in privrec.yaml, then run privrec lint.', `New records: privrec new <id> --dir ${shownPath(join(target, 'records'))}`);
  writeOut(`${lines.join('\n')}\n`);
  return 0;
}
