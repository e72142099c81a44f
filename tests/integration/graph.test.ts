/** The graph model in the real Neo4j: constraints and indexes, jurisdictions from the gazetteer, organizations. */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionRows, loadJurisdictions } from '../../src/graph/jurisdictions';
import { ensureSchema, loadGraph } from '../../src/graph/load';
import { PROVINCES, PROVINCES_2025, successorOf } from '../../src/resolve/gazetteer';
import { goldExtraction } from '../fixtures/graph/gold';
import { graphTestDriver, read, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

let driver: Driver;
beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await loadJurisdictions(driver, testDatabase());
  await loadGraph(driver, goldExtraction(), { database: testDatabase() });
});
afterAll(async () => {
  await driver?.close();
});

describe('schema', () => {
  it('creates unique constraints, indexes and the folded full-text index, idempotently', async () => {
    await ensureSchema(driver, testDatabase());
    await ensureSchema(driver, testDatabase());
    const constraints = await read<{ name: string; labels: string[]; properties: string[] }>(
      driver,
      "SHOW CONSTRAINTS YIELD name, labelsOrTypes AS labels, properties, type WHERE type = 'UNIQUENESS' RETURN name, labels, properties",
    );
    for (const label of ['Document', 'Organization', 'Jurisdiction', 'Person']) {
      expect(constraints).toContainEqual(expect.objectContaining({ labels: [label], properties: ['id'] }));
    }
    const [fulltext] = await read<{ properties: string[]; analyzer: string; state: string }>(
      driver,
      `SHOW FULLTEXT INDEXES YIELD name, properties, options, state WHERE name = 'document_search'
       RETURN properties, options.indexConfig['fulltext.analyzer'] AS analyzer, state`,
    );
    expect(fulltext).toEqual({
      properties: ['symbol', 'title', 'searchText'],
      analyzer: 'standard-no-stop-words',
      state: 'ONLINE',
    });
    const duplicate = await driver
      .executeQuery("CREATE (:Document {id: 'national|114-KL/TW'})", {}, { database: testDatabase() })
      .catch((e: Error) => e);
    expect(duplicate).toBeInstanceOf(Error);
  });
});

describe('jurisdictions', () => {
  it('loads the 63 pre-2025 provinces with their districts and the 34 units of 2025', async () => {
    const [counts] = await read<{ before: number; after: number; districts: number }>(
      driver,
      `MATCH (j:Jurisdiction {gazetteer: true})
       RETURN count(CASE WHEN j.level = 'province' AND j.era = 'before-2025' THEN 1 END) AS before,
              count(CASE WHEN j.level = 'province' AND j.era = '2025' THEN 1 END) AS after,
              count(CASE WHEN j.level = 'district' THEN 1 END) AS districts`,
    );
    // Former names are units of their own until their last day ("Thừa Thiên Huế" until 2024-12-31, then Huế).
    const formerNames = PROVINCES.flatMap((p) => (p.formerNames ?? []).map((f) => ({ f, p })));
    expect(counts.before).toBe(PROVINCES.length + formerNames.length);
    expect(counts.after).toBe(PROVINCES_2025.length);
    const districts = new Set([
      ...PROVINCES.flatMap((p) =>
        [...p.districts, ...(p.formerDistricts ?? [])].map((d) => `${p.name}/${d.name}`),
      ),
      ...formerNames.flatMap(({ f, p }) => p.districts.map((d) => `${f.name}/${d.name}`)),
    ]);
    expect(counts.districts).toBe(districts.size);
    expect(jurisdictionRows().filter((r) => r.level === 'district')).toHaveLength(districts.size);
    expect(PROVINCES.length).toBe(63);
    expect(PROVINCES_2025.length).toBe(34);
  });

  it('links districts to provinces and provinces to their 2025 successors', async () => {
    const [phuGiao] = await read(
      driver,
      `MATCH (d:Jurisdiction {id: 'Bình Dương/Phú Giáo'})-[:PART_OF]->(p)-[:SUCCEEDED_BY]->(s)
       RETURN d.name AS district, d.abolished AS abolished, p.name AS province, s.name AS successor`,
    );
    expect(phuGiao).toEqual({
      district: 'Phú Giáo',
      abolished: '2025-07-01',
      province: 'Bình Dương',
      successor: successorOf('Bình Dương'),
    });
    const [konTum] = await read(
      driver,
      `MATCH (:Jurisdiction {id: 'Kon Tum'})-[:SUCCEEDED_BY]->(s) RETURN s.name AS successor, s.era AS era,
       [(s)<-[:SUCCEEDED_BY]-(p) | p.name] AS formedFrom`,
    );
    expect(konTum).toMatchObject({ successor: 'Quảng Ngãi', era: '2025' });
    expect((konTum.formedFrom as string[]).sort()).toEqual(
      [...PROVINCES_2025.find((p) => p.name === 'Quảng Ngãi')!.formedFrom].sort(),
    );
    // Every old province has exactly one successor.
    const [orphans] = await read<{ n: number }>(
      driver,
      `MATCH (p:Jurisdiction {level: 'province', era: 'before-2025'}) WHERE COUNT { (p)-[:SUCCEEDED_BY]->() } <> 1
       RETURN count(p) AS n`,
    );
    expect(orphans.n).toBe(0);
  });

  it('is idempotent', async () => {
    const count = async () =>
      (
        await read<{ n: number; r: number }>(
          driver,
          'MATCH (j:Jurisdiction) RETURN count(j) AS n, COUNT { ()-[:PART_OF|SUCCEEDED_BY]->() } AS r',
        )
      )[0];
    const before = await count();
    await loadJurisdictions(driver, testDatabase());
    expect(await count()).toEqual(before);
  });
});

describe('organizations and people', () => {
  it('keeps each body under the name the document used, in its jurisdiction, at its level', async () => {
    const rows = await read<{ name: string; level: string; jurisdiction: string | null; in: string[] }>(
      driver,
      `MATCH (o:Organization) WHERE o.name IN ['Ủy ban nhân dân huyện Phú Giáo', 'Ban Bí thư', 'Ban Thường vụ Tỉnh ủy Kon Tum']
       RETURN o.name AS name, o.level AS level, o.jurisdiction AS jurisdiction, [(o)-[:IN]->(j) | j.id] AS in ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'Ban Bí thư', level: 'central', jurisdiction: null, in: [] },
      { name: 'Ban Thường vụ Tỉnh ủy Kon Tum', level: 'province', jurisdiction: 'Kon Tum', in: ['Kon Tum'] },
      {
        name: 'Ủy ban nhân dân huyện Phú Giáo',
        level: 'district',
        jurisdiction: 'Bình Dương/Phú Giáo',
        in: ['Bình Dương/Phú Giáo'],
      },
    ]);
  });

  it('links signers with SIGNED_BY', async () => {
    const rows = await read<{ symbol: string; name: string }>(
      driver,
      'MATCH (d:Document)-[:SIGNED_BY]->(p:Person) RETURN d.symbol AS symbol, p.name AS name ORDER BY name',
    );
    const gold = goldExtraction().documents.filter((d) => d.signer);
    expect(rows.map((r) => r.name)).toEqual(gold.map((d) => d.signer).sort());
  });
});
