import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  buildSchema,
  getIntrospectionQuery,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type GraphQLObjectType,
} from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_LIMITS,
  costLimitPlugin,
  createFormatError,
  estimateCost,
  formatError,
  parseOptions,
  validationRules,
  type QueryLimits,
} from '../../src/api/limits';

// A toy schema shaped like the generated one: list fields take `limit`, connections take `first`.
const typeDefs = /* GraphQL */ `
  type Query {
    documents(limit: Int, offset: Int): [Document!]!
    document(id: ID!): Document
    documentsConnection(first: Int, after: String): DocumentsConnection!
    lineage(symbol: String!, maxDepth: Int = 10, first: Int = 100): [CitationStep!]!
    node: Node
  }
  interface Node {
    id: ID!
  }
  type Document implements Node {
    id: ID!
    symbol: String!
    title: String
    keywords: [String!]!
    parent: Document
    issuedBy: Organization
    cites(limit: Int): [Document!]!
    citesConnection(first: Int): DocumentsConnection!
  }
  type Organization implements Node {
    id: ID!
    name: String!
    documents(limit: Int): [Document!]!
  }
  type CitationStep {
    depth: Int!
    from: Document!
    to: Document!
    evidence: String
  }
  type DocumentsConnection {
    totalCount: Int!
    edges: [DocumentEdge!]!
  }
  type DocumentEdge {
    node: Document!
  }
`;
const schema = buildSchema(typeDefs);

function check(query: string, limits?: Partial<QueryLimits>): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, ...validationRules(limits)]);
}

const costOf = (query: string, variables: Record<string, unknown> = {}) =>
  estimateCost(schema, parse(query), variables);

function nested(field: string, levels: number, leaf = 'symbol'): string {
  return `${`${field} { `.repeat(levels)}${leaf}${' }'.repeat(levels)}`;
}

describe('validationRules (graphql-armor): depth', () => {
  it('accepts a query within the default depth and rejects one level more, naming the limit', () => {
    // armor counts every field on the longest path, the leaf included.
    const max = DEFAULT_LIMITS.maxDepth;
    expect(check(`{ document(id: "x") { ${nested('parent', max - 2)} } }`)).toEqual([]);
    const errors = check(`query Deep { document(id: "x") { ${nested('parent', max - 1)} } }`);
    expect(errors.map((e) => e.message)).toEqual([`Query depth limit of ${max} exceeded, found ${max + 1}.`]);
    expect(errors[0].extensions).toMatchObject({ limit: 'maxDepth', maximum: max });
  });

  it('follows fragments when measuring depth', () => {
    const query =
      '{ documents { ...A } } fragment A on Document { cites { ...B } } fragment B on Document { cites { symbol } }';
    expect(check(query, { maxDepth: 4 })).toEqual([]);
    expect(check(query, { maxDepth: 3 }).map((e) => e.extensions.limit)).toEqual(['maxDepth']);
  });

  it('exempts introspection, so GraphiQL can load the schema under tight limits', () => {
    expect(check(getIntrospectionQuery(), { maxDepth: 2 })).toEqual([]);
  });
});

describe('validationRules (graphql-armor): aliases, directives and document size', () => {
  const aliased = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: document(id: "${i}") { symbol }`).join(' ')} }`;

  it('accepts up to maxAliases aliases and rejects an alias bomb', () => {
    expect(check(aliased(DEFAULT_LIMITS.maxAliases))).toEqual([]);
    const errors = check(aliased(DEFAULT_LIMITS.maxAliases + 1));
    expect(errors.map((e) => e.message)).toEqual([
      `Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found ${DEFAULT_LIMITS.maxAliases + 1}.`,
    ]);
  });

  it('counts aliases inside fragments too', () => {
    const query = '{ documents(limit: 1) { ...F } } fragment F on Document { a: symbol b: symbol c: title }';
    expect(check(query, { maxAliases: 2 }).map((e) => e.extensions.limit)).toEqual(['maxAliases']);
  });

  it('bounds directives', () => {
    const query = `{ documents { ${Array.from({ length: 4 }, () => 'symbol @include(if: true)').join(' ')} } }`;
    expect(check(query, { maxDirectives: 3 }).map((e) => e.extensions.limit)).toEqual(['maxDirectives']);
  });

  it('parseOptions makes the parser reject oversized documents before validation', () => {
    const big = `{ ${'documents { symbol } '.repeat(DEFAULT_LIMITS.maxTokens)} }`;
    expect(() => parse(big, parseOptions())).toThrow(
      new RegExp(`Document contains more tha[nt] ${DEFAULT_LIMITS.maxTokens} tokens`),
    );
    expect(() => parse(big, parseOptions({ maxTokens: 100 * DEFAULT_LIMITS.maxTokens }))).not.toThrow();
    expect(() => parse(getIntrospectionQuery(), parseOptions())).not.toThrow();
  });

  it('refuses nonsensical limits', () => {
    expect(() => validationRules({ maxDepth: 0 })).toThrow(RangeError);
    expect(() => validationRules({ maxComplexity: Number.NaN })).toThrow(/maxComplexity/);
  });
});

describe('estimateCost (graphql-query-complexity)', () => {
  it.each([
    ['a scalar field', '{ document(id: "x") { symbol } }', 1 + 1],
    ['a list with a literal limit', '{ documents(limit: 5) { symbol title } }', 1 + 5 * 2],
    ['a list without limit (default size)', '{ documents { symbol } }', 1 + DEFAULT_LIMITS.defaultListSize],
    ['nested lists multiply', '{ documents(limit: 10) { cites(limit: 3) { symbol } } }', 1 + 10 * (1 + 3)],
    ['a list of scalars costs 1', '{ documents(limit: 2) { keywords } }', 1 + 2 * 1],
    [
      'a connection bounds its edges with first',
      '{ documentsConnection(first: 4) { totalCount edges { node { symbol } } } }',
      1 + 4 * (1 + (1 + (1 + 1))),
    ],
    ['a variable with a default', 'query Q($n: Int = 3) { documents(limit: $n) { symbol } }', 1 + 3],
    [
      'a fragment used twice',
      '{ a: documents(limit: 2) { ...F } b: documents(limit: 3) { ...F } } fragment F on Document { symbol title }',
      2 * 1 + 2 * 2 + 3 * 2,
    ],
  ])('estimates %s', (_name, query, expected) => {
    expect(costOf(query)).toBe(expected);
  });

  it('reads variables', () => {
    expect(costOf('query Q($n: Int) { documents(limit: $n) { symbol } }', { n: 7 })).toBe(1 + 7);
  });

  it('makes a traversal cost its depth plus its page times its selection', () => {
    const lineage = '{ lineage(symbol: "98-KH/TU") { depth evidence from { symbol } to { symbol title } } }';
    // lineage(maxDepth = 10): 100 × 10, then 100 items (the default page) × the selection.
    expect(costOf(lineage)).toBe(1000 + 100 * (1 + 1 + (1 + 1) + (1 + 2)));
  });

  it.each([
    ['limit: 0', '{ documents(limit: 0) { symbol } }', /`limit` of documents must be at least 1, got 0/],
    [
      'first: 0',
      '{ documentsConnection(first: 0) { totalCount } }',
      /`first` of documentsConnection must be at least 1/,
    ],
    ['a negative limit', '{ documents(limit: -5) { symbol } }', /at least 1, got -5/],
    [
      'a negative offset',
      '{ documents(offset: -1) { symbol } }',
      /`offset` of documents must be 0 or more, got -1/,
    ],
    [
      'a limit over the maximum',
      `{ documents(limit: ${DEFAULT_LIMITS.maxListSize + 1}) { symbol } }`,
      /at most/,
    ],
    ['a nested limit of 0', '{ documents { cites(limit: 0) { symbol } } }', /`limit` of cites/],
  ])('rejects %s as a user error', (_name, query, message) => {
    let error: unknown;
    try {
      costOf(query);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toMatch(message);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a variable limit of 0 the same way', () => {
    expect(() => costOf('query Q($n: Int) { documents(limit: $n) { symbol } }', { n: 0 })).toThrow(
      /at least 1/,
    );
  });

  it('gives up on an exponential fragment bomb', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Document { cites(limit: 2) { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'symbol'} } }`,
    ).join('\n');
    // graphql-query-complexity stops counting past 10,000 nodes; the plugin answers that as too complex.
    expect(() => costOf(`{ documents(limit: 2) { ...F0 } }\n${fragments}`)).toThrow(
      /maximum allowed number of nodes/,
    );
  });
});

describe('formatError', () => {
  const neo4jError = Object.assign(
    new Error('Invalid input \'RETRUN\': expected ... "MATCH (d:Document {symbol: $symbol}) RETRUN d"'),
    { name: 'Neo4jError', code: 'Neo.ClientError.Statement.SyntaxError' },
  );

  it('masks a Neo4j error carrying Cypher, its code and the stack trace, and logs it under an id', () => {
    const log = vi.fn();
    const wrapped = new GraphQLError(neo4jError.message, { originalError: neo4jError, path: ['lineage'] });
    const formatted: GraphQLFormattedError = {
      message: neo4jError.message,
      path: ['lineage'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        stacktrace: neo4jError.stack?.split('\n'),
        neo4jCode: neo4jError.code,
      },
    };
    const result = createFormatError({ log })(formatted, wrapped);
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['lineage'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) },
    });
    expect(JSON.stringify(result)).not.toMatch(/MATCH|RETRUN|Neo\.|at /);
    expect(log).toHaveBeenCalledWith(result.extensions?.errorId, wrapped);
  });

  it.each([
    [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'QUERY_TIMEOUT',
      'The query took longer than the server allows and was stopped. Narrow it: a smaller maxDepth or limit, or more filters.',
    ],
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE', 'The database is unavailable. Try again later.'],
  ])('tells the user about a driver error %s in its own words', (neo4jCode, code, message) => {
    const driverError = new Neo4jError(
      'terminated while running MATCH (d:Document) RETURN d',
      neo4jCode,
      '50N42',
      'error: general processing exception',
    );
    const log = vi.fn();
    const result = createFormatError({ log })(
      { message: driverError.message, path: ['lineage'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(driverError.message, { originalError: driverError }),
    );
    expect(result).toEqual({ message, path: ['lineage'], extensions: { code } });
    expect(log).not.toHaveBeenCalled();
  });

  it('masks an error whose code is not a user-facing one', () => {
    const result = createFormatError({ log: () => {} })(
      {
        message: 'Neo.TransientError.Transaction.Terminated',
        extensions: { code: 'Neo.TransientError.Transaction.Terminated' },
      },
      new Error('x'),
    );
    expect(result.message).toBe('Internal server error');
    expect(result.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it.each(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'DOCUMENT_NOT_FOUND'])(
    'keeps a %s error but strips its stack trace',
    (code) => {
      const formatted = {
        message: 'No document has symbol "1/XX"',
        locations: [{ line: 1, column: 3 }],
        extensions: {
          code,
          stacktrace: ['Error: …', '    at resolve (src/api/server.ts:10:5)'],
          exception: { stacktrace: [] },
        },
      };
      expect(formatError(formatted, new GraphQLError(formatted.message))).toEqual({
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code },
      });
    },
  );

  it('keeps the useful extensions of a project error (the scopes of an ambiguous symbol)', () => {
    const formatted = {
      message: 'Symbol "01-CT/TU" matches documents in several scopes: Kon Tum, Quảng Ngãi. Pass scope.',
      extensions: { code: 'DOCUMENT_AMBIGUOUS', scopes: ['Kon Tum', 'Quảng Ngãi'], stacktrace: ['…'] },
    };
    expect(formatError(formatted, new GraphQLError(formatted.message)).extensions).toEqual({
      code: 'DOCUMENT_AMBIGUOUS',
      scopes: ['Kon Tum', 'Quảng Ngãi'],
    });
  });

  it("passes @neo4j/graphql's authentication error through as UNAUTHENTICATED", () => {
    // Same shape as @neo4j/graphql's Neo4jGraphQLAuthenticationError (not exported by the package).
    class Neo4jGraphQLAuthenticationError extends GraphQLError {
      override name = 'Neo4jGraphQLAuthenticationError';
    }
    const original = new Neo4jGraphQLAuthenticationError('Unauthenticated');
    const wrapped = new GraphQLError('Unauthenticated', { originalError: original });
    const result = formatError(
      { message: 'Unauthenticated', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrapped,
    );
    expect(result).toEqual({ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('is what Apollo Server returns when a resolver throws a driver error', async () => {
    const log = vi.fn();
    const server = new ApolloServer({
      typeDefs,
      resolvers: {
        Query: {
          documents: () => {
            throw neo4jError;
          },
        },
      },
      formatError: createFormatError({ log }),
      validationRules: validationRules(),
      includeStacktraceInErrorResponses: true,
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ documents(limit: 1) { symbol } }' });
      expect(response.body.kind).toBe('single');
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(body?.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['documents'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) },
        },
      ]);
      expect(log).toHaveBeenCalledTimes(1);

      const tooDeep = await server.executeOperation({
        query: `{ document(id: "x") { ${nested('parent', 12)} } }`,
      });
      const deepBody = tooDeep.body.kind === 'single' ? tooDeep.body.singleResult : undefined;
      expect(deepBody?.errors?.[0].extensions).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'maxDepth',
        maximum: DEFAULT_LIMITS.maxDepth,
        actual: 14,
      });
    } finally {
      await server.stop();
    }
  });
});

describe('costLimitPlugin', () => {
  it('estimates a document again when a number changes, not when only a string does', async () => {
    // A schema of its own whose Document.title counts how often the estimate visits it.
    const counted = buildSchema(typeDefs);
    let estimates = 0;
    const fields = (counted.getType('Document') as GraphQLObjectType).getFields();
    (fields.title as { extensions: unknown }).extensions = {
      complexity: () => {
        estimates += 1;
        return 1;
      },
    };
    const query = counted.getQueryType()!.getFields();
    query.documents.resolve = () => [];
    query.lineage.resolve = () => [];
    const text =
      'query Q($n: Int, $s: String!) { documents(limit: $n) { symbol title } lineage(symbol: $s) { depth } }';
    const limit = (costOf(text, { n: 10, s: 'a' }) + costOf(text, { n: 100, s: 'a' })) / 2;
    const server = new ApolloServer({
      schema: counted,
      plugins: [costLimitPlugin({ maxComplexity: limit })],
    });
    await server.start();
    try {
      const errorsOf = async (variables: Record<string, unknown>) => {
        const r = await server.executeOperation({ query: text, variables });
        return r.body.kind === 'single' ? (r.body.singleResult.errors ?? []) : [];
      };
      expect(await errorsOf({ n: 10, s: 'a' })).toEqual([]);
      expect(await errorsOf({ n: 10, s: 'b' })).toEqual([]);
      expect(estimates).toBe(1);
      // A larger page is estimated anew and refused; an argument error is thrown on every request.
      expect((await errorsOf({ n: 100, s: 'a' }))[0]?.message).toMatch(/too complex/);
      expect(estimates).toBe(2);
      expect((await errorsOf({ n: 0, s: 'a' }))[0]?.message).toMatch(/at least 1/);
      expect((await errorsOf({ n: 0, s: 'a' }))[0]?.message).toMatch(/at least 1/);
    } finally {
      await server.stop();
    }
  });
});
