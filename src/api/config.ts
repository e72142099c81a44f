/**
 * Every limit of the public API in one place: traversal bounds, page sizes, query cost, response size, timeouts.
 * The schema descriptions quote these numbers; tests import them rather than repeat them.
 */
export const API_LIMITS = Object.freeze({
  /** Largest maxDepth of lineage / impact (and of a transitive whoImplements). */
  maxDepth: 20,
  /** Default maxDepth of lineage / impact. */
  defaultDepth: 10,
  /** Documents one traversal may reach; more sets `truncated`. */
  maxNodes: 10_000,
  /** Relations one traversal may list; more sets `truncated`. */
  maxSteps: 20_000,
  /** Default and largest `first` of a traversal page (lineage, impact, whoImplements). */
  defaultPage: 100,
  maxPage: 500,
  /** Largest `limit` of search and of documentsBySymbol. */
  maxSearchResults: 100,
  /** Candidates listed when a name matches several documents. */
  maxCandidates: 20,
  /** Largest `limit` / `first` of the generated lists (the @limit(max) of schema/documents.graphql). */
  maxGeneratedPage: 200,
  /** Query cost (graphql-query-complexity) and shape (graphql-armor) of one operation. */
  maxComplexity: 20_000,
  maxDepthOfQuery: 12,
  maxAliases: 10,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Largest JSON response, bytes: larger answers are replaced by an error asking for smaller pages. */
  maxResponseBytes: 8 * 1024 * 1024,
  /** Largest request body, bytes. */
  maxBodyBytes: 1024 * 1024,
  /** Neo4j transaction timeout per statement, ms. */
  txTimeoutMs: 15_000,
  /** How long a request waits for a database connection before answering 503, ms. */
  connectionTimeoutMs: 2_500,
});
