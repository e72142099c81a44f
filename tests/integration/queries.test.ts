/**
 * Every example operation in queries/ runs against the graph extracted from seed/ (the real extractor and
 * loader) through the real HTTP server, with asserted results; together they check every entry of the gold
 * `queries` section (tests/fixtures/graph/seed-graph.json, a copy of the shared gold file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/pipeline/library';
import type { LoadableGraph } from '../../src/graph/load';
import { extractWithTexts } from '../../src/pipeline/library';
import { dataOf, startApi, type TestApi } from '../fixtures/graph/api';
import { readGold, splitKey } from '../fixtures/graph/gold';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const ROOT = path.resolve(__dirname, '../..');
const SEED = path.join(ROOT, 'seed');
const gold = readGold();
const operation = (file: string) => readFileSync(path.join(ROOT, 'queries', file), 'utf8');
const key = (d: { scope: string; symbol: string | null }) => `${d.scope}|${d.symbol}`;
/** Gold keys of unnumbered documents name them by a note ("Kon Tum|(unnumbered)/UBND-KGVX"); compare symbols. */
const goldKey = (k: string) => {
  const { scope, symbol } = splitKey(k);
  return `${scope}|${symbol.replace(/^\(unnumbered[^)]*\)/, '')}`;
};

let driver: Driver;
let api: TestApi;
let extracted: LoadableGraph;

beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await ingestPaths(driver, [SEED], { database: testDatabase() });
  extracted = await extractWithTexts([SEED]);
  api = await startApi(driver);
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
});

type Doc = {
  symbol: string | null;
  scope: string;
  kind?: string;
  date?: string | null;
  [k: string]: unknown;
};
type Step = { depth: number; type: string; from: Doc; to: Doc; evidence?: string };
type Impl = { depth: number; scope: string; issuer: string; date: string; document: Doc & { id: string } };
const implKey = (i: Impl) => key({ scope: i.scope, symbol: i.document.symbol });

describe('queries/', () => {
  it('has a test for every example operation', () => {
    const tested = [
      '01-lineage.graphql',
      '02-impact.graphql',
      '03-who-implements.graphql',
      '04-search.graphql',
      '05-coverage.graphql',
      '06-dashboard-counts.graphql',
      '07-most-cited.graphql',
      '08-browse.graphql',
      '09-citing-repealed-decrees.graphql',
    ];
    expect(readdirSync(path.join(ROOT, 'queries')).filter((f) => f.endsWith('.graphql'))).toEqual(tested);
  });

  it('01-lineage: the Kon Tum letter reaches what the gold lists', async () => {
    const page = dataOf(
      await api.gql<{ lineage: { steps: Step[]; totalCount: number; truncated: boolean } }>(
        operation('01-lineage.graphql'),
      ),
    ).lineage;
    expect(page).toMatchObject({ totalCount: page.steps.length, truncated: false });
    const lineage = page.steps;
    const reached = new Set(lineage.map((s) => key(s.to)));
    expect(reached).toEqual(new Set(gold.queries['lineage of the Kon Tum letter reaches'].map(goldKey)));
    // Breadth first: a step's source is the root (depth 1) or reached by an earlier step.
    for (const step of lineage) {
      if (step.depth === 1) expect(step.from.symbol).toBe('/UBND-KGVX');
      else expect(lineage.some((s) => s.depth === step.depth - 1 && key(s.to) === key(step.from))).toBe(true);
      expect(['IMPLEMENTS', 'CONTINUES', 'BASED_ON', 'GUIDES']).toContain(step.type);
      expect(step.evidence).toBeTruthy();
    }
    // 25-NQ/TW is three steps up: letter → 98-KH/TU → 43-KL/TW → 25-NQ/TW.
    expect(lineage.find((s) => s.to.symbol === '25-NQ/TW')).toMatchObject({ depth: 3, type: 'CONTINUES' });
  });

  it('02-impact: 25-NQ/TW transitively, and 114-KL/TW adds the Kon Tum letter', async () => {
    type Impact = {
      impact: { root: { term: number }; steps: Step[]; totalCount: number; depthLimited: boolean };
    };
    const page25 = dataOf(await api.gql<Impact>(operation('02-impact.graphql'))).impact;
    expect(page25).toMatchObject({
      root: { term: 11 },
      totalCount: page25.steps.length,
      depthLimited: false,
    });
    const impact25 = page25.steps;
    expect(new Set(impact25.map((s) => key(s.from)))).toEqual(
      new Set(gold.queries['impact of 25-NQ/TW, transitively'].map(goldKey)),
    );
    const impact114 = dataOf(await api.gql<Impact>(operation('02-impact.graphql'), { symbol: '114-KL/TW' }))
      .impact.steps;
    const expected = [
      ...gold.queries['who implements 114-KL/TW, directly'],
      ...gold.queries['impact of 114-KL/TW, transitively, adds'],
    ].map(goldKey);
    expect(new Set(impact114.map((s) => key(s.from)))).toEqual(new Set(expected));
  });

  it('03-who-implements: 114-KL/TW directly is the four gold documents, with issuers and dates', async () => {
    type Who = { whoImplements: { implementations: Impl[]; totalCount: number } };
    const page = dataOf(await api.gql<Who>(operation('03-who-implements.graphql'))).whoImplements;
    expect(page.totalCount).toBe(page.implementations.length);
    const whoImplements = page.implementations;
    expect(whoImplements.map(implKey).sort()).toEqual(
      gold.queries['who implements 114-KL/TW, directly'].map(goldKey).sort(),
    );
    for (const impl of whoImplements) {
      const g = gold.documents.find((d) => goldKey(d.key) === implKey(impl))!;
      expect(impl).toMatchObject({ depth: 1, scope: g.scope, issuer: g.issuer, date: g.date });
    }
    const transitive = dataOf(
      await api.gql<Who>(operation('03-who-implements.graphql'), { transitive: true }),
    ).whoImplements.implementations;
    expect(transitive.filter((i) => i.depth > 1).map(implKey)).toEqual(
      gold.queries['impact of 114-KL/TW, transitively, adds'].map(goldKey),
    );
  });

  it('04-search: "dan van kheo" finds the five seed texts that say "Dân vận khéo"', async () => {
    const { search } = dataOf(await api.gql<{ search: Doc[] }>(operation('04-search.graphql')));
    const sources = readdirSync(SEED).filter((f) =>
      /Dân vận khéo/u.test(readFileSync(path.join(SEED, f), 'utf8')),
    );
    expect(sources.length).toBe(5);
    expect(search.map((d) => d.source).sort()).toEqual(sources.sort());
  });

  it('05-coverage: 25-NQ/TW of term XI over the 63 provinces; 114-KL/TW with the delay in days', async () => {
    type Coverage = {
      covered: number;
      uncovered: number;
      document: Doc;
      provinces: { province: string; covered: boolean; firstDate: string | null; delayDays: number | null }[];
    };
    const of25 = dataOf(await api.gql<{ coverage: Coverage }>(operation('05-coverage.graphql'))).coverage;
    expect(of25.document.symbol).toBe('25-NQ/TW');
    expect(of25.provinces).toHaveLength(63);
    expect(of25.covered).toBeGreaterThan(0);
    const { coverage } = dataOf(
      await api.gql<{ coverage: Coverage }>(operation('05-coverage.graphql'), {
        symbol: '114-KL/TW',
        term: null,
      }),
    );
    const implementers = [
      ...gold.queries['who implements 114-KL/TW, directly'],
      ...gold.queries['impact of 114-KL/TW, transitively, adds'],
    ].map((k) => gold.documents.find((d) => d.key === k)!);
    const provinces = new Set(implementers.map((d) => d.scope.split('/')[0]));
    expect(new Set(coverage.provinces.filter((p) => p.covered).map((p) => p.province))).toEqual(provinces);
    expect(coverage.covered).toBe(provinces.size);
    expect(coverage.uncovered).toBe(coverage.provinces.length - provinces.size);
    expect(coverage.provinces.length).toBe(63);
    const start = Date.parse(gold.documents.find((d) => d.key === 'national|114-KL/TW')!.date!);
    for (const province of provinces) {
      const dates = implementers
        .filter((d) => d.scope.split('/')[0] === province && d.date)
        .map((d) => d.date!);
      const first = dates.sort()[0];
      expect(coverage.provinces.find((p) => p.province === province)).toMatchObject({
        covered: true,
        firstDate: first,
        delayDays: Math.round((Date.parse(first) - start) / 86_400_000),
      });
    }
    expect(coverage.provinces.find((p) => p.province === 'Quảng Ngãi')!.delayDays).toBe(34);
    expect(coverage.provinces.find((p) => p.province === 'Hải Dương')).toMatchObject({
      covered: false,
      delayDays: null,
    });
  });

  it('06-dashboard-counts: totals and counts by kind, year and province match the extracted graph', async () => {
    type Counts = { key: string | null; count: number }[];
    const data = dataOf(
      await api.gql<{
        all: { aggregate: { count: { nodes: number } } };
        fullTexts: { aggregate: { count: { nodes: number } } };
        byKind: Counts;
        byYear: Counts;
        byProvince: Counts;
      }>(operation('06-dashboard-counts.graphql')),
    );
    const docs = extracted.documents;
    expect(data.all.aggregate.count.nodes).toBe(docs.length);
    expect(data.fullTexts.aggregate.count.nodes).toBe(5);
    const tally = (f: (d: (typeof docs)[number]) => string | null) => {
      const m = new Map<string | null, number>();
      for (const d of docs) m.set(f(d), (m.get(f(d)) ?? 0) + 1);
      return m;
    };
    const asMap = (c: Counts) => new Map(c.map((x) => [x.key, x.count]));
    expect(asMap(data.byKind)).toEqual(tally((d) => d.kind));
    expect(asMap(data.byYear)).toEqual(tally((d) => (d.year == null ? null : String(d.year))));
    expect(asMap(data.byProvince)).toEqual(tally((d) => d.scope.split('/')[0]));
    // Largest first.
    const counts = data.byKind.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('07-most-cited: documents by number of citing documents, most first', async () => {
    const { documents } = dataOf(
      await api.gql<{ documents: (Doc & { citedByCount: number; citedBy: { symbol: string }[] })[] }>(
        operation('07-most-cited.graphql'),
      ),
    );
    const incoming = new Map<string, number>();
    for (const r of extracted.relations) incoming.set(r.to, (incoming.get(r.to) ?? 0) + 1);
    const top = Math.max(...incoming.values());
    expect(documents[0]).toMatchObject({ symbol: '114-KL/TW', citedByCount: top });
    expect(documents.length).toBe(10);
    for (const d of documents) expect(d.citedBy.length).toBe(d.citedByCount);
    const counts = documents.map((d) => d.citedByCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('09-citing-repealed-decrees: runs in one request; every answer cites a decree that something repeals', async () => {
    type Cited = { symbol: string; repealedBy: { symbol: string }[] };
    const { documents } = dataOf(
      await api.gql<{ documents: { basedOn: Cited[]; implements: Cited[]; cites: Cited[] }[] }>(
        operation('09-citing-repealed-decrees.graphql'),
      ),
    );
    for (const d of documents) {
      const cited = [...d.basedOn, ...d.implements, ...d.cites];
      expect(cited.length).toBeGreaterThan(0);
      for (const c of cited) expect(c.repealedBy.length).toBeGreaterThan(0);
    }
  });

  it('08-browse: filters, sorts and pages through Kon Tum documents with cursors', async () => {
    type Page = {
      documentsConnection: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: Doc & { implementsConnection: { edges: { properties: { evidence: string } }[] } } }[];
      };
    };
    const expected = extracted.documents
      .filter((d) => d.scope === 'Kon Tum' && d.date && d.date >= '2018-01-01')
      .map((d) => d.date!)
      .sort();
    const first = dataOf(await api.gql<Page>(operation('08-browse.graphql'))).documentsConnection;
    expect(first.totalCount).toBe(expected.length);
    expect(first.edges.length).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(expected.length > 5);
    const second = dataOf(
      await api.gql<Page>(operation('08-browse.graphql'), { after: first.pageInfo.endCursor }),
    ).documentsConnection;
    const dates = [...first.edges, ...second.edges].map((e) => e.node.date);
    expect(dates).toEqual(expected);
    const withEvidence = [...first.edges, ...second.edges].flatMap((e) => e.node.implementsConnection.edges);
    expect(withEvidence.length).toBeGreaterThan(0);
    for (const e of withEvidence) expect(e.properties.evidence).toMatch(/\S/);
  });
});
