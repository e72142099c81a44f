/**
 * `npm run bench`: every benchmark at full size, rewriting the tables of BENCHMARKS.md.
 *   extraction over ≥ 50 MB of generated text; ingest of 10k and 100k documents at batch sizes 500, 2000 and
 *   10000 into an empty throwaway Neo4j; queries and throughput on the 100k graph the last ingest left.
 * Options: --mb, --sizes, --batch-sizes, --samples, --duration, --connections (see the single benchmarks);
 * --render bench/.out/all.json [--query bench/.out/query.json] rewrites the tables from a saved run without
 * measuring (with --query, the summary takes the queries from a later bench/query.ts run, whose table stays).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import {
  benchExtract,
  benchExtractCli,
  buildCli,
  extractCliSection,
  extractSection,
  TARGET_MB_PER_S,
  type ExtractResult,
} from './extract';
import {
  benchIngest,
  benchIngestBulkCli,
  benchIngestCli,
  benchMillion,
  ingestCliSection,
  ingestSection,
  TARGET_DOCS_PER_S,
  type IngestRun,
} from './ingest';
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
  writeSection,
  type Machine,
  runMain,
} from './lib';
import { benchRead, readSection } from './read';
import { benchQuery, querySection, TARGET_P99_MS, TARGET_RATIO, TARGET_RPS, type QueryResult } from './query';

export interface AllResults {
  machine: Machine;
  loadAverage: number[];
  minutes: number;
  sizes: number[];
  extract: ExtractResult;
  ingest: IngestRun[];
  query: QueryResult;
}

/** Writes every table of BENCHMARKS.md from one run's results. */
export function writeAll(r: AllResults, options: { querySection?: boolean } = {}): void {
  const { machine: m, extract, ingest: runs, query, sizes } = r;
  const largest = Math.max(...sizes);
  const best = Math.max(...runs.filter((x) => x.size === largest).map((x) => x.documentsPerSecond));
  const traversals = query.rows.filter((x) => x.question !== 'whoImplements');
  const worstP99 = Math.max(...traversals.map((x) => x.graphql.p99));
  const worstRatio = Math.max(...query.rows.map((x) => x.graphql.p50 / x.cypher.p50));
  writeSection(
    'summary',
    [
      '## Summary',
      '',
      `Machine: ${machineLine(m)}. Load average when the run began: ${r.loadAverage.map((x) => fmt(x, 2)).join(', ')} (1, 5, 15 min). Whole run: ${fmt(r.minutes, 1)} min.` +
        (options.querySection === false
          ? ' The query rows come from a later run of bench/query.ts on the same 100k graph (its table below gives its time and load).'
          : ''),
      '',
      table(
        ['target', 'measured', ''],
        [
          [
            'extraction ≥ 20 MB/s on one core',
            `${fmt(extract.mbPerSecond)} MB/s`,
            targetMark(extract.mbPerSecond >= TARGET_MB_PER_S),
          ],
          [
            `ingest ≥ 5,000 documents/s with relations (${largest.toLocaleString('en-US')} documents, best batch size)`,
            `${fmt(best, 0)} documents/s`,
            targetMark(best >= TARGET_DOCS_PER_S),
          ],
          [
            'lineage and impact at depth 10: p99 ≤ 50 ms (GraphQL, worst root set)',
            `${fmt(worstP99, 1)} ms`,
            targetMark(worstP99 <= TARGET_P99_MS),
          ],
          [
            `GraphQL ≤ ${TARGET_RATIO} × raw Cypher (p50, worst question)`,
            `${fmt(worstRatio, 2)} ×`,
            targetMark(worstRatio <= TARGET_RATIO),
          ],
          [
            `≥ ${TARGET_RPS} requests/s document lookup, zero errors`,
            `${fmt(query.throughput.requestsPerSecond, 0)} req/s, ${query.throughput.errors} errors`,
            targetMark(query.throughput.requestsPerSecond >= TARGET_RPS && query.throughput.errors === 0),
          ],
        ],
      ),
    ].join('\n'),
  );
  writeSection('extract', extractSection(extract, m));
  writeSection('ingest', ingestSection(runs, m));
  if (options.querySection !== false) writeSection('query', querySection(query, m));
}

async function main(): Promise<void> {
  const f = flags();
  const render = f.get('render');
  if (render) {
    // Re-renders the tables from a saved run (bench/.out/all.json) without measuring again.
    const saved = JSON.parse(fs.readFileSync(render, 'utf8')) as AllResults;
    if (saved.machine.java === 'not found') saved.machine.java = machine().java;
    saved.sizes ??= [...new Set(saved.ingest.map((x) => x.size))];
    saved.minutes ??= NaN;
    // --query FILE: the queries were measured again on their own (bench/query.ts, which wrote its table);
    // the summary takes them from there.
    const query = f.get('query');
    if (query) saved.query = JSON.parse(fs.readFileSync(query, 'utf8')) as QueryResult;
    writeAll(saved, { querySection: !query });
    log('BENCHMARKS.md rewritten from ' + render);
    return;
  }
  const load = os.loadavg();
  const started = performance.now();
  const extract = await benchExtract({ megabytes: Number(f.get('mb') ?? 50) });
  log(`extract: ${fmt(extract.mbPerSecond)} MB/s`);
  writeSection('read', readSection(await benchRead()));
  const neo = await benchNeo4j();
  try {
    const m = machine(neo.versions.neo4j);
    const sizes = numbers(f.get('sizes'), [10_000, 100_000]);
    const { runs, last } = await benchIngest(neo, sizes, numbers(f.get('batch-sizes'), [500, 2000, 10_000]));
    const query = await benchQuery(neo, last!, {
      samples: Number(f.get('samples') ?? 300),
      seconds: Number(f.get('duration') ?? 20),
      connections: Number(f.get('connections') ?? 10),
    });
    const results: AllResults = {
      machine: m,
      loadAverage: load,
      minutes: (performance.now() - started) / 60000,
      sizes,
      extract,
      ingest: runs,
      query,
    };
    saveResults('all', results);
    writeAll(results);
    // The CLI end to end (after the queries: the ingest run empties the database): extract and ingest of the
    // 10k corpus, --jobs 0, 1 and every core, beside the physical anchor.
    buildCli();
    const cores = os.availableParallelism();
    const extractCli = benchExtractCli({
      documents: Number(f.get('cli-documents') ?? 10_000),
      jobs: [...new Set([0, 1, cores])],
      inProcessMbPerSecond: extract.mbPerSecond,
    });
    saveResults('extract-cli', extractCli);
    writeSection('extract-cli', extractCliSection(extractCli, m));
    // Transactional and --bulk side by side on the same corpora (10k and 100k); 1M end to end with --million.
    const loads = os.loadavg();
    const ingestCli = await benchIngestCli(neo, numbers(f.get('cli-sizes'), [10_000, 100_000]), cores);
    const bulk = await benchIngestBulkCli(
      neo,
      numbers(f.get('bulk-sizes'), [10_000, 100_000]).map((size) => ({ size, texts: corpus(size).texts })),
      cores,
    );
    const million = f.has('million') ? await benchMillion(neo, cores) : undefined;
    saveResults('ingest-cli', { cli: ingestCli, bulk, million, loads });
    writeSection('ingest-cli', ingestCliSection(ingestCli, m, bulk, million, loads));
    log('BENCHMARKS.md rewritten');
  } finally {
    await neo.close();
  }
}
runMain(module, main);
