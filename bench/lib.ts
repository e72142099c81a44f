/**
 * Shared pieces of the benchmarks: the corpora they run on (generated once per size and seed, reused), the
 * Neo4j they use (NEO4J_URI, or a throwaway managed server with its own home and ports), percentiles, memory
 * sampling, machine facts, and the rewriting of BENCHMARKS.md, whose tables live between markers
 * `<!-- BEGIN name -->` … `<!-- END name -->` so each benchmark replaces only its own.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { freePort } from '../src/db/bolt';
import { createDriver, envSettings, type Neo4jSettings } from '../src/db/connection';
import { serverVersions, startNeo4j, stopNeo4j, type ManagedNeo4jOptions } from '../src/db/manager';
import { defaultHome } from '../src/db/project';
import { homePaths } from '../src/db/state';
import { generateCorpus } from '../src/generate/corpus';

export const ROOT = path.resolve(__dirname, '..');
export const OUT = path.join(ROOT, 'bench', '.out');
export const CORPORA = path.join(ROOT, '.generated');
export const BENCHMARKS_MD = path.join(ROOT, 'BENCHMARKS.md');
export const SEED = 2026;

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Runs a benchmark's `main` when its file is the entry point (`module` is the caller's), exiting 1 on failure. */
export function runMain(caller: NodeModule, main: () => Promise<void>): void {
  if (require.main !== caller) return;
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

/** Command-line flags: `--smoke`, `--sizes 10000,100000`, `--batch-sizes 500,2000`, `--mb 50`. */
export function flags(argv = process.argv.slice(2)): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(?<key>[a-z-]+)(?:=(?<value>.*))?$/.exec(argv[i]);
    if (!m?.groups) throw new Error(`unknown argument ${argv[i]}`);
    const next = argv[i + 1];
    const value = m.groups.value ?? (next !== undefined && !next.startsWith('--') ? (i++, next) : 'true');
    out.set(m.groups.key, value);
  }
  return out;
}

export function numbers(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  return value.split(',').map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive integer: ${s}`);
    return n;
  });
}

export interface Corpus {
  dir: string;
  texts: string;
  truth: string;
  files: number;
  bytes: number;
}

/** The corpus of `documents` files for `seed`, generated unless a complete one is already on disk. */
export function corpus(documents: number, seed = SEED): Corpus {
  const dir = path.join(CORPORA, `bench-${documents}-${seed}`);
  const manifest = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifest)) {
    const m = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    if (m.requested === documents && m.seed === seed)
      return {
        dir,
        texts: path.join(dir, 'texts'),
        truth: path.join(dir, 'truth.json'),
        files: m.files,
        bytes: m.bytes,
      };
  }
  log(`generating ${documents} documents (seed ${seed}) into ${path.relative(ROOT, dir)} …`);
  const t0 = performance.now();
  const s = generateCorpus({ documents, seed, out: dir });
  log(
    `  ${s.files} texts, ${(s.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { dir, texts: path.join(dir, 'texts'), truth: s.truth, files: s.files, bytes: s.bytes };
}

/** Every .txt file under dir, sorted, with the name relative to dir (as `vanban extract dir` names sources). */
export function listTexts(dir: string): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push({ file: p, name: path.relative(dir, p) });
    }
  };
  walk(dir);
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1],
  };
}

/** Samples resident memory while `work` runs; returns its peak together with the OS high-water mark. */
export async function withPeakMemory<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMB: number; maxRssMB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMB: peak / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  } finally {
    clearInterval(timer);
  }
}

// ---- Neo4j ------------------------------------------------------------------------------------------------

export interface BenchNeo4j {
  settings: Neo4jSettings;
  driver: Driver;
  managed: boolean;
  versions: { neo4j: string; apoc: string };
  /** Empties the database (deletes every node and relationship; the schema stays). */
  fresh(): Promise<void>;
  close(): Promise<void>;
}

/** Deletes every node and relationship, in batches (schema and indexes stay). */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * A throwaway managed Neo4j under bench/.out/neo4j (its own home, free ports; heap and page cache sized for
 * the 100k graph, env VANBAN_BENCH_NEO4J_HEAP/PAGECACHE), started empty. NEO4J_URI is used instead only with
 * VANBAN_BENCH_WIPE=yes, because fresh() deletes everything in the database (emptied at once unless `keep`).
 */
export async function benchNeo4j(use: { keep?: boolean } = {}): Promise<BenchNeo4j> {
  const external = envSettings();
  if (external && process.env.VANBAN_BENCH_WIPE === 'yes') {
    const handle: BenchNeo4j = {
      settings: external,
      driver: await createDriver(external),
      managed: false,
      versions: await serverVersions(external),
      fresh: () => wipe(handle.driver),
      close: () => handle.driver.close(),
    };
    if (!use.keep) await handle.fresh();
    return handle;
  }
  if (external)
    log(
      'NEO4J_URI is set but the benchmarks wipe their database: using a throwaway server (VANBAN_BENCH_WIPE=yes to use it)',
    );
  const home = path.join(OUT, 'neo4j');
  const options: ManagedNeo4jOptions = {
    home,
    jarsDir: defaultHome(),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: process.env.VANBAN_BENCH_NEO4J_HEAP ?? '4g',
    pagecache: process.env.VANBAN_BENCH_NEO4J_PAGECACHE ?? '4g',
    log: (m) => log(`neo4j: ${m}`),
  };
  await stopNeo4j(options).catch(() => undefined);
  fs.rmSync(homePaths(home).data, { recursive: true, force: true });
  fs.rmSync(homePaths(home).passwordFile, { force: true });
  const started = await startNeo4j(options);
  log(`throwaway Neo4j ${started.versions.neo4j} on ${started.settings.uri} (${started.startMs} ms)`);
  const killOnExit = (): void => {
    try {
      const pid = Number(fs.readFileSync(homePaths(home).pidFile, 'utf8').trim());
      if (pid) process.kill(pid, 'SIGKILL');
    } catch {
      // nothing to kill
    }
  };
  process.once('exit', killOnExit);
  const handle: BenchNeo4j = {
    settings: started.settings,
    driver: await createDriver(started.settings),
    managed: true,
    versions: started.versions,
    fresh: () => wipe(handle.driver),
    async close() {
      await handle.driver.close();
      await stopNeo4j(options);
      process.off('exit', killOnExit);
    },
  };
  return handle;
}

// ---- machine and report ------------------------------------------------------------------------------------

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  java: string;
  neo4j: string;
  date: string;
  /** 1, 5 and 15 minute load averages when measured (the machine may be shared). */
  load?: number[];
}

export function machine(neo4jVersion = 'not used'): Machine {
  // `java -version` prints to stderr.
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const first = `${probe.stderr ?? ''}${probe.stdout ?? ''}`.split('\n')[0];
  const java = probe.error || !first ? 'not found' : first;
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    java: java.replace(/^.*version "(?<v>[^"]+)".*$/, 'OpenJDK $<v>'),
    neo4j: neo4jVersion,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    load: os.loadavg(),
  };
}

export function machineLine(m: Machine): string {
  const load = m.load ? `; load average ${m.load.map((x) => x.toFixed(1)).join(' / ')}` : '';
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM; Node ${m.node}; Java ${m.java}; Neo4j ${m.neo4j}; run ${m.date}${load}`;
}

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '–';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Replaces the section `name` of BENCHMARKS.md (appending it if absent); the rest of the file is kept. */
export function writeSection(name: string, markdown: string, file = BENCHMARKS_MD): void {
  const begin = `<!-- BEGIN ${name} -->`;
  const end = `<!-- END ${name} -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) text = text.slice(0, i) + block + text.slice(j + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}

/** Raw results beside the tables, for comparisons between runs. */
export function saveResults(name: string, results: unknown): string {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}

export function targetMark(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}
