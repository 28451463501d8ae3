// Serves a built site with nginx and deploy/nginx.conf (the same file the Dockerfile copies), as an
// ordinary user from a temporary folder: its own pid, logs and temp paths, the port from $PORT, the
// site from $DIST_DIR (default dist/) under $BASE_PATH (default /). tests/e2e/deployed.spec.ts runs
// against it (playwright.deployed.config.ts). `node scripts/nginx.mjs --check` only says whether
// nginx is installed, in one line, and fails when it is not.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fillServerTemplate, findNginx, mainConfig, readServerTemplate } from './lib/nginx-config.mjs';

const nginx = findNginx();
if (!nginx) {
  console.error(
    'nginx is missing: the deployed-site tests serve the build with it. Install it with `sudo apt-get install nginx-light` (Debian or Ubuntu; `.ci/run` does it), or set NGINX to its path.',
  );
  process.exit(1);
}
if (process.argv.includes('--check')) process.exit(0);

const port = Number(process.env.PORT ?? 4344);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');
const dist = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`There is no built site in ${dist}: run \`BASE_PATH=${base} DIST_DIR=${dist} npm run build\` first.`);
  process.exit(1);
}

// Folders left by earlier runs whose nginx has gone (a test runner may stop this script at once,
// before it can tidy up): older than a minute, with no live process behind their pid file.
for (const name of readdirSync(tmpdir())) {
  if (!name.startsWith('accueil-nginx-')) continue;
  const folder = join(tmpdir(), name);
  try {
    if (Date.now() - statSync(folder).mtimeMs < 60_000) continue;
    const pid = existsSync(join(folder, 'nginx.pid')) ? Number(readFileSync(join(folder, 'nginx.pid'), 'utf8')) : 0;
    if (pid > 0) {
      try {
        process.kill(pid, 0);
        continue;
      } catch {
        // no such process: the folder is left over
      }
    }
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // another run tidied it first, or it is not ours to remove
  }
}

// The folder nginx runs in; the site appears at <root><base> through a link to the build.
const prefix = mkdtempSync(join(tmpdir(), 'accueil-nginx-'));
const root = join(prefix, 'root');
mkdirSync(root);
if (base === '/') {
  rmSync(root, { recursive: true });
  symlinkSync(dist, root, 'dir');
} else {
  const site = join(root, base.slice(1, -1));
  mkdirSync(dirname(site), { recursive: true });
  symlinkSync(dist, site, 'dir');
}
// nginx's workers drop root's rights when started by root: they must be able to walk to the site.
for (const folder of [prefix, root]) if (existsSync(folder)) chmodSync(folder, 0o755);

writeFileSync(
  join(prefix, 'site.conf'),
  fillServerTemplate(readServerTemplate(), { PORT: port, ROOT: root, BASE_PATH: base }),
);
writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, join(prefix, 'site.conf')));

const child = spawn(
  nginx,
  ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
  {
    stdio: 'inherit',
  },
);
const stop = () => {
  child.kill('SIGQUIT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
console.log(`nginx serves ${dist} at http://localhost:${port}${base}  (deploy/nginx.conf; Ctrl+C stops it)`);
