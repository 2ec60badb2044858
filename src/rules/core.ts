import type { RuleMeta } from './types.js';

export interface CoreCheck extends RuleMeta {
  /** A `# privrec-disable-next-line` can silence it. */
  suppressible: boolean;
  /** With this finding the file's data is not a record that can be used: `render` refuses it, --force or not. */
  unusable: boolean;
}

/**
 * Findings that privrec itself reports before and around the rules. Only `suppression`
 * can be configured: the others mean the file cannot be read as a record.
 */
export const CORE_CHECKS: readonly CoreCheck[] = [
  core('file', 'The file can be read: it exists, is UTF-8 text and is not too large.', { suppressible: false, unusable: true }),
  core('syntax', 'The file is well-formed YAML.', { suppressible: false, unusable: true }),
  core('duplicate-key', 'No key appears twice in one mapping (YAML would silently drop one).', { suppressible: true, unusable: true }),
  core('document', 'The file holds exactly one YAML document, and it is a mapping.', { suppressible: false, unusable: true }),
  core('schema', 'The record has the shape of schemas/record.schema.json: known keys, right types and formats.', { suppressible: true, unusable: true }),
  { ...core('suppression', 'Every `# privrec-disable-next-line` gives a reason and suppresses something.', { suppressible: false, unusable: false }), severity: 'warning' },
];

const idsWhere = (test: (check: CoreCheck) => boolean): ReadonlySet<string> => new Set(CORE_CHECKS.filter(test).map((check) => check.id));
export const UNSUPPRESSIBLE_CHECKS = idsWhere((check) => !check.suppressible);
export const UNUSABLE_CHECKS = idsWhere((check) => check.unusable);

function core(id: string, description: string, properties: Pick<CoreCheck, 'suppressible' | 'unusable'>): CoreCheck {
  return { id, description, articles: {}, severity: 'error', presets: ['recommended', 'strict'], ...properties };
}
