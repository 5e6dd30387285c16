import { defineConfig } from 'vitest/config';

// Two projects: pure logic in node, and end-to-end tests that drive the built bundle in Chromium
// against real brokers. The e2e tests share two cores, so they run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/browser/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // A poll is an upper bound, not a delay: on a loaded machine a frame of software rendering alone can
          // take half a second, so the default second is too short to wait for what a test asserts.
          expect: { poll: { timeout: 30_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
