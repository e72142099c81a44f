/**
 * The lineage explorer (/explore) driven in headless Chromium (Debian's chromium, no browser download) against
 * the real server and Neo4j with the seed texts ingested, every request outside 127.0.0.1 refused: search, scope
 * choice, the cascade picture, node and edge panels, expand / re-centre, filters, coverage, exports (files parsed
 * back), the export endpoint, the URL round trip, keyboard use, languages, errors, and the two screen sizes.
 * Screenshots are kept in tests/artifacts/explorer/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Driver } from 'neo4j-driver';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { banner } from '../../src/cli/serve';
import { ingestPaths } from '../../src/pipeline/library';
import { loadGraph } from '../../src/graph/load';
import { dataOf, startApi, type TestApi } from '../fixtures/graph/api';
import { doc } from '../fixtures/graph/chain';
import { readGold, splitKey } from '../fixtures/graph/gold';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts/explorer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const gold = readGold();
/** Gold keys name unnumbered documents by a note ("(unnumbered)/UBND-KGVX"); the graph keeps the symbol. */
const goldSymbol = (key: string) => splitKey(key).symbol.replace(/^\(unnumbered[^)]*\)/, '');

let driver: Driver;
let api: TestApi;
let base: string;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const blocked: string[] = [];
const pageErrors: string[] = [];

/** Requests outside this machine are refused: the explorer must work offline. */
async function offline(ctx: BrowserContext): Promise<void> {
  await ctx.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost')
      return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
}

function watch(p: Page): void {
  p.on('pageerror', (error) => pageErrors.push(error.message));
  p.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package: ` +
        '"apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH).',
    );
  }
  driver = await graphTestDriver();
  await resetGraph(driver);
  await ingestPaths(driver, [path.join(ROOT, 'seed')], { database: testDatabase() });
  // One symbol in two provinces (none in the seed is): the explorer must ask which one.
  await loadGraph(
    driver,
    {
      documents: [
        doc('Hà Nội', '77-KH/TU', { title: 'kế hoạch thử nghiệm Hà Nội', date: '2020-01-02', year: 2020 }),
        doc('Thừa Thiên Huế', '77-KH/TU', {
          title: 'kế hoạch thử nghiệm Huế',
          date: '2020-03-04',
          year: 2020,
        }),
      ],
      relations: [],
      warnings: [],
    },
    { database: testDatabase() },
  );
  api = await startApi(driver);
  base = new URL('/', api.server.url).href.replace(/\/$/, '');
  mkdirSync(ARTIFACTS, { recursive: true });
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'vanban-explorer-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await offline(context);
  page = context.pages()[0] ?? (await context.newPage());
  watch(page);
});

afterAll(async () => {
  await context?.close();
  await api?.close();
  await driver?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

// ---- helpers: read the page as a person (or a screen reader) would --------------------------------------------

/** Symbols of the text list's documents, in order. */
async function listedNodes(p: Page = page): Promise<string[]> {
  return p.locator('#node-list tbody tr td:first-child').allTextContents();
}

/** "from TYPE-NAME to" rows of the text list, with their evidence. */
async function listedEdges(
  p: Page = page,
): Promise<{ from: string; type: string; to: string; evidence: string }[]> {
  return p.locator('#edge-list tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent ?? '');
      return { from: cells[0], type: row.getAttribute('data-type') ?? '', to: cells[2], evidence: cells[3] };
    }),
  );
}

/** The ids and symbols of the documents drawn in the picture (Cytoscape's own model). */
async function drawnNodes(p: Page = page): Promise<string[]> {
  return p.evaluate(() =>
    (window as unknown as { vanbanExplorer: { cy: { nodes(): { id(): string }[] } } }).vanbanExplorer.cy
      .nodes()
      .map((n) => n.id()),
  );
}

interface DrawnNode {
  id: string;
  symbol: string;
  x: number;
  y: number;
  shape: string;
  borderStyle: string;
  colour: string;
  stub: boolean;
}
/** Rendered position (page coordinates) and style of each node of the picture. */
async function drawn(p: Page = page): Promise<Map<string, DrawnNode>> {
  const box = (await p.locator('#cy').boundingBox())!;
  const nodes = await p.evaluate(() => {
    type Node = {
      id(): string;
      data(k: string): unknown;
      renderedPosition(): { x: number; y: number };
      style(k: string): string;
    };
    const cy = (window as unknown as { vanbanExplorer: { cy: { nodes(): Node[] } } }).vanbanExplorer.cy;
    return cy.nodes().map((n) => ({
      id: n.id(),
      symbol: String(n.data('label')).split('\n')[0],
      x: n.renderedPosition().x,
      y: n.renderedPosition().y,
      shape: n.style('shape'),
      borderStyle: n.style('border-style'),
      colour: n.style('background-color'),
      stub: Boolean(n.data('stub')),
    }));
  });
  return new Map(nodes.map((n) => [n.symbol, { ...n, x: n.x + box.x, y: n.y + box.y }]));
}

async function waitForCascade(p: Page, symbol: string): Promise<void> {
  await expect
    .poll(
      async () =>
        (await listedNodes(p)).includes(symbol) && (await p.locator('#cy').getAttribute('aria-busy')),
      {
        timeout: 30_000,
      },
    )
    .toBe('false');
}

async function openExplorer(query: string, p: Page = page): Promise<void> {
  const response = await p.goto(`${base}/explore${query}`);
  expect(response?.status()).toBe(200);
}

async function download(button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${button}"]`).click(),
  ]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(filePath!) };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => ['node', 'edge', 'data'].includes(n),
});
type GraphML = {
  graphml: {
    graph: {
      node?: { '@id': string; data: { '#text': string; '@key': string }[] }[];
      edge?: { '@source': string; '@target': string; data: { '#text': string; '@key': string }[] }[];
    };
  };
};
function parseGraphML(text: string): GraphML['graphml']['graph'] {
  expect(XMLValidator.validate(text)).toBe(true);
  return (xml.parse(text) as GraphML).graphml.graph;
}
const dataOfKey = (item: { data: { '#text': string; '@key': string }[] }, key: string) =>
  item.data.find((d) => d['@key'] === key)?.['#text'];

/** Rows of an RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

// ---- the tests -------------------------------------------------------------------------------------------------

describe('the explorer in headless Chromium, offline, on the seed graph', () => {
  it('is served at /explore from our own assets, links to the playground, and the playground links back', async () => {
    await openExplorer('');
    await expect.poll(() => page.locator('#legend').textContent()).toContain('Trung ương');
    expect(await page.locator('#playground-link').getAttribute('href')).toBe('/graphql');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const playground = await context.newPage();
    try {
      await playground.goto(`${base}/graphql`);
      expect(await playground.locator('#explorer-link').getAttribute('href')).toBe('/explore');
    } finally {
      await playground.close();
    }
    // `npm start` prints both addresses.
    expect(banner(api.server)).toContain(`${base}/explore`);
    expect(banner(api.server)).toContain(`${base}/graphql`);
    const asset = await fetch(`${base}/explore/assets/cytoscape.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('finds 25-NQ/TW with suggestions and draws its cascade with evidence on every edge', async () => {
    await openExplorer('');
    const search = page.locator('#search-input');
    await search.fill('25-NQ/TW');
    const suggestion = page.locator('#suggestions li', { hasText: '25-NQ/TW' }).first();
    await expect.poll(() => suggestion.count(), { timeout: 15_000 }).toBe(1);
    // A suggestion shows symbol, kind, issuer, date and scope.
    const text = await suggestion.textContent();
    for (const part of ['Nghị quyết', '2013-06-03', 'toàn quốc']) expect(text).toContain(part);
    const clicked = Date.now();
    await search.press('Enter');
    await waitForCascade(page, '98-KH/TU');
    const firstPictureMs = Date.now() - clicked;

    // The seed cascade: 25-NQ/TW ← 43-KL/TW ← 98-KH/TU ← the Kon Tum letter, and the rest of its impact.
    const nodes = await listedNodes();
    const expected = ['25-NQ/TW', ...gold.queries['impact of 25-NQ/TW, transitively'].map(goldSymbol)];
    expect(new Set(nodes)).toEqual(new Set(expected));
    expect((await drawnNodes()).length).toBe(nodes.length);
    const edges = await listedEdges();
    expect(edges.length).toBeGreaterThanOrEqual(nodes.length - 1);
    for (const edge of edges)
      expect(edge.evidence.trim().length, `${edge.from} → ${edge.to}`).toBeGreaterThan(20);
    expect(edges).toContainEqual(
      expect.objectContaining({ from: '43-KL/TW', type: 'CONTINUES', to: '25-NQ/TW' }),
    );
    expect(edges).toContainEqual(
      expect.objectContaining({ from: '98-KH/TU', type: 'IMPLEMENTS', to: '43-KL/TW' }),
    );
    expect(edges).toContainEqual(
      expect.objectContaining({ from: '/UBND-KGVX', type: 'IMPLEMENTS', to: '98-KH/TU' }),
    );

    // Top-down by level: the chain descends; Party plans are rounded, State letters cut; stubs are dashed.
    const at = await drawn();
    expect(at.get('25-NQ/TW')!.y).toBeLessThan(at.get('43-KL/TW')!.y);
    expect(at.get('43-KL/TW')!.y).toBeLessThan(at.get('98-KH/TU')!.y);
    expect(at.get('98-KH/TU')!.y).toBeLessThan(at.get('/UBND-KGVX')!.y);
    expect(at.get('98-KH/TU')!.shape).toBe('round-rectangle');
    expect(at.get('/UBND-KGVX')!.shape).toBe('cut-rectangle');
    expect(at.get('43-KL/TW')!.stub).toBe(true);
    expect(at.get('43-KL/TW')!.borderStyle).toBe('dashed');
    expect(at.get('/UBND-KGVX')!.borderStyle).toBe('solid');
    expect(at.get('25-NQ/TW')!.colour).not.toBe(at.get('98-KH/TU')!.colour); // central vs province
    expect(await page.locator('#legend').textContent()).toContain('tiếp tục thực hiện');

    // The URL names the view.
    const url = new URL(page.url());
    expect(url.searchParams.get('symbol')).toBe('25-NQ/TW');
    expect(url.searchParams.get('scope')).toBe('national');
    expect(url.searchParams.get('types')).toBe('IMPLEMENTS,CONTINUES,BASED_ON,GUIDES');
    console.log(`[explorer] seed cascade of 25-NQ/TW drawn ${firstPictureMs} ms after Enter`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'cascade-25-NQ-TW.png') });
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('searches without accents, and takes a symbol with its province', async () => {
    await openExplorer('');
    await page.locator('#search-input').fill('dan van kheo');
    await expect.poll(() => page.locator('#suggestions li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('#search-input').fill('98-KH/TU Kon Tum');
    await page.locator('#search-input').press('Enter');
    await waitForCascade(page, '98-KH/TU');
    expect(new URL(page.url()).searchParams.get('scope')).toBe('Kon Tum');
    expect(await page.locator('#document-symbol').textContent()).toContain('98-KH/TU');
  });

  it('lists the scopes of an ambiguous symbol to pick from', async () => {
    await openExplorer('');
    await page.locator('#search-input').fill('77-KH/TU');
    await page.locator('#search-input').press('Enter');
    const picker = page.locator('#scope-picker');
    await expect.poll(() => picker.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await picker.locator('button').allTextContents()).toEqual([
      expect.stringContaining('Hà Nội'),
      expect.stringContaining('Thừa Thiên Huế'),
    ]);
    await picker.locator('button', { hasText: 'Thừa Thiên Huế' }).click();
    await waitForCascade(page, '77-KH/TU');
    expect(new URL(page.url()).searchParams.get('scope')).toBe('Thừa Thiên Huế');
    expect(await page.locator('#document-panel .doc-title').textContent()).toBe('kế hoạch thử nghiệm Huế');

    // The same from a link without the scope: the API's ambiguity error becomes the same choice.
    await openExplorer('?symbol=77-KH/TU');
    await expect.poll(() => picker.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await picker.locator('button').count()).toBe(2);
  });

  it('shows a document on click: metadata, title, who implements it, full text with citations marked', async () => {
    await openExplorer('?symbol=25-NQ/TW&scope=national');
    await waitForCascade(page, '/UBND-KGVX');
    const letter = (await drawn()).get('/UBND-KGVX')!;
    await page.mouse.click(letter.x, letter.y);
    const panel = page.locator('#document-panel');
    await expect.poll(() => panel.locator('#document-symbol').textContent()).toContain('/UBND-KGVX');
    await expect.poll(() => panel.locator('pre.full-text, #full-text').count()).toBe(1);
    const meta = await panel.locator('dl.meta').textContent();
    expect(meta).toContain('Kon Tum');
    expect(meta).toContain('Ủy ban nhân dân tỉnh Kon Tum');
    const marks = await panel.locator('#full-text mark.citation').allTextContents();
    expect(marks.map((m) => m.replace(/\s+/g, ''))).toContain('98-KH/TU');

    // A parent: its implementers are listed.
    const plan = (await drawn()).get('98-KH/TU')!;
    await page.mouse.click(plan.x, plan.y);
    await expect.poll(() => panel.locator('#document-symbol').textContent()).toContain('98-KH/TU');
    await expect.poll(() => panel.locator('.implementers').textContent()).toContain('/UBND-KGVX');
    await page.screenshot({ path: path.join(ARTIFACTS, 'document-panel.png') });
  });

  it('shows the evidence of an edge on hover: sentence, trigger and citation marked, source file', async () => {
    await openExplorer('?symbol=25-NQ/TW&scope=national');
    await waitForCascade(page, '98-KH/TU');
    const edgeId = await page.evaluate(() => {
      type Edge = { id(): string; data(k: string): string };
      const cy = (window as unknown as { vanbanExplorer: { cy: { edges(): Edge[] } } }).vanbanExplorer.cy;
      return cy
        .edges()
        .find((e) => e.data('type') === 'IMPLEMENTS' && e.id().includes('98-KH/TU'))!
        .id();
    });
    const point = await page.evaluate((id) => {
      type Cy = { getElementById(id: string): { renderedMidpoint(): { x: number; y: number } } };
      return (window as unknown as { vanbanExplorer: { cy: Cy } }).vanbanExplorer.cy
        .getElementById(id)
        .renderedMidpoint();
    }, edgeId);
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    const panel = page.locator('#evidence-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const relation = await panel.locator('#evidence-relation').textContent();
    expect(relation).toMatch(/98-KH\/TU\s+thực hiện\s+43-KL\/TW/);
    const trigger = await panel.locator('#evidence-text mark.trigger').allTextContents();
    expect(trigger.length).toBeGreaterThan(0);
    const cited = await panel.locator('#evidence-text mark.citation').allTextContents();
    expect(cited.join(' ')).toMatch(/43/);
    expect(await panel.locator('#evidence-file').textContent()).toMatch(/\.txt$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'evidence.png') });
  });

  it('expands a node, and re-centres on another', async () => {
    await openExplorer('?symbol=25-NQ/TW&scope=national');
    await waitForCascade(page, '/UBND-KGVX');
    const before = await listedNodes();
    type Ref = { type: string; symbol: string };
    await page.locator('#tab-list').click();
    await page.locator('#node-list button', { hasText: '/UBND-KGVX' }).click();
    await page.locator('#expand-button').click();
    // The letter's direct neighbours by the default relation types, as the API lists them, are added.
    const { documents } = dataOf(
      await api.gql<{ documents: { references: Ref[]; citedBy: Ref[] }[] }>(
        `{ documents(where: { symbol: { eq: "/UBND-KGVX" } }) {
            references { type symbol } citedBy { type symbol } } }`,
      ),
    );
    const followed = ['IMPLEMENTS', 'CONTINUES', 'BASED_ON', 'GUIDES'];
    const neighbours = [...documents[0].references, ...documents[0].citedBy]
      .filter((r) => followed.includes(r.type))
      .map((r) => r.symbol);
    expect(neighbours.filter((s) => !before.includes(s)).length).toBeGreaterThan(0);
    await expect
      .poll(async () => new Set(await listedNodes()), { timeout: 15_000 })
      .toEqual(new Set([...before, ...neighbours]));
    expect((await drawnNodes()).length).toBe((await listedNodes()).length);

    await page.locator('#tab-list').click();
    await page.locator('#node-list button', { hasText: '98-KH/TU' }).click();
    await page.locator('#recentre-button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('symbol')).toBe('98-KH/TU');
    await waitForCascade(page, '25-NQ/TW');
    const at = await drawn();
    // Lineage above, impact below the chosen document.
    expect(at.get('43-KL/TW')!.y).toBeLessThan(at.get('98-KH/TU')!.y);
    expect(at.get('/UBND-KGVX')!.y).toBeGreaterThan(at.get('98-KH/TU')!.y);
  });

  it('filters by level, province, years, relation types and depth', async () => {
    await openExplorer('?symbol=25-NQ/TW&scope=national');
    await waitForCascade(page, '02/CT-UBND');
    const all = await listedNodes();

    await page.locator('#level-filters input[value="district"]').uncheck();
    await expect.poll(() => listedNodes()).not.toContain('02/CT-UBND');
    expect(new URL(page.url()).searchParams.get('levels')).toBe('central,province,commune');
    await page.locator('#level-filters input[value="district"]').check();
    await expect.poll(() => listedNodes()).toContain('02/CT-UBND');

    await page.locator('#province').selectOption('Kon Tum');
    await expect.poll(() => listedNodes()).not.toContain('4611/UBND-NC');
    expect(await listedNodes()).toEqual(
      expect.arrayContaining(['25-NQ/TW', '43-KL/TW', '98-KH/TU', '/UBND-KGVX']),
    );
    await page.locator('#province').selectOption('');
    await expect.poll(async () => (await listedNodes()).length).toBe(all.length);

    await page.locator('#year-from').fill('2019');
    await page.locator('#year-from').dispatchEvent('change');
    // 43-CTr/TU (2013) goes, 98-KH/TU (2019) stays, the chosen document always stays.
    await expect.poll(() => listedNodes()).not.toContain('43-CTr/TU');
    expect(await listedNodes()).toEqual(expect.arrayContaining(['25-NQ/TW', '98-KH/TU']));
    await page.locator('#year-from').fill('');
    await page.locator('#year-from').dispatchEvent('change');

    // Relation types are asked of the API again: without CONTINUES, 43-KL/TW and what hangs below it go.
    await page.locator('#type-filters input[value="CONTINUES"]').uncheck();
    await expect.poll(() => listedNodes(), { timeout: 15_000 }).not.toContain('43-KL/TW');
    expect(await listedNodes()).not.toContain('98-KH/TU');
    expect(new URL(page.url()).searchParams.get('types')).toBe('IMPLEMENTS,BASED_ON,GUIDES');
    await page.locator('#type-filters input[value="CONTINUES"]').check();
    await expect.poll(() => listedNodes(), { timeout: 15_000 }).toContain('98-KH/TU');

    await page.locator('#depth').selectOption('1');
    await expect.poll(() => listedNodes(), { timeout: 15_000 }).not.toContain('98-KH/TU');
    expect(await listedNodes()).toContain('43-KL/TW');
    expect(new URL(page.url()).searchParams.get('depth')).toBe('1');
  });

  it('lays the cascade out left to right by date at a toggle', async () => {
    await openExplorer('?symbol=25-NQ/TW&scope=national&layout=date');
    await waitForCascade(page, '98-KH/TU');
    const at = await drawn();
    // 25-NQ/TW (2013-06) < 43-CTr/TU (2013-09) < 02/CT-UBND (2018-04) < 43-KL/TW (2019-01) < 98-KH/TU (2019-06).
    const order = ['25-NQ/TW', '43-CTr/TU', '02/CT-UBND', '43-KL/TW', '98-KH/TU'].map((s) => at.get(s)!.x);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    await page.locator('input[name=layout][value="level"]').check();
    await expect
      .poll(async () => (await drawn()).get('25-NQ/TW')!.y < (await drawn()).get('98-KH/TU')!.y)
      .toBe(true);
    expect(new URL(page.url()).searchParams.get('layout')).toBeNull();
  });

  it('shows the coverage of 114-KL/TW across the provinces: table, grid, sorting, districts, 34 provinces', async () => {
    const { coverage } = dataOf(
      await api.gql<{
        coverage: {
          covered: number;
          provinces: { province: string; covered: boolean; delayDays: number | null }[];
        };
      }>('{ coverage(symbol: "114-KL/TW") { covered provinces { province covered delayDays } } }'),
    );
    await openExplorer('?symbol=114-KL/TW&scope=national&view=coverage');
    const rows = page.locator('#coverage-table tbody tr:not(.districts)');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(coverage.provinces.length);
    expect(coverage.provinces.length).toBe(63);
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        province: tr.getAttribute('data-province'),
        uncovered: tr.classList.contains('uncovered'),
        delay: tr.querySelectorAll('td')[2].textContent,
      })),
    );
    for (const p of coverage.provinces) {
      const row = table.find((r) => r.province === p.province)!;
      expect(row.uncovered, p.province).toBe(!p.covered);
      expect(row.delay).toBe(p.delayDays === null ? '' : String(p.delayDays));
    }
    // Sorted by delay: covered provinces first, soonest first.
    const covered = coverage.provinces.filter((p) => p.covered).sort((a, b) => a.delayDays! - b.delayDays!);
    expect(table.slice(0, covered.length).map((r) => r.province)).toEqual(covered.map((p) => p.province));
    expect(await page.locator('#coverage-summary').textContent()).toContain(`${coverage.covered}/63`);
    expect(await page.locator('#coverage-grid .cell').count()).toBe(63);
    expect(await page.locator('#coverage-grid .cell.none').count()).toBe(63 - coverage.covered);
    await page.screenshot({ path: path.join(ARTIFACTS, 'coverage-114-KL-TW.png') });

    // Sort by province name, then back the other way.
    await page.locator('#coverage-table button[data-sort="province"]').click();
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-province')!));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    await page.locator('#coverage-table button[data-sort="province"]').click();
    expect(await rows.first().getAttribute('data-province')).toBe(names[names.length - 1]);

    // Districts on demand.
    await page.locator('#coverage-table tr[data-province="Bình Dương"] th button').click();
    await expect
      .poll(() => page.locator('#coverage-table tr.districts').textContent())
      .toContain('Phú Giáo: 02/CT-UBND');

    // The same report on the 34 provinces from 1 July 2025 (Kon Tum is now part of Quảng Ngãi).
    await page.locator('input[name=era][value="2025"]').check();
    await expect.poll(() => rows.count()).toBe(34);
    expect(new URL(page.url()).searchParams.get('era')).toBe('2025');
    expect(await page.locator('#coverage-table tr[data-province="Kon Tum"]').count()).toBe(0);
    expect(
      await page.locator('#coverage-table tr[data-province="Quảng Ngãi"]').getAttribute('class'),
    ).toBeNull();
    await page.screenshot({ path: path.join(ARTIFACTS, 'coverage-34.png') });
  });

  it('exports the visible subgraph as GraphML, CSV, JSON, PNG and SVG, parsed back', async () => {
    await openExplorer('?symbol=25-NQ/TW&scope=national');
    await waitForCascade(page, '98-KH/TU');
    const nodes = await listedNodes();
    const edges = await listedEdges();

    const graphml = await download('graphml');
    expect(graphml.name).toBe('cascade-25-NQ-TW.graphml');
    const graph = parseGraphML(graphml.body.toString('utf8'));
    expect(new Set(graph.node!.map((n) => dataOfKey(n, 'symbol')))).toEqual(new Set(nodes));
    expect(graph.edge!.length).toBe(edges.length);
    for (const edge of graph.edge!) expect(dataOfKey(edge, 'e_evidence')).toBeTruthy();

    const nodesCsv = csvRows((await download('nodes.csv')).body.toString('utf8'));
    expect(nodesCsv[0]).toEqual([
      'id',
      'symbol',
      'kind',
      'issuer',
      'scope',
      'level',
      'party',
      'date',
      'stub',
      'title',
    ]);
    expect(nodesCsv.length - 1).toBe(nodes.length);
    expect(new Set(nodesCsv.slice(1).map((r) => r[1]))).toEqual(new Set(nodes));
    const edgesCsv = csvRows((await download('edges.csv')).body.toString('utf8'));
    expect(edgesCsv[0]).toEqual(['source', 'target', 'type', 'evidence', 'trigger', 'file']);
    expect(edgesCsv.length - 1).toBe(edges.length);

    const json = JSON.parse((await download('json')).body.toString('utf8')) as {
      nodes: unknown[];
      edges: unknown[];
    };
    expect(json.nodes.length).toBe(nodes.length);
    expect(json.edges.length).toBe(edges.length);

    const png = await download('png');
    expect(png.name).toBe('cascade-25-NQ-TW.png');
    expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.body.length).toBeGreaterThan(5_000);
    const svg = (await download('svg')).body.toString('utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<svg');
    expect(svg).toContain('98-KH/TU');

    // Filters apply to the exports: without districts, 02/CT-UBND is not exported.
    await page.locator('#level-filters input[value="district"]').uncheck();
    await expect.poll(() => listedNodes()).not.toContain('02/CT-UBND');
    const filtered = parseGraphML((await download('graphml')).body.toString('utf8'));
    expect(filtered.node!.map((n) => dataOfKey(n, 'symbol'))).not.toContain('02/CT-UBND');
    expect(filtered.node!.length).toBe(nodes.length - 1);

    // The export endpoint with the page's own URL parameters gives the same file to scripts.
    const params = new URL(page.url()).searchParams;
    params.set('format', 'graphml');
    const response = await fetch(`${base}/explore/export?${params}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphml+xml');
    expect(response.headers.get('content-disposition')).toContain('cascade-25-NQ-TW.graphml');
    const fromEndpoint = parseGraphML(await response.text());
    expect(new Set(fromEndpoint.node!.map((n) => n['@id']))).toEqual(
      new Set(filtered.node!.map((n) => n['@id'])),
    );
    expect(fromEndpoint.edge!.length).toBe(filtered.edge!.length);
  });

  it('serves the export endpoint to scripts: every format, clear errors', async () => {
    const get = (query: string) => fetch(`${base}/explore/export?${query}`);
    const nodes = csvRows(await (await get('symbol=25-NQ/TW&scope=national&format=nodes.csv')).text());
    const expected = 1 + gold.queries['impact of 25-NQ/TW, transitively'].length;
    expect(nodes.length - 1).toBe(expected);
    const edges = csvRows(await (await get('symbol=25-NQ/TW&format=edges.csv')).text());
    expect(edges.length - 1).toBeGreaterThanOrEqual(expected - 1);
    const json = (await (await get('symbol=25-NQ/TW&format=json&depth=1')).json()) as {
      nodes: { symbol: string }[];
    };
    expect(json.nodes.map((n) => n.symbol)).not.toContain('98-KH/TU');

    const unknown = await get('symbol=999-ZZ/TW&format=graphml');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { message: string }[] }).errors[0].message).toContain(
      '999-ZZ/TW',
    );
    const ambiguous = await get('symbol=77-KH/TU&format=graphml');
    expect(ambiguous.status).toBe(400);
    expect(
      ((await ambiguous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('DOCUMENT_AMBIGUOUS');
    expect((await get('symbol=25-NQ/TW&format=xlsx')).status).toBe(400);
    expect((await get('format=graphml')).status).toBe(400);
    expect((await fetch(`${base}/explore/export?symbol=25-NQ/TW`, { method: 'POST' })).status).toBe(405);
  });

  it('reproduces a view from its URL', async () => {
    await openExplorer('?symbol=25-NQ/TW&scope=national');
    await waitForCascade(page, '98-KH/TU');
    await page.locator('#type-filters input[value="GUIDES"]').uncheck();
    await page.locator('#depth').selectOption('3');
    await waitForCascade(page, '98-KH/TU');
    await page.locator('#level-filters input[value="district"]').uncheck();
    await page.locator('input[name=layout][value="date"]').check();
    await page.locator('#lang-toggle').click();
    await expect.poll(() => listedNodes()).not.toContain('02/CT-UBND');
    const url = page.url();
    const nodes = await listedNodes();
    const edges = await listedEdges();

    const other = await context.newPage();
    watch(other);
    try {
      await openExplorer(new URL(url).search, other);
      await waitForCascade(other, '98-KH/TU');
      expect(await listedNodes(other)).toEqual(nodes);
      expect(await listedEdges(other)).toEqual(edges);
      expect(await other.locator('#depth').inputValue()).toBe('3');
      expect(await other.locator('#type-filters input[value="GUIDES"]').isChecked()).toBe(false);
      expect(await other.locator('#level-filters input[value="district"]').isChecked()).toBe(false);
      expect(await other.locator('input[name=layout][value="date"]').isChecked()).toBe(true);
      expect(await other.locator('html').getAttribute('lang')).toBe('en');
      expect(await other.locator('#tab-graph').textContent()).toBe('Cascade');
      expect(other.url()).toBe(url);
    } finally {
      await other.close();
    }
  });

  it('works from the keyboard: search, suggestions, tabs, walking the picture', async () => {
    await openExplorer('');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // search box
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('43-KL');
    await expect.poll(() => page.locator('#suggestions li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe('suggestion-0');
    await page.keyboard.press('Enter');
    await waitForCascade(page, '43-KL/TW');
    expect(new URL(page.url()).searchParams.get('symbol')).toBe('43-KL/TW');

    await page.locator('#tab-document').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-evidence').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#list-view').isVisible()).toBe(true);

    await page.locator('#cy').focus();
    await page.keyboard.press('ArrowDown');
    const selected = await page.evaluate(() =>
      (
        window as unknown as { vanbanExplorer: { cy: { nodes(s: string): { id(): string }[] } } }
      ).vanbanExplorer.cy
        .nodes(':selected')
        .map((n) => n.id()),
    );
    expect(selected.length).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#document-panel').isVisible()).toBe(true);
  });

  it('says clearly when a symbol is unknown, nothing is found, or the API is down', async () => {
    await openExplorer('?symbol=999-ZZ/TW');
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: 15_000 })
      .toContain('999-ZZ/TW');
    expect(await page.locator('#status').getAttribute('role')).toBe('alert');

    await openExplorer('');
    await page.locator('#search-input').fill('zzqqxx khongco');
    await page.locator('#search-input').press('Enter');
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: 15_000 })
      .toContain('Không tìm thấy');

    let refused = 0;
    await page.route('**/graphql', (route) => {
      refused++;
      return route.abort('connectionrefused');
    });
    try {
      await page.locator('#search-input').fill('25-NQ/TW');
      await page.locator('#search-input').press('Enter');
      await expect
        .poll(() => page.locator('#status').textContent(), { timeout: 15_000 })
        .toContain('Không kết nối được');
    } finally {
      await page.unroute('**/graphql');
    }
    // The browser logs each refused request, on purpose, and may log the last ones after the status shows the first
    // failure: wait for every one before clearing, or a late one lands in the next test's page errors.
    const loggedRefusals = (): number =>
      pageErrors.filter((e) => e.includes('ERR_CONNECTION_REFUSED')).length;
    await expect.poll(loggedRefusals, { timeout: 10_000 }).toBeGreaterThanOrEqual(refused);
    pageErrors.length = 0;
  });

  it('fits 1280×800 and a tablet, in Vietnamese and English', async () => {
    for (const [width, height, name, lang] of [
      [1280, 800, 'desktop-1280x800', 'vi'],
      [820, 1180, 'tablet-820x1180', 'en'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await openExplorer(`?symbol=25-NQ/TW&scope=national&lang=${lang}`);
      await waitForCascade(page, '98-KH/TU');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const box = (await page.locator('#cy').boundingBox())!;
      expect(box.width).toBeGreaterThan(width * 0.5);
      expect(box.height).toBeGreaterThan(300);
      // Every node is inside the picture after the fit.
      for (const node of (await drawn()).values()) {
        expect(node.x).toBeGreaterThanOrEqual(box.x);
        expect(node.x).toBeLessThanOrEqual(box.x + box.width);
      }
      expect(await page.locator('#search-form button').textContent()).toBe(lang === 'vi' ? 'Tìm' : 'Search');
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
