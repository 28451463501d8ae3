import { defineConfig, devices } from '@playwright/test';
import { findChromium, quietChromiumFlags } from './scripts/chromium.mjs';

const port = Number(process.env['E2E_PORT'] ?? 4322);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: quietChromiumFlags },
    trace: 'off',
    // Tests start with no service worker (it would precache the whole site in every new context);
    // tests/e2e/offline.spec.ts turns it on.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
