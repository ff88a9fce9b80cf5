// Checks the shipped bank and every fixture under tests/data against data/schema/bank.schema.json with ajv, and
// compares the verdict with what each fixture's .expect.json says the schema must decide. The C++ tests hold the
// same fixtures to the loader's verdict, so the schema and the loader cannot drift apart unnoticed.
// usage: node check-schema.mjs REPO_ROOT
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;

const root = process.argv[2];
if (!root) {
  console.error('usage: node check-schema.mjs REPO_ROOT');
  process.exit(2);
}
const schema = JSON.parse(readFileSync(join(root, 'data/schema/bank.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

// Returns the list of problems in one file (empty when it is valid).
function check(file) {
  const bytes = readFileSync(file);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['not UTF-8'];
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [`not JSON: ${e.message}`];
  }
  if (validate(value)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n));

let failures = 0;
let checked = 0;
const fail = (msg) => {
  console.error(`FAIL ${msg}`);
  failures++;
};

// 1. The shipped bank must be valid, file by file.
for (const f of jsonFiles(join(root, 'data/bank'))) {
  checked++;
  const problems = check(f);
  if (problems.length) fail(`${f}: ${problems.slice(0, 10).join('; ')}`);
}

// 2. Each fixture folder must get the schema verdict its .expect.json states.
for (const group of ['good', 'bad']) {
  const base = join(root, 'tests/data', group);
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name);
    if (!statSync(dir).isDirectory()) continue;
    const expectFile = join(base, `${name}.expect.json`);
    if (!existsSync(expectFile)) {
      fail(`${dir}: no ${name}.expect.json beside it`);
      continue;
    }
    const expect = JSON.parse(readFileSync(expectFile, 'utf8'));
    if (typeof expect.schemaValid !== 'boolean') {
      fail(`${expectFile}: "schemaValid" must say true or false`);
      continue;
    }
    const problems = jsonFiles(dir).flatMap((f) => check(f).map((p) => `${f}: ${p}`));
    checked++;
    const valid = problems.length === 0;
    if (valid !== expect.schemaValid)
      fail(`${dir}: the schema says ${valid ? 'valid' : 'invalid'} but the fixture expects ${expect.schemaValid ? 'valid' : 'invalid'}` +
           (problems.length ? `\n    ${problems.slice(0, 5).join('\n    ')}` : ''));
  }
}

console.log(`schema check: ${checked} banks/files checked, ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
