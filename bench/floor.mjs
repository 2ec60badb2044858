// The floor the benchmark compares privrec against: what no linter of these records can avoid.
// One process reads each record and parses it with js-yaml's `load` (the JSON schema: dates stay
// strings, as records keep them), keeping no positions, validating nothing, running no rules.
// js-yaml's CommonJS build: on Node 20 its ES module build parses 2.5 times slower (2.41 s against
// 0.93 s for 10,000 records), and a floor must be the fastest way to do the unavoidable.
//
//   node bench/floor.mjs <directory>   (prints the number of records read)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const { JSON_SCHEMA, load } = createRequire(import.meta.url)('js-yaml');

const directory = process.argv[2];
const files = readdirSync(directory, { recursive: true }).filter((name) => /\.ya?ml$/.test(name) && !/privrec\.ya?ml$/.test(name));
let read = 0;
for (const file of files) {
  if (load(readFileSync(join(directory, file), 'utf8'), { schema: JSON_SCHEMA }) !== undefined) read++;
}
console.log(read);
