import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundHandler, type ExampleOperation, type PlaygroundOptions } from '../../src/api/playground';

const examples: ExampleOperation[] = [
  {
    name: 'Lineage',
    query: 'query Lineage($symbol: String!) { lineage(symbol: $symbol) { depth } }',
    variables: { symbol: '98-KH/TU' },
  },
  { name: 'who implements', query: '{ whoImplements(symbol: "114-KL/TW") { depth } }' },
  { name: 'Tìm kiếm đơn giản', query: 'query ($text: String!) { search(text: $text) { symbol } }' },
  { name: 'Evil', query: '{ search(text: "</script><script>alert(1)</script><!--") { symbol } }' },
];

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Starts a server whose fallback (standing in for Apollo) answers 418, to see what the playground declined. */
async function serve(options: PlaygroundOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const handle = playgroundHandler(options);
  const server = http.createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end('fallback');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function request(url: string, method = 'GET', headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const html = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function pageConfig(page: string): {
  endpoint: string;
  defaultQuery: string;
  tabs: { query: string; variables?: string }[];
  storageNamespace: string;
} {
  const match = /<script id="playground-config" type="application\/json">(?<json>[^<]*)<\/script>/.exec(page);
  expect(match?.groups?.json).toBeDefined();
  return JSON.parse(match?.groups?.json ?? 'null');
}

function assetUrls(page: string): string[] {
  return [...page.matchAll(/(?:src|href)="(?<url>[^"]+)"/g)].map((m) =>
    (m.groups?.url ?? '').replace(/&amp;/g, '&'),
  );
}

function moduleFile(packageName: string, file: string): Buffer {
  return readFileSync(path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file));
}

describe('playgroundHandler', () => {
  let server: { url: string; close: () => Promise<void> };
  let page: string;

  beforeAll(async () => {
    server = await serve({
      endpoint: '/graphql',
      exampleOperations: examples,
      title: 'Vanban <graph> & "co"',
    });
    page = (await request(`${server.url}/graphql`, 'GET', html)).body.toString('utf8');
  });
  afterAll(() => server.close());

  it('serves the page to browsers with a strict, self-only content security policy', async () => {
    const reply = await request(`${server.url}/graphql`, 'GET', html);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page).toContain('<title>Vanban &lt;graph&gt; &amp; &quot;co&quot;</title>');
    // Every script and stylesheet is local: no CDN.
    expect(assetUrls(page).every((url) => url.startsWith('/graphql/_playground/'))).toBe(true);
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('hands everything else to the caller (Apollo)', async () => {
    expect(
      (await request(`${server.url}/graphql`, 'POST', { 'Content-Type': 'application/json' })).status,
    ).toBe(418);
    expect((await request(`${server.url}/graphql`, 'GET', { Accept: 'application/json' })).status).toBe(418);
    expect((await request(`${server.url}/graphql?query={__typename}`, 'GET', {})).status).toBe(418);
    expect((await request(`${server.url}/other`, 'GET', html)).status).toBe(418);
  });

  it('also answers on the endpoint with a trailing slash, and to HEAD without a body', async () => {
    expect((await request(`${server.url}/graphql/`, 'GET', html)).status).toBe(200);
    const head = await request(`${server.url}/graphql`, 'HEAD', html);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('preloads one tab per example, the first also as the default query', () => {
    const config = pageConfig(page);
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs.map((tab) => tab.query)).toEqual([
      examples[0].query,
      'query WhoImplements { whoImplements(symbol: "114-KL/TW") { depth } }',
      'query TimKiemDonGian ($text: String!) { search(text: $text) { symbol } }',
      'query Evil { search(text: "</script><script>alert(1)</script><!--") { symbol } }',
    ]);
    expect(config.tabs[0].variables).toBe(JSON.stringify({ symbol: '98-KH/TU' }, null, 2));
    expect(config.defaultQuery).toBe(examples[0].query);
  });

  it('embeds the examples so they cannot close the script element', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<!--');
    expect(page.match(/<\/script>/g)).toHaveLength(5); // config + four script tags
  });

  it.each([
    ['react.js', 'react', 'umd/react.production.min.js', 'text/javascript; charset=utf-8'],
    ['react-dom.js', 'react-dom', 'umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'],
    ['graphiql.js', 'graphiql', 'dist/index.umd.js', 'text/javascript; charset=utf-8'],
    ['graphiql.css', 'graphiql', 'dist/style.css', 'text/css; charset=utf-8'],
  ])('serves %s from node_modules, cacheable, gzipped on request', async (asset, packageName, file, type) => {
    const url = assetUrls(page).find((u) => u.startsWith(`/graphql/_playground/${asset}?v=`));
    expect(url).toBeDefined();
    const plain = await request(`${server.url}${url}`);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe(type);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    expect(plain.body.equals(moduleFile(packageName, file))).toBe(true);

    const gzipped = await request(`${server.url}${url}`, 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);

    const revalidated = await request(`${server.url}${url}`, 'GET', { 'If-None-Match': plain.headers.etag });
    expect(revalidated.status).toBe(304);
  });

  it('serves its start-up script, which renders GraphiQL with the tabs and posts to the endpoint', async () => {
    const url = assetUrls(page).find((u) => u.startsWith('/graphql/_playground/playground.js?v='));
    const script = (await request(`${server.url}${url}`)).body.toString('utf8');
    expect(script).toContain('GraphiQL.createFetcher({ url: config.endpoint })');
    expect(script).toContain('defaultTabs: config.tabs');
  });

  it('answers 404 for unknown assets and 405 for writes to assets', async () => {
    expect((await request(`${server.url}/graphql/_playground/secret.txt`)).status).toBe(404);
    expect((await request(`${server.url}/graphql/_playground/../package.json`)).status).toBe(418);
    expect((await request(`${server.url}/graphql/_playground/graphiql.js`, 'POST')).status).toBe(405);
  });

  it('gives each set of examples its own browser storage, so new examples are not hidden by old tabs', async () => {
    const other = await serve({ endpoint: '/graphql', exampleOperations: examples.slice(1) });
    try {
      const otherPage = (await request(`${other.url}/graphql`, 'GET', html)).body.toString('utf8');
      expect(pageConfig(otherPage).storageNamespace).not.toBe(pageConfig(page).storageNamespace);
      expect(pageConfig(otherPage).defaultQuery).toBe(
        'query WhoImplements { whoImplements(symbol: "114-KL/TW") { depth } }',
      );
    } finally {
      await other.close();
    }
  });

  it('refuses an example that is not valid GraphQL, naming it', () => {
    expect(() =>
      playgroundHandler({
        endpoint: '/graphql',
        exampleOperations: [{ name: 'Broken', query: '{ lineage(' }],
      }),
    ).toThrow(/Example operation "Broken" is not valid GraphQL: Syntax Error/);
  });
});
