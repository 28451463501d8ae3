// The browser suite's run against the site as deployed: the build under a base path (dist-base/,
// `npm run build:base`) served by nginx with deploy/nginx.conf, the file the Dockerfile copies.
// Only tests/e2e/deployed.spec.ts runs here; everything else runs against dist/ (playwright.config.ts).
import { defineConfig } from '@playwright/test';
import shared from './playwright.config';

/** The path the deployed build lives under; tests/e2e/deployed.spec.ts reads it from its base URL. */
export const deployedBase = '/accueil/';
const port = Number(process.env['E2E_NGINX_PORT'] ?? 4323);

export default defineConfig({
  ...shared,
  testIgnore: [],
  testMatch: 'deployed.spec.ts',
  use: { ...shared.use, baseURL: `http://localhost:${port}${deployedBase}` },
  webServer: {
    command: 'node scripts/nginx.mjs',
    env: { PORT: String(port), BASE_PATH: deployedBase, DIST_DIR: process.env['DEPLOYED_DIST_DIR'] ?? 'dist-base' },
    url: `http://localhost:${port}${deployedBase}`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
