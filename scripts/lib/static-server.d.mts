/** A running static server: its port, every request it answered, and a way to stop it. */
export interface StaticServer {
  port: number;
  requests: { path: string; status: number; bytes: number }[];
  close: () => Promise<void>;
}
/** Serves a built site with brotli or gzip, as a real host would; `root` may be read per request. */
export function serveStatic(options: {
  root: string | (() => string);
  port?: number;
  compress?: boolean;
}): Promise<StaticServer>;
