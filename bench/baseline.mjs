// The naive linter the benchmark compares against: one process reads each file, parses it with
// `yaml` parseDocument (positions kept), and validates it with ajv compiling
// schemas/record.schema.json at run time.
//
//   node bench/baseline.mjs <directory>   (prints the number of invalid records under it)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'record.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let invalid = 0;
const directory = process.argv[2];
const files = readdirSync(directory, { recursive: true }).filter((name) => /\.ya?ml$/.test(name) && !/privrec\.ya?ml$/.test(name));
for (const file of files) {
  const document = parseDocument(readFileSync(join(directory, file), 'utf8'), { schema: 'core' });
  if (document.errors.length > 0 || !validate(document.toJS())) invalid++;
}
console.log(invalid);
