// Writes tests/fixtures/seed-shingles.json: hashes of every 12-word run in the source essays.
// Run it only when the seeds change: `node scripts/seed-shingles.mjs ../shared/seeds`.
// The committed file holds hashes, never the essays' text, so the check runs on any clone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_LENGTH, runsOf } from './lib/shingles.mjs';

const dir = process.argv[2] ?? '../shared/seeds';
const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
if (files.length === 0) {
  console.error(`No .txt seeds found in ${dir}.`);
  process.exit(1);
}
const hashes = new Set();
for (const name of files) for (const run of runsOf(readFileSync(join(dir, name), 'utf8'))) hashes.add(run.hash);
const out = { runLength: RUN_LENGTH, hash: 'sha256, first 16 hex digits', hashes: [...hashes].sort() };
writeFileSync('tests/fixtures/seed-shingles.json', JSON.stringify(out) + '\n');
console.log(`Wrote ${hashes.size} run hashes from ${files.length} seeds.`);
