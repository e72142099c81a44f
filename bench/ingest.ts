/**
 * Ingest throughput: documents/s and relations/s of loadGraph into an empty database, at 10k and 100k
 * generated documents, with batch sizes compared, and the peak memory of the loading process.
 *   node -r ts-node/register/transpile-only bench/ingest.ts [--sizes 10000,100000] [--batch-sizes 500,2000,10000]
 * The input is the generator's ground truth (an ExtractionGraph, exactly what `vanban extract --json` hands the
 * loader) with each document's full text attached, as `vanban ingest` loads it: the loader alone is timed,
 * extraction has its own benchmark. Every run starts from an empty database (a fresh data folder).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureSchema, loadGraph, type LoadableGraph } from '../src/graph/load';
import type { ExtractionGraph } from '../src/model';
import { freePort } from '../src/db/bolt';
import { createDriver } from '../src/db/connection';
import { buildCli, runCli } from './extract';
import {
  OUT,
  ROOT,
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
// The loader's statement groups (src/graph/load.ts names them for onStatement): a document's signer, addressees
// and the clearing of an earlier load of its file are written by the documents statement.
const STATEMENTS = ['issuers', 'documents', 'relations', 'merge yearless stubs'];

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
    "Where the time goes (seconds the server spent in each group of loader statements, summed over batches; a batch's statements are pipelined, so the remainder is the client packing rows while the server waits, commits and index updates):",
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

export interface IngestCliRun {
  size: number;
  files: number;
  textMB: number;
  jobs: number;
  documentsInDb: number;
  relationsInDb: number;
  seconds: number;
  cpuSeconds: number;
  documentsPerSecond: number;
  filesPerSecond: number;
  peakRssMB: number | null;
  /** The same folder again: every file unchanged. */
  againSeconds: number;
  againUnchanged: number;
}

/**
 * `vanban ingest texts/` end to end (walk, read, extract in worker threads, batches loaded while extraction goes
 * on, full texts stored) into an empty database, then the same folder again (a no-op by content hash).
 */
export async function benchIngestCli(
  neo: BenchNeo4j,
  sizes: number[],
  jobs: number,
): Promise<IngestCliRun[]> {
  const env = {
    NEO4J_URI: neo.settings.uri,
    NEO4J_USER: neo.settings.user,
    NEO4J_PASSWORD: neo.settings.password,
  };
  const runs: IngestCliRun[] = [];
  for (const size of sizes) {
    const c = corpus(size);
    await neo.fresh();
    const reportFile = path.join(OUT, `ingest-cli-${size}.json`);
    log(`ingest cli: vanban ingest of ${size} documents (${c.files} files), --jobs ${jobs} …`);
    const first = runCli(['ingest', c.texts, '--jobs', String(jobs), '--report', reportFile], env);
    if (first.code !== 0)
      throw new Error(`vanban ingest exited ${first.code}: ${first.stderr.slice(0, 2000)}`);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    const documentsInDb = await count(neo, 'MATCH (d:Document) RETURN count(d)');
    const relationsInDb = await count(
      neo,
      'MATCH (:Document)-[r:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->(:Document) RETURN count(r)',
    );
    const again = runCli(['ingest', c.texts, '--jobs', String(jobs), '--report', reportFile], env);
    const againReport = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    const run: IngestCliRun = {
      size,
      files: report.files.total,
      textMB: report.bytes / 1e6,
      jobs,
      documentsInDb,
      relationsInDb,
      seconds: first.seconds,
      cpuSeconds: first.cpuSeconds,
      documentsPerSecond: documentsInDb / first.seconds,
      filesPerSecond: report.files.total / first.seconds,
      peakRssMB: first.peakRssMB,
      againSeconds: again.seconds,
      againUnchanged: againReport.files.unchanged,
    };
    log(
      `  ${fmt(run.seconds, 1)} s: ${fmt(run.documentsPerSecond, 0)} documents/s (${documentsInDb} in the database), ${fmt(run.filesPerSecond, 0)} files/s, peak RSS ${fmt(run.peakRssMB ?? NaN, 0)} MB; again ${fmt(run.againSeconds, 1)} s (${run.againUnchanged} unchanged)`,
    );
    runs.push(run);
  }
  return runs;
}

export function ingestCliSection(
  runs: IngestCliRun[],
  m = machine(),
  bulk: IngestBulkRun[] = [],
  million?: { run: IngestBulkRun; generateSeconds: number; generateRssMB: number | null },
  loads: number[] = os.loadavg(),
): string {
  const loadAverage = () => loads.map((x) => fmt(x, 1)).join(' / ');
  const bulkRows = [...bulk, ...(million ? [million.run] : [])];
  return [
    '## Ingest end to end (the CLI)',
    '',
    `Machine: ${machineLine(m)}. Command: \`vanban ingest texts/\` on a generated corpus into an empty database: walk, read, extract in worker threads, batches of 5,000 documents loaded while extraction goes on, full texts and content hashes stored; then the same command again (every file unchanged: read and hashed, not extracted nor loaded). Documents/s counts every document in the database afterwards (full texts and those known only from citations) over the wall time of the whole process; peak RSS of the CLI (GNU time), the Neo4j server apart.`,
    '',
    table(
      [
        'documents',
        'files',
        'text MB',
        '--jobs',
        'documents in db',
        'relations in db',
        'seconds',
        'CLI CPU s',
        'documents/s',
        'files/s',
        `target ≥ ${TARGET_DOCS_PER_S.toLocaleString('en-US')}/s`,
        'CLI peak RSS MB',
        'again: seconds',
      ],
      runs.map((r) => [
        r.size.toLocaleString('en-US'),
        r.files.toLocaleString('en-US'),
        fmt(r.textMB, 0),
        r.jobs,
        r.documentsInDb.toLocaleString('en-US'),
        r.relationsInDb.toLocaleString('en-US'),
        fmt(r.seconds, 1),
        fmt(r.cpuSeconds, 1),
        fmt(r.documentsPerSecond, 0),
        fmt(r.filesPerSecond, 0),
        targetMark(r.documentsPerSecond >= TARGET_DOCS_PER_S),
        fmt(r.peakRssMB ?? NaN, 0),
        `${fmt(r.againSeconds, 1)} (${r.againUnchanged.toLocaleString('en-US')} unchanged)`,
      ]),
    ),
    '',
    `Load average when this table's runs began: ${loadAverage()}.`,
    ...(bulkRows.length
      ? [
          '',
          `\`vanban ingest --bulk texts/\` on the same corpora into the same empty server (driven as the project-managed one): extract with the same pipeline, spool and sort, write CSV, stop the server, \`neo4j-admin database import full\`, start it, create the schema and wait for every index (the full-text one included); then a transactional \`vanban ingest\` of the same folder (every file found unchanged: the content hashes were imported). Peak RSS: the CLI process alone, and with the children it waits for (sort, neo4j-admin's JVM).`,
          '',
          table(
            [
              'documents',
              'files',
              'text MB',
              'documents in db',
              'relations in db',
              'seconds',
              'documents/s',
              `target ≥ ${TARGET_BULK_DOCS_PER_S.toLocaleString('en-US')}/s`,
              'CLI peak RSS MB',
              'with children MB',
              'phases',
              'again: seconds',
            ],
            bulkRows.map((r) => [
              r.size.toLocaleString('en-US'),
              r.files.toLocaleString('en-US'),
              fmt(r.textMB, 0),
              r.documentsInDb.toLocaleString('en-US'),
              r.relationsInDb.toLocaleString('en-US'),
              fmt(r.seconds, 1),
              fmt(r.documentsPerSecond, 0),
              targetMark(r.documentsPerSecond >= TARGET_BULK_DOCS_PER_S),
              fmt(r.peakRssMB ?? NaN, 0),
              fmt(r.peakRssWithChildrenMB ?? NaN, 0),
              r.steps,
              `${fmt(r.againSeconds, 1)} (${r.againUnchanged.toLocaleString('en-US')} unchanged)`,
            ]),
          ),
        ]
      : []),
    ...(million
      ? [
          '',
          `1,000,000 documents end to end: \`vanban generate --documents 1000000\` ${fmt(million.generateSeconds, 0)} s (peak RSS ${fmt(million.generateRssMB ?? NaN, 0)} MB), then \`ingest --bulk\` ${fmt(million.run.seconds, 0)} s with the CLI's peak RSS at ${fmt(million.run.peakRssMB ?? NaN, 0)} MB (target < ${TARGET_RSS_MB.toLocaleString('en-US')} MB: ${targetMark((million.run.peakRssMB ?? Infinity) < TARGET_RSS_MB)}).`,
        ]
      : []),
  ].join('\n');
}

export const TARGET_BULK_DOCS_PER_S = 30_000;
export const TARGET_RSS_MB = 2048;

export interface IngestBulkRun {
  size: number;
  files: number;
  textMB: number;
  jobs: number;
  documentsInDb: number;
  relationsInDb: number;
  seconds: number;
  cpuSeconds: number;
  documentsPerSecond: number;
  /** The CLI process alone (process.resourceUsage), and with its waited-for children (GNU time: sort, neo4j-admin). */
  peakRssMB: number | null;
  peakRssWithChildrenMB: number | null;
  /** The CLI's own phases: "extract 12.3 s, …". */
  steps: string;
  againSeconds: number;
  againUnchanged: number;
}

/** Runs the compiled CLI under GNU time with stdout captured (the bulk summary line holds the phases). */
function runCliCaptured(args: string[], env: NodeJS.ProcessEnv) {
  const timeFile = path.join(OUT, 'cli-time-bulk.txt');
  fs.rmSync(timeFile, { force: true });
  const command = [process.execPath, path.join(ROOT, 'bin', 'vanban.js'), ...args];
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, ...command], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 2 ** 20,
  });
  const seconds = (performance.now() - t0) / 1000;
  const [user, sys, kb] = fs.existsSync(timeFile)
    ? fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
    : [NaN, NaN, NaN];
  return {
    seconds,
    cpuSeconds: user + sys,
    peakRssWithChildrenMB: kb / 1024,
    code: r.status,
    stdout: String(r.stdout ?? ''),
    stderr: String(r.stderr ?? ''),
  };
}

/**
 * `vanban ingest --bulk texts/` end to end into the benchmarks' empty server, driven as the project-managed one
 * (VANBAN_NEO4J_HOME, its ports): extract, CSV, stop, neo4j-admin import, start, schema and search index; then a
 * transactional `vanban ingest` of the same folder (every file unchanged: the content hashes were imported).
 */
export async function benchIngestBulkCli(
  neo: BenchNeo4j,
  corpora: { size: number; texts: string }[],
  jobs: number,
): Promise<IngestBulkRun[]> {
  const boltPort = new URL(neo.settings.uri.replace(/^bolt/, 'http')).port;
  const managed = {
    NEO4J_URI: '',
    VANBAN_NEO4J_HOME: path.join(OUT, 'neo4j'),
    VANBAN_NEO4J_BOLT_PORT: boltPort,
    VANBAN_NEO4J_HTTP_PORT: String(await freePort()),
    VANBAN_NEO4J_HEAP: process.env.VANBAN_BENCH_NEO4J_HEAP ?? '4g',
    VANBAN_NEO4J_PAGECACHE: process.env.VANBAN_BENCH_NEO4J_PAGECACHE ?? '4g',
  };
  const external = {
    NEO4J_URI: neo.settings.uri,
    NEO4J_USER: neo.settings.user,
    NEO4J_PASSWORD: neo.settings.password,
  };
  const runs: IngestBulkRun[] = [];
  for (const c of corpora) {
    const size = c.size;
    await neo.fresh();
    const reportFile = path.join(OUT, `ingest-bulk-${size}.json`);
    log(`ingest bulk: vanban ingest --bulk of ${size} generated documents, --jobs ${jobs} …`);
    const first = runCliCaptured(
      ['ingest', '--bulk', c.texts, '--jobs', String(jobs), '--report', reportFile, '--no-progress'],
      managed,
    );
    if (first.code !== 0)
      throw new Error(`vanban ingest --bulk exited ${first.code}: ${first.stderr.slice(-3000)}`);
    // The import replaced the store: bookmarks the old driver holds name transactions the new store never had.
    await neo.driver.close();
    neo.driver = await createDriver(neo.settings);
    const bulkLine = /^bulk\s+(?<steps>.*); peak RSS of this process (?<rss>\d+) MB$/m.exec(
      first.stdout,
    )?.groups;
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    const documentsInDb = await count(neo, 'MATCH (d:Document) RETURN count(d)');
    const relationsInDb = await count(
      neo,
      'MATCH (:Document)-[r:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->(:Document) RETURN count(r)',
    );
    const againReport = path.join(OUT, `ingest-bulk-again-${size}.json`);
    const again = runCli(['ingest', c.texts, '--jobs', String(jobs), '--report', againReport], external);
    const run: IngestBulkRun = {
      size,
      files: report.files.total,
      textMB: report.bytes / 1e6,
      jobs,
      documentsInDb,
      relationsInDb,
      seconds: first.seconds,
      cpuSeconds: first.cpuSeconds,
      documentsPerSecond: documentsInDb / first.seconds,
      peakRssMB: bulkLine ? Number(bulkLine.rss) : null,
      peakRssWithChildrenMB: first.peakRssWithChildrenMB,
      steps: bulkLine?.steps ?? '',
      againSeconds: again.seconds,
      againUnchanged: JSON.parse(fs.readFileSync(againReport, 'utf8')).files.unchanged,
    };
    log(
      `  ${fmt(run.seconds, 1)} s: ${fmt(run.documentsPerSecond, 0)} documents/s (${documentsInDb} in the database), CLI peak RSS ${fmt(run.peakRssMB ?? NaN, 0)} MB (${fmt(run.peakRssWithChildrenMB ?? NaN, 0)} with children); ${run.steps}; again ${fmt(run.againSeconds, 1)} s (${run.againUnchanged} unchanged)`,
    );
    runs.push(run);
  }
  return runs;
}

/** The 1,000,000-document run (behind --million): `vanban generate`, then `vanban ingest --bulk` of it. */
export async function benchMillion(
  neo: BenchNeo4j,
  jobs: number,
): Promise<{ run: IngestBulkRun; generateSeconds: number; generateRssMB: number | null }> {
  const dir = path.join(process.env.VANBAN_BENCH_MILLION_DIR ?? os.tmpdir(), 'vanban-bench-1m');
  fs.rmSync(dir, { recursive: true, force: true });
  log(`1M: vanban generate --documents 1000000 --seed 2026 --out ${dir} …`);
  const gen = runCli(['generate', '--documents', '1000000', '--seed', '2026', '--out', dir]);
  if (gen.code !== 0) throw new Error(`vanban generate exited ${gen.code}: ${gen.stderr.slice(-2000)}`);
  log(`  generated in ${fmt(gen.seconds, 0)} s, peak RSS ${fmt(gen.peakRssMB ?? NaN, 0)} MB`);
  try {
    const [run] = await benchIngestBulkCli(neo, [{ size: 1_000_000, texts: path.join(dir, 'texts') }], jobs);
    return { run, generateSeconds: gen.seconds, generateRssMB: gen.peakRssMB };
  } finally {
    // ~2.5 GB of texts: never left behind unless asked.
    if (!process.env.VANBAN_BENCH_KEEP_MILLION) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const f = flags();
  const smoke = f.has('smoke');
  const sizes = numbers(f.get('sizes'), smoke ? [200] : [10_000, 100_000]);
  const batchSizes = numbers(f.get('batch-sizes'), smoke ? [50, 500] : [500, 2000, 10_000]);
  const neo = await benchNeo4j();
  try {
    if (!f.has('cli-only')) {
      const { runs } = await benchIngest(neo, sizes, batchSizes);
      saveResults(smoke ? 'ingest-smoke' : 'ingest', runs);
      if (!smoke) writeSection('ingest', ingestSection(runs, machine(neo.versions.neo4j)));
      else if (runs.some((r) => !(r.documentsPerSecond > 0)))
        throw new Error('ingest smoke: implausible numbers');
    }
    // The CLI end to end: --cli-sizes (default 10,000), --jobs (default every core).
    buildCli();
    const jobs = Number(f.get('jobs') ?? os.availableParallelism());
    const loads = os.loadavg();
    // Transactional and --bulk side by side, same corpora, same server, one run; the 1M run behind --million.
    // The longest (the transactional 100k) goes last, and the section is rewritten after each stage, so that a
    // run cut short still leaves what it measured.
    const cliSizes = numbers(f.get('cli-sizes'), smoke ? [100] : [10_000, 100_000]);
    const bulkSizes = numbers(f.get('bulk-sizes'), smoke ? [100] : [10_000, 100_000]);
    const cli: IngestCliRun[] = [];
    const bulk: IngestBulkRun[] = [];
    let million: Awaited<ReturnType<typeof benchMillion>> | undefined;
    const write = () => {
      saveResults(smoke ? 'ingest-cli-smoke' : 'ingest-cli', { cli, bulk, million, loads });
      if (!smoke)
        writeSection('ingest-cli', ingestCliSection(cli, machine(neo.versions.neo4j), bulk, million, loads));
    };
    cli.push(...(await benchIngestCli(neo, cliSizes.slice(0, 1), jobs)));
    for (const size of bulkSizes) {
      bulk.push(...(await benchIngestBulkCli(neo, [{ size, texts: corpus(size).texts }], jobs)));
      write();
    }
    if (f.has('million')) {
      million = await benchMillion(neo, jobs);
      write();
    }
    for (const size of cliSizes.slice(1)) {
      cli.push(...(await benchIngestCli(neo, [size], jobs)));
      write();
    }
    if (smoke && bulk.some((r) => !(r.documentsPerSecond > 0) || r.againUnchanged !== r.files))
      throw new Error(`ingest bulk smoke: implausible numbers ${JSON.stringify(bulk)}`);
    else if (cli.some((r) => !(r.documentsPerSecond > 0) || r.againUnchanged !== r.files))
      throw new Error(`ingest smoke: implausible numbers ${JSON.stringify(cli)}`);
  } finally {
    await neo.close();
  }
}

runMain(module, main);
