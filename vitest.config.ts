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
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
