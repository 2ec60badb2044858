/** The rules' shared helpers where the rule tables reach them only with whole days. */
import { describe, expect, it } from 'vitest';
import { addDuration, citeHeld } from '../../src/rules/support.js';

describe('addDuration', () => {
  it.each([
    ['2026-01-31', 'P1M', '2026-02-28'],
    ['2024-01-31', 'P1M', '2024-02-29'],
    ['2026-01-01', 'P1Y2W3D', '2027-01-18'],
    ['2026-01-01', 'PT36H', '2026-01-02'],
    ['2026-01-01', 'P1DT24H', '2026-01-03'],
    ['2026-01-01', 'PT1439M', '2026-01-01'],
    ['2026-01-01', 'PT1440M', '2026-01-02'],
    ['2026-01-01', 'PT23H59M60S', '2026-01-02'],
    ['2026-01-01', 'PT86399S', '2026-01-01'],
  ])('%s + %s = %s: whole days of the time part count', (date, duration, expected) => {
    expect(addDuration(date, duration)).toBe(expected);
  });

  it('refuses what is not a duration, naming it', () => {
    expect(() => addDuration('2026-01-01', '6 months')).toThrow(new RangeError('not an ISO 8601 duration: 6 months'));
  });
});

describe('citeHeld', () => {
  it('cites the article a regime has', () => {
    expect(citeHeld('gdpr', 'dpo_designation')).toBe('Art. 37(1)(a) GDPR');
  });

  it('names the regime and the article it lacks: a rule that cites it must not run there', () => {
    expect(() => citeHeld('fadp', 'dpo_designation')).toThrow('FADP has no article for dpo_designation');
  });
});
