/** How a rule's severity is decided from privrec.yaml's `rules`, its preset and the rule's own default. */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type Config, type RuleSetting } from '../../src/config.js';
import { severityOf } from '../../src/rules/severity.js';

const rule = { id: 'x', severity: 'error' as const, presets: ['recommended' as const, 'strict' as const] };
const warningRule = { ...rule, severity: 'warning' as const };
const strictOnly = { ...rule, presets: ['strict' as const] };

function config(preset: Config['preset'], setting?: RuleSetting): Config {
  return { ...defaultConfig('/tmp'), preset, rules: setting ? { x: setting } : {} };
}

describe('severityOf', () => {
  it.each([
    ['a setting wins over the preset: warn under strict', rule, config('strict', 'warn'), 'warning'],
    ['a setting wins over the rule: error for a warning rule', warningRule, config('recommended', 'error'), 'error'],
    ['off wins over everything', rule, config('strict', 'off'), 'off'],
    ['strict makes every rule an error', warningRule, config('strict'), 'error'],
    ['strict turns on a rule of no other preset', strictOnly, config('strict'), 'error'],
    ["a preset gives the rule's own severity", warningRule, config('recommended'), 'warning'],
    ['a rule outside the preset is off', strictOnly, config('recommended'), 'off'],
  ] as const)('%s', (_, meta, settings, expected) => {
    expect(severityOf(meta, settings)).toBe(expected);
  });
});
