// `npm pack` and `npm publish` ship package.json without the `prepare` build: in an installed
// tarball dist/ is built already, and npm warns about any install-time script of a package.
// `strip` (prepack) keeps the original beside it; `restore` (postpack) puts it back.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(root, 'package.json');
const original = join(root, 'package.json.orig');

if (process.argv[2] === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  const data = JSON.parse(text);
  for (const script of ['prepare', 'prepack', 'postpack']) delete data.scripts[script];
  writeFileSync(original, text);
  writeFileSync(manifest, `${JSON.stringify(data, null, 2)}\n`);
} else if (process.argv[2] === 'restore') {
  renameSync(original, manifest);
} else {
  console.error('usage: node scripts/manifest.mjs strip|restore');
  process.exit(2);
}
