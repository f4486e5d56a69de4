import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/sequencer.ts';

// Tests wait for events and states; these limits only stop a test or hook that hangs, so they are far above
// what any of them needs even on two cores shared with another suite, and never what a test relies on.
const hangGuard = { testTimeout: 600_000, hookTimeout: 600_000 };

export default defineConfig({
  test: {
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          ...hangGuard,
        },
      },
      {
        test: {
          // The web app's components, rendered into jsdom (the DOM React Aria's own tests run in): a browser's
          // document without a browser, so these stay as fast as the unit tests.
          name: 'web',
          include: ['apps/web/src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['apps/web/src/test-setup.ts'],
          ...hangGuard,
        },
      },
      {
        test: {
          name: 'int',
          include: ['apps/server/src/**/*.int.test.ts', 'test/**/*.int.test.ts', 'bench/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // One database per worker, kept across files: tests isolate by creating their own municipality.
          isolate: false,
          ...hangGuard,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          // Polling waits for a state to appear; the limit only ends a wait for one that never comes.
          expect: { poll: { timeout: 60_000 } },
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          ...hangGuard,
        },
      },
    ],
  },
});
