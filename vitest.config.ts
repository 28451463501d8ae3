import { defineConfig } from 'vitest/config';

// Two kinds of test run here: Node tests for src/core, content and scripts, and DOM tests for the
// Preact islands (happy-dom). Browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{core,content,scripts}/**/*.test.ts'],
          // The model is pure, so test files can share one module graph: much less time importing.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/{islands,stores}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/dom-setup.ts'],
        },
      },
    ],
  },
});
