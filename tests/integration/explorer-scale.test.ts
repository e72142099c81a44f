/**
 * The explorer on large cascades, in headless Chromium against the real API and Neo4j: a central resolution
 * carried out by every province and its districts (~2,000 documents) and a smaller one (~200 documents, the size
 * of the most-cited central document's impact on the 100k generated graph). Measures and prints the time from
 * Enter to the first picture, frame times while panning and zooming the 2,000-node picture, and the export time;
 * asserts completeness and loose bounds only (speed is a benchmark, this machine is shared).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph/load';
import type { DocumentRecord, RelationRecord } from '../../src/model';
import { subgraph } from '../../src/explore/export';
import { startApi, type TestApi } from '../fixtures/graph/api';
import { doc, rel } from '../fixtures/graph/chain';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'tests/artifacts/explorer');
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
const PROVINCES = 63;

/** `root` (national) ← one plan per province ← `perProvince` district documents under each plan. */
function cascade(symbol: string, perProvince: number, year: number) {
  const documents: DocumentRecord[] = [];
  const relations: RelationRecord[] = [];
  const root = doc('national', symbol, {
    kind: 'Nghị quyết',
    date: `${year}-01-10`,
    year,
    title: `nghị quyết ${symbol}`,
  });
  documents.push(root);
  for (let p = 0; p < PROVINCES; p++) {
    const province = `Tỉnh ${p}`;
    const plan = doc(province, `${p + 1}-KH/TU`, {
      date: `${year}-03-${String((p % 27) + 1).padStart(2, '0')}`,
      year,
    });
    plan.id = `${province}|${symbol}|${plan.symbol}`;
    documents.push(plan);
    relations.push(rel(plan, root));
    for (let d = 0; d < perProvince; d++) {
      const district = doc(`${province}/Huyện ${d}`, `${d + 1}/KH-UBND`, {
        issuer: `Ủy ban nhân dân huyện ${d}`,
        date: `${year}-06-${String((d % 27) + 1).padStart(2, '0')}`,
        year,
      });
      district.id = `${province}/Huyện ${d}|${symbol}|${d + 1}/KH-UBND`;
      documents.push(district);
      relations.push(rel(district, plan));
    }
  }
  return { documents, relations };
}

let driver: Driver;
let api: TestApi;
let base: string;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const big = cascade('1-NQ/TW', 31, 2020); // 1 + 63 + 63 × 31 = 2,017 documents (drawn, not loaded)
const medium = cascade('2-NQ/TW', 2, 2021); // 1 + 63 + 126 = 190 documents

beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await loadGraph(
    driver,
    { documents: medium.documents, relations: medium.relations, warnings: [] },
    // Batches of 500: this graph repeats a few symbols in every province, which one large batch loads slowly.
    { database: testDatabase(), batchSize: 500 },
  );
  api = await startApi(driver);
  base = new URL('/', api.server.url).href.replace(/\/$/, '');
  mkdirSync(ARTIFACTS, { recursive: true });
  userDataDir = mkdtempSync(path.join(os.tmpdir(), 'vanban-explorer-scale-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: LAUNCH_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  await api?.close();
  await driver?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Types the symbol, presses Enter, and resolves the milliseconds until the picture and the list show `count`. */
async function openBySearch(symbol: string, count: number): Promise<number> {
  await page.goto(`${base}/explore`);
  await page.locator('#search-input').fill(symbol);
  const started = Date.now();
  await page.locator('#search-input').press('Enter');
  await expect
    .poll(() => page.locator('#node-list tbody tr').count(), { timeout: 60_000, intervals: [20] })
    .toBe(count);
  await expect.poll(() => page.locator('#cy').getAttribute('aria-busy'), { intervals: [20] }).toBe('false');
  return Date.now() - started;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

describe('the explorer on large cascades', () => {
  it('draws the ~200-document impact of a central resolution, all of it', async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push(await openBySearch('2-NQ/TW', medium.documents.length));
    console.log(`[explorer-scale] 190-document cascade, Enter → picture: ${times.join(', ')} ms`);
    expect(await page.locator('#edge-list tbody tr').count()).toBe(medium.relations.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'scale-190.png') });
  });

  it('keeps a 2,000-node picture interactive and exports it', async () => {
    // Drawn from the explorer's own model of the cascade (subgraph.js), built here from the same records the
    // API would return: the API's traversal of a 2,000-document impact runs out of transaction memory on the
    // test server's settings today (see the report), and this test is about the picture.
    const byId = new Map(big.documents.map((d) => [d.id, d]));
    const steps = big.relations.map((r) => ({
      depth: r.to === big.documents[0].id ? 1 : 2,
      type: r.type,
      evidence: r.evidence,
      trigger: 'thực hiện',
      source: null,
      from: byId.get(r.from)!,
      to: byId.get(r.to)!,
    }));
    const graph = subgraph.fromSteps(big.documents[0] as never, [], steps as never);
    await page.goto(`${base}/explore`);
    const drawMs = await page.evaluate((g) => {
      const w = window as unknown as { vanbanExplorer: { showGraph(g: unknown): void } };
      const started = performance.now();
      w.vanbanExplorer.showGraph(g);
      return performance.now() - started;
    }, graph);
    console.log(`[explorer-scale] 2,017-document cascade: layout and first picture ${drawMs.toFixed(0)} ms`);
    expect(await page.locator('#node-list tbody tr').count()).toBe(big.documents.length);
    expect(await page.locator('#edge-list tbody tr').count()).toBe(big.relations.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'scale-2017.png') });

    // Frame times while panning (drag) and zooming (wheel) with real input events.
    const box = (await page.locator('#cy').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; recording_: boolean };
      w.frames_ = [];
      w.recording_ = true;
      let last = performance.now();
      const tick = (now: number) => {
        w.frames_.push(now - last);
        last = now;
        if (w.recording_) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 30; i++) await page.mouse.move(cx + i * 8, cy + i * 4);
    await page.mouse.up();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -120);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 120);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { frames_: number[]; recording_: boolean };
      w.recording_ = false;
      return w.frames_.slice(1);
    });
    const p50 = percentile(frames, 50);
    const p95 = percentile(frames, 95);
    console.log(
      `[explorer-scale] pan/zoom of 2,017 nodes: ${frames.length} frames, ` +
        `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`,
    );
    expect(frames.length).toBeGreaterThan(10);
    // Loose: still interactive on a shared, software-rendered machine (the target is "no visible stutter").
    expect(p50).toBeLessThan(100);

    // Export of the 2,000 nodes in the page (GraphML, the largest writer) and from the endpoint.
    const exportMs = await page.evaluate(() => {
      const w = window as unknown as {
        VanbanSubgraph: { toGraphML(g: unknown): string; toNodesCsv(g: unknown): string };
        vanbanExplorer: { visibleGraph(): unknown };
      };
      const started = performance.now();
      const text = w.VanbanSubgraph.toGraphML(w.vanbanExplorer.visibleGraph());
      w.VanbanSubgraph.toNodesCsv(w.vanbanExplorer.visibleGraph());
      return { ms: performance.now() - started, bytes: text.length };
    });
    console.log(
      `[explorer-scale] export of 2,017 nodes in the page: ${exportMs.ms.toFixed(0)} ms ` +
        `(GraphML ${(exportMs.bytes / 1024).toFixed(0)} KiB + nodes CSV)`,
    );
    expect(exportMs.bytes).toBeGreaterThan(big.documents.length * 100);

    // The endpoint writes with the same code: time the writers in Node on the same 2,017-node graph.
    const started = performance.now();
    const graphml = subgraph.toGraphML(graph);
    subgraph.toNodesCsv(graph);
    subgraph.toEdgesCsv(graph);
    console.log(
      `[explorer-scale] the endpoint's writers on 2,017 nodes: ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(graphml.match(/<node /g)?.length).toBe(big.documents.length);
  });
});
