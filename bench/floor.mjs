// The floor the benchmark compares privrec against: what no linter of these records can avoid.
// One process reads each record and parses it with js-yaml's `load` (the JSON schema: dates stay
// strings, as records keep them), keeping no positions, validating nothing, running no rules.
//
//   node bench/floor.mjs <directory>   (prints the number of records read)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';

const directory = process.argv[2];
const files = readdirSync(directory, { recursive: true }).filter((name) => /\.ya?ml$/.test(name) && !/privrec\.ya?ml$/.test(name));
let read = 0;
for (const file of files) {
  if (load(readFileSync(join(directory, file), 'utf8'), { schema: JSON_SCHEMA }) !== undefined) read++;
}
console.log(read);
