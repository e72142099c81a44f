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
  it('caps list sizes with @limit: 20 by default, at most 200', async () => {
    const dflt = await api.gql<{ documents: unknown[] }>('{ documents { id } }');
    expect(dflt.data!.documents).toHaveLength(20);
    const many = await api.gql<{ documents: unknown[] }>('{ documents(limit: 1000) { id } }');
    expect(many.data!.documents).toHaveLength(200);
    // A limit that large is refused outright by the complexity limit.
    const huge = await api.gql('{ documents(limit: 100000) { id } }');
    expect(huge.status).toBe(400);
    expect(huge.errors![0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'maxComplexity',
    });
    const page = await api.gql<{ documentsConnection: { edges: unknown[]; totalCount: number } }>(
      '{ documentsConnection(first: 1000) { totalCount edges { node { id } } } }',
    );
    expect(page.data!.documentsConnection.totalCount).toBe(MANY);
    expect(page.data!.documentsConnection.edges).toHaveLength(200);
  });

  it('rejects too deep a query before it reaches the database', async () => {
    const nested = Array.from({ length: 15 }, () => 'implements {').join(' ');
    const r = await api.gql(`{ documents { ${nested} id ${'}'.repeat(15)} } }`);
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('times out long transactions with a clear error', async () => {
    const slow = await startApi(driver, { txTimeoutMs: 1 });
    const { links } = chain(MANY);
    try {
      // Whether one run of a query outlasts 1 ms depends on the machine: several runs of heavy traversals make a
      // timeout certain; every error must be the clear timeout error, never an internal one.
      const codes: unknown[] = [];
      for (let i = 0; i < 5 && !codes.includes('QUERY_TIMEOUT'); i += 1) {
        const r = await slow.gql(
          `query($a: ID!, $b: ID!, $c: ID!) {
             a: whoImplements(id: $a, transitive: true) { depth }
             b: impact(id: $a, maxDepth: 20) { depth }
             c: lineage(id: $b, maxDepth: 20) { depth }
             d: path(from: $b, to: $c) { depth }
           }`,
          { a: links[0].id, b: links[MANY - 1].id, c: links[MANY - 21].id },
        );
        for (const e of r.errors ?? []) codes.push(e.extensions?.code);
        expect(JSON.stringify(r)).not.toMatch(/MATCH|apoc|Neo4jError|at .*\.js/);
      }
      expect(codes).toContain('QUERY_TIMEOUT');
      expect(codes.filter((c) => c !== 'QUERY_TIMEOUT')).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});

describe('errors', () => {
  it('never leak stack traces or Cypher', async () => {
    // A server whose driver has a wrong password: every database call fails internally.
    const s = testNeo4jSettings();
    const broken = neo4j.driver(s.uri, neo4j.auth.basic(s.user, `${s.password}-wrong`));
    const server = await startApi(broken);
    try {
      for (const query of [
        '{ documents { id } }',
        '{ lineage(symbol: "1-KH/TU") { depth } }',
        '{ search(text: "x") { id } }',
      ]) {
        const r = await server.gql(query);
        expect(r.errors).toHaveLength(1);
        const text = JSON.stringify(r);
        expect(text).not.toMatch(/stack|MATCH|RETURN|UNWIND|apoc|\.ts:|\.js:|Neo4jError|Pool/i);
        expect(r.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
        expect(r.errors![0].message).toBe('Internal server error');
      }
    } finally {
      await server.close();
      await broken.close();
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
