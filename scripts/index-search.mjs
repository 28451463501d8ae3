// Builds the pagefind search index over the built site (dist/, or DIST_DIR).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const site = process.env.DIST_DIR ?? 'dist';
const bin = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const result = spawnSync(process.execPath, [bin, '--site', site, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
