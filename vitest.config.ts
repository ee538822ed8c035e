import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start real servers and processes on 127.0.0.1 and wait on events, not clocks;
    // these bounds only turn a hang into a failure. Wide, so that a busy 2-core machine (the whole
    // suite runs in parallel, tsx compiling in child processes) makes a test slower, never red.
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
