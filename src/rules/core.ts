import type { RuleMeta } from './types.js';

/**
 * Findings that privrec itself reports before and around the rules. Only `suppression`
 * can be configured: the others mean the file cannot be read as a record.
 */
export const CORE_CHECKS: readonly RuleMeta[] = [
  core('file', 'The file can be read: it exists, is UTF-8 text and is not too large.'),
  core('syntax', 'The file is well-formed YAML.'),
  core('duplicate-key', 'No key appears twice in one mapping (YAML would silently drop one).'),
  core('document', 'The file holds exactly one YAML document, and it is a mapping.'),
  core('schema', 'The record has the shape of schemas/record.schema.json: known keys, right types and formats.'),
  { ...core('suppression', 'Every `# privrec-disable-next-line` gives a reason and suppresses something.'), severity: 'warning' },
];

function core(id: string, description: string): RuleMeta {
  return { id, description, articles: {}, regimes: ['eudpr', 'gdpr'], severity: 'error', presets: ['recommended', 'strict'] };
}
