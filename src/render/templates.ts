/**
 * The Handlebars environment: a private instance with privrec's helpers, the built-in templates
 * and partials of one output format, overridden by file name from the user's directory.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describeFsError, readSource } from '../load/source.js';
import { withoutControlCharacters } from '../text.js';
import { registerHelpers } from './helpers.js';
import { escapeMustachesForMarkdown } from './markdown.js';
import type { Format, Kind } from './view-model.js';

const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const KINDS: readonly Kind[] = ['notice', 'record', 'register', 'dpia'];

/** A template that cannot be read, parsed or rendered: privrec names the file and line and exits 2. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}${column !== undefined ? `:${column + 1}` : ''}` : ''}: ${reason}`);
  }
}

type Template = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** Renders a page; throws TemplateError naming the template (or partial) that failed. */
export type Page = (view: object) => string;

/**
 * The templates of a directory for one format, by name: `<name>.<format>.hbs`, or `<name>.hbs`
 * for text shared by both formats (the format's own file wins). A missing directory has none
 * unless it is required.
 */
async function templateFiles(dir: string, format: Format, required: boolean): Promise<Map<string, string>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new TemplateError(dir, `the templates directory cannot be read: ${describeFsError(error)}`);
  }
  const files = new Map<string, string>();
  for (const fileName of names.sort()) {
    const [, name, ownFormat] = /^(.+?)(?:\.(md|html))?\.hbs$/.exec(fileName) ?? [];
    if (!name || (ownFormat && ownFormat !== format)) continue;
    if (ownFormat || !files.has(name)) files.set(name, join(dir, fileName));
  }
  return files;
}

/**
 * Page templates are `<kind>.<format>.hbs`, partials `partials/<name>[.<format>].hbs`. A user's
 * file of the same name replaces the built-in one, at the top of the directory or in `partials/`;
 * other user files become additional partials.
 */
async function templateSources(kind: Kind, format: Format, userDir: string | undefined): Promise<{ page: string; partials: Map<string, string> }> {
  let page = join(BUILTIN_TEMPLATES, `${kind}.${format}.hbs`);
  const partials = await templateFiles(join(BUILTIN_TEMPLATES, 'partials'), format, true);
  if (userDir) {
    const user = new Map([...(await templateFiles(userDir, format, true)), ...(await templateFiles(join(userDir, 'partials'), format, false))]);
    for (const [name, file] of user) {
      if (name === kind) page = file;
      else if (!(KINDS as readonly string[]).includes(name)) partials.set(name, file);
    }
  }
  return { page, partials };
}

/** The line and column Handlebars reports, and its message without the trailing " - line:column". */
function templateError(error: unknown, file: string): TemplateError {
  if (error instanceof TemplateError) return error;
  const exception = error as { message?: string; lineNumber?: number; column?: number };
  const message = String(exception.message ?? error);
  const parse = /^Parse error on line (\d+):\n([\s\S]*)$/.exec(message);
  if (parse) return new TemplateError(file, `syntax error\n${parse[2]}`, Number(parse[1]));
  const reason = message
    .replace(/ - \d+:\d+$/, '')
    .replace(/^("[^"]+") not defined in \[object Object\]$/, '$1 is neither a field of the data here nor a helper')
    .replace(/^("[^"]+") not defined in (?:null|undefined)$/, '$1 cannot be read: the value it belongs to is empty (test it with {{#if}} first)');
  return new TemplateError(file, reason, exception.lineNumber, exception.column);
}

/** The page template of `kind` in `format`, with every partial registered, ready to render. */
export async function loadPage(kind: Kind, format: Format, userDir?: string): Promise<Page> {
  const env = Handlebars.create();
  registerHelpers(env, format);
  const { page, partials } = await templateSources(kind, format, userDir);

  const compile = async (file: string): Promise<Template> => {
    // The guard every input passes: regular files only (a FIFO would block the read), size and encoding checked.
    const read = readSource(file);
    if (!read.ok) throw new TemplateError(file, `the template cannot be read: ${read.message.replace(/^The file /, 'the file ').replace(/\.$/, '')}`);
    const source = read.text;
    let compiled: Template;
    try {
      let ast = env.parse(source);
      if (format === 'md') ast = escapeMustachesForMarkdown(ast, (name) => Object.hasOwn(env.helpers, name));
      compiled = env.compile(ast, { strict: true });
    } catch (error) {
      throw templateError(error, file);
    }
    // The innermost template that fails names itself: outer ones pass its error on unchanged.
    return (context, options) => {
      try {
        return compiled(context, options);
      } catch (error) {
        throw templateError(error, file);
      }
    };
  };

  for (const [name, file] of partials) env.registerPartial(name, await compile(file));
  const render = await compile(page);
  return (view) => withoutControlCharacters(render(view));
}
