/**
 * The research root queries and the generated read API, over HTTP against the real Neo4j: ambiguity and
 * not-found errors, depth bounds, cycles, relation-type filters, nested Document fields, path, and the
 * generated filters, sorting, pagination and aggregations.
 */
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

function fixture(): LoadableGraph {
  const gold = goldExtraction();
  return {
    documents: [...gold.documents, ...chainGraph.documents, law, cycleA, cycleB, quangNgai98],
    relations: [
      ...gold.relations,
      ...chainGraph.relations,
      rel(links[CHAIN - 1], law, 'BASED_ON'),
      rel(links[CHAIN - 1], links[0], 'CITES'),
      rel(cycleA, cycleB),
      rel(cycleB, cycleA, 'CONTINUES'),
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
const STEP = 'depth type from { symbol } to { symbol }';
const last = links[CHAIN - 1];
/** The link below the last: only IMPLEMENTS above it (the last also has BASED_ON and CITES). */
const plain = links[CHAIN - 2];

describe('naming the document', () => {
  it('a symbol in several scopes without scope is an error listing the scopes', async () => {
    const r = await api.gql(`{ lineage(symbol: "98-KH/TU") { depth } }`);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].message).toMatch(/several scopes: Kon Tum, Quảng Ngãi.*scope/);
    expect(r.errors![0].extensions).toMatchObject({
      code: 'DOCUMENT_AMBIGUOUS',
      scopes: ['Kon Tum', 'Quảng Ngãi'],
    });
    const withScope = dataOf(
      await api.gql<{ lineage: Step[] }>(`{ lineage(symbol: "98-KH/TU", scope: "Kon Tum") { ${STEP} } }`),
    );
    expect(withScope.lineage.map((s) => s.to.symbol)).toContain('43-KL/TW');
  });

  it('an unknown document is a clear error, with the scopes where the symbol does exist', async () => {
    const byId = await api.gql(`{ impact(id: "no such id") { depth } }`);
    expect(byId.errors![0]).toMatchObject({
      message: 'No document with id "no such id".',
      extensions: { code: 'DOCUMENT_NOT_FOUND' },
    });
    const wrongScope = await api.gql(`{ whoImplements(symbol: "98-KH/TU", scope: "Huế") { depth } }`);
    expect(wrongScope.errors![0].message).toBe(
      'No document with symbol "98-KH/TU" in scope "Huế". It exists in: Kon Tum, Quảng Ngãi.',
    );
    const none = await api.gql(`{ lineage { depth } }`);
    expect(none.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(none.errors![0].message).toMatch(/`id`.*`symbol`/);
  });

  it('symbols are matched as the extractor normalises them (no spaces)', async () => {
    const r = dataOf(
      await api.gql<{ whoImplements: unknown[] }>(`{ whoImplements(symbol: " 114 -KL/TW") { depth } }`),
    );
    expect(r.whoImplements.length).toBe(4);
  });
});

describe('bounded traversals', () => {
  it('lineage follows a chain up to maxDepth, one step per level', async () => {
    const r = dataOf(
      await api.gql<{ lineage: Step[] }>(`query($id: ID) { lineage(id: $id, maxDepth: 3) { ${STEP} } }`, {
        id: plain.id,
      }),
    );
    expect(r.lineage.map((s) => [s.depth, s.from.symbol, s.to.symbol])).toEqual([
      [1, '28-KH/TU', '27-KH/TU'],
      [2, '27-KH/TU', '26-KH/TU'],
      [3, '26-KH/TU', '25-KH/TU'],
    ]);
  });

  it(`clamps maxDepth to 1..${MAX_DEPTH}`, async () => {
    const q = `query($id: ID, $d: Int) { lineage(id: $id, maxDepth: $d) { depth } }`;
    const deep = dataOf(await api.gql<{ lineage: Step[] }>(q, { id: plain.id, d: 10_000 })).lineage;
    expect(deep.length).toBe(MAX_DEPTH);
    expect(Math.max(...deep.map((s) => s.depth))).toBe(MAX_DEPTH);
    const zero = dataOf(await api.gql<{ lineage: Step[] }>(q, { id: plain.id, d: -5 })).lineage;
    expect(zero.map((s) => s.depth)).toEqual([1]);
    const impact = dataOf(
      await api.gql<{ impact: Step[] }>(`query($id: ID) { impact(id: $id, maxDepth: 25) { depth } }`, {
        id: links[0].id,
      }),
    ).impact;
    expect(impact.length).toBe(MAX_DEPTH);
  });

  it('the default depth is 10', async () => {
    const r = dataOf(
      await api.gql<{ lineage: Step[] }>(`query($id: ID) { lineage(id: $id) { depth } }`, { id: plain.id }),
    );
    expect(r.lineage.length).toBe(10);
  });

  it('terminates on cycles and lists each relation once', async () => {
    const r = dataOf(
      await api.gql<{ lineage: Step[]; impact: Step[] }>(
        `query($id: ID) { lineage(id: $id, maxDepth: 20) { ${STEP} } impact(id: $id, maxDepth: 20) { ${STEP} } }`,
        { id: cycleA.id },
      ),
    );
    expect(r.lineage.map((s) => [s.depth, s.type, s.from.symbol, s.to.symbol])).toEqual([
      [1, 'IMPLEMENTS', '1-KH/TU', '2-KH/TU'],
      [2, 'CONTINUES', '2-KH/TU', '1-KH/TU'],
    ]);
    // Inward: B → A directly, then A → B one level further.
    expect(r.impact.map((s) => [s.depth, s.type, s.from.symbol])).toEqual([
      [1, 'CONTINUES', '2-KH/TU'],
      [2, 'IMPLEMENTS', '1-KH/TU'],
    ]);
  });

  it('follows only the requested relation types', async () => {
    const q = `query($id: ID, $t: [RelationType!]) { lineage(id: $id, types: $t) { ${STEP} } }`;
    const basedOn = dataOf(await api.gql<{ lineage: Step[] }>(q, { id: last.id, t: ['BASED_ON'] })).lineage;
    expect(basedOn).toEqual([
      { depth: 1, type: 'BASED_ON', from: { symbol: '29-KH/TU' }, to: { symbol: law.symbol } },
    ]);
    const cites = dataOf(await api.gql<{ lineage: Step[] }>(q, { id: last.id, t: ['CITES'] })).lineage;
    expect(cites.map((s) => s.to.symbol)).toEqual(['0-KH/TU']);
    // By default CITES and BASED_ON-only links outside the four lineage types are not followed.
    const byDefault = dataOf(await api.gql<{ lineage: Step[] }>(q, { id: last.id, t: null })).lineage;
    expect(byDefault.some((s) => s.type === 'CITES')).toBe(false);
    expect(byDefault.some((s) => s.type === 'BASED_ON')).toBe(true);
    const badType = await api.gql(`{ lineage(symbol: "114-KL/TW", types: [DELETES]) { depth } }`);
    expect(badType.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('whoImplements: direct, and transitive down the chain up to the cap', async () => {
    const q = `query($id: ID, $t: Boolean) { whoImplements(id: $id, transitive: $t) { depth scope date document { symbol } } }`;
    type Impl = { depth: number; scope: string; date: string; document: { symbol: string } };
    const direct = dataOf(
      await api.gql<{ whoImplements: Impl[] }>(q, { id: links[0].id, t: false }),
    ).whoImplements;
    expect(direct).toEqual([
      { depth: 1, scope: 'Hà Nội', date: links[1].date, document: { symbol: '1-KH/TU' } },
    ]);
    const all = dataOf(
      await api.gql<{ whoImplements: Impl[] }>(q, { id: links[0].id, t: true }),
    ).whoImplements;
    expect(all.map((i) => i.depth)).toEqual(Array.from({ length: MAX_DEPTH }, (_, i) => i + 1));
  });
});

describe('documents inside research results', () => {
  it('resolve relationships, @cypher fields, aliases and fragments like the generated API', async () => {
    const r = dataOf(
      await api.gql<{ whoImplements: { document: Record<string, unknown> }[] }>(`
        fragment Who on Document { issuedBy { name level } }
        { whoImplements(symbol: "114-KL/TW") {
            document { s: symbol citedByCount ...Who implements(sort: [{ symbol: ASC }]) { symbol } signedBy { name } }
        } }`),
    );
    const letter = r.whoImplements.find((i) => i.document.s === '4611/UBND-NC')!.document;
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
      await api.gql<{ lineage: { to: { symbol: string; implementedBy: { symbol: string }[] } }[] }>(
        `{ lineage(symbol: "4193-CV/TU") { to { symbol implementedBy(sort: [{ symbol: ASC }]) { symbol } } } }`,
      ),
    ).lineage;
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
    const q = `query($a: ID!, $b: ID!, $d: Boolean) { path(from: $a, to: $b, directed: $d) { ${STEP} } }`;
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
