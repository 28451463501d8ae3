import { defineConfig, devices } from '@playwright/test';
import { findChromium, quietChromiumFlags } from './scripts/chromium.mjs';

const port = Number(process.env['E2E_PORT'] ?? 4322);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  // The deployed site (a build under /accueil/ served by nginx) has its own run: playwright.deployed.config.ts.
  testIgnore: 'deployed.spec.ts',
  // Spec files are independent (each test opens its own context against a static server), so two
  // workers share the two cores CI has; tests inside a file still run in order.
  fullyParallel: false,
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  // Under two workers a busy machine can take longer than the default 5 s to show a result.
  expect: { timeout: 10_000 },
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
