import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_REGIME, isRegime } from './law/index.js';
import type { Finding, Regime } from './model.js';
import type { Party } from './record.js';
import { readSource } from './load/source.js';
import { parseYaml } from './load/yaml.js';
import type { PositionIndex } from './load/positions.js';
import { validateConfigData } from './validate/schema.js';

export const CONFIG_NAMES = ['privrec.yaml', 'privrec.yml', '.privrec.yaml', '.privrec.yml'] as const;
export const DEFAULT_RECORD_GLOBS = ['**/*.{yml,yaml}'];
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export type RuleSetting = 'off' | 'warn' | 'error';

export interface Config {
  /** Absolute path of the config file; undefined when none was found. */
  path?: string;
  /** Directory that record globs and template paths are relative to. */
  dir: string;
  regime: Regime;
  language?: string;
  organisation?: string;
  /** Whether the records' notices are rendered (notice rules apply); undefined: records with a `notice` key. */
  notices?: boolean;
  records: string[];
  ignore: string[];
  parties: Record<string, Party>;
  supervisoryAuthority?: string | Party;
  reviewInterval: string;
  preset: 'recommended' | 'strict';
  rules: Record<string, RuleSetting>;
  templates?: string;
  /** Items made public or internal against the regime's defaults (render/visibility.ts). */
  visibility: Record<string, 'public' | 'internal'>;
  render: { out?: string; lang?: 'en' | 'de' | 'fr'; languages?: ('en' | 'de' | 'fr')[]; audience?: 'public' | 'internal' };
  positions?: PositionIndex;
}

/** A config that cannot be used: privrec exits 2 and shows these findings. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly findings: Finding[],
  ) {
    super(`${file}: ${findings[0]?.message ?? 'invalid configuration'}`);
  }
}

/** The regime a record is kept under: its own `regime`, else the config's default. */
/** The regimes a record answers to: those it names (`regime: gdpr` or `regime: [fadp, gdpr]`), else the config's. */
export function regimesOf(record: { regime?: unknown }, config: Config): Regime[] {
  const named = (Array.isArray(record.regime) ? record.regime : [record.regime]).filter(isRegime);
  return named.length > 0 ? [...new Set(named)] : [config.regime];
}

/** The record's first regime: the one its pages are laid out by. */
export function regimeOf(record: { regime?: unknown }, config: Config): Regime {
  return regimesOf(record, config)[0]!;
}

export function defaultConfig(dir: string): Config {
  return {
    dir,
    regime: DEFAULT_REGIME,
    records: DEFAULT_RECORD_GLOBS,
    ignore: [],
    parties: {},
    reviewInterval: 'P12M',
    preset: 'recommended',
    rules: {},
    visibility: {},
    render: {},
  };
}

/** The nearest config file at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

const SEVERITY_WORDS: Record<string, RuleSetting> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

export async function loadConfig(file: string): Promise<Config> {
  const source = readSource(file);
  const fail = (message: string, line = 1, column = 1): never => {
    throw new ConfigError(file, [{ ruleId: 'config', severity: 'error', message, line, column, endLine: line, endColumn: column }]);
  };
  if (!source.ok) return fail(source.message, source.line, source.column);
  const parsed = parseYaml(source.text);
  const problems = parsed.problems.filter((p) => !(p.ruleId === 'document' && parsed.data === null && /empty|no content/.test(p.message)));
  if (problems.length > 0) {
    throw new ConfigError(
      file,
      problems.map((p) => ({ ruleId: 'config', severity: 'error', message: p.message, ...p.range })),
    );
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const findings = validateConfigData(data, parsed.positions);
  if (findings.length > 0) throw new ConfigError(file, findings);

  const config = defaultConfig(dirname(file));
  config.path = file;
  config.positions = parsed.positions;
  if (data.regime) config.regime = data.regime as Regime;
  if (data.language) config.language = data.language as string;
  if (data.organisation) config.organisation = data.organisation as string;
  if (typeof data.notices === 'boolean') config.notices = data.notices;
  if (data.records) config.records = data.records as string[];
  if (data.ignore) config.ignore = data.ignore as string[];
  if (data.parties) config.parties = data.parties as Record<string, Party>;
  if (data.supervisory_authority) config.supervisoryAuthority = data.supervisory_authority as string | Party;
  if (data.review_interval) config.reviewInterval = data.review_interval as string;
  if (data.extends) config.preset = data.extends as Config['preset'];
  if (data.templates) config.templates = resolve(config.dir, data.templates as string);
  if (data.visibility) config.visibility = data.visibility as Config['visibility'];
  if (data.render) config.render = data.render as Config['render'];
  for (const [id, value] of Object.entries((data.rules ?? {}) as Record<string, unknown>)) {
    config.rules[id] = SEVERITY_WORDS[String(value)]!;
  }
  return config;
}

/** Finds and loads configs, once per directory and once per file. */
export class ConfigResolver {
  private readonly byFile = new Map<string, Promise<Config>>();
  private readonly byDir = new Map<string, string | undefined>();

  constructor(
    private readonly explicit?: string,
    private readonly fallbackDir = process.cwd(),
  ) {}

  /** The config governing a record in `dir`. */
  forDirectory(dir: string): Promise<Config> {
    const file = this.explicit ? resolve(this.explicit) : this.lookup(dir);
    if (!file) return Promise.resolve(defaultConfig(this.fallbackDir));
    let config = this.byFile.get(file);
    if (!config) {
      config = loadConfig(file);
      this.byFile.set(file, config);
    }
    return config;
  }

  private lookup(dir: string): string | undefined {
    if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
    return this.byDir.get(dir);
  }
}
