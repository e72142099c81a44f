import type { Neo4jSettings } from '../../src/db/connection';

// What tests/setup/neo4j-global-setup.ts provides to integration tests (vitest provide/inject).
declare module 'vitest' {
  export interface ProvidedContext {
    /** the server for integration tests; null when none could be had */
    neo4j: Neo4jSettings | null;
    /** why no Neo4j is available; every integration test fails with it */
    neo4jError: string | null;
  }
}

export {};
