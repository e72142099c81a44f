/** The context @neo4j/graphql and these resolvers share: a module of its own, so no API module imports another's. */
import type { Driver } from 'neo4j-driver';

/** Built in ./server.ts. */
export interface ApiContext {
  executionContext: Driver;
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
