/**
 * The API over HTTP around GraphQL: an unavailable database answered at once with 503 (not a 200 after ~31 s),
 * /health and /ready, CORS by allowlist with CSRF prevention kept, request ids, the response size limit and
 * Prometheus metrics, against the real Neo4j.
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph/load';
import { testNeo4jSettings } from '../setup/neo4j';
import { startApi, type TestApi } from '../fixtures/graph/api';
import { chain } from '../fixtures/graph/chain';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

let driver: Driver;
let api: TestApi;
const DASHBOARD = 'https://dashboard.example.org';
beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await loadGraph(driver, chain(30).graph, { database: testDatabase() });
  api = await startApi(driver, { corsOrigins: [DASHBOARD], metrics: true });
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
});

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const base = () => new URL('/', api.server.url).href.replace(/\/$/, '');

describe('database unavailable', () => {
  it('answers every kind of query within 3 s with HTTP 503 and SERVICE_UNAVAILABLE', async () => {
    const s = testNeo4jSettings();
    // The driver's defaults (30 s of retries) are what made each query hang ~31 s before.
    const down = neo4j.driver(`bolt://127.0.0.1:${await closedPort()}`, neo4j.auth.basic(s.user, s.password));
    const broken = await startApi(down);
    try {
      for (const query of [
        '{ documents { id } }',
        '{ lineage(symbol: "1-KH/TU") { totalCount } }',
        '{ coverage(symbol: "1-KH/TU") { covered } }',
        '{ search(text: "x") { id } }',
      ]) {
        const started = Date.now();
        const response = await fetch(broken.server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const elapsed = Date.now() - started;
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(response.status, query).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
        expect(body.errors[0].extensions.code, query).toBe('SERVICE_UNAVAILABLE');
        expect(elapsed, query).toBeLessThan(3000);
      }
      const ready = await fetch(new URL('/ready', broken.server.url));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
      expect((await fetch(new URL('/health', broken.server.url))).status).toBe(200);
    } finally {
      await broken.close();
      await down.close();
    }
  });
});

describe('operational endpoints', () => {
  it('/health answers for the process, /ready for the database and its schema', async () => {
    const health = await fetch(`${base()}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/ready`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(ready.status).toBe(200);
  });

  it('gives every response a request id, keeping a plain one the caller sent', async () => {
    const own = await fetch(`${base()}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(own.headers.get('x-request-id')).toBe('abc-123');
    const fresh = await fetch(`${base()}/health`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one structured line per request with its id, route, status and duration', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const logged = await startApi(driver, { logger: pino({ level: 'info' }, sink) });
    try {
      const r = await fetch(logged.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
        body: JSON.stringify({ query: '{ documents(limit: 1) { id } }' }),
      });
      expect(r.status).toBe(200);
      await expect.poll(() => lines.length).toBeGreaterThan(0);
      expect(lines[0]).toMatchObject({
        msg: 'request',
        reqId: 'req-42',
        method: 'POST',
        route: '/graphql',
        status: 200,
      });
      expect(typeof lines[0].durationMs).toBe('number');
    } finally {
      await logged.close();
    }
  });

  it('serves Prometheus metrics when enabled', async () => {
    await api.gql('{ documents(limit: 1) { id } }');
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toMatch(
      /vanban_http_request_duration_seconds_count\{route="\/graphql",method="POST",status="200"\} \d+/,
    );
  });
});

describe('CORS', () => {
  it('is off by default: no allow-origin header for any origin', async () => {
    const plain = await startApi(driver);
    try {
      const r = await fetch(plain.server.url, {
        method: 'OPTIONS',
        headers: { origin: DASHBOARD, 'access-control-request-method': 'POST' },
      });
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.close();
    }
  });

  it('answers the preflight of an allowlisted origin and lets it read the response; others get nothing', async () => {
    const preflight = await fetch(api.server.url, {
      method: 'OPTIONS',
      headers: {
        origin: DASHBOARD,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const post = await fetch(api.server.url, {
      method: 'POST',
      headers: { origin: DASHBOARD, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents(limit: 1) { id } }' }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const other = await fetch(api.server.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents(limit: 1) { id } }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a simple cross-site GET without a preflight header is refused', async () => {
    const r = await fetch(`${api.server.url}?query=${encodeURIComponent('{ documents(limit: 1) { id } }')}`, {
      headers: { origin: DASHBOARD },
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/CSRF|Apollo-Require-Preflight/i);
  });
});

describe('response cache', () => {
  it('answers a repeated question from the cache until the graph changes', async () => {
    // versionTtlMs 0: the graph version is read on every request, so the test needs no sleep.
    const cached = await startApi(driver, { responseCache: { versionTtlMs: 0 } });
    const ask = async () => {
      const r = await fetch(cached.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ documentsConnection(where: { scope: { eq: "Hà Nội" } }) { totalCount } }',
        }),
      });
      const body = (await r.json()) as { data: { documentsConnection: { totalCount: number } } };
      return { cache: r.headers.get('x-cache'), total: body.data.documentsConnection.totalCount };
    };
    try {
      expect(await ask()).toEqual({ cache: 'miss', total: 30 });
      expect(await ask()).toEqual({ cache: 'hit', total: 30 });
      await driver.executeQuery(
        "CREATE (:Document {id: 'Hà Nội|cache-test', scope: 'Hà Nội'})",
        {},
        { database: testDatabase() },
      );
      expect(await ask()).toEqual({ cache: 'miss', total: 31 });
      expect(await ask()).toEqual({ cache: 'hit', total: 31 });
      // Errors are not kept.
      const bad = async () =>
        (
          await fetch(cached.server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":"{ lineage { totalCount } }"}',
          })
        ).headers.get('x-cache');
      expect(await bad()).toBe('miss');
      expect(await bad()).toBe('miss');
    } finally {
      await driver.executeQuery(
        "MATCH (d:Document {id: 'Hà Nội|cache-test'}) DELETE d",
        {},
        { database: testDatabase() },
      );
      await cached.close();
    }
    const off = await startApi(driver, { responseCache: false });
    try {
      const r = await fetch(off.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents(limit: 1) { id } }' }),
      });
      expect(r.headers.get('x-cache')).toBeNull();
    } finally {
      await off.close();
    }
  });
});

describe('response cache under concurrent identical requests', () => {
  it('asks the database once: the others wait for the answer being computed', async () => {
    const cached = await startApi(driver);
    try {
      const body = JSON.stringify({
        query: '{ documentsConnection(where: { scope: { eq: "Hà Nội" } }) { totalCount } }',
      });
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          fetch(cached.server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }).then(async (r) => ({ cache: r.headers.get('x-cache'), text: await r.text() })),
        ),
      );
      expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    } finally {
      await cached.close();
    }
  });
});

describe('response size', () => {
  it('replaces a response over the maximum by an error asking for smaller pages', async () => {
    const small = await startApi(driver, { maxResponseBytes: 2_000 });
    try {
      const r = await small.gql('{ documents(limit: 30) { id symbol scope kind issuer date } }');
      expect(r.status).toBe(400);
      expect(r.errors![0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', maximum: 2_000 });
      expect(r.errors![0].message).toMatch(/smaller pages/);
      const ok = await small.gql('{ documents(limit: 2) { id } }');
      expect(ok.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
