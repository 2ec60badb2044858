// How each golden case is rendered: every kind in both formats for both audiences, into
// <name>/<audience>/, and the site into <name>/site/. Shared by golden.test.ts and
// scripts/update-golden.mjs, so that the files are checked exactly as they were made.
export const AS_OF = '2026-11-28';
const FORMATS = ['md', 'html'];
const AUDIENCES = ['public', 'internal'];

/** @param {{ name: string, records: string, kinds: string[], site: boolean }} goldenCase */
export function goldenRuns(goldenCase) {
  const runs = [];
  for (const audience of AUDIENCES) {
    for (const kind of goldenCase.kinds) {
      for (const format of FORMATS) {
        runs.push({ dir: audience, args: ['render', goldenCase.records, '--kind', kind, '--format', format, '--audience', audience, '--force', '--as-of', AS_OF, '--out', '{out}'] });
      }
    }
  }
  if (goldenCase.site) runs.push({ dir: 'site', args: ['render', goldenCase.records, '--site', '{out}', '--force', '--as-of', AS_OF] });
  return runs;
}
