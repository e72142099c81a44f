/**
 * Safety limits of the public GraphQL API: query depth, estimated cost (complexity), aliases, document size,
 * and an error formatter that never leaks internals (stack traces, Cypher, Neo4j codes).
 *
 * The rules are plain graphql-js validation rules, so Apollo runs them in the same pass as the specified rules
 * (`new ApolloServer({ validationRules: validationRules(), parseOptions: parseOptions(), formatError })`).
 * Introspection (fields named `__…` and everything under them) is exempt from depth and cost so GraphiQL
 * works; graphql-js's own MaxIntrospectionDepthRule (part of specifiedRules) bounds introspection nesting.
 */
import { randomUUID } from 'node:crypto';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  /** Longest chain of nested fields, counting `{ a { b } }` as 2; introspection not counted. */
  maxDepth: number;
  /** Estimated cost: every field costs 1, a list field multiplies the cost of what it selects. */
  maxComplexity: number;
  /** Aliased fields in the whole document (the "alias bomb" repeats one expensive field under many names). */
  maxAliases: number;
  /** Lexical tokens in the document, checked by the parser before anything else runs (see parseOptions). */
  maxTokens?: number;
  /** Assumed size of a list field that has no `limit`/`first` argument (the schema's @limit default). */
  defaultListSize?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<QueryLimits>> = Object.freeze({
  maxDepth: 12,
  maxComplexity: 10_000,
  maxAliases: 30,
  // ~10× the largest example and GraphiQL's introspection; also caps graphql-js's quadratic overlap check (bench/limits.ts).
  maxTokens: 2_000,
  defaultListSize: 20,
});

/** Arguments that bound the length of a list (generated list fields take `limit`, connections take `first`). */
const SIZE_ARGUMENTS = ['limit', 'first'] as const;

/** Validation rules enforcing depth, complexity and alias limits (to be added after graphql's specifiedRules). */
export function validationRules(limits?: Partial<QueryLimits>): ValidationRule[] {
  const effective = resolveLimits(limits);
  return [aliasLimitRule(effective.maxAliases), costLimitRule(effective)];
}

/** Parser options for Apollo Server's `parseOptions`: rejects oversized documents before validation. */
export function parseOptions(limits?: Partial<QueryLimits>): ParseOptions {
  return { maxTokens: resolveLimits(limits).maxTokens };
}

function resolveLimits(limits: Partial<QueryLimits> = {}): Required<QueryLimits> {
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

function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(
                `Too many aliases: the document uses ${aliases}, the limit is ${maxAliases}.`,
                {
                  extensions: { limit: 'maxAliases', maximum: maxAliases, actual: aliases },
                },
              ),
            );
          }
        },
      },
    };
  };
}

/** Depth and cost of a selection, with the deepest path for the error message. */
interface Measure {
  depth: number;
  cost: number;
  path: string[];
}

const EMPTY: Measure = { depth: 0, cost: 0, path: [] };

function costLimitRule(limits: Required<QueryLimits>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const rootType = schema.getRootType(operation.operation);
      if (!rootType) return false; // reported by the specified rules
      const measure = new Measurer(context, operation, limits.defaultListSize).selectionSet(
        operation.selectionSet,
        rootType,
        undefined,
      );
      const name = operation.name ? `Operation "${operation.name.value}"` : 'The operation';
      if (measure.depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(
            `${name} is too deep: ${measure.depth} nested fields (${measure.path.join('.')}), ` +
              `the limit is ${limits.maxDepth}.`,
            {
              nodes: operation,
              extensions: { limit: 'maxDepth', maximum: limits.maxDepth, actual: measure.depth },
            },
          ),
        );
      }
      if (measure.cost > limits.maxComplexity) {
        const actual = Number.isFinite(measure.cost) ? Math.round(measure.cost) : Number.MAX_SAFE_INTEGER;
        context.reportError(
          new GraphQLError(
            `${name} is too complex: estimated cost ${actual} exceeds the limit of ${limits.maxComplexity}. ` +
              `Select fewer fields or pass smaller "limit"/"first" arguments to list fields.`,
            {
              nodes: operation,
              extensions: { limit: 'maxComplexity', maximum: limits.maxComplexity, actual },
            },
          ),
        );
      }
      return false; // the measurer walked the operation (and its fragments) already
    },
  });
}

/**
 * Walks one operation, following fragment spreads (memoised, so a fragment used many times is measured once,
 * and cycle-safe: cycles are reported by NoFragmentCyclesRule, here they just stop the walk).
 */
class Measurer {
  private readonly schema: GraphQLSchema;
  private readonly memo = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();
  private readonly variableDefaults = new Map<string, ValueNode>();

  constructor(
    private readonly context: ValidationContext,
    operation: OperationDefinitionNode,
    private readonly defaultListSize: number,
  ) {
    this.schema = context.getSchema();
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue)
        this.variableDefaults.set(definition.variable.name.value, definition.defaultValue);
    }
  }

  /**
   * `pendingSize` is a size argument given on a non-list field (a connection's `first`) that bounds the first
   * list directly below it (its `edges`).
   */
  selectionSet(
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    pendingSize?: number,
  ): Measure {
    let depth = 0;
    let cost = 0;
    let path: string[] = [];
    for (const selection of selectionSet.selections) {
      let measure: Measure;
      if (selection.kind === Kind.FIELD) {
        measure = this.field(selection, parentType, pendingSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : parentType;
        measure = isCompositeType(type)
          ? this.selectionSet(selection.selectionSet, type, pendingSize)
          : EMPTY;
      } else {
        measure = this.fragment(this.context.getFragment(selection.name.value), pendingSize);
      }
      cost += measure.cost;
      if (measure.depth > depth) ({ depth, path } = measure);
    }
    return { depth, cost, path };
  }

  private fragment(fragment: FragmentDefinitionNode | null | undefined, pendingSize?: number): Measure {
    if (!fragment) return EMPTY; // unknown fragment: KnownFragmentNamesRule reports it
    const key = `${fragment.name.value}\u0000${pendingSize ?? ''}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) return EMPTY;
    const type = this.schema.getType(fragment.typeCondition.name.value);
    if (!isCompositeType(type)) return EMPTY;
    this.inProgress.add(key);
    const measure = this.selectionSet(fragment.selectionSet, type, pendingSize);
    this.inProgress.delete(key);
    this.memo.set(key, measure);
    return measure;
  }

  private field(node: FieldNode, parentType: GraphQLCompositeType, pendingSize?: number): Measure {
    const name = node.name.value;
    if (name.startsWith('__')) return EMPTY; // introspection and __typename
    const label = node.alias ? `${node.alias.value}:${name}` : name;
    const definition =
      isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
    if (!definition) return { depth: 1, cost: 1, path: [label] }; // unknown field: FieldsOnCorrectTypeRule reports it
    const ownSize = this.sizeArgument(node);
    const isList = isListType(getNullableType(definition.type));
    const namedType = getNamedType(definition.type);
    let multiplier = 1;
    let childPending: number | undefined;
    if (isList) multiplier = ownSize ?? pendingSize ?? this.defaultListSize;
    else childPending = ownSize;
    if (!node.selectionSet || !isCompositeType(namedType)) return { depth: 1, cost: 1, path: [label] };
    const inner = this.selectionSet(node.selectionSet, namedType, childPending);
    return { depth: inner.depth + 1, cost: 1 + multiplier * inner.cost, path: [label, ...inner.path] };
  }

  /** The literal (or variable default) value of a `limit`/`first` argument; variables without defaults: unknown. */
  private sizeArgument(node: FieldNode): number | undefined {
    for (const argument of node.arguments ?? []) {
      if (!(SIZE_ARGUMENTS as readonly string[]).includes(argument.name.value)) continue;
      let value: ValueNode | undefined = argument.value;
      if (value.kind === Kind.VARIABLE) value = this.variableDefaults.get(value.name.value);
      if (value?.kind === Kind.INT) return Math.max(0, Number.parseInt(value.value, 10));
    }
    return undefined;
  }
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
