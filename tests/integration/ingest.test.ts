import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoadError, loadGraph, type LoadableGraph } from '../../src/graph/load';
import type { DocumentRecord } from '../../src/model';
import { goldExtraction } from '../fixtures/graph/gold';
import { graphTestDriver, read, resetGraph } from '../fixtures/graph/neo4j';

let driver: Driver;
beforeAll(async () => {
  driver = await graphTestDriver();
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(async () => {
  await resetGraph(driver);
});

/** Every node and relationship with its properties, in a stable order: the whole state of the graph. */
async function snapshot() {
  const nodes = await read<{ n: unknown[] }>(
    driver,
    `MATCH (n) WHERE n:Document OR n:Organization OR n:Person OR n:Jurisdiction
     WITH labels(n)[0] AS label, n.id AS id, properties(n) AS props ORDER BY label, id
     RETURN collect([label, id, props]) AS n`,
  );
  const rels = await read<{ r: unknown[] }>(
    driver,
    `MATCH (a)-[r]->(b) WITH a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b
     RETURN collect([a, t, b, props]) AS r`,
  );
  return { nodes: nodes[0].n as unknown[], rels: rels[0].r as unknown[] };
}

async function counts() {
  const [c] = await read<{ documents: number; stubs: number; relations: number; organizations: number }>(
    driver,
    `MATCH (d:Document) WITH count(d) AS documents, count(CASE WHEN d.stub THEN 1 END) AS stubs
     CALL () { MATCH (:Document)-[r]->(:Document) RETURN count(r) AS relations }
     CALL () { MATCH (o:Organization) RETURN count(o) AS organizations }
     RETURN documents, stubs, relations, organizations`,
  );
  return c;
}

describe('loadGraph', () => {
  it('loads the gold seed graph: documents, stubs, typed relations, issuers, signers', async () => {
    const graph = goldExtraction();
    const summary = await loadGraph(driver, graph, { batchSize: 7 });
    expect(summary.documents).toBe(graph.documents.length);
    expect(summary.batches).toBe(Math.ceil(graph.documents.length / 7));
    const c = await counts();
    expect(c.documents).toBe(graph.documents.length);
    expect(c.stubs).toBe(graph.documents.filter((d) => !d.source).length);
    expect(c.relations).toBe(graph.relations.length);
    const [letter] = await read(
      driver,
      `MATCH (d:Document {id: 'Quảng Ngãi|4611/UBND-NC'})-[:ISSUED_BY]->(o:Organization)
       MATCH (d)-[:SIGNED_BY]->(p:Person)
       RETURN d.date AS date, d.year AS year, d.stub AS stub, o.name AS issuer, o.level AS level, p.name AS signer,
              [(d)-[r:IMPLEMENTS]->(t) | t.symbol] AS implements`,
    );
    expect(letter).toMatchObject({
      date: '2015-09-14',
      year: 2015,
      stub: false,
      issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      level: 'province',
      signer: 'Lê Việt Chữ',
    });
    const expected = graph.relations
      .filter((r) => r.from === 'Quảng Ngãi|4611/UBND-NC' && r.type === 'IMPLEMENTS')
      .map((r) => r.to.split('|')[1]);
    expect(expected.length).toBeGreaterThan(2);
    expect((letter.implements as string[]).sort()).toEqual(expected.sort());
    const joint = await read<{ name: string }>(
      driver,
      `MATCH (:Document {id: 'national|2352-KH/BDVTW-BCSĐCP'})-[:ISSUED_BY]->(o) RETURN o.name AS name ORDER BY name`,
    );
    expect(joint.map((o) => o.name)).toEqual(['Ban Dân vận Trung ương', 'Ban cán sự đảng Chính phủ']);
  });

  it('is idempotent: a second load changes no count and no property', async () => {
    const graph = goldExtraction();
    await loadGraph(driver, graph, { batchSize: 5 });
    const first = await snapshot();
    await loadGraph(driver, graph, { batchSize: 13 });
    const second = await snapshot();
    expect(second).toEqual(first);
    expect(first.nodes.length).toBeGreaterThan(graph.documents.length);
  });

  it('fills in a stub when its full text arrives and keeps the edges that point at it', async () => {
    const graph = goldExtraction();
    const target = 'national|114-KL/TW';
    // First only citations: 114-KL/TW is a stub with what the citing letters said.
    const citationsOnly: LoadableGraph = {
      ...graph,
      documents: graph.documents.map((d) => (d.id === target ? { ...d, title: null, source: null } : d)),
    };
    await loadGraph(driver, citationsOnly);
    const [before] = await read(
      driver,
      `MATCH (d:Document {id: $id}) RETURN d.stub AS stub, d.title AS title, COUNT { (d)<--(:Document) } AS incoming`,
      { id: target },
    );
    expect(before).toMatchObject({ stub: true, title: null });
    expect(before.incoming).toBeGreaterThan(0);

    // Then its full text: properties filled, stub cleared, incoming edges kept.
    const full = graph.documents.find((d) => d.id === target)!;
    await loadGraph(driver, {
      documents: [{ ...full, source: 'kl-114.txt', text: 'Kết luận 114-KL/TW … Dân vận khéo …' }],
      relations: [],
      warnings: [],
    });
    const [after] = await read(
      driver,
      `MATCH (d:Document {id: $id})
       RETURN d.stub AS stub, d.title AS title, d.source AS source, COUNT { (d)<--(:Document) } AS incoming`,
      { id: target },
    );
    expect(after).toMatchObject({
      stub: false,
      title: full.title,
      source: 'kl-114.txt',
      incoming: before.incoming,
    });

    // A later citation-only mention does not overwrite what the full text said.
    await loadGraph(driver, {
      documents: [
        { ...full, title: 'a shorter title from a citation', issuer: 'Bộ Chính trị', source: null },
      ],
      relations: [],
      warnings: [],
    });
    const [kept] = await read(
      driver,
      `MATCH (d:Document {id: $id}) RETURN d.title AS title, d.stub AS stub,
       [(d)-[:ISSUED_BY]->(o) | o.name] AS issuers`,
      { id: target },
    );
    expect(kept).toEqual({ title: full.title, stub: false, issuers: ['Ban Bí thư'] });
  });

  it('is atomic per batch: a failing batch writes nothing, earlier batches stay', async () => {
    const graph = goldExtraction();
    const batchSize = 10;
    const error = await loadGraph(driver, graph, {
      batchSize,
      beforeCommit: (batch) => {
        if (batch === 1) throw new Error('injected failure');
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/batch 2\/\d+ .*rolled back.*injected failure/);
    const ids = (
      await read<{ id: string }>(driver, 'MATCH (d:Document) WHERE NOT d.stub RETURN d.id AS id')
    ).map((r) => r.id);
    const firstBatch = graph.documents.slice(0, batchSize).map((d) => d.id);
    const secondBatch = graph.documents.slice(batchSize, 2 * batchSize).map((d) => d.id);
    // Nothing of batch 2 exists as a loaded document (at most as a stub created by batch 1's relations).
    for (const id of secondBatch) expect(ids).not.toContain(id);
    const loaded = await read<{ id: string; kind: string | null }>(
      driver,
      'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.kind AS kind',
      { ids: secondBatch },
    );
    const fromBatch1 = new Set(graph.relations.filter((r) => firstBatch.includes(r.from)).map((r) => r.to));
    for (const d of loaded) {
      expect(fromBatch1.has(d.id)).toBe(true);
      expect(d.kind).toBeNull();
    }
    expect(
      (
        await read<{ n: number }>(driver, 'MATCH (d:Document) WHERE d.id IN $ids RETURN count(d) AS n', {
          ids: firstBatch,
        })
      )[0].n,
    ).toBe(batchSize);
    // Re-running completes the load.
    await loadGraph(driver, graph, { batchSize });
    expect((await counts()).documents).toBe(graph.documents.length);
  });

  it('refuses invalid input with every problem listed and writes nothing', async () => {
    const graph = goldExtraction();
    const bad: LoadableGraph = {
      ...graph,
      documents: [...graph.documents, { ...graph.documents[0], id: 'x', date: '2019-02-30' }],
      relations: [...graph.relations, { ...graph.relations[0], type: 'DELETES' as never }],
    };
    await expect(loadGraph(driver, bad)).rejects.toThrow(
      /bad date "2019-02-30"[\s\S]*unknown type "DELETES"/,
    );
    expect((await counts()).documents).toBe(0);
  });

  describe('a dateless citation and the dated document, loaded by separate runs, are one node', () => {
    // Run 1 and run 2 each hold one full text; only one of them gives the cited conclusion's date.
    const doc = (id: string, extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
      id,
      symbol: id.split('|')[1],
      number: id.split('|')[1].split(/[-/]/)[0],
      kind: 'Kết luận',
      issuer: 'Ban Bí thư',
      scope: id.split('|')[0],
      date: null,
      year: null,
      title: null,
      ...extra,
    });
    const run = (citer: string, source: string, cited: DocumentRecord): LoadableGraph => ({
      documents: [doc(citer, { kind: 'Công văn', issuer: 'Ủy ban nhân dân tỉnh Kon Tum', source }), cited],
      relations: [
        { from: citer, to: cited.id, type: 'IMPLEMENTS', evidence: `Thực hiện ${cited.symbol}`, source },
      ],
      warnings: [],
    });
    const dated = doc('national|114-KL/TW|2015', { date: '2015-07-14', year: 2015 });
    const dateless = doc('national|114-KL/TW');
    const runWithDate = run('Kon Tum|1/UBND-NC|2019', 'a.txt', dated);
    const runWithoutDate = run('Kon Tum|2/UBND-NC|2019', 'b.txt', dateless);

    async function citers() {
      return read<{ id: string; date: string | null; citers: string[] }>(
        driver,
        `MATCH (d:Document {symbol: '114-KL/TW'})
         RETURN d.id AS id, d.date AS date, [(c)-[:IMPLEMENTS]->(d) | c.id] AS citers ORDER BY id`,
      );
    }

    it('dated first: the later dateless citation resolves to the dated node', async () => {
      await loadGraph(driver, runWithDate);
      await loadGraph(driver, runWithoutDate);
      const nodes = await citers();
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({ id: dated.id, date: '2015-07-14' });
      expect(nodes[0].citers.sort()).toEqual(['Kon Tum|1/UBND-NC|2019', 'Kon Tum|2/UBND-NC|2019']);
    });

    it('dateless first: the stub is merged into the dated node when it arrives, edges kept', async () => {
      await loadGraph(driver, runWithoutDate);
      expect((await citers()).map((n) => n.id)).toEqual([dateless.id]);
      await loadGraph(driver, runWithDate);
      const nodes = await citers();
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({ id: dated.id, date: '2015-07-14' });
      expect(nodes[0].citers.sort()).toEqual(['Kon Tum|1/UBND-NC|2019', 'Kon Tum|2/UBND-NC|2019']);
    });

    it('two dated documents of that symbol (numbers restart): the dateless citation stays apart', async () => {
      const other = doc('national|114-KL/TW|2025', { date: '2025-01-02', year: 2025 });
      await loadGraph(driver, runWithDate);
      await loadGraph(driver, run('Kon Tum|3/UBND-NC|2025', 'c.txt', other));
      await loadGraph(driver, runWithoutDate);
      expect((await citers()).map((n) => n.id)).toEqual([dateless.id, dated.id, other.id]);
    });
  });

  it('reports progress per batch', async () => {
    const graph = goldExtraction();
    const seen: number[] = [];
    await loadGraph(driver, graph, { batchSize: 16, onProgress: (p) => seen.push(p.documents) });
    expect(seen).toEqual([16, 32, graph.documents.length]);
  });
});
