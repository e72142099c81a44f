import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm test` runs both projects. `vitest run --project unit` skips the database entirely.
export default defineConfig({
  resolve: {
    // graphql ships index.mjs and index.js. CommonJS packages (@neo4j/graphql, @apollo/server) require index.js,
    // so tests must import that same copy, else "Cannot use GraphQLSchema … from another module or realm".
    alias: [
      {
        find: /^graphql$/,
        replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Some unit files read real PDFs and scans or extract the whole real corpus: on a loaded 2-core machine a
          // file can take well over vitest's 5 s default. This bounds a hang; it measures no speed (bench/ does).
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One Neo4j for all integration files: NEO4J_URI when set, else a throwaway server on free ports.
          // Tests reach it through tests/setup/neo4j.ts (vitest inject; NEO4J_* env vars are set too).
          globalSetup: ['tests/setup/neo4j-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // The files share one database: run them one after another in a single worker.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
