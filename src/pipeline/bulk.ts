/**
 * `vanban ingest --bulk`: the first national load into an empty database through Neo4j's own
 * `neo4j-admin database import full` instead of transactional MERGE.
 *
 * 1. Extract with the same streaming pipeline as ingest (worker threads, bounded memory). Each file's documents
 *    and relations are spooled to disk as JSON lines, its text to a text spool (read back by offset); collisions
 *    between files are resolved as the loader does, against a compact index (id → file, date, issuer).
 * 2. Cross-document identity by a dedupe pass over sorted files (GNU sort, external, bounded memory): documents
 *    sorted by their dateless id, then id, then file, are merged group by group with the same merge as a batch of
 *    the transactional ingest (mergeGraphs: a full text wins, citations fill what it lacks, a dateless citation
 *    goes into the one dated document of its symbol); relations, their ends renamed by that merge, are sorted by
 *    pair and the most specific type kept. The merged rows go to the CSV files (src/graph/bulk.ts).
 * 3. Stop the managed server, import, start it, then create the schema and what the loader derives in the
 *    database (src/graph/bulk.ts finishBulk). Later ingests are incremental: every file's content hash is stored.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Driver } from 'neo4j-driver';
import { adminImport, dropDatabaseFiles, importArguments } from '../db/admin';
import { createDriver, type Neo4jSettings } from '../db/connection';
import { startNeo4j, stopNeo4j, type ManagedNeo4jOptions } from '../db/manager';
import { BufferedFile, BulkGraphWriter, countNonEmpty, finishBulk, type YearlessRow } from '../graph/bulk';
import { cypher } from '../graph/cypher';
import type { LoadableDocument } from '../graph/load';
import type { DocumentRecord, ExtractionGraph, RelationRecord } from '../model';
import { mergeGraphs } from '../resolve/dedupe';
import { datelessId } from '../resolve/identity';
import { relationRank } from '../tables/triggers';
import { resolveCollision, type Held } from './collisions';
import { countFiles } from './files';
import type { IngestTotals } from './ingest';
import { defaultJobs } from './pool';
import type { Progress } from './progress';
import { RunReport } from './report';
import { extractStream } from './stream';

export interface BulkIngestOptions {
  jobs?: number;
  maxBytes?: number;
  ocr?: boolean;
  progress?: Progress;
  report?: RunReport;
  /** The managed server to stop, import into and start again (default: the project's, .neo4j/). */
  server?: ManagedNeo4jOptions;
  /** Replace a database that is not empty. */
  force?: boolean;
  /** Where the spools and CSV files go (default: a temporary folder, removed at the end). */
  workDir?: string;
  /** Keep the CSV files (in workDir). */
  keepFiles?: boolean;
  /** Write the CSV files and stop: no server is touched (for a server the project does not manage). */
  csvOnly?: boolean;
  /** Time of each phase (benchmarks, the summary). */
  onStep?: (step: string, ms: number) => void;
}

export interface BulkResult {
  report: RunReport;
  totals: IngestTotals;
  /** The CSV folder and the neo4j-admin arguments (csvOnly: what to run). */
  csvDir: string;
  importArgs: string[];
  steps: Record<string, number>;
}

/** The database has data and --force was not given, or the server cannot be stopped for the import. */
export class BulkRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkRefused';
  }
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A sort key field: JSON keeps tabs and newlines out of the line, the key must not hold them either. */
const key = (s: string) => s.replace(/[\t\n\r]/g, ' ');
const seqKey = (n: number) => n.toString().padStart(12, '0');

/** GNU sort over bytes (LC_ALL=C), external: its memory is bounded by -S, the rest goes to temporary files. */
async function sortFile(input: string, output: string, tmp: string): Promise<void> {
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('sort', ['-S', '256M', '-T', tmp, '-o', output, input], {
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`sort ${input} failed (exit ${code})`);
}

function lines(file: string): AsyncIterable<string> {
  return readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
}

/** The value after the first `fields` tab-separated key fields. */
function payload(line: string, fields: number): string {
  let at = -1;
  for (let i = 0; i < fields; i++) at = line.indexOf('\t', at + 1);
  return line.slice(at + 1);
}

/** The other documents a file states relations from (its own document aside): what to take back later. */
function statedFrom(graph: ExtractionGraph, own: string): string[] {
  const from = new Set<string>();
  for (const r of graph.relations) if (r.from !== own) from.add(r.from);
  return [...from];
}

type Spooled = LoadableDocument & { textAt?: [number, number] };

/** Checks that the target is the project-managed server and that it is empty (or --force); returns its settings. */
async function emptyManagedServer(o: BulkIngestOptions): Promise<Neo4jSettings> {
  const started = await startNeo4j(o.server ?? {});
  const driver = await createDriver(started.settings);
  try {
    const existing = await countNonEmpty(driver, started.settings.database);
    if (existing > 0 && !o.force)
      throw new BulkRefused(
        `the database is not empty (${existing} nodes besides the gazetteer's jurisdictions): --bulk replaces ` +
          'the whole database. Use `vanban ingest` without --bulk to add to it (incremental), or --bulk --force ' +
          'to replace everything in it.',
      );
  } finally {
    await driver.close();
  }
  return started.settings;
}

export async function bulkIngest(inputs: string[], options: BulkIngestOptions = {}): Promise<BulkResult> {
  const report = options.report ?? new RunReport('ingest', inputs);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const progress = options.progress;
  const steps: Record<string, number> = {};
  let phase = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = now - phase;
    options.onStep?.(name, now - phase);
    phase = now;
  };
  if (!options.csvOnly) {
    await emptyManagedServer(options);
    step('check server');
  }

  const work = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-bulk-'));
  fs.mkdirSync(work, { recursive: true, mode: 0o700 });
  const spool = path.join(work, 'spool');
  fs.mkdirSync(spool, { recursive: true, mode: 0o700 });
  const csvDir = path.join(work, 'csv');
  let finished = false;
  try {
    if (progress?.onTerminal) progress.start((await countFiles(inputs, { maxBytes })).files);

    // 1. Extract: documents, relations and texts to the spools.
    const documents = new BufferedFile(path.join(spool, 'documents'));
    const relations = new BufferedFile(path.join(spool, 'relations'));
    const textFile = path.join(spool, 'texts');
    const texts = fs.openSync(textFile, 'w+', 0o600);
    let textEnd = 0;
    let seq = 0;
    // The compact index of the documents read so far: id → file, date and issuer (collisions). Dates and issuers
    // repeat across a corpus: one copy of each string is kept.
    const held = new Map<string, Held>();
    const interned = new Map<string, string>();
    const intern = (s: string | null) => {
      if (s == null) return null;
      const had = interned.get(s);
      if (had !== undefined) return had;
      interned.set(s, s);
      return s;
    };
    const skipped = { count: 0 };
    for await (const r of extractStream(inputs, {
      jobs: options.jobs ?? defaultJobs(),
      maxBytes,
      withText: true,
      ocr: options.ocr,
      skipped,
    })) {
      report.files += 1;
      report.bytes += r.bytes;
      progress?.tick();
      if (r.kind === 'failed') {
        report.fail(r.name, r.failure);
        continue;
      }
      if (r.kind !== 'extracted') continue;
      report.documents += r.graph.documents.length;
      report.extracted += 1;
      for (const w of r.graph.warnings) report.warn(w.code);
      const collision = resolveCollision(r.graph, (id) => {
        const h = held.get(id);
        return h && h.source !== r.name && h.source.split('!')[0] !== r.file ? h : undefined;
      });
      if (collision) report.collisions.push(collision.collision);
      if (collision?.drop) continue;
      const own = r.graph.documents.find((d) => d.source) as Spooled | undefined;
      if (own) {
        if (r.text != null) {
          const bytes = Buffer.from(r.text, 'utf8');
          fs.writeSync(texts, bytes, 0, bytes.length, textEnd);
          own.textAt = [textEnd, bytes.length];
          textEnd += bytes.length;
        }
        own.sourceHash = r.hash;
        own.statedFrom = statedFrom(r.graph, own.id);
        held.set(own.id, { source: r.name, date: intern(own.date), issuer: intern(own.issuer) });
      }
      const name = key(r.name);
      for (const d of r.graph.documents)
        documents.line(
          `${key(datelessId(d.id))}\t${key(d.id)}\t${name}\t${seqKey(seq++)}\t${JSON.stringify(d)}`,
        );
      for (const rel of r.graph.relations)
        relations.line(`${name}\t${seqKey(seq++)}\t${JSON.stringify(rel)}`);
    }
    report.skipped = skipped.count;
    held.clear();
    interned.clear();
    documents.close();
    relations.close();
    step('extract');

    // 2. Documents: sorted by dateless id, id, file; each dateless group merged as one batch would merge it.
    progress?.note('merging documents');
    await sortFile(documents.file, `${documents.file}.sorted`, spool);
    fs.rmSync(documents.file);
    step('sort documents');
    const writer = new BulkGraphWriter(csvDir);
    const remap = new Map<string, string>();
    const yearless = new BufferedFile(path.join(spool, 'yearless'));
    const readText = (at: [number, number]) => {
      const buffer = Buffer.alloc(at[1]);
      fs.readSync(texts, buffer, 0, at[1], at[0]);
      return buffer.toString('utf8');
    };
    const mergeGroup = (base: string, group: DocumentRecord[]) => {
      const merged = mergeGraphs(group.map((d) => ({ documents: [d], relations: [], warnings: [] })));
      for (const w of merged.warnings) report.warn(w.code);
      const ids = new Set(group.map((d) => d.id));
      const dated = [...ids].filter((id) => id !== base);
      if (ids.has(base) && dated.length === 1) remap.set(base, dated[0]);
      const baseKept = merged.documents.some((d) => d.id === base);
      for (const d of merged.documents as Spooled[]) {
        const { textAt, ...doc } = d;
        if (textAt) doc.text = readText(textAt);
        writer.addDocument(doc);
        report.fullTexts += doc.source ? 1 : 0;
        // A dateless stub left beside dated documents: merge-yearless-stubs decides after the import, as the
        // loader does after its batches.
        if (baseKept && d.id !== base && d.number != null && d.symbol != null && d.year != null)
          yearless.line(JSON.stringify({ id: d.id, scope: d.scope, symbol: d.symbol, dateless: base }));
      }
    };
    let groupBase: string | null = null;
    let group: DocumentRecord[] = [];
    for await (const line of lines(`${documents.file}.sorted`)) {
      const base = line.slice(0, line.indexOf('\t'));
      if (base !== groupBase) {
        if (groupBase !== null) mergeGroup(groupBase, group);
        groupBase = base;
        group = [];
      }
      group.push(JSON.parse(payload(line, 4)) as DocumentRecord);
    }
    if (groupBase !== null) mergeGroup(groupBase, group);
    fs.rmSync(`${documents.file}.sorted`);
    fs.closeSync(texts);
    fs.rmSync(textFile);
    yearless.close();
    step('documents');

    // 3. Relations: ends renamed by the merge, sorted by pair, one per pair (the most specific type, the first
    // of equal rank), as mergeGraphs keeps them.
    progress?.note('merging relations');
    const pairs = new BufferedFile(path.join(spool, 'pairs'));
    for await (const line of lines(relations.file)) {
      const [name, order] = line.split('\t', 2);
      const r = JSON.parse(payload(line, 2)) as RelationRecord;
      r.from = remap.get(r.from) ?? r.from;
      r.to = remap.get(r.to) ?? r.to;
      if (r.from === r.to) continue;
      pairs.line(`${key(r.from)}\t${key(r.to)}\t${name}\t${order}\t${JSON.stringify(r)}`);
    }
    pairs.close();
    fs.rmSync(relations.file);
    await sortFile(pairs.file, `${pairs.file}.sorted`, spool);
    fs.rmSync(pairs.file);
    let best: RelationRecord | null = null;
    const emit = () => {
      if (!best) return;
      writer.addRelation(best);
      report.relations += 1;
    };
    for await (const line of lines(`${pairs.file}.sorted`)) {
      const r = JSON.parse(payload(line, 4)) as RelationRecord;
      if (best && best.from === r.from && best.to === r.to) {
        if (relationRank(r.type, r.trigger) < relationRank(best.type, best.trigger)) best = r;
        continue;
      }
      emit();
      best = r;
    }
    emit();
    fs.rmSync(`${pairs.file}.sorted`);
    const files = writer.finish();
    step('relations');
    const importArgs = importArguments({
      files: files.args,
      multiline: files.multiline,
      maxField: files.maxField,
      reportFile: path.join(work, 'import.report'),
    });
    const totals: IngestTotals = {
      documents: files.counts.Document ?? 0,
      fullTexts: report.fullTexts,
      relations: 0,
      batches: 0,
    };
    if (options.csvOnly) {
      finished = true;
      return { report, totals, csvDir, importArgs, steps };
    }

    // 4. The import, with the server stopped (Community edition imports offline only).
    progress?.note('importing (the server is stopped meanwhile)');
    await stopNeo4j(options.server ?? {});
    step('stop server');
    let failure: Error | null = null;
    try {
      await adminImport({
        home: options.server?.home,
        jarsDir: options.server?.jarsDir,
        env: options.server?.env,
        files: files.args,
        multiline: files.multiline,
        maxField: files.maxField,
        reportFile: path.join(work, 'import.report'),
      });
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      dropDatabaseFiles({ home: options.server?.home, env: options.server?.env });
    }
    step('import');
    // Started again whatever happened: the server is not left down (on an empty database after a failure).
    const restarted = await startNeo4j(options.server ?? {});
    step('start server');
    if (failure)
      throw new Error(`${failure.message}\nThe database was left empty and the server is running again.`);
    progress?.note('creating the indexes');
    const driver = await createDriver(restarted.settings);
    try {
      await finishBulk(driver, chunks(path.join(spool, 'yearless')), restarted.settings.database);
      step('schema, jurisdictions, search index');
      Object.assign(totals, await countGraph(driver, restarted.settings.database));
    } finally {
      await driver.close();
    }
    finished = true;
    return { report, totals, csvDir, importArgs, steps };
  } finally {
    progress?.stop();
    // The spools always go; the CSV files stay when asked for (or when writing them was the point).
    fs.rmSync(spool, { recursive: true, force: true });
    if (!options.workDir && !(options.keepFiles || (options.csvOnly && finished)))
      fs.rmSync(work, { recursive: true, force: true });
  }
}

async function* chunks(file: string, size = 5000): AsyncIterable<YearlessRow[]> {
  let rows: YearlessRow[] = [];
  for await (const line of lines(file)) {
    rows.push(JSON.parse(line) as YearlessRow);
    if (rows.length >= size) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length) yield rows;
}

async function countGraph(driver: Driver, database?: string) {
  const [counts] = (await driver.executeQuery(cypher('count-graph'), {}, { database })).records;
  return {
    documents: Number(counts.get('documents')),
    fullTexts: Number(counts.get('fullTexts')),
    relations: Number(counts.get('relations')),
  };
}
