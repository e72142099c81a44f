/**
 * `ingest` as a library: the streaming pipeline of src/pipeline/ingest.ts (worker threads, batches loaded while
 * extraction goes on, incremental by content), plus `extractWithTexts` for callers that want the whole graph.
 */
import type { Driver } from 'neo4j-driver';
import type { ExtractionGraph } from '../model';
import { ingestStream } from './ingest';
import { extractStream } from './stream';
import { mergeGraphs } from '../resolve/dedupe';
import { cypher } from '../graph/cypher';
import type { LoadableDocument, LoadableGraph } from '../graph/load';

export interface IngestOptions {
  batchSize?: number;
  database?: string;
  /** Worker threads; default 0 (in this thread: a library call on a few files needs no pool). */
  jobs?: number;
}

export interface IngestSummary {
  files: number;
  /** Documents in the database after the run, of which full texts; stubs are known only from citations. */
  documents: number;
  stubs: number;
  relations: number;
  failed: number;
  unchanged: number;
  warnings: number;
  batches: number;
}

/** Extracts `paths` and attaches the full text to every document read from a file (the whole graph in memory). */
export async function extractWithTexts(
  paths: string[],
  onFile?: (file: string) => void,
): Promise<LoadableGraph> {
  const graphs: ExtractionGraph[] = [];
  for await (const r of extractStream(paths, { jobs: 0, maxBytes: 10 * 1024 * 1024, withText: true })) {
    if (r.kind !== 'extracted') continue;
    const own = r.graph.documents.find((d) => d.source) as LoadableDocument | undefined;
    if (own) own.text = r.text;
    graphs.push(r.graph);
    onFile?.(r.name);
  }
  return mergeGraphs(graphs) as LoadableGraph;
}

/** Creates constraints, indexes and jurisdictions, then extracts and loads `paths` (see ingestStream). */
export async function ingestPaths(
  driver: Driver,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const { report, totals } = await ingestStream(driver, paths, {
    jobs: options.jobs ?? 0,
    batchSize: options.batchSize,
    database: options.database,
  });
  return {
    files: report.files,
    documents: totals.documents,
    stubs: totals.documents - totals.fullTexts,
    relations: totals.relations,
    failed: report.failures.length,
    unchanged: report.unchanged,
    warnings: report.warnings,
    batches: totals.batches,
  };
}

/** Number of (:Document) nodes: `vanban start` loads seed/ when it is 0. */
export async function countDocuments(driver: Driver, database?: string): Promise<number> {
  const result = await driver.executeQuery(cypher('count-documents'), {}, { database });
  return Number(result.records[0].get('n'));
}
