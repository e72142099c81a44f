/**
 * `npm run bench:smoke` (CI): every benchmark at a tiny size, in seconds plus one Neo4j start. Asserts that each
 * completes and reports plausible numbers, and renders their tables into bench/.out/BENCHMARKS.smoke.md (the
 * real BENCHMARKS.md is left alone). Uses its own throwaway Neo4j (see bench/lib.ts benchNeo4j).
 */
import * as path from 'node:path';
import { benchExtract, benchExtractCli, buildCli, extractCliSection, extractSection } from './extract';
import { benchIngest, benchIngestCli, ingestCliSection, ingestSection } from './ingest';
import { OUT, benchNeo4j, log, machine, saveResults, writeSection, runMain } from './lib';
import { benchQuery, querySection } from './query';
import { benchRead, readSection } from './read';

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`bench smoke: ${message}`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const file = path.join(OUT, 'BENCHMARKS.smoke.md');
  const extract = await benchExtract({ megabytes: 0.3 });
  check(extract.files >= 20 && extract.mbPerSecond > 0, `extract throughput ${extract.mbPerSecond}`);
  check(
    extract.documents.recall > 0.5 && extract.relations.recall > 0.5,
    `extract accuracy ${JSON.stringify(extract.relations)}`,
  );
  writeSection('read', readSection(await benchRead({ smoke: true })), file);
  const neo = await benchNeo4j();
  try {
    const m = machine(neo.versions.neo4j);
    const { runs, last } = await benchIngest(neo, [200], [50, 500]);
    check(runs.length === 2 && runs.every((r) => r.documentsPerSecond > 0 && r.relations > 0), 'ingest runs');
    check(
      runs.every((r) => r.peakRssMB > 0),
      'ingest memory',
    );
    const query = await benchQuery(neo, last!, { samples: 10, seconds: 2, connections: 4 });
    check(query.rows.length >= 3, `query rows ${query.rows.length}`);
    check(
      query.rows.every((r) => r.graphql.n === 10 && r.cypher.p50 > 0 && r.graphql.p50 > 0),
      'query latencies',
    );
    check(
      query.throughput.requests > 0 && query.throughput.errors === 0,
      `throughput ${JSON.stringify(query.throughput)}`,
    );
    buildCli();
    const extractCli = benchExtractCli({ documents: 100, jobs: [0, 2] });
    check(
      extractCli.runs.every((r) => r.mbPerSecond > 0) && extractCli.anchor.mbPerSecond > 0,
      `extract cli ${JSON.stringify(extractCli.runs)}`,
    );
    const ingestCli = await benchIngestCli(neo, [100], 2);
    check(
      ingestCli.every((r) => r.documentsInDb > 100 && r.againUnchanged === r.files),
      `ingest cli ${JSON.stringify(ingestCli)}`,
    );
    writeSection('extract-cli', extractCliSection(extractCli, m), file);
    writeSection('ingest-cli', ingestCliSection(ingestCli, m), file);
    writeSection('extract', extractSection(extract, m), file);
    writeSection('ingest', ingestSection(runs, m), file);
    writeSection('query', querySection(query, m), file);
    saveResults('smoke', { extract, ingest: runs, query });
  } finally {
    await neo.close();
  }
  log(
    `smoke passed in ${((performance.now() - t0) / 1000).toFixed(1)} s; tables in ${path.relative(process.cwd(), file)}`,
  );
}

runMain(module, main);
