import { CORE_CHECKS } from './core.js';
import { RULES } from './index.js';
import type { RuleMeta } from './types.js';

/** Every id a finding can carry: privrec's own checks, then the rules. */
export function ruleCatalogue(): RuleMeta[] {
  return [...CORE_CHECKS, ...RULES].map(({ id, description, articles, regimes, severity, presets }) => ({ id, description, articles, regimes, severity, presets }));
}
