/**
 * `vanban ingest` as a streaming pipeline: files → worker threads (read, decode, extract) → batches of
 * per-file graphs → one transaction each, loaded while extraction goes on (one load in flight, the next batch
 * filling meanwhile). Memory holds at most two batches and a compact index of the files already loaded (name →
 * content hash); identity across batches is resolved in the database (MERGE by id, dateless citations against
 * the graph). Incremental by content: an unchanged file is not read again, a changed file replaces what it
 * contributed in the transaction that writes its new version, and --prune takes back files that are gone.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../graph/cypher';
import { loadJurisdictions } from '../graph/jurisdictions';
import {
  awaitSearchIndex,
  DEFAULT_BATCH_SIZE,
  ensureSchema,
  loadGraph,
  takeBack,
  type LoadableDocument,
  type LoadableGraph,
} from '../graph/load';
import type { ExtractionGraph } from '../model';
import { mergeGraphs } from '../resolve/dedupe';
import { resolveCollision, type Held } from './collisions';
import { countFiles } from './files';
import { defaultJobs } from './pool';
import type { Progress } from './progress';
import { RunReport } from './report';
import { extractStream } from './stream';

export interface IngestStreamOptions {
  /** Worker threads (default: all cores); 0 extracts in this thread. */
  jobs?: number;
  maxBytes?: number;
  /** Documents per transaction (counted before the batch's merge). Default 5000. */
  batchSize?: number;
  database?: string;
  /** OCR scanned PDFs and images (default true). */
  ocr?: boolean;
  /** Take back the files an earlier ingest loaded that are not among `inputs` any more. */
  prune?: boolean;
  progress?: Progress;
  report?: RunReport;
  /** Time spent in each loader statement (benchmarks: where the time goes). */
  onStatement?: (name: string, ms: number, rows: number) => void;
  /** After each batch is committed (tests, benchmarks). */
  onBatch?: (batch: { files: number; documents: number; relations: number; ms: number }) => void;
}

export interface IngestTotals {
  /** In the database after the run. */
  documents: number;
  fullTexts: number;
  relations: number;
  batches: number;
}

interface Extracted {
  name: string;
  /** The file it came from (a zip's entries share it). */
  file: string;
  hash: string;
  graph: ExtractionGraph;
  text?: string;
  foldedText?: string;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** name → content hash of every file loaded before (a compact index: two strings per file). */
async function knownSources(driver: Driver, database?: string): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // Streamed record by record: a million files never sit in one result list.
    for await (const record of session.run(cypher('known-sources'))) {
      // A zip's documents are named "archive.zip!entry": the file is what is hashed and pruned.
      const source = record.get('source') as string;
      known.set(source.split('!')[0], (record.get('hash') as string | null) ?? '');
    }
  } finally {
    await session.close();
  }
  return known;
}

/** The other documents a file states relations from (its own document aside): what to take back later. */
function statedFrom(graph: ExtractionGraph, own: string): string[] {
  const from = new Set<string>();
  for (const r of graph.relations) if (r.from !== own) from.add(r.from);
  return [...from];
}

export async function ingestStream(
  driver: Driver,
  inputs: string[],
  options: IngestStreamOptions = {},
): Promise<{ report: RunReport; totals: IngestTotals }> {
  const report = options.report ?? new RunReport('ingest', inputs);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const database = options.database;
  await ensureSchema(driver, database);
  await loadJurisdictions(driver, database);
  const known = await knownSources(driver, database);
  const unseen = options.prune ? new Set(known.keys()) : null;
  const progress = options.progress;
  if (progress?.onTerminal) progress.start((await countFiles(inputs, { maxBytes })).files);

  let batches = 0;
  let pending: Extracted[] = [];
  let pendingDocuments = 0;
  let loading: Promise<void> = Promise.resolve();

  const load = async (files: Extracted[]): Promise<void> => {
    const started = performance.now();
    try {
      const graph = await batchGraph(driver, files, report, database);
      options.onStatement?.('prepare (collisions, merge)', performance.now() - started, files.length);
      const replaceSources = [...new Set(files.filter((f) => known.has(f.file)).map((f) => f.file))];
      await loadGraph(driver, graph, {
        // One transaction for the batch (what it merged into), whatever its size.
        batchSize: Math.max(1, graph.documents.length),
        database,
        replaceSources,
        // The content hashes looked up at the start (and this run's batches): a file not among them was never
        // loaded, so its documents have nothing of their own to clear (only a stub's issuers give way).
        loadedBefore: (source) => known.has(source.split('!')[0]),
        awaitSearchIndex: false,
        onStatement: options.onStatement,
      });
      batches += 1;
      for (const f of files) known.set(f.file, f.hash);
      report.extracted += files.length;
      report.fullTexts += graph.documents.filter((d) => d.source).length;
      report.relations += graph.relations.length;
      report.references += graph.references?.length ?? 0;
      for (const w of graph.warnings) report.warn(w.code);
      options.onBatch?.({
        files: files.length,
        documents: graph.documents.length,
        relations: graph.relations.length,
        ms: performance.now() - started,
      });
    } catch (error) {
      // One bad batch never stops the run: its files are reported, the batches before and after stay loaded.
      const message = `not loaded, the batch of ${files.length} files it was in failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`;
      for (const f of files) report.fail(f.name, { code: 'load-failed', message });
    }
    progress?.tick();
  };

  const flush = async () => {
    if (pending.length === 0) return;
    const files = pending;
    pending = [];
    pendingDocuments = 0;
    const waiting = performance.now();
    await loading;
    options.onStatement?.(
      'extraction waiting for the previous load',
      performance.now() - waiting,
      files.length,
    );
    loading = load(files);
  };

  const skipped = { count: 0 };
  for await (const r of extractStream(inputs, {
    jobs: options.jobs ?? defaultJobs(),
    maxBytes,
    withText: true,
    foldText: true,
    knownHash: (name) => known.get(name),
    ocr: options.ocr,
    skipped,
    onListed: (item) => unseen?.delete(item.name),
  })) {
    report.files += 1;
    report.bytes += r.bytes;
    if (r.kind === 'failed') report.fail(r.name, r.failure);
    else if (r.kind === 'unchanged') report.unchanged += 1;
    else {
      report.documents += r.graph.documents.length;
      pending.push({
        name: r.name,
        file: r.file,
        hash: r.hash,
        graph: r.graph,
        text: r.text,
        foldedText: r.foldedText,
      });
      pendingDocuments += r.graph.documents.length;
      if (pendingDocuments >= batchSize) await flush();
    }
    progress?.tick();
  }
  report.skipped = skipped.count;
  progress?.note('loading the last batch');
  await flush();
  await loading;
  if (unseen?.size) {
    progress?.note(`pruning ${unseen.size} files`);
    await prune(driver, [...unseen], database);
    report.pruned = unseen.size;
  }
  if (batches > 0 || report.pruned > 0) {
    progress?.note('waiting for the full-text index');
    await awaitSearchIndex(driver, { database });
  }
  progress?.stop();
  const [counts] = (await driver.executeQuery(cypher('count-graph'), {}, { database })).records;
  return {
    report,
    totals: {
      documents: Number(counts.get('documents')),
      fullTexts: Number(counts.get('fullTexts')),
      relations: Number(counts.get('relations')),
      batches,
    },
  };
}

/**
 * One batch's files → the graph to load: collisions resolved (against the batch and the database), each file's
 * text, hash and statedFrom put on its own document (handed over with it, never looked up by name), merged.
 */
async function batchGraph(
  driver: Driver,
  files: Extracted[],
  report: RunReport,
  database?: string,
): Promise<LoadableGraph> {
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ownIds = files.map((f) => ({ id: f.graph.documents.find((d) => d.source)?.id, source: f.name }));
  const rows = ownIds.filter((r): r is { id: string; source: string } => r.id !== undefined);
  const inDatabase = new Map<string, Held>();
  if (rows.length) {
    const result = await driver.executeQuery(cypher('source-collisions'), { rows }, { database });
    for (const r of result.records)
      inDatabase.set(r.get('id') as string, {
        source: r.get('source') as string,
        date: r.get('date') as string | null,
        issuer: r.get('issuer') as string | null,
      });
  }
  const inBatch = new Map<string, Held>();
  const graphs: ExtractionGraph[] = [];
  for (const f of files) {
    const held = (id: string) => {
      const h = inBatch.get(id) ?? inDatabase.get(id);
      // A file being replaced does not collide with its own earlier version.
      return h && h.source !== f.name && h.source.split('!')[0] !== f.file ? h : undefined;
    };
    const collision = resolveCollision(f.graph, held);
    if (collision) report.collisions.push(collision.collision);
    const own = f.graph.documents.find((d) => d.source) as LoadableDocument | undefined;
    // The same document as one already loaded: this file adds nothing (and is read again next time).
    if (collision?.drop) continue;
    if (own) {
      own.text = f.text;
      own.foldedText = f.foldedText;
      own.sourceHash = f.hash;
      own.statedFrom = statedFrom(f.graph, own.id);
      inBatch.set(own.id, { source: f.name, date: own.date, issuer: own.issuer });
    }
    graphs.push(f.graph);
  }
  return mergeGraphs(graphs) as LoadableGraph;
}

/** Takes back files that are gone (--prune), in transactions of 1000 files. */
async function prune(driver: Driver, sources: string[], database?: string): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  let n = 0;
  try {
    for (let i = 0; i < sources.length; i += 1000) {
      const chunk = sources.slice(i, i + 1000);
      // A pruned file's own document is left a stub, and goes when nothing cites it (drop-orphan-stubs).
      n += await session.executeWrite((tx) => takeBack(tx, chunk));
    }
  } finally {
    await session.close();
  }
  return n;
}
