/**
 * `vanban ingest --bulk` (neo4j-admin database import full) builds the same graph as the transactional ingest:
 * a mixed corpus (seed/ texts, the same documents as PDF, DOCX, DOC, HTML and in a zip, broken files, the
 * regression texts) is ingested both ways, and the node and relationship counts by label and type and a canonical
 * dump of every property are compared. Then a later transactional ingest into the bulk-loaded database finds
 * every file unchanged (the content hashes are there), and --bulk refuses a database that is not empty.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/ingest';
import { freePort } from '../../src/db/bolt';
import { createDriver } from '../../src/db/connection';
import { startNeo4j, stopNeo4j, type ManagedNeo4jOptions } from '../../src/db/manager';
import { defaultHome } from '../../src/db/project';
import { bulkIngest, BulkRefused } from '../../src/pipeline/bulk';
import { ingestStream } from '../../src/pipeline/ingest';
import { graphTestDriver, plain, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = ['seed', 'tests/fixtures/formats', 'tests/fixtures/regression'].map((p) => path.join(ROOT, p));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-bulk-test-'));
let server: ManagedNeo4jOptions;
let bulkDriver: Driver | undefined;
let driver: Driver;
let expected: Awaited<ReturnType<typeof dump>>;
let sameDocument = -1;

beforeAll(async () => {
  driver = await graphTestDriver();
  server = {
    home: path.join(tmp, 'home'),
    jarsDir: defaultHome(),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '1g',
    pagecache: '256m',
    quickStart: true,
  };
  await startNeo4j(server);
}, 300_000);
afterAll(async () => {
  await bulkDriver?.close();
  // The shared test database is left empty: later files load the seed graph under the gold's ids, and this file's
  // transactional ingest of the same seeds (extracted ids) would make their names ambiguous.
  if (driver) await resetGraph(driver);
  await driver?.close();
  await stopNeo4j(server);
  rmSync(tmp, { recursive: true, force: true });
});

/** Counts by label and type, and every node and relationship with its properties, in a canonical order. */
async function dump(d: Driver, database?: string) {
  const q = async (query: string) =>
    (await d.executeQuery(query, {}, { database })).records.map((r) => plain(r.toObject()));
  return {
    labels: await q('MATCH (n) RETURN labels(n) AS labels, count(*) AS n ORDER BY n, labels'),
    types: await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    nodes: await q(
      `MATCH (n) WITH labels(n)[0] AS label, n.id AS id, properties(n) AS p
       RETURN label, id, [k IN apoc.coll.sort(keys(p)) | [k, p[k]]] AS props ORDER BY label, id`,
    ),
    relationships: await q(
      `MATCH (a)-[r]->(b) WITH a.id AS from, type(r) AS type, b.id AS to, properties(r) AS p
       RETURN from, type, to, [k IN apoc.coll.sort(keys(p)) | [k, p[k]]] AS props ORDER BY from, type, to`,
    ),
  };
}

describe('vanban ingest --bulk', () => {
  it('builds the same graph as the transactional ingest of the same mixed corpus', async () => {
    await resetGraph(driver);
    const transactional = await ingestStream(driver, CORPUS, { jobs: 0, ocr: false });
    expect(transactional.totals.batches).toBe(1);
    expected = await dump(driver, testDatabase());

    const bulk = await bulkIngest(CORPUS, {
      jobs: 0,
      ocr: false,
      server,
      onStep: (step, ms) => process.stderr.write(`[bulk] ${step} ${Math.round(ms)} ms\n`),
    });
    const failed = (r: typeof bulk.report) => r.failures.map((f) => f.file).sort();
    expect(failed(bulk.report)).toEqual(failed(transactional.report));
    sameDocument = bulk.report.collisions.filter((c) => c.outcome === 'same document').length;
    expect(sameDocument).toBeGreaterThan(0);
    bulkDriver = await createDriver((await startNeo4j(server)).settings);
    const actual = await dump(bulkDriver);
    expect(actual.labels).toEqual(expected.labels);
    expect(actual.types).toEqual(expected.types);
    expect(actual.nodes.length).toBeGreaterThan(100);
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
    expect(bulk.totals.documents).toBe(transactional.totals.documents);
    expect(bulk.totals.relations).toBe(transactional.totals.relations);
  }, 900_000);

  it('leaves the indexes and content hashes a later incremental ingest needs', async () => {
    const indexes = (
      await bulkDriver!.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')
    ).records.map((r) => [r.get('name'), r.get('state')]);
    expect(indexes).toContainEqual(['document_search', 'ONLINE']);
    expect(indexes).toContainEqual(['document_id', 'ONLINE']);
    const again = await ingestStream(bulkDriver!, CORPUS, { jobs: 0, ocr: false });
    // Only the files that were the same document as another (kept once, stored under the other's name) are
    // read again, as after a transactional ingest; nothing changes.
    expect(again.report.extracted).toBe(sameDocument);
    expect(again.report.unchanged).toBeGreaterThan(20);
    expect(await dump(bulkDriver!)).toEqual(expected);
    const search = await bulkDriver!.executeQuery(
      "CALL db.index.fulltext.queryNodes('document_search', 'dan van kheo') YIELD node RETURN count(node) AS n",
    );
    expect(Number(search.records[0].get('n'))).toBeGreaterThan(0);
  }, 300_000);

  it('refuses a database that is not empty unless --force', async () => {
    await expect(bulkIngest([path.join(ROOT, 'seed')], { jobs: 0, server })).rejects.toThrow(BulkRefused);
    await expect(bulkIngest([path.join(ROOT, 'seed')], { jobs: 0, server })).rejects.toThrow(
      /not empty .*--force/s,
    );
  }, 300_000);

  it('--csv-only writes the CSV files and the neo4j-admin arguments without touching a server', async () => {
    const workDir = path.join(tmp, 'csv-only');
    const result = await bulkIngest([path.join(ROOT, 'seed')], { jobs: 0, csvOnly: true, workDir });
    // The database name before the variadic --nodes/--relationships, which would take it for a file.
    expect(result.importArgs.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(result.importArgs).toContain(`--nodes=Document=${path.join(workDir, 'csv', 'documents.csv')}`);
    const documents = readFileSync(path.join(workDir, 'csv', 'documents.csv'), 'utf8');
    expect(documents.split('\n')[0]).toMatch(/^id:ID\(Document\),stub:boolean,/);
    // Five full texts, their line breaks inside quoted fields.
    expect(documents.match(/^"[^"\n]+",false,/gm)).toHaveLength(5);
    expect(result.totals.documents).toBe(40);
  });

  it('refuses on the command line when NEO4J_URI names a server the project does not manage', async () => {
    let err = '';
    const stderr = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk) => ((err += String(chunk)), true));
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      // The integration setup sets NEO4J_URI to the shared test server.
      expect(await run(['--bulk', path.join(ROOT, 'seed')])).toBe(2);
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
    expect(err).toMatch(/NEO4J_URI/);
    expect(err).toMatch(/--csv-only|without --bulk/);
  });
});
