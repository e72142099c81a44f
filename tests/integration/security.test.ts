/**
 * Safety of the public API over HTTP: no mutations or subscriptions, bounded lists (@limit), query limits,
 * transaction timeouts, masked internal errors, request size, and the playground/Apollo routing.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph/load';
import { testNeo4jSettings } from '../setup/neo4j';
import { startApi, type TestApi } from '../fixtures/graph/api';
import { chain } from '../fixtures/graph/chain';
import { graphTestDriver, read, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const MANY = 260;
let driver: Driver;
let api: TestApi;
beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await loadGraph(driver, chain(MANY).graph, { database: testDatabase() });
  api = await startApi(driver);
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe('read-only public API', () => {
  it('has no mutation and no subscription type', async () => {
    const r = await api.gql<{ __schema: { mutationType: unknown; subscriptionType: unknown } }>(
      '{ __schema { mutationType { name } subscriptionType { name } } }',
    );
    expect(r.data!.__schema).toEqual({ mutationType: null, subscriptionType: null });
  });

  it('refuses a mutation and writes nothing', async () => {
    const r = await api.gql(
      'mutation { createDocuments(input: [{ id: "x", scope: "national" }]) { documents { id } } }',
    );
    expect(r.status).toBe(400);
    expect(r.errors![0]).toMatchObject({
      message: 'This API is read-only: it has no mutations.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(await read(driver, 'MATCH (d:Document {id: "x"}) RETURN d')).toEqual([]);
  });
});

describe('bounded results', () => {
  it('caps list sizes with @limit: 20 by default; a limit over 200, or below 1, is an error', async () => {
    const dflt = await api.gql<{ documents: unknown[] }>('{ documents { id } }');
    expect(dflt.data!.documents).toHaveLength(20);
    const max = await api.gql<{ documents: unknown[] }>('{ documents(limit: 200) { id } }');
    expect(max.data!.documents).toHaveLength(200);
    // Before: limit 0 / first 0 returned every document, a negative one an internal error.
    for (const query of [
      '{ documents(limit: 1000) { id } }',
      '{ documents(limit: 0) { id } }',
      '{ documents(limit: -1) { id } }',
      '{ documents(offset: -3) { id } }',
      '{ documentsConnection(first: 0) { totalCount edges { node { id } } } }',
      '{ documentsConnection(first: -2) { totalCount } }',
      '{ documents(limit: 1) { implements(limit: 0) { id } } }',
    ]) {
      const r = await api.gql(query);
      expect(r.status, query).toBe(400);
      expect(r.data, query).toBeUndefined();
      expect(r.errors![0].extensions!.code, query).toBe('BAD_USER_INPUT');
    }
    const viaVariable = await api.gql('query($n: Int) { documents(limit: $n) { id } }', { n: 0 });
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.errors![0].message).toMatch(/`limit` of documents must be at least 1, got 0/);
  });

  it('refuses alias bombs: 12 aliases of the full list, 30 of a heavy traversal', async () => {
    const all = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: documents(limit: 200) { id title text }`).join(' ')} }`;
    const r = await api.gql(all);
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases' });
    const heavy = `{ ${Array.from({ length: 30 }, (_, i) => `t${i}: impact(id: "Hà Nội|0-KH/TU", maxDepth: 20) { totalCount }`).join(' ')} }`;
    expect((await api.gql(heavy)).status).toBe(400);
    // Under the alias limit, the cost of ten deep traversals is still too much.
    const ten = `{ ${Array.from({ length: 10 }, (_, i) => `t${i}: impact(id: "Hà Női|0-KH/TU", maxDepth: 20) { totalCount }`).join(' ')} }`;
    const costly = await api.gql(ten);
    expect(costly.status).toBe(400);
    expect(costly.errors![0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxComplexity',
    });
  });

  it('rejects too deep a query before it reaches the database', async () => {
    const nested = Array.from({ length: 15 }, () => 'implements {').join(' ');
    const r = await api.gql(`{ documents { ${nested} id ${'}'.repeat(15)} } }`);
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('runs every transaction with the configured timeout', async () => {
    // Neo4j enforces the timeout (its monitor checks every few seconds, so a bounded query on a small graph never
    // runs long enough to be stopped); what the API controls is that every transaction carries it.
    const timeouts: unknown[] = [];
    const spy = new Proxy(driver, {
      get(target, key, receiver) {
        if (key !== 'session') return Reflect.get(target, key, receiver);
        return (config: unknown) => {
          const session = target.session(config as never);
          return new Proxy(session, {
            get(s, k, r) {
              const value = Reflect.get(s, k, r);
              if (k !== 'executeRead' && k !== 'executeWrite' && k !== 'beginTransaction' && k !== 'run')
                return value;
              return (...args: unknown[]) => {
                const txConfig = (k === 'beginTransaction' ? args[0] : k === 'run' ? args[2] : args[1]) as
                  { timeout?: unknown } | undefined;
                timeouts.push(txConfig?.timeout);
                return (value as (...a: unknown[]) => unknown).apply(s, args);
              };
            },
          });
        };
      },
    });
    const limited = await startApi(spy, { txTimeoutMs: 1234 });
    try {
      const r = await limited.gql(
        `query($id: ID!) { documents(limit: 1) { id } whoImplements(id: $id) { implementations { document { id issuedBy { name } } } } }`,
        { id: chain(MANY).links[0].id },
      );
      expect(r.errors).toBeUndefined();
      // The generated query, the resolver's own, and the delegated nested-document query.
      expect(timeouts.length).toBeGreaterThanOrEqual(3);
      expect(timeouts.every((t) => Number(t) === 1234)).toBe(true);
    } finally {
      await limited.close();
    }
  });
});

describe('errors', () => {
  it('never leak stack traces or Cypher', async () => {
    const s = testNeo4jSettings();
    // A database that does not exist (an internal error) and a server that does not answer (unavailable).
    const unreachable = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic(s.user, s.password), {
      connectionTimeout: 2_000,
      maxTransactionRetryTime: 0,
    });
    const cases = [
      { api: await startApi(driver, { database: 'nosuchdatabase' }), code: 'INTERNAL_SERVER_ERROR' },
      { api: await startApi(unreachable), code: 'SERVICE_UNAVAILABLE' },
    ];
    try {
      for (const { api: broken, code } of cases) {
        for (const query of [
          '{ documents { id } }',
          '{ lineage(symbol: "1-KH/TU") { totalCount } }',
          '{ search(text: "x") { id } }',
        ]) {
          const r = await broken.gql(query);
          expect(r.errors).toHaveLength(1);
          expect(JSON.stringify(r)).not.toMatch(
            /stack|MATCH|RETURN|UNWIND|apoc|\.ts:|\.js:|Neo4jError|nosuchdatabase/i,
          );
          expect(r.errors![0].extensions!.code).toBe(code);
        }
      }
    } finally {
      for (const c of cases) await c.api.close();
      await unreachable.close();
    }
  });

  it('search input cannot inject Lucene syntax', async () => {
    for (const text of ['AND OR NOT', '*:*', '") OR ("', 'title:x~2 AND /re.*/', '\\', '((((((']) {
      const r = await api.gql<{ search: unknown[] }>('query($t: String!) { search(text: $t) { id } }', {
        t: text,
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.search).toEqual([]);
    }
  });
});

describe('HTTP', () => {
  it('serves the playground to browsers and GraphQL to clients on the same endpoint', async () => {
    const page = await fetch(api.server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    // Preloaded with the example operations of queries/.
    expect(html).toContain('LineageOfKonTumLetter');
    expect(html).toContain('WhoImplements114');
    const post = await api.gql<{ __typename: string }>('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
  });

  it('refuses oversized bodies and unknown paths', async () => {
    const big = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
    const missing = await fetch(api.server.url.replace('/graphql', '/nope'));
    expect(missing.status).toBe(404);
    const bad = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(bad.status).toBe(400);
  });
});
