import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real servers on 127.0.0.1; give them room on a 2-core CI machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
