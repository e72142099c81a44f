/** The context @neo4j/graphql and these resolvers share: a module of its own, so no API module imports another's. */
import type { Driver } from 'neo4j-driver';
import type { StatementRunner } from './database';

/** Built in ./server.ts. */
export interface ApiContext {
  /** What @neo4j/graphql runs its statements on: one auto-commit read each (./database.ts). */
  executionContext: StatementRunner;
  /** The driver the research resolvers open their sessions on (reads without retries, ./database.ts). */
  driver: Driver;
  /** The traversal caps (default API_LIMITS); a server option, so that tests can reach them on a small graph. */
  caps?: TraversalCaps;
  sessionConfig?: { database?: string };
  transaction?: { timeout?: number };
  [key: string]: unknown;
}

export interface TraversalCaps {
  /** Documents one traversal may reach. */
  maxNodes: number;
  /** Relations one traversal may list. */
  maxSteps: number;
}
