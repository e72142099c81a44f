/**
 * `vanban ingest <files or folders…> [--batch-size N] [--graph file.json]`: extract and load into Neo4j
 * (idempotent, batched, one transaction per batch). `--graph` loads an ExtractionGraph JSON instead (e.g. the
 * `truth.json` of a generated corpus) without extracting.
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { createDriver, neo4jSettings } from '../db/connection';
import { ingestPaths, type IngestSummary } from '../graph/ingest';
import { loadJurisdictions } from '../graph/jurisdictions';
import {
  DEFAULT_BATCH_SIZE,
  ensureSchema,
  loadGraph,
  type LoadableGraph,
  type LoadProgress,
} from '../graph/load';

const USAGE = `Usage: vanban ingest <files or folders…> [--batch-size N]
       vanban ingest --graph <extraction.json> [--batch-size N]

Extracts documents and citations from .txt/.md files and loads them into Neo4j (NEO4J_URI/NEO4J_USER/
NEO4J_PASSWORD, or the managed server of \`vanban db start\`). Re-ingesting the same files changes nothing.
`;

interface IngestArgs {
  paths: string[];
  graphFile?: string;
  batchSize: number;
}

export function parseArgs(args: string[]): IngestArgs | string {
  const parsed: IngestArgs = { paths: [], batchSize: DEFAULT_BATCH_SIZE };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return USAGE;
    if (arg === '--batch-size' || arg === '--graph') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value\n\n${USAGE}`;
      if (arg === '--graph') parsed.graphFile = value;
      else {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) return `--batch-size must be a positive integer, not "${value}"`;
        parsed.batchSize = n;
      }
    } else if (arg.startsWith('--')) return `unknown option ${arg}\n\n${USAGE}`;
    else parsed.paths.push(arg);
  }
  if (!parsed.graphFile && parsed.paths.length === 0) return `nothing to ingest\n\n${USAGE}`;
  return parsed;
}

/** A one-line progress bar on a terminal (stderr); silent otherwise. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  files: (file: string) => void;
  batches: (p: LoadProgress) => void;
  done: () => void;
} {
  const tty = Boolean(stream.isTTY);
  let files = 0;
  let drawn = false;
  const draw = (line: string) => {
    if (!tty) return;
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r${line.slice(0, width).padEnd(width)}`);
    drawn = true;
  };
  return {
    files: (file) => draw(`extracting ${++files} files… ${file}`),
    batches: (p) => {
      const width = 30;
      const filled = Math.round((p.batch / p.batches) * width);
      draw(
        `loading [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] batch ${p.batch}/${p.batches}, ` +
          `${p.documents}/${p.totalDocuments} documents, ${p.relations}/${p.totalRelations} relations`,
      );
    },
    done: () => {
      if (tty && drawn) stream.write('\n');
    },
  };
}

export function formatSummary(
  s: IngestSummary | (Omit<IngestSummary, 'files'> & { files?: number }),
  ms: number,
): string {
  const lines = [
    ...(s.files !== undefined ? [`files        ${s.files}`] : []),
    `documents    ${s.documents} (${s.documents - s.stubs} full texts, ${s.stubs} known only from citations)`,
    `references   ${s.references}`,
    `relations    ${s.relations}`,
    `warnings     ${s.warnings}`,
    `unresolved   ${s.unresolved}`,
    `batches      ${s.batches} in ${(ms / 1000).toFixed(1)} s`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Ingests into an open driver and prints the summary (shared with `vanban start`). */
export async function ingestAndReport(driver: Driver, paths: string[], batchSize: number, database?: string) {
  const bar = progressBar();
  const started = Date.now();
  try {
    const summary = await ingestPaths(driver, paths, {
      batchSize,
      database,
      onFile: bar.files,
      onProgress: bar.batches,
    });
    bar.done();
    process.stdout.write(formatSummary(summary, Date.now() - started));
    return summary;
  } catch (error) {
    bar.done();
    throw error;
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    const help = parsed === USAGE;
    (help ? process.stdout : process.stderr).write(help ? parsed : `vanban ingest: ${parsed}\n`);
    return help ? 0 : 2;
  }
  const settings = await neo4jSettings();
  const driver = await createDriver(settings);
  try {
    if (parsed.graphFile) {
      const graph = JSON.parse(readFileSync(parsed.graphFile, 'utf8')) as LoadableGraph;
      if (!Array.isArray(graph.documents) || !Array.isArray(graph.relations)) {
        throw new Error(
          `${parsed.graphFile} is not an ExtractionGraph (documents[], relations[], warnings[])`,
        );
      }
      graph.warnings ??= [];
      await ensureSchema(driver, settings.database);
      await loadJurisdictions(driver, settings.database);
      const bar = progressBar();
      const started = Date.now();
      const summary = await loadGraph(driver, graph, {
        batchSize: parsed.batchSize,
        database: settings.database,
        onProgress: bar.batches,
      });
      bar.done();
      process.stdout.write(formatSummary(summary, Date.now() - started));
    }
    if (parsed.paths.length) await ingestAndReport(driver, parsed.paths, parsed.batchSize, settings.database);
    return 0;
  } finally {
    await driver.close();
  }
}
