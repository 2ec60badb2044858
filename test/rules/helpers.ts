import { defaultConfig, type Config } from '../../src/config.js';
import { finishFindings, lintSource } from '../../src/lint/lint-source.js';
import type { Finding, Regime } from '../../src/model.js';

export interface LintRecordOptions {
  regime?: Regime;
  asOf?: string;
  config?: Partial<Config>;
  inlineConfig?: boolean;
}

/**
 * Lints YAML text as one record under a config made for the test; returns every finding. The
 * config renders notices (`notices: true`), so that the notice rules run unless a test says otherwise.
 */
export function lintRecord(yaml: string, options: LintRecordOptions = {}): Finding[] {
  const config: Config = { ...defaultConfig('/tmp'), regime: options.regime ?? 'gdpr', notices: true, ...options.config };
  const result = lintSource(yaml, '/tmp/record.yaml', { config, asOf: options.asOf ?? '2026-11-28', inlineConfig: options.inlineConfig ?? true });
  return finishFindings(result.findings, result.suppressions, config);
}
