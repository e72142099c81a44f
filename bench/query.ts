/**
 * Query latency over GraphQL and as raw Cypher, and sustained GraphQL throughput, on a loaded graph.
 *   node -r ts-node/register/transpile-only bench/query.ts [--size 100000] [--samples 300] [--duration 20] [--no-load]
 * Standalone it loads the generated graph of --size documents first; `bench/run.ts` calls it on the 100k graph
 * the ingest benchmark left behind.
 * - lineage and impact at depth 10 and whoImplements: each question asked of the API server (its own process,
 *   127.0.0.1, one client, sequential) and the same question as the API's named Cypher through neo4j-driver,
 *   interleaved, on "typical" roots (random documents with at least one step) and "heavy" roots (the documents
 *   with the largest reach, the worst case);
 * - document lookup by id through the generated API under autocannon (concurrent connections, fixed duration),
 *   with its error count: transport errors, timeouts, non-2xx, and GraphQL responses with errors or no document.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { implementationsParams, statement, traverseParams } from '../src/api/resolvers';
import { API_LIMITS } from '../src/api/config';
import { Rng } from '../src/generate/prng';
import { ensureSchema, loadGraph } from '../src/graph/load';
import { IMPLEMENTING_TYPES, LINEAGE_TYPES, type ExtractionGraph, type RelationType } from '../src/model';
import { loadableGraph } from './ingest';
import {
  ROOT,
  benchNeo4j,
  flags,
  fmt,
  latency,
  log,
  machine,
  machineLine,
  saveResults,
  table,
  targetMark,
  writeSection,
  type BenchNeo4j,
  type Latency,
  runMain,
} from './lib';

/** Targets of issue 11: p99 ≤ 50 ms for typical roots, ≤ 100 ms for the 20 heaviest (first page). */
export const TARGET_P99_MS = 50;
export const TARGET_HEAVY_P99_MS = 100;
export const TARGET_RATIO = 1.3;
/** Document lookups per second at 50 connections, 0 errors. */
export const TARGET_RPS = 800;

type Question = 'lineage' | 'impact' | 'whoImplements';

export interface QueryRow {
  question: Question;
  roots: 'typical' | 'heavy';
  rootCount: number;
  meanSteps: number;
  graphql: Latency;
  cypher: Latency;
}

export interface ThroughputResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  detail: { transport: number; timeouts: number; non2xx: number; graphql: number };
  /** CPU ms of the API process per request (absent in results saved before it was measured). */
  cpuMsPerRequest?: number;
}

export interface QueryResult {
  documents: number;
  relations: number;
  rows: QueryRow[];
  /** Lookups with the response cache off (every request reaches Neo4j). */
  throughput: ThroughputResult;
  /** The same lookups with the response cache on (as served by default). */
  throughputCached?: ThroughputResult;
}

const GRAPHQL: Record<Question, string> = {
  lineage:
    'query Lineage($id: ID!) { lineage(id: $id, maxDepth: 10) { totalCount truncated steps { depth type evidence from { id symbol } to { id symbol kind scope date } } } }',
  impact:
    'query Impact($id: ID!) { impact(id: $id, maxDepth: 10) { totalCount truncated steps { depth type evidence from { id symbol kind scope date } to { id symbol } } } }',
  whoImplements:
    'query Who($id: ID!) { whoImplements(id: $id) { totalCount implementations { depth scope issuer date type document { id symbol kind } } } }',
};
const LOOKUP =
  'query Lookup($id: ID!) { documents(where: { id: { eq: $id } }) { id symbol kind issuer scope date title } }';

/**
 * The stored fields the lineage and impact operations above ask of a step's documents (`from`/`to`), which the
 * resolver passes to traverse.cypher as `$fields` (src/api/documents.ts stepDocumentFields).
 */
const STEP_FIELDS = ['id', 'symbol', 'kind', 'scope', 'date'];

/** The API's own Cypher and parameters for each question (src/api/resolvers.ts), run directly. */
function rawQuery(question: Question, id: string): { text: string; params: Record<string, unknown> } {
  if (question === 'whoImplements')
    return {
      text: statement('implementations'),
      params: implementationsParams({ id }, false, { skip: 0, first: API_LIMITS.defaultPage }),
    };
  return {
    text: statement('traverse'),
    params: traverseParams({ id, maxDepth: 10 }, question === 'lineage', undefined, STEP_FIELDS),
  };
}

/** Reach of each root along `types` (outward or inward), capped, by breadth-first search over the truth. */
function reach(
  graph: ExtractionGraph,
  types: readonly RelationType[],
  outward: boolean,
  roots: string[],
): Map<string, number> {
  const adj = new Map<string, string[]>();
  const set = new Set(types);
  for (const r of graph.relations) {
    if (!set.has(r.type)) continue;
    const [a, b] = outward ? [r.from, r.to] : [r.to, r.from];
    const list = adj.get(a);
    if (list) list.push(b);
    else adj.set(a, [b]);
  }
  const out = new Map<string, number>();
  for (const root of roots) {
    const seen = new Set([root]);
    let frontier = [root];
    for (let depth = 0; depth < 10 && frontier.length && seen.size < API_LIMITS.maxNodes; depth++) {
      const next: string[] = [];
      for (const x of frontier)
        for (const y of adj.get(x) ?? []) {
          if (seen.has(y)) continue;
          seen.add(y);
          next.push(y);
        }
      frontier = next;
    }
    out.set(root, seen.size - 1);
  }
  return out;
}

function chooseRoots(
  graph: ExtractionGraph,
  question: Question,
  rng: Rng,
): { typical: string[]; heavy: string[] } {
  const types = question === 'whoImplements' ? IMPLEMENTING_TYPES : LINEAGE_TYPES;
  const outward = question === 'lineage';
  const candidates = new Set<string>();
  for (const r of graph.relations) if (types.includes(r.type)) candidates.add(outward ? r.from : r.to);
  const all = [...candidates].sort();
  const sample = rng.sample(all, 3000);
  const sizes =
    question === 'whoImplements' ? reach(graph, types, false, sample) : reach(graph, types, outward, sample);
  const byReach = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { typical: rng.sample(sample, 100), heavy: byReach.slice(0, 20).map(([id]) => id) };
}

interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** CPU ms the API process has used so far. */
  cpuMs(): Promise<number>;
}

async function startApi(neo: BenchNeo4j, cache = false): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    // VANBAN_BENCH_API_NODE_ARGS: extra Node options for the API process only, e.g. "--cpu-prof
    // --cpu-prof-dir=/tmp/prof" to profile where a request's time goes (NODE_OPTIONS refuses --cpu-prof).
    [
      ...(process.env.VANBAN_BENCH_API_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
      '-r',
      'ts-node/register/transpile-only',
      path.join(ROOT, 'bench', 'serve.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: neo.settings.uri,
        NEO4J_USER: neo.settings.user,
        NEO4J_PASSWORD: neo.settings.password,
        // Request logs off (warn): one line per request would flood the benchmark's output.
        VANBAN_LOG_LEVEL: process.env.VANBAN_LOG_LEVEL ?? 'warn',
        // Off for the latency table (it compares with the raw statement, which has no cache) and the first
        // throughput row; on for the second.
        VANBAN_RESPONSE_CACHE: cache ? '1' : '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API server exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  // NaN when the process does not answer within 5 s (the table then says n/a; the run goes on).
  const cpuMs = () =>
    new Promise<number>((resolve) => {
      const timer = setTimeout(() => {
        lines.off('line', onLine);
        resolve(Number.NaN);
      }, 5000);
      const onLine = (line: string) => {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { cpuMs?: number }).cpuMs ?? Number.NaN);
      };
      lines.once('line', onLine);
      child.kill('SIGUSR2');
    });
  return { url, child, cpuMs };
}

/** A research answer: one page (steps or implementations) and the whole result's size. */
interface Page {
  totalCount: number;
  truncated?: boolean;
  steps?: unknown[];
  implementations?: unknown[];
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: Record<string, Page>; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!res.ok) throw new Error(`GraphQL HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as { data?: Record<string, Page>; errors?: unknown[] };
}

async function measure(
  neo: BenchNeo4j,
  url: string,
  question: Question,
  roots: string[],
  samples: number,
): Promise<{ graphql: number[]; cypher: number[]; steps: number[] }> {
  const session = neo.driver.session({ defaultAccessMode: neo4j.session.READ });
  const graphql: number[] = [];
  const raw: number[] = [];
  const steps: number[] = [];
  try {
    const once = async (id: string, record: boolean): Promise<void> => {
      let t = performance.now();
      const body = await post(url, GRAPHQL[question], { id });
      const g = performance.now() - t;
      if (body.errors?.length)
        throw new Error(`${question}(${id}): ${JSON.stringify(body.errors).slice(0, 300)}`);
      const q = rawQuery(question, id);
      t = performance.now();
      // An auto-commit read with the API's timeout, as the resolver runs it (src/api/resolvers.ts run()).
      const result = await session.run(q.text, q.params, { timeout: API_LIMITS.txTimeoutMs });
      const c = performance.now() - t;
      // Both answer with one row: the first page and the total; they must agree.
      const page = body.data?.[question];
      const n = (page?.steps ?? page?.implementations ?? []).length;
      const row = result.records[0];
      const rawRows = ((row?.get(question === 'whoImplements' ? 'rows' : 'steps') as unknown[]) ?? []).length;
      const rawTotal = neo4j.integer.toNumber(row?.get('totalCount') ?? 0);
      if (n !== rawRows || page?.totalCount !== rawTotal)
        throw new Error(
          `${question}(${id}): GraphQL returned ${n} of ${page?.totalCount}, Cypher ${rawRows} of ${rawTotal}`,
        );
      if (record) {
        graphql.push(g);
        raw.push(c);
        steps.push(n);
      }
    };
    for (const id of roots) await once(id, false);
    for (let i = 0; i < samples; i++) await once(roots[i % roots.length], true);
  } finally {
    await session.close();
  }
  return { graphql, cypher: raw, steps };
}

async function throughput(
  api: ApiProcess,
  ids: string[],
  seconds: number,
  connections: number,
): Promise<ThroughputResult> {
  const url = api.url;
  const cpuBefore = await api.cpuMs();
  let graphqlErrors = 0;
  const requests = ids.map((id) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOOKUP, variables: { id } }),
    onResponse: (status: number, body: string) => {
      if (status !== 200) return;
      try {
        const parsed = JSON.parse(body) as { data?: { documents?: unknown[] }; errors?: unknown[] };
        if (parsed.errors?.length || parsed.data?.documents?.length !== 1) graphqlErrors++;
      } catch {
        graphqlErrors++;
      }
    },
  }));
  const r = await autocannon({ url, connections, duration: seconds, requests, timeout: 10 });
  const total = r.requests.total;
  const cpuPerRequest = ((await api.cpuMs()) - cpuBefore) / Math.max(1, total);
  return {
    cpuMsPerRequest: cpuPerRequest,
    connections,
    seconds: r.duration,
    requests: total,
    requestsPerSecond: total / r.duration,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx + graphqlErrors,
    detail: { transport: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphql: graphqlErrors },
  };
}

export async function benchQuery(
  neo: BenchNeo4j,
  graph: ExtractionGraph,
  options: { samples: number; seconds: number; connections: number; seed?: number },
): Promise<QueryResult> {
  const rng = new Rng(options.seed ?? 7);
  const api = await startApi(neo);
  log(`query: API server at ${api.url}`);
  try {
    const rows: QueryRow[] = [];
    for (const question of ['lineage', 'impact', 'whoImplements'] as const) {
      const { typical, heavy } = chooseRoots(graph, question, rng);
      for (const [label, roots] of [
        ['typical', typical],
        ['heavy', heavy],
      ] as const) {
        if (roots.length === 0) continue;
        log(`query: ${question} on ${roots.length} ${label} roots, ${options.samples} samples …`);
        const m = await measure(neo, api.url, question, roots, options.samples);
        const row: QueryRow = {
          question,
          roots: label,
          rootCount: roots.length,
          meanSteps: m.steps.reduce((a, b) => a + b, 0) / Math.max(1, m.steps.length),
          graphql: latency(m.graphql),
          cypher: latency(m.cypher),
        };
        log(
          `  GraphQL p50 ${fmt(row.graphql.p50, 1)} p99 ${fmt(row.graphql.p99, 1)} ms; Cypher p50 ${fmt(row.cypher.p50, 1)} p99 ${fmt(row.cypher.p99, 1)} ms; ${fmt(row.meanSteps, 1)} rows`,
        );
        rows.push(row);
      }
    }
    const ids = rng.sample(
      graph.documents.map((d) => d.id),
      64,
    );
    log(
      `query: document lookup under autocannon, ${options.connections} connections, ${options.seconds} s …`,
    );
    const t = await throughput(api, ids, options.seconds, options.connections);
    log(
      `  ${fmt(t.requestsPerSecond, 0)} req/s, p99 ${t.latencyP99} ms, ${t.errors} errors, ${fmt(t.cpuMsPerRequest ?? 0, 2)} CPU ms/request`,
    );
    const cachedApi = await startApi(neo, true);
    let cached: ThroughputResult;
    try {
      log(`query: the same lookups with the response cache on …`);
      cached = await throughput(cachedApi, ids, options.seconds, options.connections);
      log(
        `  ${fmt(cached.requestsPerSecond, 0)} req/s, p99 ${cached.latencyP99} ms, ${cached.errors} errors, ${fmt(cached.cpuMsPerRequest ?? 0, 2)} CPU ms/request`,
      );
    } finally {
      cachedApi.child.kill('SIGTERM');
      await new Promise((resolve) => cachedApi.child.once('exit', resolve));
    }
    return {
      documents: graph.documents.length,
      relations: graph.relations.length,
      rows,
      throughput: t,
      throughputCached: cached,
    };
  } finally {
    api.child.kill('SIGTERM');
    await new Promise((resolve) => api.child.once('exit', resolve));
  }
}

export function querySection(r: QueryResult, m = machine()): string {
  const ms = (x: number): string => fmt(x, 1);
  return [
    '## Queries',
    '',
    `Machine: ${machineLine(m)}. Graph: ${r.documents.toLocaleString('en-US')} documents, ${r.relations.toLocaleString('en-US')} relations (a generated corpus; the count includes documents known only from citations).`,
    'GraphQL: the API server in its own process on 127.0.0.1 (response cache off), one client, sequential requests. Cypher: the statement the resolver sends (the named query without its comments), with its parameters (the document fields the GraphQL query selects) and as an auto-commit read like the resolver, through neo4j-driver from the bench process, interleaved with the GraphQL calls. Latencies in ms. Depth 10 for lineage and impact; whoImplements direct. A GraphQL question makes one database round trip (the statement resolves the root itself), like the raw query; both return the first page (100 steps).',
    '',
    table(
      [
        'question',
        'roots',
        'rows (mean)',
        'GraphQL p50',
        'p95',
        'p99',
        'Cypher p50',
        'p95',
        'p99',
        'ratio p50',
        'ratio p95',
        'p99 ≤ 50 ms (heavy: 100)',
        'ratio ≤ 1.3',
      ],
      r.rows.map((row) => [
        row.question,
        `${row.roots} (${row.rootCount})`,
        fmt(row.meanSteps, 1),
        ms(row.graphql.p50),
        ms(row.graphql.p95),
        ms(row.graphql.p99),
        ms(row.cypher.p50),
        ms(row.cypher.p95),
        ms(row.cypher.p99),
        fmt(row.graphql.p50 / row.cypher.p50, 2),
        fmt(row.graphql.p95 / row.cypher.p95, 2),
        row.question === 'whoImplements'
          ? 'n/a'
          : targetMark(row.graphql.p99 <= (row.roots === 'heavy' ? TARGET_HEAVY_P99_MS : TARGET_P99_MS)),
        targetMark(row.graphql.p50 / row.cypher.p50 <= TARGET_RATIO),
      ]),
    ),
    '',
    'Sustained throughput of a document lookup by id (generated API, `documents(where: {id: {eq: …}})`, 64 ids in rotation) under autocannon:',
    '',
    table(
      [
        'response cache',
        'connections',
        'seconds',
        'requests',
        'requests/s',
        'latency p50 ms',
        'p99 ms',
        'errors',
        'API CPU ms / request',
        `target ≥ ${TARGET_RPS} req/s at 50 connections, 0 errors`,
      ],
      [
        ['off', r.throughput] as const,
        ...(r.throughputCached ? [['on', r.throughputCached] as const] : []),
      ].map(([cache, t]) => [
        cache,
        t.connections,
        fmt(t.seconds, 0),
        t.requests.toLocaleString('en-US'),
        fmt(t.requestsPerSecond, 0),
        t.latencyP50,
        t.latencyP99,
        `${t.errors} (${Object.entries(t.detail)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})`,
        t.cpuMsPerRequest === undefined || Number.isNaN(t.cpuMsPerRequest)
          ? 'n/a'
          : fmt(t.cpuMsPerRequest, 2),
        targetMark(t.requestsPerSecond >= TARGET_RPS && t.errors === 0),
      ]),
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const f = flags();
  const smoke = f.has('smoke');
  const size = Number(f.get('size') ?? (smoke ? 300 : 100_000));
  const samples = Number(f.get('samples') ?? (smoke ? 10 : 300));
  const seconds = Number(f.get('duration') ?? (smoke ? 2 : 20));
  const connections = Number(f.get('connections') ?? (smoke ? 10 : 50));
  const neo = await benchNeo4j({ keep: f.has('no-load') });
  try {
    const graph = loadableGraph(size);
    if (f.has('no-load')) {
      // The database already holds this corpus (e.g. left by the ingest benchmark): check, don't reload.
      const { records } = await neo.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n');
      const n = Number(records[0].get('n'));
      if (n !== graph.documents.length)
        throw new Error(`--no-load: the database holds ${n} documents, the corpus ${graph.documents.length}`);
    } else {
      await neo.fresh();
      await ensureSchema(neo.driver);
      log(`query: loading ${graph.documents.length} documents …`);
      await loadGraph(neo.driver, graph, { batchSize: 2000 });
    }
    const r = await benchQuery(neo, graph, { samples, seconds, connections });
    saveResults(smoke ? 'query-smoke' : 'query', r);
    if (smoke) {
      if (r.rows.length === 0 || r.throughput.requests === 0 || r.throughput.errors > 0)
        throw new Error(`query smoke: implausible numbers ${JSON.stringify(r.throughput)}`);
      return;
    }
    writeSection('query', querySection(r, machine(neo.versions.neo4j)));
  } finally {
    await neo.close();
  }
}

runMain(module, main);
