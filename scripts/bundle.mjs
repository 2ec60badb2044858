// Bundles the CLI and the lint worker into CommonJS under dist/cli/ for bin/privrec.js. The ES
// modules in dist/ stay what `import 'privrec'` loads. Why a bundle: on Node 20, starting the ES module
// loader and resolving ~65 modules took ~20 ms of a ~140 ms `privrec lint <one file>`, and V8's code
// cache, which makes the rest cheap (see src/launch.cts), is open to CommonJS only.
import { join, relative } from 'node:path';
import { rolldown } from 'rolldown';

/** The chunk holding everything `privrec lint` loads; src/launch.cts loads it, by this name, with V8's code cache. */
const MAIN_CHUNK = 'main.cjs';

/** Bundles `<dist>/cli.js` into `<dist>/cli/`. */
export async function bundleCli(dist) {
  const outDir = join(dist, 'cli');
  const imports = new Map();
  const keepModuleLocations = {
    name: 'privrec:keep-module-locations',
    // Every module keeps its own import.meta.url, so paths relative to it (templates, schemas, the
    // launcher of the lint worker) still resolve from where it sits in dist/; and createRequire(import.meta.url)
    // of a fixed id becomes a require() that the bundler follows (the generated validators).
    transform(code, id) {
      if (!id.startsWith(dist) || !id.endsWith('.js')) return null;
      const location = JSON.stringify(relative(outDir, id));
      return code
        .replace(/createRequire\(import\.meta\.url\)\(('[^']+')\)/g, 'require($1)')
        .replaceAll('import.meta.url', `require('node:url').pathToFileURL(require('node:path').join(__dirname, ${location})).href`);
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
    },
  };
  const entry = join(dist, 'cli.js');
  let onLintPath;
  const statically = (id) => {
    if (!onLintPath) {
      onLintPath = new Set();
      const visit = (module) => {
        if (onLintPath.has(module)) return;
        onLintPath.add(module);
        for (const next of imports.get(module) ?? []) visit(next);
      };
      visit(entry);
    }
    // commander too, imported by every command but `lint <files>`: so that its code is cached.
    return onLintPath.has(id) || /[\\/]node_modules[\\/]commander[\\/]/.test(id);
  };
  const bundle = await rolldown({
    // Module paths in the bundle's comments relative to dist/, whatever the staging directory is called.
    cwd: dist,
    // The lint worker (src/lint/worker.ts) runs the same chunk, through src/launch.cts's launchWorker.
    input: { privrec: entry, worker: join(dist, 'lint', 'worker.js') },
    platform: 'node',
    plugins: [keepModuleLocations],
    // yaml is the reference reader, loaded only for the rare file the fast reader declines; docx
    // and htmlparser2 only for --format docx, the spreadsheet libraries only by export and import:
    // required from node_modules when needed, not bundled.
    external: [/^node:/, 'yaml', 'docx', 'htmlparser2', 'write-excel-file', /^write-excel-file\//, /^csv-(?:parse|stringify)/, 'fflate'],
  });
  try {
    await bundle.write({
      dir: outDir,
      format: 'cjs',
      entryFileNames: '[name].cjs',
      chunkFileNames: (chunk) => (chunk.name === 'main' ? MAIN_CHUNK : '[name]-[hash].cjs'),
      dynamicImportInCjs: false,
      // What cli.js imports statically is what `privrec lint` runs: one chunk, so that one code cache covers it.
      codeSplitting: { groups: [{ name: 'main', test: statically }] },
    });
  } finally {
    await bundle.close();
  }
}
