import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests share one throwaway Neo4j started here (or NEO4J_URI when set).
    globalSetup: ['tests/setup/neo4j-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration test files write to the same database: run files one at a time.
    fileParallelism: false,
  },
});
