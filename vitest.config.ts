import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,build,bench,test}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/fast-check-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Integration tests start their own moto_server peers; keep them from starving two cores.
    maxWorkers: 2,
  },
});
