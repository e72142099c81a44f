/**
 * `vanban ingest` end to end with the real extractor and worker threads: summary, full texts, incremental by
 * content (unchanged files skipped, a changed file replaces what it contributed, --prune), failures listed with
 * their reasons and a non-zero exit code, collisions between files, --report, --graph, argument errors.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/ingest';
import { goldExtraction } from '../fixtures/graph/gold';
import { graphTestDriver, read, resetGraph } from '../fixtures/graph/neo4j';

const SEED = path.resolve(__dirname, '../../seed');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-ingest-cli-'));
let driver: Driver;
beforeAll(async () => {
  driver = await graphTestDriver();
});
afterAll(async () => {
  await driver?.close();
  rmSync(tmp, { recursive: true, force: true });
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

/** A fresh copy of seed/ to change. */
function seedCopy(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(SEED))
    if (f.endsWith('.txt')) copyFileSync(path.join(SEED, f), path.join(dir, f));
  return dir;
}

const LETTER = (date: string, cites: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 12/UBND-VP\n\nKon Tum, ngày ${date} năm 2020\n\n` +
  `Thực hiện ${cites} của Ban Thường vụ Tỉnh ủy.\n`;

describe('vanban ingest', () => {
  it('extracts and loads seed/ with worker threads and a summary, storing the full texts and their hashes', async () => {
    await resetGraph(driver);
    const { code, out, err } = await ingest([SEED, '--batch-size', '3', '--jobs', '2']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^files\s+5: 5 loaded, 0 unchanged/m);
    expect(out).toMatch(/^documents\s+40 in the database \(5 full texts, 35 known only from citations\)$/m);
    expect(out).toMatch(/^relations\s+43 in the database/m);
    expect(out).toMatch(/^warnings\s+\d+/m);
    expect(out).toMatch(/^batches\s+\d+ in [\d.]+ s/m);
    const texts = await read<{ source: string; length: number; folded: boolean; hash: string }>(
      driver,
      `MATCH (d:Document) WHERE d.source IS NOT NULL
       RETURN d.source AS source, size(d.text) AS length, d.searchText CONTAINS 'dan van kheo' AS folded,
              d.sourceHash AS hash ORDER BY source`,
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
      expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // "Kính gửi:" addressees become ADDRESSED_TO organizations; signers SIGNED_BY people with their role.
    const addressed = await read<{ listed: string[]; linked: string[]; signer: string }>(
      driver,
      `MATCH (d:Document) WHERE size(coalesce(d.addressees, [])) > 0
       MATCH (d)-[s:SIGNED_BY]->(p:Person)
       RETURN d.addressees AS listed, [(d)-[:ADDRESSED_TO]->(o) | o.name] AS linked, p.name AS signer`,
    );
    expect(addressed.length).toBeGreaterThan(0);
    for (const a of addressed) {
      expect([...a.linked].sort()).toEqual([...new Set(a.listed)].sort());
      expect(a.signer).toMatch(/\p{Lu}/u);
    }
  });

  it('is idempotent by content: the same folder again reads nothing, changes nothing and says so', async () => {
    const before = await state();
    const { code, out } = await ingest([SEED]);
    expect(code).toBe(0);
    expect(out).toMatch(/^files\s+5: 0 loaded, 5 unchanged/m);
    expect(out).toMatch(/Nothing changed: every file was already loaded with the same content/);
    expect(await state()).toEqual(before);
  });

  it('a changed file replaces what it contributed; --prune takes back a deleted file', async () => {
    await resetGraph(driver);
    const dir = seedCopy('changed');
    expect((await ingest([dir, '--jobs', '0'])).code).toBe(0);
    const letter = path.join(dir, '004_8800843da0d968ee.txt');
    const [before] = await read<{ id: string; out: string[] }>(
      driver,
      `MATCH (d:Document {source: '004_8800843da0d968ee.txt'})
       RETURN d.id AS id, [(d)-[r]->(t:Document) WHERE r.source = d.source | t.id] AS out`,
    );
    expect(before.out.length).toBeGreaterThan(0);
    // The new version has another number (so another id), cites one more document and no longer cites the
    // first of the old ones.
    const oldText = readFileSync(letter, 'utf8');
    expect(oldText).toContain('Số: **1225**/UBND-NC');
    const firstCited = before.out[0].split('|')[1];
    writeFileSync(
      letter,
      `${oldText.split(firstCited).join('(bỏ)').split('**1225**').join('**1226**')}\n` +
        'Thực hiện Nghị quyết số 77-NQ/TW ngày 01/02/2019 của Bộ Chính trị.\n',
    );
    const changed = await ingest([dir, '--jobs', '0']);
    expect(changed.code).toBe(0);
    expect(changed.out).toMatch(/^files\s+5: 1 loaded, 4 unchanged/m);
    const [after] = await read<{ id: string; out: string[]; text: string }>(
      driver,
      `MATCH (d:Document {source: '004_8800843da0d968ee.txt'})
       RETURN d.id AS id, d.text AS text, [(d)-[r]->(t:Document) WHERE r.source = d.source | t.id] AS out`,
    );
    expect(after.id).toBe(before.id.replace('1225', '1226'));
    expect(after.text).toContain('77-NQ/TW');
    // The old id's document and what the old version stated are gone (nothing else cites it).
    const [old] = await read<{ n: number; rels: number }>(
      driver,
      `OPTIONAL MATCH (d:Document {id: $id}) WITH count(d) AS n
       CALL () { MATCH (:Document {id: $id})-[r]->() RETURN count(r) AS rels }
       RETURN n, rels`,
      { id: before.id },
    );
    expect(old).toEqual({ n: 0, rels: 0 });
    expect(after.out.some((id) => id.includes('77-NQ/TW'))).toBe(true);
    expect(after.out.some((id) => id.split('|')[1] === firstCited)).toBe(false);

    // Deleted from the folder: without --prune it stays, with --prune it is taken back.
    rmSync(letter);
    expect((await ingest([dir, '--jobs', '0'])).out).toMatch(/^files\s+4: 0 loaded, 4 unchanged/m);
    const pruned = await ingest([dir, '--jobs', '0', '--prune']);
    expect(pruned.code).toBe(0);
    expect(pruned.out).toMatch(/^pruned\s+1 files taken back/m);
    const left = await read<{ n: number; rels: number; stubs77: number }>(
      driver,
      `MATCH (d:Document {source: '004_8800843da0d968ee.txt'}) WITH count(d) AS n
       CALL () { MATCH ()-[r]->() WHERE r.source = '004_8800843da0d968ee.txt' RETURN count(r) AS rels }
       CALL () { MATCH (s:Document) WHERE s.id CONTAINS '77-NQ/TW' RETURN count(s) AS stubs77 }
       RETURN n, rels, stubs77`,
    );
    // Its document, its relations and the stub only it cited are gone.
    expect(left[0]).toEqual({ n: 0, rels: 0, stubs77: 0 });
  });

  it('lists every failure with its reason, exits 1, and keeps what loaded', async () => {
    await resetGraph(driver);
    const dir = path.join(tmp, 'mixed');
    mkdirSync(path.join(dir, 'pdfs'), { recursive: true });
    copyFileSync(path.join(SEED, '000_70c127e0a27932bb.txt'), path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.concat([Buffer.from('abc'), Buffer.alloc(200)]));
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(50_000));
    copyFileSync(
      path.resolve(__dirname, '../fixtures/formats/corrupt.pdf'),
      path.join(dir, 'pdfs', 'scan.pdf'),
    );
    const reportFile = path.join(tmp, 'report.json');
    const missing = path.join(tmp, 'no-such-folder');
    const { code, out, err } = await ingest([dir, missing, '--max-bytes', '40000', '--report', reportFile]);
    expect(code).toBe(1);
    expect(out).toMatch(/^files\s+5: 1 loaded, 0 unchanged \(already loaded, skipped\), 4 failed/m);
    expect(err).toMatch(/^4 files failed:$/m);
    expect(err).toMatch(/binary\.txt: \[binary\] .*NUL bytes/);
    expect(err).toMatch(/big\.txt: \[too-large\] 50000 bytes is over the limit of 40000/);
    expect(err).toMatch(/pdfs\/scan\.pdf: \[\S+\] /);
    expect(err).toContain(`${missing}: [missing] no such file or folder`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(report.files).toMatchObject({ total: 5, extracted: 1, failed: 4 });
    expect(report.failures.map((f: { file: string }) => f.file).sort()).toEqual(
      ['big.txt', 'binary.txt', missing, 'pdfs/scan.pdf'].sort(),
    );
    const [loaded] = await read<{ n: number }>(
      driver,
      'MATCH (d:Document {source: "good.txt"}) RETURN count(d) AS n',
    );
    expect(loaded.n).toBe(1);
  });

  it('two texts with one number: keeps both when their dates differ, and says which files collided', async () => {
    await resetGraph(driver);
    const dir = path.join(tmp, 'collide');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), LETTER('02 tháng 3', 'Kế hoạch số 98-KH/TU ngày 25/6/2019'));
    writeFileSync(path.join(dir, 'b.txt'), LETTER('09 tháng 4', 'Kế hoạch số 99-KH/TU ngày 25/7/2019'));
    writeFileSync(path.join(dir, 'c.txt'), LETTER('02 tháng 3', 'Kế hoạch số 98-KH/TU ngày 25/6/2019'));
    const { code, out, err } = await ingest([dir, '--jobs', '0']);
    expect(code).toBe(0);
    expect(out).toMatch(/^collisions\s+2/m);
    expect(err).toMatch(
      /a\.txt and b\.txt both are 12\/UBND-VP \(dated 2020-03-02 and 2020-04-09\): kept both/,
    );
    expect(err).toMatch(/c\.txt and a\.txt are the same document 12\/UBND-VP/);
    const docs = await read<{ source: string; date: string }>(
      driver,
      'MATCH (d:Document) WHERE d.symbol = "12/UBND-VP" RETURN d.source AS source, toString(d.date) AS date ORDER BY source',
    );
    expect(docs).toEqual([
      { source: 'a.txt', date: '2020-03-02' },
      { source: 'b.txt', date: '2020-04-09' },
    ]);
  });

  it('a text on one 2-million-character line loads one document, once', async () => {
    await resetGraph(driver);
    const dir = path.join(tmp, 'one-line');
    mkdirSync(dir, { recursive: true });
    const letter = readFileSync(path.join(SEED, '000_70c127e0a27932bb.txt'), 'utf8').replace(/\n/g, ' ');
    writeFileSync(path.join(dir, 'one.txt'), letter.repeat(Math.ceil(2e6 / letter.length)).slice(0, 2e6));
    const { code } = await ingest([dir, '--jobs', '0']);
    expect(code).toBe(0);
    const docs = await read<{ id: string; scope: string }>(
      driver,
      'MATCH (d:Document) WHERE d.source IS NOT NULL RETURN d.id AS id, d.scope AS scope',
    );
    expect(docs).toEqual([{ id: 'Quảng Ngãi|4611/UBND-NC', scope: 'Quảng Ngãi' }]);
    const [unknown] = await read<{ n: number }>(
      driver,
      "MATCH (d:Document) WHERE d.scope = 'unknown' RETURN count(d) AS n",
    );
    expect(unknown.n).toBe(0);
  }, 120_000);

  it('loads an ExtractionGraph JSON with --graph', async () => {
    await resetGraph(driver);
    const file = path.join(tmp, 'graph.json');
    const graph = goldExtraction();
    writeFileSync(file, JSON.stringify(graph));
    const { code, out } = await ingest(['--graph', file]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^documents\\s+${graph.documents.length} `, 'm'));
    const [c] = await read<{ n: number }>(driver, 'MATCH (d:Document) RETURN count(d) AS n');
    expect(c.n).toBe(graph.documents.length);
  });

  it('refuses bad arguments with a clear message and exit code 2', async () => {
    const none = await ingest([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/nothing to ingest/);
    const bad = await ingest([SEED, '--batch-size', 'zero']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--batch-size must be a positive integer, not "zero"/);
    expect((await ingest(['--bogus', SEED])).err).toMatch(/unknown option '--bogus'/);
    const help = await ingest(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Examples:\n\s+vanban ingest seed\//);
  });
});
