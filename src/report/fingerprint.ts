import { createHash } from 'node:crypto';
import type { FileResult, Finding } from '../model.js';
import { repositoryPath } from './text.js';
import type { FormatContext } from './types.js';

// In a module of its own so that only the formats that fingerprint (sarif, gitlab) load node:crypto.

export interface FingerprintedFinding {
  finding: Finding;
  /** Path relative to the repository root. */
  path: string;
  fingerprint: string;
}

/**
 * Every finding with a fingerprint that survives unrelated edits: a hash of the rule, the
 * repository path, the message and the text of the finding's line (not its number). Identical
 * findings in one file are told apart by their order, as GitHub's own line hashes are (`hash:n`).
 */
export function fingerprintedFindings(results: FileResult[], context: FormatContext): FingerprintedFinding[] {
  return results.flatMap((result) => {
    const lines = context.source?.(result.filePath)?.split(/\r?\n/) ?? [];
    const path = repositoryPath(result.filePath, context);
    const seen = new Map<string, number>();
    return result.findings.map((finding) => {
      const lineText = lines[finding.line - 1]?.trim() ?? '';
      const hash = createHash('sha256').update([finding.ruleId, path, finding.message, lineText].join('\0')).digest('hex').slice(0, 32);
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      return { finding, path, fingerprint: `${hash}:${occurrence}` };
    });
  });
}
