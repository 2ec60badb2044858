// Builds dist/ when privrec is installed from its sources (a clone: `npm ci`, or pre-commit's
// `npm install` in its clone of the hook repository), and does nothing in an installed tarball,
// which ships dist/ built. Not `prepare`: npm prints a banner for it on the standard output of
// `npm pack`, where pre-commit reads the tarball's name. Prints nothing on standard output.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'src', 'cli.ts'))) await import('./build.mjs');
