/**
 * `npm run bench`: every benchmark at full size, rewriting the tables of BENCHMARKS.md.
 *   extraction over ≥ 50 MB of generated text; ingest of 10k and 100k documents at batch sizes 500, 2000 and
 *   10000 into an empty throwaway Neo4j; queries and throughput on the 100k graph the last ingest left.
 * Options: --mb, --sizes, --batch-sizes, --samples, --duration, --connections (see the single benchmarks).
 */
import * as os from 'node:os';
import { benchExtract, extractSection, TARGET_MB_PER_S } from './extract';
import { benchIngest, ingestSection, TARGET_DOCS_PER_S } from './ingest';
import {
  benchNeo4j,
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
} from './lib';
import { benchQuery, querySection, TARGET_P99_MS, TARGET_RATIO, TARGET_RPS } from './query';

async function main(): Promise<void> {
  const f = flags();
  const load = os.loadavg();
  const started = performance.now();
  const extract = await benchExtract({ megabytes: Number(f.get('mb') ?? 50) });
  log(`extract: ${fmt(extract.mbPerSecond)} MB/s`);
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
    saveResults('all', { machine: m, loadAverage: load, extract, ingest: runs, query });
    const best = Math.max(
      ...runs.filter((r) => r.size === Math.max(...sizes)).map((r) => r.documentsPerSecond),
    );
    const traversals = query.rows.filter((r) => r.question !== 'whoImplements');
    const worstP99 = Math.max(...traversals.map((r) => r.graphql.p99));
    const worstRatio = Math.max(...query.rows.map((r) => r.graphql.p50 / r.cypher.p50));
    writeSection(
      'summary',
      [
        '## Summary',
        '',
        `Machine: ${machineLine(m)}. Load average when the run began: ${load.map((x) => fmt(x, 2)).join(', ')} (1, 5, 15 min). Whole run: ${fmt((performance.now() - started) / 60000, 1)} min.`,
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
              `ingest ≥ 5,000 documents/s with relations (${Math.max(...sizes).toLocaleString('en-US')} documents, best batch size)`,
              `${fmt(best, 0)} documents/s`,
              targetMark(best >= TARGET_DOCS_PER_S),
            ],
            [
              'lineage and impact at depth 10: p99 ≤ 50 ms (GraphQL, worst root set)',
              `${fmt(worstP99, 1)} ms`,
              targetMark(worstP99 <= TARGET_P99_MS),
            ],
            [
              'GraphQL ≤ 1.5 × raw Cypher (p50, worst question)',
              `${fmt(worstRatio, 2)} ×`,
              targetMark(worstRatio <= TARGET_RATIO),
            ],
            [
              '≥ 500 requests/s document lookup, zero errors',
              `${fmt(query.throughput.requestsPerSecond, 0)} req/s, ${query.throughput.errors} errors`,
              targetMark(query.throughput.requestsPerSecond >= TARGET_RPS && query.throughput.errors === 0),
            ],
          ],
        ),
      ].join('\n'),
    );
    writeSection('extract', extractSection(extract, m));
    writeSection('ingest', ingestSection(runs, m));
    writeSection('query', querySection(query, m));
    log('BENCHMARKS.md rewritten');
  } finally {
    await neo.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
