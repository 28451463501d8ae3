// The nginx configuration Accueil is served with, shared by scripts/nginx.mjs (the deployed-site
// tests) and tests/scripts/dockerfile.test.ts (which checks what the Dockerfile makes of the same file).
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** deploy/nginx.conf as it is in the repository, placeholders and all. */
export function readServerTemplate() {
  return readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
}

/** The server block with its three placeholders (${PORT}, ${ROOT}, ${BASE_PATH}) filled in. */
export function fillServerTemplate(template, values) {
  return template.replace(/\$\{(PORT|ROOT|BASE_PATH)\}/g, (_, name) => String(values[name]));
}

/** nginx from $NGINX (only there when it is set), else the first on PATH or in the sbin folders, where Debian puts it. */
export function findNginx() {
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  const candidates = process.env.NGINX ? [process.env.NGINX] : folders.map((folder) => join(folder, 'nginx'));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * A whole nginx.conf for an ordinary user: pid, temp paths and logs inside `prefix`, and the
 * server block from `serverFile` in its http block.
 */
export function mainConfig(prefix, serverFile) {
  const mimeTypes = [
    '/etc/nginx/mime.types',
    '/usr/local/nginx/conf/mime.types',
    '/usr/local/etc/nginx/mime.types',
  ].find((file) => existsSync(file));
  const temp = (name) => `${name}_temp_path ${join(prefix, name)};`;
  return [
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    mimeTypes ? `  include ${mimeTypes};` : '',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  access_log off;',
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    `  include ${serverFile};`,
    '}',
    '',
  ].join('\n');
}
