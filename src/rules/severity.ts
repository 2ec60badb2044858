import type { Config } from '../config.js';
import type { Severity } from '../model.js';
import type { RuleMeta } from './types.js';

/** The severity a rule runs at under a config, or 'off'. `strict` turns every rule on and warnings into errors. */
export function severityOf(rule: Pick<RuleMeta, 'id' | 'severity' | 'presets'>, config: Config): Severity | 'off' {
  const configured = config.rules[rule.id];
  if (configured === 'off') return 'off';
  if (configured === 'warn') return 'warning';
  if (configured === 'error') return 'error';
  if (config.preset === 'strict') return 'error';
  return rule.presets.includes(config.preset) ? rule.severity : 'off';
}
