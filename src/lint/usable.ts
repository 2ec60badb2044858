/**
 * The records a page or an export can be made of: linted, then sorted into those usable (with
 * their data as linted), those blocked by errors that would leave the output incomplete (usable
 * anyway with --force when they can be read), and those sharing an id. Shared by render and export.
 */
import type { Config } from '../config.js';
import type { FileResult, Finding } from '../model.js';
import type { RecordData } from '../record.js';
import { UNUSABLE_CHECKS } from '../rules/core.js';
import type { Linter } from './engine.js';

/** What the records are for: a kind of page, the site, or an export. */
export type Purpose = 'notice' | 'record' | 'register' | 'dpia' | 'site' | 'export';

export interface Renderable {
  file: string;
  record: RecordData;
  config: Config;
}

/** Errors that leave a rendered page incomplete: the record is not rendered unless --force. */
const BLOCKING: Record<Purpose, ReadonlySet<string>> = {
  notice: new Set([...UNUSABLE_CHECKS, 'notice-complete', 'party-ref']),
  record: new Set([...UNUSABLE_CHECKS, 'record-required', 'party-ref']),
  register: new Set([...UNUSABLE_CHECKS, 'party-ref']),
  dpia: new Set([...UNUSABLE_CHECKS, 'party-ref']),
  site: new Set([...UNUSABLE_CHECKS, 'notice-complete', 'record-required', 'party-ref']),
  export: new Set([...UNUSABLE_CHECKS, 'record-required', 'party-ref']),
};

/**
 * Lints the records and sorts them: those to render (with their data as linted), those blocked by findings
 * that would leave their page incomplete (rendered anyway with --force when they can be read),
 * and those sharing an id.
 */
export async function triage(linter: Linter, files: string[], purpose: Purpose, force: boolean): Promise<{ renderable: Renderable[]; blocked: FileResult[]; forced: string[] }> {
  const blocked: FileResult[] = [];
  const forced: string[] = [];
  const readable: Renderable[] = [];
  for (const result of await linter.lintFiles(files)) {
    const blocking = result.findings.filter((f) => f.severity === 'error' && BLOCKING[purpose].has(f.ruleId));
    if (blocking.length > 0 && !(force && blocking.every((f) => !UNUSABLE_CHECKS.has(f.ruleId)))) {
      blocked.push({ filePath: result.filePath, findings: blocking });
      continue;
    }
    if (blocking.length > 0) forced.push(result.filePath);
    // Anything that is not a mapping was reported as unusable above.
    if (!result.record) throw new Error(`${result.filePath} was linted without its data`);
    readable.push({ file: result.filePath, record: result.record, config: await linter.configFor(result.filePath) });
  }
  const sameId = duplicateIds(readable);
  return { renderable: readable.filter((item) => !sameId.files.has(item.file)), blocked: [...blocked, ...sameId.results], forced };
}

/** Records sharing an id would be written to the same file: none of them is rendered. */
function duplicateIds(items: readonly Renderable[]): { files: Set<string>; results: FileResult[] } {
  const byId = new Map<string, Renderable[]>();
  for (const item of items) byId.set(item.record.id, [...(byId.get(item.record.id) ?? []), item]);
  const results: FileResult[] = [];
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const item of same) {
      const others = same.filter((other) => other !== item).map((other) => other.file);
      const finding: Finding = {
        ruleId: 'unique-id',
        severity: 'error',
        message: `The id \`${id}\` is also the id of ${others.join(', ')}: their pages would overwrite each other.`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      };
      results.push({ filePath: item.file, findings: [finding] });
    }
  }
  return { files: new Set(results.map((r) => r.filePath)), results };
}
