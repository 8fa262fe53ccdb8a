import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer in Debian's Chromium against browser mode (main/server.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    // Each file runs its own server and browser; two at a time keeps a small machine responsive.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
