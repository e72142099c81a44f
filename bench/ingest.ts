/**
 * Ingest throughput: documents/s and relations/s of loadGraph into an empty database, at 10k and 100k
 * generated documents, with batch sizes compared, and the peak memory of the loading process.
 *   node -r ts-node/register/transpile-only bench/ingest.ts [--sizes 10000,100000] [--batch-sizes 500,2000,10000]
 * The input is the generator's ground truth (an ExtractionGraph, exactly what `vanban extract --json` hands the
 * loader) with each document's full text attached, as `vanban ingest` loads it: the loader alone is timed,
 * extraction has its own benchmark. Every run starts from an empty database (a fresh data folder).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureSchema, loadGraph, type LoadableGraph } from '../src/graph/load';
import type { ExtractionGraph } from '../src/model';
import {
  benchNeo4j,
  corpus,
  flags,
  fmt,
  log,
  machine,
  machineLine,
  numbers,
  saveResults,
  table,
  targetMark,
  withPeakMemory,
  writeSection,
  type BenchNeo4j,
  runMain,
} from './lib';

export interface IngestRun {
  size: number;
  batchSize: number;
  documents: number;
  relations: number;
  textMB: number;
  seconds: number;
  documentsPerSecond: number;
  relationsPerSecond: number;
  baselineRssMB: number;
  peakRssMB: number;
  maxRssMB: number;
  nodesInDb: number;
  relationshipsInDb: number;
  /** Seconds in each loader statement, summed over batches; the rest of `seconds` is commits and the client. */
  statements: Record<string, number>;
}

export const TARGET_DOCS_PER_S = 5000;
const STATEMENTS = ['documents', 'issuers', 'people', 'clear', 'relations'];

/** The truth graph of a generated corpus with the texts attached (what the loader gets from an ingest). */
export function loadableGraph(size: number): LoadableGraph {
  const c = corpus(size);
  const graph = JSON.parse(fs.readFileSync(c.truth, 'utf8')) as ExtractionGraph;
  const documents = graph.documents.map((d) =>
    d.source ? { ...d, text: fs.readFileSync(path.join(c.texts, d.source), 'utf8') } : d,
  );
  return { ...graph, documents };
}

async function count(neo: BenchNeo4j, query: string): Promise<number> {
  const { records } = await neo.driver.executeQuery(query);
  return Number(records[0].get(0));
}

export async function benchIngest(
  neo: BenchNeo4j,
  sizes: number[],
  batchSizes: number[],
): Promise<{ runs: IngestRun[]; last: LoadableGraph | null }> {
  const runs: IngestRun[] = [];
  let last: LoadableGraph | null = null;
  for (const size of sizes) {
    let graph: LoadableGraph | null = loadableGraph(size);
    const textMB = graph.documents.reduce((n, d) => n + (d.text ? Buffer.byteLength(d.text) : 0), 0) / 1e6;
    for (const batchSize of batchSizes) {
      await neo.fresh();
      await ensureSchema(neo.driver);
      global.gc?.();
      const baselineRssMB = process.memoryUsage().rss / 2 ** 20;
      log(`ingest: ${size} documents, batch size ${batchSize} …`);
      const g: LoadableGraph = graph!;
      const t0 = performance.now();
      const statements: Record<string, number> = {};
      const onStatement = (name: string, ms: number): void => {
        statements[name] = (statements[name] ?? 0) + ms / 1000;
      };
      const { result, peakRssMB, maxRssMB } = await withPeakMemory(() =>
        loadGraph(neo.driver, g, { batchSize, onStatement }),
      );
      const seconds = (performance.now() - t0) / 1000;
      const run: IngestRun = {
        size,
        batchSize,
        documents: g.documents.length,
        relations: g.relations.length,
        textMB,
        seconds,
        documentsPerSecond: g.documents.length / seconds,
        relationsPerSecond: g.relations.length / seconds,
        baselineRssMB,
        peakRssMB,
        maxRssMB,
        statements,
        nodesInDb: await count(neo, 'MATCH (d:Document) RETURN count(d)'),
        relationshipsInDb: await count(
          neo,
          'MATCH (:Document)-[r:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->(:Document) RETURN count(r)',
        ),
      };
      log(
        `  ${fmt(seconds, 1)} s: ${fmt(run.documentsPerSecond, 0)} docs/s, ${fmt(run.relationsPerSecond, 0)} relations/s, peak RSS ${fmt(peakRssMB, 0)} MB (summary ${JSON.stringify(result)})`,
      );
      if (run.nodesInDb !== run.documents || run.relationshipsInDb !== run.relations)
        throw new Error(
          `ingest: the database holds ${run.nodesInDb} documents and ${run.relationshipsInDb} relations, expected ${run.documents} and ${run.relations}`,
        );
      runs.push(run);
    }
    last = graph;
    graph = null;
  }
  return { runs, last };
}

export function ingestSection(runs: IngestRun[], m = machine()): string {
  return [
    '## Ingest',
    '',
    `Machine: ${machineLine(m)}. \`loadGraph\` of the generated truth graph with full texts into an empty database (one transaction per batch; the documents of a batch and their outgoing relations go together).`,
    '',
    table(
      [
        'documents',
        'relations',
        'text MB',
        'batch size',
        'seconds',
        'documents/s',
        'relations/s',
        'target ≥ 5,000 docs/s',
        'RSS before MB',
        'peak RSS MB',
      ],
      runs.map((r) => [
        r.documents.toLocaleString('en-US'),
        r.relations.toLocaleString('en-US'),
        fmt(r.textMB, 0),
        r.batchSize.toLocaleString('en-US'),
        fmt(r.seconds, 1),
        fmt(r.documentsPerSecond, 0),
        fmt(r.relationsPerSecond, 0),
        targetMark(r.documentsPerSecond >= TARGET_DOCS_PER_S),
        fmt(r.baselineRssMB, 0),
        fmt(r.peakRssMB, 0),
      ]),
    ),
    '',
    '"RSS before" is the bench process with the graph and its texts already in memory; "peak RSS" is sampled every 50 ms during the load.',
    '',
    'Where the time goes (seconds in each loader statement, summed over batches; the remainder is commits, index updates and the client):',
    '',
    table(
      ['documents', 'batch size', ...STATEMENTS, 'commit and rest'],
      runs.map((r) => {
        const inStatements = STATEMENTS.reduce((n, k) => n + (r.statements[k] ?? 0), 0);
        return [
          r.documents.toLocaleString('en-US'),
          r.batchSize.toLocaleString('en-US'),
          ...STATEMENTS.map((k) => fmt(r.statements[k] ?? 0, 1)),
          fmt(r.seconds - inStatements, 1),
        ];
      }),
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const f = flags();
  const smoke = f.has('smoke');
  const sizes = numbers(f.get('sizes'), smoke ? [200] : [10_000, 100_000]);
  const batchSizes = numbers(f.get('batch-sizes'), smoke ? [50, 500] : [500, 2000, 10_000]);
  const neo = await benchNeo4j();
  try {
    const { runs } = await benchIngest(neo, sizes, batchSizes);
    saveResults(smoke ? 'ingest-smoke' : 'ingest', runs);
    if (!smoke) writeSection('ingest', ingestSection(runs, machine(neo.versions.neo4j)));
    else if (runs.some((r) => !(r.documentsPerSecond > 0)))
      throw new Error('ingest smoke: implausible numbers');
  } finally {
    await neo.close();
  }
}

runMain(module, main);
