import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/lint/engine.js';
import { tempProject } from '../helpers.js';
import { GDPR_RECORD } from '../rules/records.js';

/**
 * The complete GDPR record with three findings of judgement rules: updated long ago (review-due,
 * warning, line 6), a placeholder purpose (purpose-specific, warning, line 29) and a period
 * without its event (retention-start, strict only, line 58).
 */
const RECORD = GDPR_RECORD.replace('updated: "2026-06-01"', 'updated: "2020-01-01"')
  .replace('Teaching pupils at a distance.', 'Various purposes')
  .replace('    after: the end of the school year\n', '');

const RULES = new Set(['review-due', 'purpose-specific', 'retention-start']);

/** `line:column severity rule` of the judgement rules' findings, linting RECORD under `config`. */
async function lintUnder(config: string): Promise<string[]> {
  const dir = tempProject({ 'privrec.yaml': config, 'records/video.yaml': RECORD });
  const [result] = await new Linter({ cwd: dir, asOf: '2026-11-28', inlineConfig: true }).lintFiles([join(dir, 'records/video.yaml')]);
  return result!.findings.filter((f) => RULES.has(f.ruleId)).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);
}

describe('configuration in privrec.yaml', () => {
  it('runs the recommended preset at the rules’ own severities by default', async () => {
    expect(await lintUnder('regime: gdpr\n')).toEqual(['6:10 warning review-due', '29:5 warning purpose-specific']);
  });

  it('runs every rule as an error under `extends: strict`', async () => {
    expect(await lintUnder('regime: gdpr\nextends: strict\n')).toEqual(['6:10 error review-due', '29:5 error purpose-specific', '58:13 error retention-start']);
  });

  it('sets single rules off, warn or error (also as 0, 1, 2), over the preset', async () => {
    const config = 'regime: gdpr\nrules:\n  review-due: off\n  purpose-specific: error\n  retention-start: warn\n';
    expect(await lintUnder(config)).toEqual(['29:5 error purpose-specific', '58:13 warning retention-start']);
    expect(await lintUnder('regime: gdpr\nextends: strict\nrules:\n  review-due: 0\n  purpose-specific: 1\n')).toEqual(['29:5 warning purpose-specific', '58:13 error retention-start']);
  });

  it('reads `review_interval` for review-due', async () => {
    expect(await lintUnder('regime: gdpr\nreview_interval: P10Y\nrules:\n  purpose-specific: off\n')).toEqual([]);
  });
});
