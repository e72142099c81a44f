/** `vanban ingest` on the seed corpus with the real extractor: summary, full texts, idempotence, --graph. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { progressBar, run } from '../../src/cli/ingest';
import { goldExtraction } from '../fixtures/graph/gold';
import { graphTestDriver, read, resetGraph } from '../fixtures/graph/neo4j';

const SEED = path.resolve(__dirname, '../../seed');
let driver: Driver;
beforeAll(async () => {
  driver = await graphTestDriver();
});
afterAll(async () => {
  await driver?.close();
});

/** Runs the command and returns its exit code and what it printed. */
async function ingest(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    return { code: await run(args), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

async function state() {
  return read(
    driver,
    `MATCH (n) WHERE n:Document OR n:Organization OR n:Person
     WITH n ORDER BY n.id
     WITH collect([labels(n)[0], n.id, properties(n)]) AS nodes
     CALL () { MATCH (a)-[r]->(b) WITH a.id + ' ' + type(r) + ' ' + b.id AS k, properties(r) AS p ORDER BY k RETURN collect([k, p]) AS rels }
     RETURN nodes, rels`,
  );
}

describe('vanban ingest', () => {
  it('extracts and loads seed/ with a summary, storing the full texts', async () => {
    await resetGraph(driver);
    const { code, out } = await ingest([SEED, '--batch-size', '3']);
    expect(code).toBe(0);
    expect(out).toMatch(/^files\s+5$/m);
    expect(out).toMatch(/^documents\s+40 \(5 full texts, 35 known only from citations\)$/m);
    expect(out).toMatch(/^relations\s+43$/m);
    expect(out).toMatch(/^references\s+\d+$/m);
    expect(out).toMatch(/^warnings\s+\d+$/m);
    expect(out).toMatch(/^unresolved\s+\d+$/m);
    expect(out).toMatch(/^batches\s+14 in /m);
    const texts = await read<{ source: string; length: number; folded: boolean }>(
      driver,
      `MATCH (d:Document) WHERE d.source IS NOT NULL
       RETURN d.source AS source, size(d.text) AS length, d.searchText CONTAINS 'dan van kheo' AS folded ORDER BY source`,
    );
    expect(texts.map((t) => t.source)).toEqual([
      '000_70c127e0a27932bb.txt',
      '001_ec6cdaf992dc6320.txt',
      '002_6cf038721f193c12.txt',
      '003_9ac44cf077a342da.txt',
      '004_8800843da0d968ee.txt',
    ]);
    for (const t of texts) {
      expect(t.length).toBeGreaterThan(2000);
      expect(t.folded).toBe(true);
    }
    // "Kính gửi:" addressees become ADDRESSED_TO organizations; signers SIGNED_BY people with their role.
    const addressed = await read<{ listed: string[]; linked: string[]; signer: string; role: string | null }>(
      driver,
      `MATCH (d:Document) WHERE size(coalesce(d.addressees, [])) > 0
       MATCH (d)-[s:SIGNED_BY]->(p:Person)
       RETURN d.addressees AS listed, [(d)-[:ADDRESSED_TO]->(o) | o.name] AS linked, p.name AS signer, s.role AS role`,
    );
    expect(addressed.length).toBeGreaterThan(0);
    for (const a of addressed) {
      expect([...a.linked].sort()).toEqual([...new Set(a.listed)].sort());
      expect(a.signer).toMatch(/\p{Lu}/u);
    }
  });

  it('is idempotent: ingesting the same folder again changes nothing', async () => {
    const before = await state();
    const { code } = await ingest([SEED]);
    expect(code).toBe(0);
    expect(await state()).toEqual(before);
  });

  it('loads an ExtractionGraph JSON with --graph', async () => {
    await resetGraph(driver);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'vanban-ingest-')), 'graph.json');
    const graph = goldExtraction();
    writeFileSync(file, JSON.stringify(graph));
    const { code, out } = await ingest(['--graph', file]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^documents\\s+${graph.documents.length} `, 'm'));
    const [c] = await read<{ n: number }>(driver, 'MATCH (d:Document) RETURN count(d) AS n');
    expect(c.n).toBe(graph.documents.length);
  });

  it('refuses bad arguments with a clear message', async () => {
    expect((await ingest([])).code).toBe(2);
    const bad = await ingest([SEED, '--batch-size', 'zero']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--batch-size must be a positive integer/);
    expect((await ingest(['--bogus'])).err).toMatch(/unknown option --bogus/);
  });
});

describe('progress bar', () => {
  it('draws on a terminal and stays silent otherwise', () => {
    const fake = (isTTY: boolean) => {
      const writes: string[] = [];
      const stream = {
        isTTY,
        columns: 100,
        write: (s: string) => (writes.push(s), true),
      } as unknown as NodeJS.WriteStream;
      return { stream, writes };
    };
    const tty = fake(true);
    const bar = progressBar(tty.stream);
    bar.files('a.txt');
    bar.batches({ batch: 1, batches: 2, documents: 10, relations: 4, totalDocuments: 20, totalRelations: 9 });
    bar.done();
    expect(tty.writes[0]).toMatch(/^\rextracting 1 files… a\.txt/);
    expect(tty.writes[1]).toMatch(/^\rloading \[#{15}\.{15}\] batch 1\/2, 10\/20 documents, 4\/9 relations/);
    expect(tty.writes[2]).toBe('\n');
    const pipe = fake(false);
    const quiet = progressBar(pipe.stream);
    quiet.files('a.txt');
    quiet.done();
    expect(pipe.writes).toEqual([]);
  });
});
