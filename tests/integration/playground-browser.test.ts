/**
 * Drives the playground of the real server (src/api/server.ts, seed graph loaded) in headless Chromium —
 * Debian's chromium package, no browser download — with every request outside 127.0.0.1/localhost blocked,
 * proving the page needs no internet; opens the lineage example and runs it through GraphiQL.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../../src/api/examples';
import { createServer, type VanbanServer } from '../../src/api/server';
import { ensureSchema, loadGraph } from '../../src/graph/load';
import { goldExtraction } from '../fixtures/graph/gold';
import { testDriver } from '../setup/neo4j';

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

describe('playground in headless Chromium, offline, on the seed graph', () => {
  let driver: Driver;
  let server: VanbanServer;
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
    driver = await testDriver();
    // The seed graph (gold extraction of seed/); loading is idempotent, so other test files' data is unharmed.
    await ensureSchema(driver, process.env.NEO4J_DATABASE);
    await loadGraph(driver, goldExtraction(), { database: process.env.NEO4J_DATABASE });
    server = await createServer({ driver, database: process.env.NEO4J_DATABASE, port: 0 });

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
    await driver?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('opens the endpoint with one tab per example of queries/', async () => {
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

    await expect
      .poll(() => page.locator('.graphiql-tab').count(), { timeout: 30_000 })
      .toBe(exampleOperations().length);
    expect(pageErrors).toEqual([]);
  });

  /** Selects the first tab whose preloaded query contains `text` (from the page's config); false when none does. */
  async function selectTab(text: string): Promise<boolean> {
    const config = JSON.parse((await page.locator('#playground-config').textContent()) ?? '{}') as {
      tabs?: { query: string }[];
    };
    const queries = (config.tabs ?? []).map((tab) => tab.query);
    const index = queries.findIndex((query) => query.includes(text));
    if (index < 0) return false;
    await page.locator('.graphiql-tab').nth(index).locator('.graphiql-tab-button').click();
    await expect.poll(() => editorValue('.graphiql-query-editor')).toContain(text);
    // GraphiQL works out the operation name 100 ms (debounced) after the editor changes; running sooner would
    // send the previous tab's operation name.
    await page.waitForTimeout(300);
    return true;
  }

  /** The whole text of a CodeMirror 5 editor (its DOM shows only the lines in view). */
  function editorValue(container: string): Promise<string> {
    return page
      .locator(`${container} .CodeMirror`)
      .evaluate(
        (element: unknown) =>
          (element as { CodeMirror?: { getValue(): string } }).CodeMirror?.getValue() ?? '',
      );
  }

  it('runs the lineage example and shows the documents of the chain', async () => {
    expect(await selectTab('lineage('), 'an example in queries/ calls lineage').toBe(true);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => editorValue('.result-window'), { timeout: 30_000 }).toContain('"lineage"');
    const result = JSON.parse(await editorValue('.result-window')) as { data?: unknown; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('"98-KH/TU"');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('runs the who-implements example with Ctrl-Enter', async () => {
    expect(await selectTab('whoImplements('), 'an example in queries/ calls whoImplements').toBe(true);
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => editorValue('.result-window'), { timeout: 30_000 }).toContain('"whoImplements"');
    const result = JSON.parse(await editorValue('.result-window')) as { data?: unknown; errors?: unknown };
    expect(result.errors).toBeUndefined();
    // Who implements 114-KL/TW directly (gold): Quảng Ngãi's 4611/UBND-NC among them.
    expect(JSON.stringify(result.data)).toContain('"4611/UBND-NC"');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
