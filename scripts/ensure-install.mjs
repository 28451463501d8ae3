// Installs dependencies when they are missing or older than package-lock.json, so a fresh clone
// needs only `npm start` or `npm test`. Runs on whatever Node the machine has (20 or later).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
const ownNode = process.platform === 'win32' ? 'node_modules/node/bin/node.exe' : 'node_modules/.bin/node';

function run(args) {
  const result = spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\`npm ${args.join(' ')}\` failed; see the messages above.`);
    process.exit(result.status ?? 1);
  }
}

const stale =
  !existsSync(installed) ||
  !existsSync('node_modules/.bin/astro') ||
  statSync(lock).mtimeMs > statSync(installed).mtimeMs;
if (stale) {
  console.log('Installing dependencies from package-lock.json (the first time takes about a minute)…');
  // npm ci refuses this lockfile on registries without other platforms' optional packages.
  run(['install', '--no-audit', '--no-fund', '--loglevel=error']);
}
if (!existsSync(ownNode)) {
  console.log('Fetching the project’s own Node runtime…');
  run(['rebuild', 'node', '--loglevel=error']);
}
