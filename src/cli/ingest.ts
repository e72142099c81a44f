/**
 * `vanban ingest <files or folders…>`: the streaming pipeline (src/pipeline/ingest.ts) into Neo4j. Incremental:
 * unchanged files are skipped and said so, changed files replace what they contributed, `--prune` takes back
 * files that are gone. Every file that failed is listed with its reason and makes the exit code 1 (the files that
 * loaded stay loaded). `--graph` loads an ExtractionGraph JSON instead (e.g. a generated corpus's truth.json).
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { createDriver, envSettings, neo4jSettings } from '../db/connection';
import { DEFAULT_MAX_BYTES } from '../extract';
import { loadJurisdictions } from '../graph/jurisdictions';
import {
  DEFAULT_BATCH_SIZE,
  ensureSchema,
  loadGraph,
  type LoadableGraph,
  type LoadSummary,
} from '../graph/load';
import { bulkIngest, BulkRefused } from '../pipeline/bulk';
import { ingestStream, type IngestTotals } from '../pipeline/ingest';
import { defaultJobs } from '../pipeline/pool';
import { Progress } from '../pipeline/progress';
import { RunReport } from '../pipeline/report';
import { newCommand, nonNegativeInteger, positiveInteger, runCommand, withExamples } from './options';

export interface IngestCliOptions {
  graph?: string;
  batchSize: number;
  jobs: number;
  maxBytes: number;
  report?: string;
  prune?: boolean;
  progress: boolean;
  ocr: boolean;
  bulk?: boolean;
  force?: boolean;
  csvDir?: string;
  csvOnly?: boolean;
}

export function command() {
  const c = newCommand(
    'ingest',
    'Extract documents and citations from text, PDF, Word, HTML, scans and zips of them (folders are walked) ' +
      'and load them into Neo4j ' +
      '(NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or the managed server of `vanban db start`). Incremental by content: ' +
      'a file already loaded with the same content is skipped, a changed file replaces what it contributed.',
  )
    .argument('[paths...]', 'files or folders')
    .option('--graph <file>', 'load an ExtractionGraph JSON (vanban extract --json, a truth.json) instead')
    .option(
      '-j, --jobs <n>',
      'worker threads (0: none, extract in the main thread)',
      nonNegativeInteger('--jobs'),
      defaultJobs(),
    )
    .option(
      '--batch-size <n>',
      'documents per transaction',
      positiveInteger('--batch-size'),
      DEFAULT_BATCH_SIZE,
    )
    .option(
      '--max-bytes <n>',
      'refuse files larger than this',
      positiveInteger('--max-bytes'),
      DEFAULT_MAX_BYTES,
    )
    .option(
      '--prune',
      'take back every file an earlier ingest loaded that is not found under the given paths now (give the whole ' +
        'corpus: files are named relative to the folder given)',
    )
    .option(
      '--report <file>',
      'write a JSON report of the run: counts, every file that failed and why, collisions',
    )
    .option('--no-ocr', 'do not OCR scanned PDFs and images (they fail with ocr-disabled)')
    .option('--no-progress', 'no progress bar on the terminal')
    .option(
      '--bulk',
      'first load into an EMPTY database: extract as usual, write CSV files, stop the project-managed server, ' +
        'run neo4j-admin database import full, start it again and create the indexes (the same graph as a ' +
        'transactional ingest; later ingests are incremental). The server is down during the import. --jobs, ' +
        '--max-bytes, --no-ocr and --report apply; --batch-size does not. Refuses a database that is not empty, ' +
        'and a server named by NEO4J_URI (the project cannot stop it)',
    )
    .option('--force', 'with --bulk: replace a database that is not empty (everything in it is lost)')
    .option(
      '--csv-dir <dir>',
      'with --bulk: write the CSV files in this folder and keep them (default: a temporary one)',
    )
    .option(
      '--csv-only',
      'with --bulk --csv-dir: only write the CSV files and print the neo4j-admin command to run where the ' +
        'database lives, stopped (for a server the project does not manage; no server is touched). After that ' +
        'import, run `vanban ingest` once on the same paths: it creates the indexes and finds every file unchanged',
    );
  return withExamples(c, [
    'vanban ingest seed/',
    'vanban ingest --bulk /data/national-corpus/ --report bulk-report.json   # first load, empty database',
    'vanban ingest --bulk --csv-only --csv-dir /data/csv corpus/   # CSV + neo4j-admin command for another server',
    'vanban ingest corpus/ --report ingest-report.json     # exit code 1 if any file failed; all listed there',
    'vanban ingest corpus/ --prune                         # after deleting files from corpus/',
    'vanban ingest --graph /tmp/corpus10k/truth.json',
  ]);
}

export async function run(args: string[]): Promise<number> {
  const c = command();
  return runCommand(c, args, async () => {
    const paths = c.processedArgs[0] as string[];
    const opts = c.opts<IngestCliOptions>();
    if (!opts.graph && paths.length === 0) {
      process.stderr.write('vanban ingest: nothing to ingest: give files or folders, or --graph FILE\n');
      c.outputHelp({ error: true });
      return 2;
    }
    if (opts.bulk) return bulk(paths, opts);
    for (const flag of ['force', 'csvDir', 'csvOnly'] as const)
      if (opts[flag]) {
        process.stderr.write(
          `vanban ingest: --${flag === 'csvDir' ? 'csv-dir' : flag === 'csvOnly' ? 'csv-only' : 'force'} goes with --bulk\n`,
        );
        return 2;
      }
    return ingest(paths, opts);
  });
}

/** --bulk: refusals first (each says what to do instead), then src/pipeline/bulk.ts. */
async function bulk(paths: string[], opts: IngestCliOptions): Promise<number> {
  const refuse = (message: string) => {
    process.stderr.write(`vanban ingest --bulk: ${message}\n`);
    return 2;
  };
  if (opts.graph) return refuse('--graph cannot be bulk-loaded: load it without --bulk');
  if (opts.prune) return refuse('--prune has nothing to take back in an empty database: drop it');
  if (paths.length === 0) return refuse('give the files or folders to load');
  if (opts.csvOnly && !opts.csvDir)
    return refuse('--csv-only needs --csv-dir DIR (where the CSV files stay)');
  const external = envSettings();
  if (external && !opts.csvOnly)
    return refuse(
      `NEO4J_URI points to ${external.uri}, a server the project does not manage: --bulk must stop the server, ` +
        'import offline and start it again, which it does only for the managed one (`vanban db start`, with ' +
        'NEO4J_URI unset). For that server: ingest without --bulk (transactional, incremental), or write the ' +
        'CSV files with `vanban ingest --bulk --csv-only --csv-dir DIR PATHS…`, stop that database, run the ' +
        'neo4j-admin command it prints there, start it and run `vanban ingest PATHS…` once (indexes; every file ' +
        'is found unchanged).',
    );
  const report = new RunReport('ingest', paths);
  const progress = new Progress(report, process.stderr, opts.progress !== false);
  const started = performance.now();
  let result;
  try {
    result = await bulkIngest(paths, {
      jobs: opts.jobs,
      maxBytes: opts.maxBytes,
      ocr: opts.ocr,
      force: opts.force,
      workDir: opts.csvDir,
      keepFiles: Boolean(opts.csvDir),
      csvOnly: opts.csvOnly,
      progress,
      report,
      server: { log: (m) => process.stderr.write(`${m}\n`) },
    });
  } catch (error) {
    if (error instanceof BulkRefused) return refuse(error.message);
    throw error;
  } finally {
    progress.stop();
  }
  if (opts.report) report.write(opts.report);
  const ms = performance.now() - started;
  if (opts.csvOnly) {
    process.stdout.write(
      `CSV files in ${result.csvDir}. With the database stopped, run where it lives:\n` +
        `  neo4j-admin ${result.importArgs.map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`,
    );
  } else process.stdout.write(formatSummary(report, result.totals, ms));
  const steps = Object.entries(result.steps)
    .map(([name, t]) => `${name} ${(t / 1000).toFixed(1)} s`)
    .join(', ');
  // This process alone (the import and the server are other processes): what bounded memory is about.
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`bulk         ${steps}; peak RSS of this process ${rss.toFixed(0)} MB\n`);
  const problems = report.problemLines(20, opts.report);
  if (problems.length) process.stderr.write(`${problems.join('\n')}\n`);
  return report.failures.length > 0 ? 1 : 0;
}

async function ingest(paths: string[], opts: IngestCliOptions): Promise<number> {
  const settings = await neo4jSettings();
  const driver = await createDriver(settings);
  try {
    if (opts.graph) {
      const graph = JSON.parse(readFileSync(opts.graph, 'utf8')) as LoadableGraph;
      if (!Array.isArray(graph.documents) || !Array.isArray(graph.relations))
        throw new Error(`${opts.graph} is not an ExtractionGraph (documents[], relations[], warnings[])`);
      graph.warnings ??= [];
      await ensureSchema(driver, settings.database);
      await loadJurisdictions(driver, settings.database);
      const started = Date.now();
      const summary = await loadGraph(driver, graph, {
        batchSize: opts.batchSize,
        database: settings.database,
      });
      process.stdout.write(formatGraphSummary(summary, Date.now() - started));
    }
    if (paths.length === 0) return 0;
    const { report } = await ingestAndReport(driver, paths, opts, settings.database);
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}

/** Ingests into an open driver and prints the summary and the failures (shared with `vanban start`). */
export async function ingestAndReport(
  driver: Driver,
  paths: string[],
  opts: Partial<IngestCliOptions>,
  database?: string,
): Promise<{ report: RunReport; totals: IngestTotals }> {
  const report = new RunReport('ingest', paths);
  const progress = new Progress(report, process.stderr, opts.progress !== false);
  const started = performance.now();
  let result;
  try {
    result = await ingestStream(driver, paths, {
      jobs: opts.jobs ?? defaultJobs(),
      batchSize: opts.batchSize,
      maxBytes: opts.maxBytes,
      prune: opts.prune,
      ocr: opts.ocr,
      database,
      progress,
      report,
    });
  } finally {
    progress.stop();
  }
  if (opts.report) report.write(opts.report);
  process.stdout.write(formatSummary(report, result.totals, performance.now() - started));
  const problems = report.problemLines(20, opts.report);
  if (problems.length) process.stderr.write(`${problems.join('\n')}\n`);
  return result;
}

export function formatSummary(r: RunReport, t: IngestTotals, ms: number): string {
  const seconds = ms / 1000;
  const codes = Object.entries(r.warningsByCode)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const lines = [
    `files        ${r.files}: ${r.extracted} loaded, ${r.unchanged} unchanged (already loaded, skipped), ${r.failures.length} failed` +
      (r.skipped ? `; ${r.skipped} skipped in folders (hidden, or not a document format)` : ''),
    `documents    ${t.documents} in the database (${t.fullTexts} full texts, ${t.documents - t.fullTexts} known only from citations)`,
    `relations    ${t.relations} in the database (${r.relations} stated by the files loaded now)`,
    `warnings     ${r.warnings}${codes ? ` (${codes})` : ''}`,
    ...(r.collisions.length ? [`collisions   ${r.collisions.length} (listed below)`] : []),
    ...(r.pruned ? [`pruned       ${r.pruned} files taken back`] : []),
    `batches      ${t.batches} in ${seconds.toFixed(1)} s (${(r.files / seconds).toFixed(0)} files/s, ${(r.bytes / 1e6 / seconds).toFixed(1)} MB/s)`,
  ];
  if (r.files > 0 && r.unchanged === r.files && !r.pruned)
    lines.push('Nothing changed: every file was already loaded with the same content.');
  return `${lines.join('\n')}\n`;
}

function formatGraphSummary(s: LoadSummary, ms: number): string {
  const lines = [
    `documents    ${s.documents} (${s.documents - s.stubs} full texts, ${s.stubs} known only from citations)`,
    `references   ${s.references}`,
    `relations    ${s.relations}`,
    `warnings     ${s.warnings}`,
    `unresolved   ${s.unresolved}`,
    `batches      ${s.batches} in ${(ms / 1000).toFixed(1)} s`,
  ];
  return `${lines.join('\n')}\n`;
}
