/**
 * The research root queries and the generated read API, over HTTP against the real Neo4j: ambiguity and
 * not-found errors, depth bounds, cycles, relation-type filters, nested Document fields, path, and the
 * generated filters, sorting, pagination and aggregations.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, type LoadableGraph } from '../../src/graph/load';
import { MAX_DEPTH } from '../../src/api/resolvers';
import { dataOf, startApi, type TestApi } from '../fixtures/graph/api';
import { chain, doc, rel } from '../fixtures/graph/chain';
import { goldExtraction } from '../fixtures/graph/gold';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const CHAIN = 30;
const { graph: chainGraph, links } = chain(CHAIN);
const law = doc('national', '77/2015/QH13', { kind: 'Luật', issuer: 'Quốc hội' });
const cycleA = doc('Huế', '1-KH/TU');
const cycleB = doc('Huế', '2-KH/TU');
const quangNgai98 = doc('Quảng Ngãi', '98-KH/TU');
// Party numbers restart each term: two central 25-NQ/TW, of terms XI and XIII.
// The gold graph's 25-NQ/TW of 2013 (term XI).
const res25of2013 = doc('national', '25-NQ/TW', { issuer: 'Ban Chấp hành Trung ương Đảng (khóa XI)' });
const res25of2023 = doc('national', '25-NQ/TW', {
  id: 'national|25-NQ/TW|2023',
  kind: 'Nghị quyết',
  issuer: 'Bộ Chính trị',
  date: '2023-07-25',
  year: 2023,
});
const konTumPlan25 = doc('Kon Tum', '77-KH/TU', { date: '2013-09-01', year: 2013 });
const unknownPlan25 = doc('Atlantis', '5-KH/TU', { date: '2014-01-01', year: 2014 });
const centralPlan25 = doc('national', '10-KL/TW', {
  date: '2013-08-01',
  year: 2013,
  kind: 'Kết luận',
  issuer: 'Bộ Chính trị',
});
// After 1 July 2025: a Kon Tum document counts for Quảng Ngãi, its successor.
const res2026 = doc('national', '01-NQ/TW', {
  date: '2025-08-01',
  year: 2025,
  kind: 'Nghị quyết',
  issuer: 'Bộ Chính trị',
});
const konTumPlan2026 = doc('Kon Tum', '9-KH/TU', { date: '2025-09-01', year: 2025 });
// A repealed decree, still cited as a legal basis by a Huế plan; another decree is cited but in force.
const oldDecree = doc('national', '63/2010/NĐ-CP', {
  kind: 'Nghị định',
  issuer: 'Chính phủ',
  date: '2010-06-08',
  year: 2010,
});
const newDecree = doc('national', '92/2017/NĐ-CP', {
  kind: 'Nghị định',
  issuer: 'Chính phủ',
  date: '2017-08-07',
  year: 2017,
});
const liveDecree = doc('national', '30/2020/NĐ-CP', {
  kind: 'Nghị định',
  issuer: 'Chính phủ',
  date: '2020-03-05',
  year: 2020,
});
const staleBasis = doc('Huế', '55/KH-UBND', { date: '2019-03-01', year: 2019 });
const freshBasis = doc('Huế', '56/KH-UBND', { date: '2021-03-01', year: 2021 });
// A star: many documents implementing one hub, for pagination.
const HUB_FAN = 45;
const hub = doc('national', '1-CT/TW', {
  date: '2010-01-01',
  year: 2010,
  kind: 'Chỉ thị',
  issuer: 'Bộ Chính trị',
});
const fan = Array.from({ length: HUB_FAN }, (_, i) =>
  doc('Đà Nẵng', `${100 + i}-KH/TU`, {
    date: `2010-02-${String((i % 28) + 1).padStart(2, '0')}`,
    year: 2010,
  }),
);

function fixture(): LoadableGraph {
  const gold = goldExtraction();
  return {
    documents: [
      ...gold.documents,
      ...chainGraph.documents,
      law,
      cycleA,
      cycleB,
      quangNgai98,
      res25of2023,
      konTumPlan25,
      unknownPlan25,
      centralPlan25,
      res2026,
      konTumPlan2026,
      hub,
      ...fan,
      oldDecree,
      newDecree,
      liveDecree,
      staleBasis,
      freshBasis,
    ],
    relations: [
      ...gold.relations,
      ...chainGraph.relations,
      rel(links[CHAIN - 1], law, 'BASED_ON'),
      rel(links[CHAIN - 1], links[0], 'CITES'),
      rel(cycleA, cycleB),
      rel(cycleB, cycleA, 'CONTINUES'),
      rel(konTumPlan25, res25of2013),
      rel(unknownPlan25, res25of2013),
      rel(centralPlan25, res25of2013, 'CONTINUES'),
      rel(konTumPlan2026, res2026),
      ...fan.map((f) => rel(f, hub)),
      rel(newDecree, oldDecree, 'REPEALS'),
      rel(staleBasis, oldDecree, 'BASED_ON'),
      rel(freshBasis, liveDecree, 'BASED_ON'),
    ],
    warnings: [],
  };
}

let driver: Driver;
let api: TestApi;
beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await loadGraph(driver, fixture(), { database: testDatabase() });
  api = await startApi(driver);
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
});

type Step = { depth: number; type: string; from: { symbol: string }; to: { symbol: string } };
type Page = {
  totalCount: number;
  truncated: boolean;
  depthLimited: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  steps: Step[];
};
const STEP = 'steps { depth type from { symbol } to { symbol } }';
const PAGE = `totalCount truncated depthLimited pageInfo { hasNextPage endCursor } ${STEP}`;
const last = links[CHAIN - 1];
/** The link below the last: only IMPLEMENTS above it (the last also has BASED_ON and CITES). */
const plain = links[CHAIN - 2];

describe('naming the document', () => {
  it('a symbol in several scopes without scope is an error listing the candidates', async () => {
    const r = await api.gql(`{ lineage(symbol: "98-KH/TU") { totalCount } }`);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].message).toMatch(/matches 2 documents: .*Kon Tum.*Quảng Ngãi.*Pass `scope`/);
    expect(r.errors![0].extensions).toMatchObject({
      code: 'DOCUMENT_AMBIGUOUS',
      scopes: ['Kon Tum', 'Quảng Ngãi'],
    });
    const withScope = dataOf(
      await api.gql<{ lineage: Page }>(`{ lineage(symbol: "98-KH/TU", scope: "Kon Tum") { ${STEP} } }`),
    );
    expect(withScope.lineage.steps.map((s) => s.to.symbol)).toContain('43-KL/TW');
  });

  it('a Party number of two terms is an error listing ids, dates, terms, issuers; term, year, date or id choose', async () => {
    const r = await api.gql(`{ coverage(symbol: "25-NQ/TW") { covered } }`);
    expect(r.errors![0].extensions).toMatchObject({
      code: 'DOCUMENT_AMBIGUOUS',
      ids: [res25of2013.id, res25of2023.id],
      candidates: [
        {
          id: res25of2013.id,
          date: '2013-06-03',
          term: 11,
          issuer: res25of2013.issuer,
          scope: 'national',
        },
        { id: res25of2023.id, date: '2023-07-25', term: 13, issuer: 'Bộ Chính trị', scope: 'national' },
      ],
    });
    expect(r.errors![0].message).toContain(
      `${res25of2013.id} (2013-06-03, term 11, ${res25of2013.issuer}, national)`,
    );
    expect(r.errors![0].message).toMatch(/Pass `id`, or `year`, `date` or `term`/);
    for (const by of ['term: 11', 'year: 2013', 'date: "2013-06-03"', `id: "${res25of2013.id}"`]) {
      const one = dataOf(
        await api.gql<{ coverage: { document: { id: string; term: number } } }>(
          `{ coverage(symbol: "25-NQ/TW", ${by}) { document { id term } } }`,
        ),
      );
      expect(one.coverage.document).toEqual({ id: res25of2013.id, term: 11 });
    }
    const all = dataOf(
      await api.gql<{ documentsBySymbol: { id: string; term: number }[] }>(
        `{ documentsBySymbol(symbol: "25-NQ/TW") { id term } }`,
      ),
    );
    expect(all.documentsBySymbol).toEqual([
      { id: res25of2013.id, term: 11 },
      { id: res25of2023.id, term: 13 },
    ]);
    const badTerm = await api.gql(`{ impact(symbol: "25-NQ/TW", term: 99) { totalCount } }`);
    expect(badTerm.errors![0].message).toMatch(/Unknown term 99/);
  });

  it('an unknown document is a clear error', async () => {
    const byId = await api.gql(`{ impact(id: "no such id") { totalCount } }`);
    expect(byId.errors![0]).toMatchObject({
      message: 'No document with id "no such id".',
      extensions: { code: 'DOCUMENT_NOT_FOUND' },
    });
    const wrongScope = await api.gql(`{ whoImplements(symbol: "98-KH/TU", scope: "Huế") { totalCount } }`);
    expect(wrongScope.errors![0].message).toBe('No document with symbol "98-KH/TU", scope "Huế".');
    const none = await api.gql(`{ lineage { totalCount } }`);
    expect(none.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(none.errors![0].message).toMatch(/`id`.*`symbol`/);
  });

  it('symbols are matched as the extractor normalises them (no spaces)', async () => {
    const r = dataOf(
      await api.gql<{ whoImplements: { totalCount: number } }>(
        `{ whoImplements(symbol: " 114 -KL/TW") { totalCount } }`,
      ),
    );
    expect(r.whoImplements.totalCount).toBe(4);
  });
});

describe('bounded traversals', () => {
  it('lineage follows a chain up to maxDepth, one step per level, and says the depth bound cut it', async () => {
    const r = dataOf(
      await api.gql<{ lineage: Page }>(`query($id: ID) { lineage(id: $id, maxDepth: 3) { ${PAGE} } }`, {
        id: plain.id,
      }),
    );
    expect(r.lineage.steps.map((s) => [s.depth, s.from.symbol, s.to.symbol])).toEqual([
      [1, '28-KH/TU', '27-KH/TU'],
      [2, '27-KH/TU', '26-KH/TU'],
      [3, '26-KH/TU', '25-KH/TU'],
    ]);
    expect(r.lineage).toMatchObject({ totalCount: 3, truncated: false, depthLimited: true });
    const whole = dataOf(
      await api.gql<{ lineage: Page }>(`query($id: ID) { lineage(id: $id, maxDepth: 20) { ${PAGE} } }`, {
        id: links[15].id,
      }),
    ).lineage;
    expect(whole).toMatchObject({ totalCount: 15, truncated: false, depthLimited: false });
  });

  it(`maxDepth outside 1..${MAX_DEPTH} is an error, not a silent clamp`, async () => {
    const q = `query($id: ID, $d: Int) { lineage(id: $id, maxDepth: $d) { totalCount } }`;
    for (const d of [10_000, 0, -5, 21]) {
      const r = await api.gql(q, { id: plain.id, d });
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(r.errors![0].message).toMatch(/maxDepth/);
    }
    const deep = dataOf(await api.gql<{ lineage: Page }>(q, { id: plain.id, d: MAX_DEPTH })).lineage;
    expect(deep.totalCount).toBe(MAX_DEPTH);
  });

  it('the default depth is 10', async () => {
    const r = dataOf(
      await api.gql<{ lineage: Page }>(`query($id: ID) { lineage(id: $id) { totalCount depthLimited } }`, {
        id: plain.id,
      }),
    );
    expect(r.lineage).toEqual({ totalCount: 10, depthLimited: true });
  });

  it('pages with first/after until hasNextPage is false, every step once, totalCount on each page', async () => {
    const q = `query($id: ID, $after: String) { impact(id: $id, first: 10, after: $after) { ${PAGE} } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = dataOf(await api.gql<{ impact: Page }>(q, { id: hub.id, after })).impact;
      pages += 1;
      expect(page.totalCount).toBe(HUB_FAN);
      seen.push(...page.steps.map((s) => s.from.symbol));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(HUB_FAN);
    expect(seen).toHaveLength(HUB_FAN);
    const who = dataOf(
      await api.gql<{
        whoImplements: { totalCount: number; implementations: unknown[]; pageInfo: { hasNextPage: boolean } };
      }>(
        `{ whoImplements(id: "${hub.id}", first: 40) { totalCount implementations { depth } pageInfo { hasNextPage } } }`,
      ),
    ).whoImplements;
    expect(who).toMatchObject({ totalCount: HUB_FAN, pageInfo: { hasNextPage: true } });
    expect(who.implementations).toHaveLength(40);
    for (const first of [0, -1, 501]) {
      const bad = await api.gql(`{ impact(id: "${hub.id}", first: ${first}) { totalCount } }`);
      expect(bad.errors![0].message).toMatch(/`first` must be between 1 and 500/);
    }
    const badCursor = await api.gql(`{ impact(id: "${hub.id}", after: "nonsense") { totalCount } }`);
    expect(badCursor.errors![0].message).toMatch(/Invalid cursor/);
  });

  it('says when a cap cut the traversal (before: stopped at 1,000 steps without saying so)', async () => {
    const capped = await startApi(driver, { traversalCaps: { maxNodes: 10, maxSteps: 1000 } });
    try {
      const q = `query($id: ID!) { impact(id: $id, maxDepth: 20) { totalCount truncated depthLimited } whoImplements(id: $id) { totalCount truncated } coverage(id: $id) { truncated } }`;
      type R = {
        impact: { totalCount: number; truncated: boolean };
        whoImplements: { totalCount: number; truncated: boolean };
        coverage: { truncated: boolean };
      };
      const r = dataOf(await capped.gql<R>(q, { id: hub.id }));
      expect(r.impact).toMatchObject({ totalCount: 9, truncated: true });
      expect(r.whoImplements).toEqual({ totalCount: 10, truncated: true });
      expect(r.coverage.truncated).toBe(true);
      const steps = await startApi(driver, { traversalCaps: { maxNodes: 1000, maxSteps: 7 } });
      try {
        const s = dataOf(await steps.gql<R>(q, { id: hub.id }));
        expect(s.impact).toMatchObject({ totalCount: 7, truncated: true });
      } finally {
        await steps.close();
      }
      // Uncapped, the same question is complete.
      const whole = dataOf(await api.gql<R>(q, { id: hub.id }));
      expect(whole.impact).toMatchObject({ totalCount: HUB_FAN, truncated: false });
      expect(whole.whoImplements).toEqual({ totalCount: HUB_FAN, truncated: false });
    } finally {
      await capped.close();
    }
  });

  it('terminates on cycles and lists each relation once', async () => {
    const r = dataOf(
      await api.gql<{ lineage: Page; impact: Page }>(
        `query($id: ID) { lineage(id: $id, maxDepth: 20) { ${STEP} } impact(id: $id, maxDepth: 20) { ${STEP} } }`,
        { id: cycleA.id },
      ),
    );
    expect(r.lineage.steps.map((s) => [s.depth, s.type, s.from.symbol, s.to.symbol])).toEqual([
      [1, 'IMPLEMENTS', '1-KH/TU', '2-KH/TU'],
      [2, 'CONTINUES', '2-KH/TU', '1-KH/TU'],
    ]);
    // Inward: B → A directly, then A → B one level further.
    expect(r.impact.steps.map((s) => [s.depth, s.type, s.from.symbol])).toEqual([
      [1, 'CONTINUES', '2-KH/TU'],
      [2, 'IMPLEMENTS', '1-KH/TU'],
    ]);
  });

  it('follows only the requested relation types', async () => {
    const q = `query($id: ID, $t: [RelationType!]) { lineage(id: $id, types: $t) { ${STEP} } }`;
    const basedOn = dataOf(await api.gql<{ lineage: Page }>(q, { id: last.id, t: ['BASED_ON'] })).lineage;
    expect(basedOn.steps).toEqual([
      { depth: 1, type: 'BASED_ON', from: { symbol: '29-KH/TU' }, to: { symbol: law.symbol } },
    ]);
    const cites = dataOf(await api.gql<{ lineage: Page }>(q, { id: last.id, t: ['CITES'] })).lineage;
    expect(cites.steps.map((s) => s.to.symbol)).toEqual(['0-KH/TU']);
    // By default CITES and BASED_ON-only links outside the four lineage types are not followed.
    const byDefault = dataOf(await api.gql<{ lineage: Page }>(q, { id: last.id, t: null })).lineage;
    expect(byDefault.steps.some((s) => s.type === 'CITES')).toBe(false);
    expect(byDefault.steps.some((s) => s.type === 'BASED_ON')).toBe(true);
    const badType = await api.gql(`{ lineage(symbol: "114-KL/TW", types: [DELETES]) { totalCount } }`);
    expect(badType.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('whoImplements: direct, and transitive down the chain to depth 20', async () => {
    const q = `query($id: ID, $t: Boolean) { whoImplements(id: $id, transitive: $t) { totalCount truncated target { symbol } implementations { depth scope date document { symbol } } } }`;
    type Impl = { depth: number; scope: string; date: string; document: { symbol: string } };
    type Who = {
      whoImplements: {
        totalCount: number;
        truncated: boolean;
        target: { symbol: string };
        implementations: Impl[];
      };
    };
    const direct = dataOf(await api.gql<Who>(q, { id: links[0].id, t: false })).whoImplements;
    expect(direct).toEqual({
      totalCount: 1,
      truncated: false,
      target: { symbol: '0-KH/TU' },
      implementations: [{ depth: 1, scope: 'Hà Nội', date: links[1].date, document: { symbol: '1-KH/TU' } }],
    });
    const all = dataOf(await api.gql<Who>(q, { id: links[0].id, t: true })).whoImplements;
    expect(all.implementations.map((i) => i.depth)).toEqual(
      Array.from({ length: MAX_DEPTH }, (_, i) => i + 1),
    );
  });
});

describe('coverage', () => {
  it('lists the 63 provinces of the document date, never "unknown" as a province; unknown ones apart', async () => {
    type Cov = {
      coverage: {
        era: string;
        covered: number;
        uncovered: number;
        national: number;
        unplaced: { scope: string }[];
        provinces: {
          province: string;
          covered: boolean;
          formerProvinces: string[];
          delayDays: number | null;
        }[];
      };
    };
    const q = `query($term: Int, $symbol: String) { coverage(symbol: $symbol, term: $term) {
      era covered uncovered national unplaced { scope } provinces { province covered formerProvinces delayDays } } }`;
    const c = dataOf(await api.gql<Cov>(q, { symbol: '25-NQ/TW', term: 11 })).coverage;
    expect(c.era).toBe('before-2025');
    expect(c.provinces).toHaveLength(63);
    expect(c.covered + c.uncovered).toBe(63);
    expect(c.provinces.map((p) => p.province)).not.toContain('Atlantis');
    expect(c.provinces.map((p) => p.province)).not.toContain('unknown');
    expect(c.provinces.find((p) => p.province === 'Kon Tum')).toMatchObject({
      covered: true,
      formerProvinces: [],
    });
    expect(c.unplaced).toEqual([{ scope: 'Atlantis' }]);
    expect(c.national).toBeGreaterThanOrEqual(1);
    const after = dataOf(await api.gql<Cov>(q, { symbol: '01-NQ/TW' })).coverage;
    expect(after.era).toBe('2025');
    expect(after.provinces).toHaveLength(34);
    expect(after.provinces.filter((p) => p.covered)).toEqual([
      { province: 'Quảng Ngãi', covered: true, formerProvinces: ['Kon Tum'], delayDays: 31 },
    ]);
  });
});

describe('analyst questions, one request each', () => {
  it('queries/09: documents citing a repealed decree, with the decree and what repealed it', async () => {
    const operation = readFileSync(
      path.join(__dirname, '../../queries/09-citing-repealed-decrees.graphql'),
      'utf8',
    );
    type Cited = { symbol: string; repealedBy: { symbol: string; date: string }[] };
    const r = dataOf(await api.gql<{ documents: { symbol: string; basedOn: Cited[] }[] }>(operation));
    expect(r.documents.map((d) => d.symbol)).toEqual(['55/KH-UBND']);
    expect(r.documents[0].basedOn).toEqual([
      { symbol: '63/2010/NĐ-CP', repealedBy: [{ symbol: '92/2017/NĐ-CP', date: '2017-08-07' }] },
    ]);
  });
});

describe('documents inside research results', () => {
  it('resolve relationships, @cypher fields, aliases and fragments like the generated API', async () => {
    const r = dataOf(
      await api.gql<{ whoImplements: { implementations: { document: Record<string, unknown> }[] } }>(`
        fragment Who on Document { issuedBy { name level } }
        { whoImplements(symbol: "114-KL/TW") { implementations {
            document { s: symbol citedByCount ...Who implements(sort: [{ symbol: ASC }]) { symbol } signedBy { name } }
        } } }`),
    );
    const letter = r.whoImplements.implementations.find((i) => i.document.s === '4611/UBND-NC')!.document;
    expect(letter).toEqual({
      s: '4611/UBND-NC',
      citedByCount: 0,
      issuedBy: [{ name: 'Ủy ban nhân dân tỉnh Quảng Ngãi', level: 'province' }],
      implements: fixture()
        .relations.filter((x) => x.from === 'Quảng Ngãi|4611/UBND-NC' && x.type === 'IMPLEMENTS')
        .map((x) => ({ symbol: x.to.split('|')[1] }))
        .sort((a, b) => (a.symbol < b.symbol ? -1 : 1)),
      signedBy: [{ name: 'Lê Việt Chữ' }],
    });
    const steps = dataOf(
      await api.gql<{
        lineage: { steps: { to: { symbol: string; implementedBy: { symbol: string }[] } }[] };
      }>(
        `{ lineage(symbol: "4193-CV/TU") { steps { to { symbol implementedBy(sort: [{ symbol: ASC }]) { symbol } } } } }`,
      ),
    ).lineage.steps;
    expect(steps).toEqual([
      {
        to: {
          symbol: '114-KL/TW',
          implementedBy: [
            { symbol: '02/CT-UBND' },
            { symbol: '4193-CV/TU' },
            { symbol: '4611/UBND-NC' },
            { symbol: '813-CV/TU' },
          ],
        },
      },
    ]);
  });
});

describe('path', () => {
  it('finds the shortest chain, in either direction unless directed', async () => {
    const q = `query($a: ID!, $b: ID!, $d: Boolean) { path(from: $a, to: $b, directed: $d) { depth type from { symbol } to { symbol } } }`;
    const down = dataOf(await api.gql<{ path: Step[] }>(q, { a: links[5].id, b: links[2].id, d: true })).path;
    expect(down.map((s) => [s.depth, s.from.symbol, s.to.symbol])).toEqual([
      [1, '5-KH/TU', '4-KH/TU'],
      [2, '4-KH/TU', '3-KH/TU'],
      [3, '3-KH/TU', '2-KH/TU'],
    ]);
    expect(
      dataOf(await api.gql<{ path: Step[] }>(q, { a: links[2].id, b: links[5].id, d: true })).path,
    ).toEqual([]);
    expect(
      dataOf(await api.gql<{ path: Step[] }>(q, { a: links[2].id, b: links[5].id, d: false })).path,
    ).toHaveLength(3);
    // The CITES shortcut 29 → 0 makes the undirected path short.
    expect(dataOf(await api.gql<{ path: Step[] }>(q, { a: last.id, b: links[0].id })).path).toHaveLength(1);
    const unknown = await api.gql(q, { a: last.id, b: 'nope' });
    expect(unknown.errors![0].extensions!.code).toBe('DOCUMENT_NOT_FOUND');
    // Ends named by symbol (+ what tells them apart), like every research query.
    const named = dataOf(
      await api.gql<{ path: Step[] }>(
        `{ path(fromName: { symbol: "5-KH/TU", scope: "Hà Nội" }, toName: { symbol: "2-KH/TU", year: 2001 }, directed: true) { depth } }`,
      ),
    ).path;
    expect(named).toHaveLength(3);
    const ambiguous = await api.gql(
      `{ path(fromName: { symbol: "25-NQ/TW" }, to: "${links[0].id}") { depth } }`,
    );
    expect(ambiguous.errors![0].extensions!.code).toBe('DOCUMENT_AMBIGUOUS');
    const neither = await api.gql(`{ path(to: "${links[0].id}") { depth } }`);
    expect(neither.errors![0].message).toMatch(/`from`.*`fromName`/);
  });
});

describe('generated read API', () => {
  it('filters, sorts, pages and aggregates', async () => {
    type Docs = { documents: { symbol: string; date: string }[] };
    const page = dataOf(
      await api.gql<Docs>(
        `{ documents(where: { scope: { eq: "Hà Nội" } }, sort: [{ date: DESC }], limit: 3, offset: 2) { symbol date } }`,
      ),
    );
    expect(page.documents.map((d) => d.symbol)).toEqual(['27-KH/TU', '26-KH/TU', '25-KH/TU']);
    const ranged = dataOf(
      await api.gql<Docs>(
        `{ documents(where: { date: { gte: "2002-01-01", lt: "2002-04-01" } }, sort: [{ date: ASC }]) { symbol date } }`,
      ),
    );
    expect(ranged.documents.map((d) => d.date)).toEqual(['2002-01-15', '2002-02-15', '2002-03-15']);
    const related = dataOf(
      await api.gql<Docs>(
        `{ documents(where: { implements: { some: { symbol: { eq: "114-KL/TW" } } } }, sort: [{ symbol: ASC }]) { symbol } }`,
      ),
    );
    expect(related.documents.map((d) => d.symbol)).toEqual([
      '02/CT-UBND',
      '4193-CV/TU',
      '4611/UBND-NC',
      '813-CV/TU',
    ]);
    const agg = dataOf(
      await api.gql<{
        documentsConnection: {
          totalCount: number;
          aggregate: { count: { nodes: number }; node: { year: { min: number; max: number } } };
        };
      }>(
        `{ documentsConnection(where: { scope: { eq: "Hà Nội" } }) { totalCount aggregate { count { nodes } node { year { min max } } } } }`,
      ),
    );
    expect(agg.documentsConnection).toEqual({
      totalCount: CHAIN,
      aggregate: { count: { nodes: CHAIN }, node: { year: { min: 2001, max: 2003 } } },
    });
    const orgs = dataOf(
      await api.gql<{ organizations: { name: string; issuedConnection: { totalCount: number } }[] }>(
        `{ organizations(where: { level: { eq: "central" }, name: { eq: "Ban Bí thư" } }) { name issuedConnection { totalCount } } }`,
      ),
    );
    expect(orgs.organizations).toEqual([{ name: 'Ban Bí thư', issuedConnection: { totalCount: 2 } }]);
  });

  it('exposes the evidence of a relation on its edge', async () => {
    const r = dataOf(
      await api.gql<{
        documents: {
          implementsConnection: { edges: { properties: { evidence: string }; node: { symbol: string } }[] };
        }[];
      }>(
        `{ documents(where: { symbol: { eq: "1-KH/TU" } }) { implementsConnection { edges { properties { evidence } node { symbol } } } } }`,
      ),
    );
    expect(r.documents[0].implementsConnection.edges).toEqual([
      { properties: { evidence: '1-KH/TU IMPLEMENTS 0-KH/TU' }, node: { symbol: '0-KH/TU' } },
    ]);
  });
});
