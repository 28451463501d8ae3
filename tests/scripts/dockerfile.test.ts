// The Dockerfile cannot be built on every machine that runs the tests (it needs a Docker engine).
// What it does to deploy/nginx.conf can be: its `sed` is run here exactly as written, and the result
// must be the server block the deployed-site tests serve the site with (scripts/nginx.mjs), for the
// image's web root, and one that nginx accepts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillServerTemplate, findNginx, mainConfig, readServerTemplate } from '../../scripts/lib/nginx-config.mjs';

const WEB_ROOT = '/usr/share/nginx/html';
const TEMPLATE_IN_IMAGE = '/tmp/accueil-nginx.conf';
const CONFIG_IN_IMAGE = '/etc/nginx/conf.d/default.conf';

/** The Dockerfile's instructions, each on one line (continuation lines joined), comments left out. */
function instructions(): string[] {
  const lines = readFileSync('Dockerfile', 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'));
  return lines
    .join('\n')
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

const instruction = (keyword: string, containing: string): string => {
  const found = instructions().find((line) => line.startsWith(`${keyword} `) && line.includes(containing));
  if (!found) throw new Error(`The Dockerfile has no ${keyword} instruction with "${containing}"`);
  return found.slice(keyword.length + 1);
};

const folders: string[] = [];
const tempFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'accueil-dockerfile-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs the Dockerfile's `sed` with a shell, as `docker build` would, on copies in a temporary folder. */
function configFromDockerfile(basePath: string): string {
  const folder = tempFolder();
  const input = join(folder, 'template.conf');
  const output = join(folder, 'default.conf');
  writeFileSync(input, readServerTemplate());
  const [fill = ''] = instruction('RUN', 'sed ').split(' && ');
  expect(fill, 'the RUN reads the template the Dockerfile copied and writes the server block').toContain(
    `${TEMPLATE_IN_IMAGE} > ${CONFIG_IN_IMAGE}`,
  );
  const command = fill.replace(TEMPLATE_IN_IMAGE, input).replace(CONFIG_IN_IMAGE, output);
  execFileSync('sh', ['-c', command], { env: { ...process.env, BASE_PATH: basePath } });
  return readFileSync(output, 'utf8');
}

describe('the Dockerfile', () => {
  it('copies deploy/nginx.conf, and the site into its web root under the path it was built for', () => {
    expect(instruction('COPY', 'nginx.conf')).toBe(`deploy/nginx.conf ${TEMPLATE_IN_IMAGE}`);
    expect(instruction('COPY', 'dist/')).toBe(`dist/ ${WEB_ROOT}\${BASE_PATH}`);
    expect(instruction('ARG', 'BASE_PATH')).toBe('BASE_PATH=/');
    expect(instruction('EXPOSE', '8080')).toBe('8080');
  });

  for (const basePath of ['/', '/accueil/']) {
    it(`fills in the same server block the tests serve the site with (BASE_PATH=${basePath})`, () => {
      const config = configFromDockerfile(basePath);
      expect(config).not.toMatch(/\$\{[A-Z_]+\}/);
      expect(config).toBe(
        fillServerTemplate(readServerTemplate(), { PORT: 8080, ROOT: WEB_ROOT, BASE_PATH: basePath }),
      );
    });
  }

  it('fills in a server block that nginx accepts', () => {
    const nginx = findNginx();
    expect(nginx, 'nginx is needed (npm test says how to install it)').toBeDefined();
    const prefix = tempFolder();
    const root = join(prefix, 'html');
    mkdirSync(join(root, 'accueil'), { recursive: true });
    writeFileSync(
      join(root, 'accueil', 'csp-header.conf'),
      `add_header Content-Security-Policy "default-src 'self'" always;\n`,
    );
    writeFileSync(join(prefix, 'site.conf'), configFromDockerfile('/accueil/').replaceAll(WEB_ROOT, root));
    writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, join(prefix, 'site.conf')));
    const check = () =>
      execFileSync(
        nginx ?? 'nginx',
        ['-t', '-q', '-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'],
        {
          stdio: 'pipe',
        },
      );
    expect(check).not.toThrow();
  });
});
