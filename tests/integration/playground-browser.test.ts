/**
 * Drives the playground in headless Chromium (Debian's chromium package, no browser download) with every
 * request outside 127.0.0.1/localhost blocked, proving the page needs no internet; runs a query through GraphiQL.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError, validationRules } from '../../src/api/limits';
import { playgroundHandler, type ExampleOperation } from '../../src/api/playground';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Stand-in for src/api/server.ts until it lands: a toy schema shaped like the lineage query.
const typeDefs = /* GraphQL */ `
  type Document {
    symbol: String!
    title: String
  }
  type CitationStep {
    depth: Int!
    from: Document!
    to: Document!
    type: String!
  }
  type Query {
    lineage(symbol: String!, maxDepth: Int = 10): [CitationStep!]!
    search(text: String!, limit: Int = 20): [Document!]!
  }
`;
const plan = { symbol: '98-KH/TU', title: 'Kế hoạch thực hiện Kết luận 114-KL/TW' };
const conclusion = { symbol: '114-KL/TW', title: 'Kết luận về công tác dân vận' };
const resolvers = {
  Query: {
    lineage: (_: unknown, args: { symbol: string }) =>
      args.symbol === plan.symbol ? [{ depth: 1, from: plan, to: conclusion, type: 'IMPLEMENTS' }] : [],
    search: () => [plan, conclusion],
  },
};
const exampleOperations: ExampleOperation[] = [
  {
    name: 'Lineage',
    query:
      'query Lineage {\n  lineage(symbol: "98-KH/TU") {\n    depth\n    type\n    from { symbol }\n    to { symbol title }\n  }\n}\n',
  },
  { name: 'Search', query: '{\n  search(text: "dan van kheo") {\n    symbol\n  }\n}\n' },
];

async function startToyServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    validationRules: validationRules(),
    formatError,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const playground = playgroundHandler({ endpoint: '/graphql', exampleOperations });
  const server = http.createServer((req, res) => {
    if (playground(req, res)) return;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const text = Buffer.concat(chunks).toString('utf8');
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: req.method ?? 'GET',
            headers,
            search: new URL(req.url ?? '/', 'http://localhost').search,
            body: text ? JSON.parse(text) : undefined,
          },
          context: async () => ({}),
        })
        .then((response) => {
          res.writeHead(response.status ?? 200, Object.fromEntries(response.headers));
          res.end(response.body.kind === 'complete' ? response.body.string : '');
        })
        .catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

describe('playground in headless Chromium, offline', () => {
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}. Install Debian's package: ` +
          '"apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH).',
      );
    }
    server = await startToyServer();
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'vanban-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: LAUNCH_ARGS,
    });
    // Anything not served by our own server is refused: the playground must work with no internet.
    await context.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost')
        return route.continue();
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('opens the endpoint, shows the example tabs, runs the first and shows the server data', async () => {
    // GraphiQL introspects the schema on load: it must pass the API's limits.
    const introspection = page.waitForResponse(
      (r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('__schema'),
    );
    const response = await page.goto(server.url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(blocked).toEqual([]);
    const schema = (await (await introspection).json()) as {
      data?: { __schema?: unknown };
      errors?: unknown;
    };
    expect(schema.errors).toBeUndefined();
    expect(schema.data?.__schema).toBeDefined();

    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.allInnerTexts(), { timeout: 30_000 }).toEqual(['Lineage', 'Search']);
    await expect.poll(() => page.locator('.graphiql-tab-active').innerText()).toBe('Lineage');

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('"98-KH/TU"');
    const text = await result.innerText();
    expect(text).toContain('"114-KL/TW"');
    expect(text).toContain('IMPLEMENTS');

    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('runs the second example with Ctrl-Enter after switching tabs', async () => {
    await page.locator('.graphiql-tab', { hasText: 'Search' }).locator('.graphiql-tab-button').click();
    await expect.poll(() => page.locator('.graphiql-tab-active').innerText()).toBe('Search');
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.locator('.result-window').innerText(), { timeout: 30_000 })
      .toContain('"search"');
    expect(await page.locator('.result-window').innerText()).toContain('"98-KH/TU"');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
