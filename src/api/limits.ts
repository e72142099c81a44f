/**
 * Safety limits of the public GraphQL API, built from maintained libraries, with every number in ./config.ts:
 * - graphql-js's parser option `maxTokens` rejects oversized documents before anything else runs;
 * - graphql-armor's validation rules bound depth, aliases and directives (introspection exempt from depth, so
 *   GraphiQL works; graphql-js's MaxIntrospectionDepthRule bounds introspection);
 * - graphql-query-complexity estimates the cost of the operation with its variables (an Apollo plugin, because
 *   validation rules do not see variables): a list field costs what it selects times its `limit`/`first` (or the
 *   @limit default), and the research traversals cost what they do in the database (see researchCost). The same
 *   pass rejects a `limit`/`first` below 1 or over its maximum and a negative `offset`, literal or variable.
 * - an error formatter that never leaks internals (stack traces, Cypher, Neo4j codes).
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { API_LIMITS } from './config';

// The CommonJS build explicitly: the ESM build imports graphql/index.mjs, which under an ESM loader (vitest) is a
// second copy of graphql whose types the schema's are not ("Cannot use GraphQLObjectType from another realm").
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('graphql-query-complexity/cjs') as typeof QueryComplexity;

export interface QueryLimits {
  /** Longest chain of nested fields, counting `{ a { b } }` as 2; introspection not counted. */
  maxDepth: number;
  /** Estimated cost (see the module comment). */
  maxComplexity: number;
  /** Aliased fields in the operation (the "alias bomb" repeats one expensive field under many names). */
  maxAliases: number;
  /** Directives in the operation. */
  maxDirectives: number;
  /** Lexical tokens in the document, checked by the parser before anything else runs (see parseOptions). */
  maxTokens: number;
  /** Assumed size of a list field that has no `limit`/`first` argument (the schema's @limit default). */
  defaultListSize: number;
  /** Largest `limit`/`first` of a generated list (the schema's @limit max). */
  maxListSize: number;
}

export const DEFAULT_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: API_LIMITS.maxDepthOfQuery,
  maxComplexity: API_LIMITS.maxComplexity,
  maxAliases: API_LIMITS.maxAliases,
  maxDirectives: API_LIMITS.maxDirectives,
  // ~10× the largest example and GraphiQL's introspection; also caps graphql-js's quadratic overlap check (bench/limits.ts).
  maxTokens: API_LIMITS.maxTokens,
  defaultListSize: 20,
  maxListSize: API_LIMITS.maxGeneratedPage,
});

export function resolveLimits(limits: Partial<QueryLimits> = {}): QueryLimits {
  const effective = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(limits) as [keyof QueryLimits, number | undefined][]) {
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 1) {
      throw new RangeError(`Query limit ${key} must be a positive number, got ${String(value)}`);
    }
    effective[key] = value;
  }
  return effective;
}

/**
 * graphql-armor reports a rejection to its onReject callbacks; this one reports it to graphql-js as a validation
 * error (GRAPHQL_VALIDATION_FAILED, HTTP 400) naming the limit, without armor's "Syntax Error:" prefix.
 */
function reportAs(limit: keyof QueryLimits, maximum: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
            extensions: { limit, maximum, actual: Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN) },
          }),
        ),
    ],
  };
}

/** graphql-armor's depth, alias and directive rules (to be added after graphql's specifiedRules). */
export function validationRules(limits?: Partial<QueryLimits>): ValidationRule[] {
  const l = resolveLimits(limits);
  return [
    maxDepthRule({
      n: l.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...reportAs('maxDepth', l.maxDepth),
    }),
    maxAliasesRule({ n: l.maxAliases, ...reportAs('maxAliases', l.maxAliases) }),
    maxDirectivesRule({ n: l.maxDirectives, ...reportAs('maxDirectives', l.maxDirectives) }),
  ] as unknown as ValidationRule[];
}

/** Parser options for Apollo Server's `parseOptions`: rejects oversized documents before validation. */
export function parseOptions(limits?: Partial<QueryLimits>): ParseOptions {
  return { maxTokens: resolveLimits(limits).maxTokens };
}

function invalid(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } },
  });
}

/**
 * Checks the size arguments of every field, literal or variable: `limit`/`first` from 1 to the field's maximum
 * (the generated lists' @limit max; the research queries check their own, larger or smaller, ones), `offset` ≥ 0.
 */
function sizeArgumentsEstimator(limits: QueryLimits): ComplexityEstimator {
  return ({ type, field, args }: ComplexityEstimatorArgs) => {
    // The research queries check their own arguments, with their own maximums (src/api/resolvers.ts).
    if (type.name === 'Query' && field.name in RESEARCH_COSTS) return undefined;
    for (const name of ['limit', 'first'] as const) {
      const value = args[name] as unknown;
      if (value === undefined || value === null) continue;
      if (typeof value !== 'number' || value < 1) {
        throw invalid(`\`${name}\` of ${field.name} must be at least 1, got ${String(value)}.`, name);
      }
      if (value > limits.maxListSize) {
        throw invalid(
          `\`${name}\` of ${field.name} must be at most ${limits.maxListSize}, got ${String(value)}.`,
          name,
        );
      }
    }
    const offset = args.offset as unknown;
    if (typeof offset === 'number' && offset < 0) {
      throw invalid(`\`offset\` of ${field.name} must be 0 or more, got ${offset}.`, 'offset');
    }
    return undefined;
  };
}

/**
 * What a research root field costs in the database before anything is returned, and how many items a page
 * holds: a traversal expands up to thousands of documents, so its base cost grows with maxDepth and its
 * selection is paid per item of the page. Numbers chosen so that about five default traversals fit in one
 * operation (the 30-alias traversal bomb does not), and a coverage report (every province) is one heavy query.
 */
const RESEARCH_COSTS: Record<string, (args: Record<string, unknown>) => { base: number; items: number }> = {
  lineage: (a) => ({ base: 100 * depthOf(a), items: num(a.first, API_LIMITS.defaultPage) }),
  impact: (a) => ({ base: 100 * depthOf(a), items: num(a.first, API_LIMITS.defaultPage) }),
  whoImplements: (a) => ({
    base: a.transitive ? 1000 : 100,
    items: num(a.first, API_LIMITS.defaultPage),
  }),
  coverage: () => ({ base: 2000, items: 1 }),
  path: () => ({ base: 500, items: 20 }),
  search: (a) => ({ base: 100, items: num(a.limit, 20) }),
  searchHits: (a) => ({ base: 100, items: num(a.limit, 20) }),
  documentsBySymbol: (a) => ({ base: 10, items: num(a.limit, 20) }),
  documentCounts: () => ({ base: 500, items: 1 }),
};

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** maxDepth as the resolver accepts it (out of range is the resolver's error, with its own message). */
function depthOf(args: Record<string, unknown>): number {
  return Math.min(API_LIMITS.maxDepth, Math.max(1, num(args.maxDepth, API_LIMITS.defaultDepth)));
}

function researchEstimator(): ComplexityEstimator {
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs) => {
    if (type.name !== 'Query') return undefined;
    const cost = RESEARCH_COSTS[field.name];
    if (!cost) return undefined;
    const { base, items } = cost(args);
    // Items out of range are refused by the resolver; here they must not lower the cost.
    return base + Math.min(Math.max(1, items), API_LIMITS.maxPage) * childComplexity;
  };
}

/** The lists inside a research result (one page's steps) are paid for at the root: they cost their selection. */
const PAGED_LISTS = new Set(['Traversal.steps', 'ImplementationPage.implementations', 'Coverage.provinces']);

/**
 * A list field, or a generated connection, returns `limit`/`first` items, or at most the @limit default without
 * them: its selection times that. The edges of a connection are paid for by the connection.
 */
function listEstimator(limits: QueryLimits): ComplexityEstimator {
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs) => {
    const named = getNamedType(field.type);
    if (!isListType(getNullableType(field.type)) && !named.name.endsWith('Connection')) return undefined;
    if (PAGED_LISTS.has(`${type.name}.${field.name}`) || type.name.endsWith('Connection')) {
      return 1 + childComplexity;
    }
    // A list of scalars (addressees, recipients) is one value.
    if (!isCompositeType(named)) return 1;
    return 1 + num(args.limit, num(args.first, limits.defaultListSize)) * childComplexity;
  };
}

/** The estimators, in order: introspection, argument checks, research costs, lists, @neo4j/graphql's extensions, 1 per field. */
export function estimators(limits?: Partial<QueryLimits>): ComplexityEstimator[] {
  const l = resolveLimits(limits);
  return [
    // Introspection (GraphiQL loading the schema) costs nothing: graphql-js's MaxIntrospectionDepthRule bounds it.
    ({ field }: ComplexityEstimatorArgs) => (field.name.startsWith('__') ? 0 : undefined),
    sizeArgumentsEstimator(l),
    researchEstimator(),
    listEstimator(l),
    fieldExtensionsEstimator(),
    simpleEstimator({ defaultComplexity: 1 }),
  ];
}

/** The estimated cost of an operation (throws the argument errors). */
export function estimateCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
  limits?: Partial<QueryLimits>,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: estimators(limits) });
}

/**
 * The Apollo plugin that rejects an operation over the cost limit, or with a size argument out of range, before
 * it runs (after parsing and validation, when the variables are known).
 */
export function costLimitPlugin(limits?: Partial<QueryLimits>): ApolloServerPlugin {
  const l = resolveLimits(limits);
  // Costs already estimated, per parsed document (Apollo hands out one DocumentNode per distinct query text) and
  // per operation name and variables without their strings: no estimator reads a string (ids, symbols, cursors,
  // enum values); they read numbers (limit, first, maxDepth) and booleans (transitive, @skip/@include). The same
  // question about another document is then not estimated again (the estimate was ~7 % of the API's CPU per
  // uncached lookup). Argument errors are not cached: they are thrown again on every request.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const variables = request.variables ?? {};
          const key = `${operationName ?? ''}\n${JSON.stringify(variables, (_k, v: unknown) => (typeof v === 'string' ? undefined : v))}`;
          let costs = known.get(document);
          let cost = costs?.get(key);
          if (cost === undefined) {
            try {
              cost = estimateCost(schema, document, variables, operationName ?? undefined, l);
            } catch (error) {
              if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') throw error;
              // graphql-query-complexity gives up on an operation of over 10,000 nodes (a fragment bomb).
              cost = Number.POSITIVE_INFINITY;
            }
            if (!costs) known.set(document, (costs = new Map()));
            // Bounded: a client varying page sizes at random starts the document's entries over.
            if (costs.size >= 256) costs.clear();
            costs.set(key, cost);
          }
          if (cost > l.maxComplexity) {
            const name = operationName ? `Operation "${operationName}"` : 'The operation';
            throw new GraphQLError(
              `${name} is too complex: estimated cost ${Number.isFinite(cost) ? Math.round(cost) : 'beyond counting'} exceeds the limit of ${l.maxComplexity}. ` +
                'Ask for fewer fields, fewer aliases or smaller pages (`first`, `limit`, `maxDepth`).',
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  limit: 'maxComplexity',
                  maximum: l.maxComplexity,
                  actual: Number.isFinite(cost) ? Math.round(cost) : null,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

/** Error codes whose messages are meant for the API's users and are passed through unchanged. */
const USER_FACING_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // project codes (src/api resolvers)
  'DOCUMENT_AMBIGUOUS',
  'DOCUMENT_NOT_FOUND',
]);

/** @neo4j/graphql throws its authorisation errors without a code; their messages are safe and useful. */
const NEO4J_GRAPHQL_ERROR_CODES: Record<string, string> = {
  Neo4jGraphQLAuthenticationError: 'UNAUTHENTICATED',
  Neo4jGraphQLForbiddenError: 'FORBIDDEN',
};

/** Driver errors the user can act on, by Neo4j code, told in our words (the driver's message names internals). */
const NEO4J_DRIVER_ERRORS: { code: RegExp; as: string; message: string }[] = [
  {
    code: /^Neo\.ClientError\.Transaction\.TransactionTimedOut/,
    as: 'QUERY_TIMEOUT',
    message:
      'The query took longer than the server allows and was stopped. Narrow it: a smaller maxDepth or limit, or more filters.',
  },
  {
    code: /^ServiceUnavailable$/,
    as: 'SERVICE_UNAVAILABLE',
    message: 'The database is unavailable. Try again later.',
  },
];

/** Extension keys that can carry internals (Apollo's stacktrace, older servers' exception, Neo4j details). */
const INTERNAL_EXTENSIONS = new Set([
  'stacktrace',
  'exception',
  'originalError',
  'cypher',
  'query',
  'params',
]);

export interface FormatErrorOptions {
  /** Receives every masked error with the id shown to the client, so operators can find it in the logs. */
  log?: (errorId: string, error: unknown) => void;
}

/** Builds an Apollo `formatError` hook; `formatError` below is the default one, logging to stderr. */
export function createFormatError(
  options: FormatErrorOptions = {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const log = options.log ?? defaultLog;
  return (formatted, error) => {
    const driverError = knownDriverError(error);
    if (driverError) {
      return withoutUndefined({
        message: driverError.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: driverError.as },
      });
    }
    const code = userFacingCode(formatted, error);
    if (code) {
      const extensions: Record<string, unknown> = { code };
      for (const [key, value] of Object.entries(formatted.extensions ?? {})) {
        if (key !== 'code' && !INTERNAL_EXTENSIONS.has(key)) extensions[key] = value;
      }
      return withoutUndefined({
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions,
      });
    }
    const errorId = randomUUID();
    log(errorId, error);
    return withoutUndefined({
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    });
  };
}

export const formatError = createFormatError();

function userFacingCode(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && USER_FACING_CODES.has(code)) return code;
  for (const cause of causes(error)) {
    const mapped = NEO4J_GRAPHQL_ERROR_CODES[cause.name];
    if (mapped) return mapped;
  }
  return undefined;
}

function knownDriverError(error: unknown): (typeof NEO4J_DRIVER_ERRORS)[number] | undefined {
  for (const cause of causes(error)) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const known = NEO4J_DRIVER_ERRORS.find((entry) => entry.code.test(code));
    if (known) return known;
  }
  return undefined;
}

/** The error and the errors it wraps (GraphQLError.originalError, Error.cause), a few levels deep. */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let cause = error; cause instanceof Error && chain.length < 5;) {
    chain.push(cause);
    const next = cause instanceof GraphQLError ? cause.originalError : cause.cause;
    cause = next;
  }
  return chain;
}

function withoutUndefined(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return Object.fromEntries(
    Object.entries(formatted).filter(([, value]) => value !== undefined),
  ) as unknown as GraphQLFormattedError;
}

function defaultLog(errorId: string, error: unknown): void {
  const detail = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  console.error(`[graphql] internal error ${errorId}:`, detail);
}
