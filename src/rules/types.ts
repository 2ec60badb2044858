import type { Config } from '../config.js';
import type { DataPath, Regime, Severity, SourceRange } from '../model.js';
import type { RecordData, Role } from '../record.js';

export type Preset = 'recommended' | 'strict';

export interface RuleMeta {
  /** Public, stable id (part of the interface: config, suppressions, SARIF). */
  id: string;
  /** One line, shown by `privrec rules`. */
  description: string;
  /** The articles the rule enforces, per regime, e.g. { eudpr: ['Art. 31(1)(f)'], gdpr: ['Art. 30(1)(f)'] }. */
  articles: Partial<Record<Regime, string[]>>;
  /** The regimes the rule is restricted to; absent, it applies under every regime (what differs comes from the regime's data). */
  regimes?: Regime[];
  /**
   * The records the rule checks: a controller's (the default) and, where listed, a processor's
   * (`role: processor`), which holds only what Art. 31(2) / Art. 30(2) asks of it.
   */
  roles?: readonly Role[];
  /** Severity when enabled by the preset and not configured. */
  severity: Severity;
  /** Presets that enable the rule. Every rule is in `strict`. */
  presets: Preset[];
  /**
   * `notice`: the rule checks what a data-protection notice must say, and runs only on records
   * whose notice privrec renders (`rendersNotice`). Default: the record itself.
   */
  scope?: 'notice';
}

export interface RecordContext {
  file: string;
  /** The record's data; the shape schema has passed, so keys have their schema types. */
  record: RecordData;
  /** The regime this run of the rule checks against; a record under several regimes is checked once per regime. */
  regime: Regime;
  /** Every regime the record answers to (`regime` among them). */
  regimes: readonly Regime[];
  config: Config;
  /** Whether the record's notice is rendered: messages cite the notice's articles only then. */
  rendersNotice: boolean;
  /** Evaluation date, YYYY-MM-DD (--as-of, default today). */
  asOf: string;
  /** Source range of the node at `path`: its key (prefer 'key') or its value. Missing paths fall back to the nearest ancestor. */
  locate(path: DataPath, prefer?: 'key' | 'value'): SourceRange;
  /**
   * Reports at the node at `path` (its value, or its key with prefer 'key'), or at an explicit
   * range. `fix`: the text that certainly replaces the value at `path` (`privrec lint --fix`).
   */
  report(problem: { path: DataPath; message: string; prefer?: 'key' | 'value'; fix?: string } | { range: SourceRange; message: string }): void;
}

/** What cross-record rules know of each record: small, extracted once, cacheable. */
export interface RecordFacts {
  file: string;
  id?: string;
  idRange?: SourceRange;
}

export interface RepositoryContext {
  /** Facts of every record in the repository, including those not being linted. */
  records: RecordFacts[];
  /** Files being linted: findings may only be reported in these. */
  linted: ReadonlySet<string>;
  report(file: string, range: SourceRange, message: string): void;
}

export interface RecordRule extends RuleMeta {
  kind: 'record';
  check(context: RecordContext): void;
}

export interface RepositoryRule extends RuleMeta {
  kind: 'repository';
  check(context: RepositoryContext): void;
}

export type Rule = RecordRule | RepositoryRule;
