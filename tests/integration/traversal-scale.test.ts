/**
 * lineage / impact on a wide and deep cascade, against the real Neo4j: a central resolution carried out by every
 * province, its districts and their communes, continued centrally, with a long chain under one commune (about
 * 3,000 documents and 4,000 relations reachable from the root). Before traverse.cypher computed each reached
 * node's depth once, the impact of such a root ran the test server (1 GB heap) out of memory; now every page
 * must equal the expected order computed here by breadth-first search, with totalCount, cursors, truncated and
 * depthLimited right. Asserts completeness and correctness only (speed is measured in bench/query.ts).
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph/load';
import { LINEAGE_TYPES, type DocumentRecord, type RelationRecord } from '../../src/model';
import { dataOf, startApi, type TestApi } from '../fixtures/graph/api';
import { doc, rel } from '../fixtures/graph/chain';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const PROVINCES = 63;
const DISTRICTS = 12;
const COMMUNES = 3;
const CHAIN = 14;

function day(year: number, n: number): string {
  const month = (n % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
}

/**
 * root ← a central conclusion (CONTINUES) ← every provincial plan (BASED_ON), and root ← the same provincial plans
 * (IMPLEMENTS); each plan ← its district plans (IMPLEMENTS and GUIDES: two relations per pair) ← their communes'
 * plans (IMPLEMENTS); under the first commune a chain of CHAIN documents, one under the other. Dates repeat, so
 * the order falls back to ids. Communes in one district share a date; some communes also implement the root
 * directly, and the root guides the chain's last document (a cycle).
 */
function cascade() {
  const documents: DocumentRecord[] = [];
  const relations: RelationRecord[] = [];
  const root = doc('national', '1-NQ/TW', { kind: 'Nghị quyết', date: '2020-01-10', year: 2020 });
  const conclusion = doc('national', '7-KL/TW', { kind: 'Kết luận', date: '2020-02-01', year: 2020 });
  documents.push(root, conclusion);
  relations.push(rel(conclusion, root, 'CONTINUES'));
  let chainTop: DocumentRecord | null = null;
  for (let p = 0; p < PROVINCES; p++) {
    const province = `Tỉnh ${p}`;
    const plan = doc(province, `${p + 1}-KH/TU`, { date: day(2020, p), year: 2020 });
    documents.push(plan);
    relations.push(rel(plan, root), rel(plan, conclusion, 'BASED_ON'));
    for (let d = 0; d < DISTRICTS; d++) {
      const district = doc(`${province}/Huyện ${d}`, `${d + 1}-KH/HU`, { date: day(2021, d), year: 2021 });
      documents.push(district);
      relations.push(rel(district, plan), rel(district, plan, 'GUIDES'));
      for (let c = 0; c < COMMUNES; c++) {
        const commune = doc(`${province}/Huyện ${d}/Xã ${c}`, `${c + 1}/KH-UBND`, {
          date: day(2022, d),
          year: 2022,
        });
        documents.push(commune);
        relations.push(rel(commune, district));
        // A shortcut: some communes also carry the resolution out directly (depth 1, not 3).
        if ((p + d + c) % 50 === 0) relations.push(rel(commune, root));
        chainTop ??= commune;
      }
    }
  }
  let above = chainTop!;
  for (let i = 0; i < CHAIN; i++) {
    const link = doc('Tỉnh 0/Huyện 0/Xã 0', `${100 + i}/TB-UBND`, { date: day(2023, i), year: 2023 });
    documents.push(link);
    relations.push(rel(link, above));
    above = link;
  }
  // A cycle: the resolution guides the chain's last document.
  relations.push(rel(root, above, 'GUIDES'));
  return { root, documents, relations };
}

interface Expected {
  depth: number;
  from: string;
  to: string;
  type: string;
}

/**
 * The traversal's specification, independent of Cypher: breadth first along `types` (inward for impact), each
 * document at its shortest depth, then every followed relation between reached documents whose near end lies
 * below maxDepth, at that end's depth + 1, ordered by depth, citing date (none last), citing id, cited id, type.
 */
function expectedSteps(
  documents: DocumentRecord[],
  relations: RelationRecord[],
  rootId: string,
  outward: boolean,
  maxDepth: number,
): { steps: Expected[]; reached: number; depthLimited: boolean } {
  const types = new Set<string>(LINEAGE_TYPES);
  const followed = relations.filter((r) => types.has(r.type));
  const near = (r: RelationRecord) => (outward ? r.from : r.to);
  const far = (r: RelationRecord) => (outward ? r.to : r.from);
  const depth = new Map<string, number>([[rootId, 0]]);
  let frontier = [rootId];
  for (let level = 1; level <= maxDepth && frontier.length; level++) {
    const set = new Set(frontier);
    const next: string[] = [];
    for (const r of followed)
      if (set.has(near(r)) && !depth.has(far(r))) {
        depth.set(far(r), level);
        next.push(far(r));
      }
    frontier = next;
  }
  const date = new Map(documents.map((d) => [d.id, d.date]));
  const steps = followed
    .filter((r) => depth.has(far(r)) && (depth.get(near(r)) ?? Infinity) < maxDepth)
    .map((r) => ({ depth: depth.get(near(r))! + 1, from: r.from, to: r.to, type: r.type }));
  const cmp = (a: string | null | undefined, b: string | null | undefined) =>
    a === b ? 0 : a == null ? 1 : b == null ? -1 : a < b ? -1 : 1;
  steps.sort(
    (x, y) =>
      x.depth - y.depth ||
      cmp(date.get(x.from), date.get(y.from)) ||
      cmp(x.from, y.from) ||
      cmp(x.to, y.to) ||
      cmp(x.type, y.type),
  );
  const depthLimited = followed.some((r) => depth.get(near(r)) === maxDepth && !depth.has(far(r)));
  return { steps, reached: depth.size, depthLimited };
}

const { root, documents, relations } = cascade();
const chainEnd = documents[documents.length - 1];
let driver: Driver;
let api: TestApi;

beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await loadGraph(driver, { documents, relations, warnings: [] }, { database: testDatabase() });
  api = await startApi(driver);
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
});

type Page = {
  totalCount: number;
  reachedCount: number;
  truncated: boolean;
  depthLimited: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  steps: { depth: number; type: string; from: { id: string }; to: { id: string } }[];
};
const PAGE = `totalCount reachedCount truncated depthLimited pageInfo { hasNextPage endCursor } steps { depth type from { id } to { id } }`;

async function allPages(api: TestApi, question: 'impact' | 'lineage', id: string, maxDepth: number) {
  const q = `query($id: ID, $d: Int, $after: String) { ${question}(id: $id, maxDepth: $d, first: 500, after: $after) { ${PAGE} } }`;
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = dataOf(await api.gql<Record<string, Page>>(q, { id, d: maxDepth, after }))[question];
    pages.push(page);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const steps = pages.flatMap((p) =>
    p.steps.map((s) => ({ depth: s.depth, from: s.from.id, to: s.to.id, type: s.type })),
  );
  return { pages, steps };
}

describe('a cascade of thousands of documents', () => {
  it('is large enough to matter', () => {
    const e = expectedSteps(documents, relations, root.id, false, 10);
    expect(e.reached).toBeGreaterThan(3000);
    expect(e.steps.length).toBeGreaterThan(3500);
  });

  for (const maxDepth of [10, 20]) {
    it(`impact of the root at maxDepth ${maxDepth}: every page in order, totals and flags right`, async () => {
      const e = expectedSteps(documents, relations, root.id, false, maxDepth);
      const { pages, steps } = await allPages(api, 'impact', root.id, maxDepth);
      expect(pages.length).toBe(Math.ceil(e.steps.length / 500));
      for (const page of pages)
        expect(page).toMatchObject({
          totalCount: e.steps.length,
          reachedCount: e.reached,
          truncated: false,
          depthLimited: e.depthLimited,
        });
      expect(e.depthLimited).toBe(maxDepth === 10);
      expect(steps).toEqual(e.steps);
    });
  }

  it('lineage from the end of the deep chain up to the root', async () => {
    const e = expectedSteps(documents, relations, chainEnd.id, true, 20);
    const { pages, steps } = await allPages(api, 'lineage', chainEnd.id, 20);
    expect(pages[0]).toMatchObject({ totalCount: e.steps.length, truncated: false, depthLimited: false });
    expect(steps).toEqual(e.steps);
    expect(steps.at(-1)!.to).toBe(root.id);
  });

  it('a step cap or a node cap cuts the impact and says so; the first page is still the first in order', async () => {
    const e = expectedSteps(documents, relations, root.id, false, 10);
    const q = `query($id: ID) { impact(id: $id) { ${PAGE} } }`;
    const stepCapped = await startApi(driver, { traversalCaps: { maxNodes: 10_000, maxSteps: 1500 } });
    try {
      const r = dataOf(await stepCapped.gql<{ impact: Page }>(q, { id: root.id })).impact;
      expect(r).toMatchObject({ totalCount: 1500, truncated: true, pageInfo: { hasNextPage: true } });
      expect(r.steps.map((s) => ({ depth: s.depth, from: s.from.id, to: s.to.id, type: s.type }))).toEqual(
        e.steps.slice(0, 100),
      );
    } finally {
      await stepCapped.close();
    }
    const nodeCapped = await startApi(driver, { traversalCaps: { maxNodes: 500, maxSteps: 20_000 } });
    try {
      const r = dataOf(await nodeCapped.gql<{ impact: Page }>(q, { id: root.id })).impact;
      expect(r.truncated).toBe(true);
      expect(r.reachedCount).toBe(500);
      // Breadth first: the 500 documents nearest the root are reached, so the depth-1 steps are all there.
      expect(r.steps.slice(0, 10).map((s) => s.depth)).toEqual(Array(10).fill(1));
      expect(r.totalCount).toBeLessThan(e.steps.length);
    } finally {
      await nodeCapped.close();
    }
  });
});

describe('the fields of a step', () => {
  it('asked through fragments, derived (term) or computed (relations), are all answered', async () => {
    const q = `fragment F on Document { symbol ... on Document { kind date } }
      query($id: ID) { impact(id: $id, maxDepth: 1, first: 1) {
        steps { from { ...F term } to { id title scope implements(limit: 1) { symbol } } }
      } }`;
    type Step = { from: Record<string, unknown>; to: Record<string, unknown> };
    const [step] = dataOf(await api.gql<{ impact: { steps: Step[] } }>(q, { id: root.id })).impact.steps;
    const from = documents.find((d) => d.symbol === step.from.symbol && d.date === step.from.date)!;
    expect(step.from).toEqual({
      symbol: from.symbol,
      kind: from.kind,
      date: from.date,
      term: expect.any(Number),
    });
    expect(step.to).toEqual({ id: root.id, title: root.title, scope: 'national', implements: [] });
  });
});
