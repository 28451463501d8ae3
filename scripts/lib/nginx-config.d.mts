/** The three placeholders of deploy/nginx.conf. */
export interface ServerValues {
  PORT: string | number;
  ROOT: string;
  BASE_PATH: string;
}
/** deploy/nginx.conf as it is in the repository, placeholders and all. */
export function readServerTemplate(): string;
/** The server block with its three placeholders filled in. */
export function fillServerTemplate(template: string, values: ServerValues): string;
/** nginx from $NGINX, else the first on PATH or in the sbin folders; undefined when there is none. */
export function findNginx(): string | undefined;
/** A whole nginx.conf for an ordinary user, with pid, temp paths and logs inside `prefix`. */
export function mainConfig(prefix: string, serverFile: string): string;
