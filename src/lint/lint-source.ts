import { regimesOf, type Config } from '../config.js';
import { citationPattern, regimeInfo } from '../law/index.js';
import type { Finding, Regime, Severity, SourceRange } from '../model.js';
import { rendersNotice, roleOf, type RecordData, type Role } from '../record.js';
import { parseYaml } from '../load/yaml.js';
import { validateRecordShape } from '../validate/schema.js';
import { CORE_CHECKS } from '../rules/core.js';
import { RULES } from '../rules/index.js';
import { severityOf } from '../rules/severity.js';
import type { RecordContext, RecordFacts, RecordRule } from '../rules/types.js';
import { applySuppressions, findSuppressions, type Suppression } from './suppressions.js';

export interface SourceLintOptions {
  config: Config;
  asOf: string;
  inlineConfig: boolean;
  /** Return the record's data with the result (render), so that it is not read twice. */
  keepRecord?: boolean;
}

export interface SourceLintResult {
  /** Findings before inline suppressions are applied (see finishFindings). */
  findings: Finding[];
  facts: RecordFacts;
  suppressions: Suppression[];
  /** The record's data, when asked for and the file holds a mapping. */
  record?: RecordData;
}

const SUPPRESSION = CORE_CHECKS.find((check) => check.id === 'suppression')!;

/** Lints one record's text: parse, shape, the regime's rules, suppressions. Never throws for bad input. */
export function lintSource(text: string, file: string, options: SourceLintOptions): SourceLintResult {
  const { config } = options;
  const parsed = parseYaml(text);
  const findings: Finding[] = parsed.problems.map((p) => ({ ruleId: p.ruleId, severity: 'error', message: p.message, ...p.range }));
  const facts: RecordFacts = { file };
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || findings.some((f) => f.ruleId === 'syntax')) {
    return { findings, facts, suppressions: [] };
  }
  const record = data as RecordData;
  if (typeof record.id === 'string') {
    facts.id = record.id;
    facts.idRange = parsed.positions.locate(['id']);
  }

  const shapeFindings = validateRecordShape(record, parsed.positions);
  findings.push(...shapeFindings);
  const regimes = regimesOf(record, config);
  const role = roleOf(record);
  const noticeRendered = rendersNotice(record, config);
  const byRegime = regimes.map((regime) => {
    const found: Finding[] = [];
    let running: RuleToRun;
    const context: RecordContext = {
      file,
      record,
      regime,
      regimes,
      config,
      rendersNotice: noticeRendered,
      asOf: options.asOf,
      locate: (path, prefer) => parsed.positions.locate(path, prefer),
      report(problem) {
        const range: SourceRange = 'range' in problem ? problem.range : parsed.positions.locate(problem.path, problem.prefer);
        const span = 'fix' in problem && problem.fix !== undefined ? parsed.positions.valueSpan(problem.path) : undefined;
        found.push({ ruleId: running.rule.id, severity: running.severity, message: problem.message, ...range, ...(span && { fix: { range: span, text: (problem as { fix: string }).fix } }) });
      },
    };
    for (running of rulesToRun(config, regime, role, noticeRendered)) runRule(running.rule, context, shapeFindings.length > 0, found);
    return { regime, found };
  });
  findings.push(...mergeRegimes(byRegime));

  const suppressions = options.inlineConfig ? findSuppressions(text) : [];
  return options.keepRecord ? { findings, facts, suppressions, record } : { findings, facts, suppressions };
}

interface RuleToRun {
  rule: RecordRule;
  severity: Severity;
}

const rulesToRunByConfig = new WeakMap<Config, Map<string, RuleToRun[]>>();

/** The record rules a config turns on for a record of this regime, role and notice, with their severities: chosen once, not per record. */
function rulesToRun(config: Config, regime: Regime, role: Role, noticeRendered: boolean): RuleToRun[] {
  let chosen = rulesToRunByConfig.get(config);
  if (!chosen) {
    chosen = new Map();
    rulesToRunByConfig.set(config, chosen);
  }
  const key = `${regime} ${role} ${noticeRendered}`;
  let rules = chosen.get(key);
  if (!rules) {
    rules = RULES.flatMap((rule) => {
      if (rule.kind !== 'record' || !appliesUnder(rule, regime) || !(rule.roles ?? ['controller']).includes(role)) return [];
      if (rule.scope === 'notice' && !noticeRendered) return [];
      const severity = severityOf(rule, config);
      return severity === 'off' ? [] : [{ rule, severity }];
    });
    chosen.set(key, rules);
  }
  return rules;
}

/** Applies inline suppressions once every rule, repository rules included, has reported. */
export function finishFindings(findings: Finding[], suppressions: Suppression[], config: Config): Finding[] {
  return sortFindings(applySuppressions(findings, suppressions, severityOf(SUPPRESSION, config)));
}

/**
 * A rule applies under the regimes it names (all by default) that hold at least one of the
 * articles it enforces: joint-controller-arrangement has nothing to enforce under the FADP.
 */
export function appliesUnder(rule: Pick<RecordRule, 'regimes' | 'articles'>, regime: Regime): boolean {
  if (rule.regimes && !rule.regimes.includes(regime)) return false;
  const articles = rule.articles[regime];
  return articles === undefined || articles.length > 0;
}

/**
 * A record under several regimes is checked once per regime, and each mistake is reported once:
 * findings of one rule at one place are one finding, worded as the first regime words it and
 * citing where the others say the same ("The same applies under the GDPR: Art. 30(1) GDPR."). A
 * finding that only some of the record's regimes give names them (`regimes`, and their short
 * names before the message).
 */
function mergeRegimes(byRegime: readonly { regime: Regime; found: Finding[] }[]): Finding[] {
  if (byRegime.length === 1) return byRegime[0]!.found;
  const atPlace = new Map<string, { finding: Finding; regimes: Regime[]; others: { regime: Regime; message: string }[] }>();
  for (const { regime, found } of byRegime) {
    for (const finding of found) {
      // A rule may report twice at one place under one regime: the second meets the other regimes' second.
      const place = `${finding.ruleId}\u0000${finding.line}:${finding.column}`;
      let nth = 0;
      while (atPlace.get(`${place}\u0000${nth}`)?.regimes.includes(regime)) nth++;
      const key = `${place}\u0000${nth}`;
      const known = atPlace.get(key);
      if (!known) {
        atPlace.set(key, { finding, regimes: [regime], others: [] });
        continue;
      }
      known.regimes.push(regime);
      if (finding.message !== known.finding.message) known.others.push({ regime, message: finding.message });
    }
  }
  return [...atPlace.values()].map(({ finding, regimes, others }) => {
    const also = others.map(({ regime, message }) => {
      const cited = [...new Set(message.match(citationPattern(regime)) ?? [])];
      return ` The same applies under ${regimeInfo(regime).short_name}${cited.length > 0 ? `: ${cited.join(', ')}` : ''}.`;
    });
    const message = `${finding.message}${also.join('')}`;
    return regimes.length === byRegime.length ? { ...finding, message } : { ...finding, regimes, message: `${regimes.map((regime) => regimeInfo(regime).short_name).join(', ')}: ${message}` };
  });
}

/**
 * Rules may assume a record of the schema's shape. When the shape is wrong they may trip
 * over it; that is already reported as a schema finding, so their failure is not repeated.
 */
function runRule(rule: RecordRule, context: RecordContext, shapeIsWrong: boolean, findings: Finding[]): void {
  try {
    rule.check(context);
  } catch (error) {
    if (shapeIsWrong) return;
    const reason = error instanceof Error ? error.message : String(error);
    findings.push({
      ruleId: rule.id,
      severity: 'error',
      message: `Rule ${rule.id} failed on this record (${reason}). Please report this as a privrec bug.`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    });
  }
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}
