/**
 * Extraction throughput (MB/s on one core) and accuracy against the generated ground truth.
 *   npm run bench:extract [-- --mb 50] [-- --smoke]
 * Texts are read into memory first, so the figure is decode + extract per file (what `vanban extract` does per
 * file), without disk reads; merging the per-file graphs is timed on its own. The JIT is warmed on the first
 * files before the timed pass over all of them. Misses are written to bench/.out/extract-misses.txt.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extractDocument, mergeExtractions } from '../src/extract';
import { describeMisses, scoreExtraction } from '../src/generate/score';
import type { ExtractionGraph } from '../src/model';
import { decodeDocument } from '../src/read/decode';
import {
  OUT,
  ROOT,
  corpus,
  flags,
  fmt,
  listTexts,
  log,
  machine,
  machineLine,
  saveResults,
  table,
  targetMark,
  writeSection,
  runMain,
} from './lib';

export interface ExtractResult {
  files: number;
  megabytes: number;
  seconds: number;
  cpuSeconds: number;
  mbPerSecond: number;
  mergeSeconds: number;
  documents: { precision: number; recall: number; truth: number; found: number };
  relations: { precision: number; recall: number; truth: number; found: number };
  edges: { precision: number; recall: number };
  fields: Record<string, number>;
  peakRssMB: number;
}

/** Average text size of the generator, to size the corpus for a volume of text. */
const BYTES_PER_FILE = 2400;
export const TARGET_MB_PER_S = 20;

export async function benchExtract(options: { megabytes: number; seed?: number }): Promise<ExtractResult> {
  const documents = Math.max(20, Math.ceil((options.megabytes * 1e6) / BYTES_PER_FILE));
  const c = corpus(documents, options.seed);
  const files = listTexts(c.texts).map(({ file, name }) => ({ name, bytes: fs.readFileSync(file) }));
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  log(`extract: ${files.length} files, ${(total / 1e6).toFixed(1)} MB in memory`);

  const extractOne = (f: { name: string; bytes: Buffer }): ExtractionGraph => {
    const decoded = decodeDocument(f.bytes, f.name);
    return extractDocument(decoded.text, { source: f.name });
  };
  for (const f of files.slice(0, Math.max(5, Math.floor(files.length / 20)))) extractOne(f);

  let peak = process.memoryUsage().rss;
  const graphs: ExtractionGraph[] = new Array(files.length);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < files.length; i++) {
    graphs[i] = extractOne(files[i]);
    if ((i & 255) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const t1 = performance.now();
  const merged = mergeExtractions(graphs);
  const mergeSeconds = (performance.now() - t1) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);

  const truth = JSON.parse(fs.readFileSync(c.truth, 'utf8')) as ExtractionGraph;
  const score = scoreExtraction(truth, merged);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'extract-misses.txt'), describeMisses(score, 200) + '\n');
  const pr = (x: { precision: number; recall: number; truth: number; found: number }) => ({
    precision: x.precision,
    recall: x.recall,
    truth: x.truth,
    found: x.found,
  });
  return {
    files: files.length,
    megabytes: total / 1e6,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mbPerSecond: total / 1e6 / seconds,
    mergeSeconds,
    documents: pr(score.documents),
    relations: pr(score.relations),
    edges: { precision: score.edges.precision, recall: score.edges.recall },
    fields: score.fields,
    peakRssMB: peak / 2 ** 20,
  };
}

export function extractSection(r: ExtractResult, m = machine()): string {
  const pct = (x: number): string => `${fmt(100 * x, 1)}%`;
  return [
    '## Extraction',
    '',
    `Machine: ${machineLine(m)}. Command: \`npm run bench:extract\` (decode + extract per file, one thread, texts in memory; JIT warmed first).`,
    '',
    table(
      ['files', 'MB', 'seconds', 'CPU s', 'MB/s (one core)', 'target ≥ 20 MB/s', 'merge s', 'peak RSS MB'],
      [
        [
          r.files,
          fmt(r.megabytes),
          fmt(r.seconds, 2),
          fmt(r.cpuSeconds, 2),
          fmt(r.mbPerSecond, 1),
          targetMark(r.mbPerSecond >= TARGET_MB_PER_S),
          fmt(r.mergeSeconds, 2),
          fmt(r.peakRssMB, 0),
        ],
      ],
    ),
    '',
    'Accuracy against the generated ground truth (documents by id; relations by from, to and type; edges ignore the type):',
    '',
    table(
      ['', 'truth', 'found', 'precision', 'recall'],
      [
        [
          'documents',
          r.documents.truth,
          r.documents.found,
          pct(r.documents.precision),
          pct(r.documents.recall),
        ],
        [
          'typed relations',
          r.relations.truth,
          r.relations.found,
          pct(r.relations.precision),
          pct(r.relations.recall),
        ],
        [
          'edges (any type)',
          r.relations.truth,
          r.relations.found,
          pct(r.edges.precision),
          pct(r.edges.recall),
        ],
      ],
    ),
    '',
    `Fields right on the documents found: ${Object.entries(r.fields)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(
        ', ',
      )} (issuers compared without "(khóa …)" and case). The misses are listed in bench/.out/extract-misses.txt.`,
  ].join('\n');
}

/** One run of the compiled CLI as a child process: wall and CPU seconds, peak RSS (GNU time), exit code. */
export interface CliRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number | null;
  code: number | null;
  stderr: string;
}

/** Builds dist/ once so that the CLI (and its worker threads) run compiled, as `vanban` does. */
export function buildCli(): void {
  log('building dist/ (tsc) for the CLI benchmarks …');
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('tsc failed: the CLI benchmarks run the compiled CLI');
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const timeFile = path.join(OUT, 'cli-time.txt');
  fs.mkdirSync(OUT, { recursive: true });
  const gnuTime = fs.existsSync('/usr/bin/time');
  const command = [process.execPath, path.join(ROOT, 'bin', 'vanban.js'), ...args];
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, ...command], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 2 ** 20,
      })
    : spawnSync(command[0], command.slice(1), {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
  const seconds = (performance.now() - t0) / 1000;
  let cpuSeconds = NaN;
  let peakRssMB: number | null = null;
  if (gnuTime && fs.existsSync(timeFile)) {
    const [user, sys, kb] = fs
      .readFileSync(timeFile, 'utf8')
      .trim()
      .split('\n')
      .pop()!
      .split(' ')
      .map(Number);
    cpuSeconds = user + sys;
    peakRssMB = kb / 1024;
  }
  return { seconds, cpuSeconds, peakRssMB, code: r.status, stderr: String(r.stderr ?? '') };
}

export interface ExtractCliResult {
  documents: number;
  files: number;
  megabytes: number;
  anchor: { seconds: number; mbPerSecond: number; symbols: number };
  inProcessMbPerSecond: number | null;
  runs: {
    jobs: number;
    seconds: number;
    cpuSeconds: number;
    mbPerSecond: number;
    peakRssMB: number | null;
  }[];
}

/** What any reader of these files must do, on one core: read, UTF-8 decode, NFC, one symbol regex. */
const SYMBOL = /\d{1,6}(?:\/\d{4})?[/-][\p{Lu}Đ]{1,10}(?:[/-][\p{Lu}Đ]{1,10}){0,3}/gu;
export function physicalAnchor(files: string[]): { seconds: number; mbPerSecond: number; symbols: number } {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let symbols = 0;
  const t0 = performance.now();
  for (const f of files) {
    const buf = fs.readFileSync(f);
    bytes += buf.length;
    const text = decoder.decode(buf).normalize('NFC');
    for (const _ of text.matchAll(SYMBOL)) symbols += 1;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, mbPerSecond: bytes / 1e6 / seconds, symbols };
}

/**
 * `vanban extract DIR --json > /dev/null` end to end (walk, read, decode, extract in workers, merge, JSON) on a
 * generated corpus, with --jobs 0 (main thread only), 1, 2, … beside the physical anchor measured in the same run.
 */
export function benchExtractCli(options: {
  documents: number;
  jobs: number[];
  inProcessMbPerSecond?: number;
}): ExtractCliResult {
  const c = corpus(options.documents);
  const files = listTexts(c.texts).map((f) => f.file);
  const megabytes = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6;
  physicalAnchor(files.slice(0, 200)); // warm the page cache and the JIT
  const anchor = physicalAnchor(files);
  log(
    `extract cli: anchor ${fmt(anchor.mbPerSecond)} MB/s on one core over ${files.length} files, ${fmt(megabytes)} MB`,
  );
  const runs: ExtractCliResult['runs'] = [];
  for (const jobs of options.jobs) {
    const r = runCli(['extract', c.texts, '--json', '--jobs', String(jobs)]);
    if (r.code !== 0)
      throw new Error(`vanban extract --jobs ${jobs} exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
    runs.push({
      jobs,
      seconds: r.seconds,
      cpuSeconds: r.cpuSeconds,
      mbPerSecond: megabytes / r.seconds,
      peakRssMB: r.peakRssMB,
    });
    log(
      `  --jobs ${jobs}: ${fmt(r.seconds, 1)} s, ${fmt(megabytes / r.seconds)} MB/s, CPU ${fmt(r.cpuSeconds, 1)} s, peak RSS ${fmt(r.peakRssMB ?? NaN, 0)} MB`,
    );
  }
  return {
    documents: options.documents,
    files: files.length,
    megabytes,
    anchor,
    inProcessMbPerSecond: options.inProcessMbPerSecond ?? null,
    runs,
  };
}

export const TARGET_ANCHOR_RATIO = 5;
export const TARGET_PER_CORE_MB_PER_S = 10;

export function extractCliSection(r: ExtractCliResult, m = machine()): string {
  const best = Math.max(...r.runs.map((x) => x.mbPerSecond));
  const ratio = r.anchor.mbPerSecond / best;
  return [
    '## Extraction end to end (the CLI)',
    '',
    `Machine: ${machineLine(m)}. Command: \`vanban extract texts/ --json > /dev/null\` on the generated corpus of ${r.documents.toLocaleString('en-US')} documents (${r.files.toLocaleString('en-US')} files, ${fmt(r.megabytes)} MB): walk, read, decode, lay out and extract in worker threads, merge, JSON streamed out. Wall time of the whole process, CPU time of all its threads, peak RSS (GNU time).`,
    '',
    table(
      ['--jobs', 'seconds', 'CPU s', 'MB/s end to end', 'MB per CPU second', 'peak RSS MB'],
      r.runs.map((x) => [
        x.jobs === 0 ? '0 (main thread only)' : x.jobs,
        fmt(x.seconds, 1),
        fmt(x.cpuSeconds, 1),
        fmt(x.mbPerSecond, 2),
        fmt(r.megabytes / x.cpuSeconds, 2),
        fmt(x.peakRssMB ?? NaN, 0),
      ]),
    ),
    '',
    table(
      ['target', 'measured', ''],
      [
        [
          `within ${TARGET_ANCHOR_RATIO}× of the physical anchor (read + UTF-8 + NFC + one symbol regex, one core: ${fmt(r.anchor.mbPerSecond)} MB/s in this run)`,
          `${fmt(ratio, 1)}× slower (best: ${fmt(best, 2)} MB/s)`,
          targetMark(ratio <= TARGET_ANCHOR_RATIO),
        ],
        ...(r.inProcessMbPerSecond !== null
          ? [
              [
                `≥ ${TARGET_PER_CORE_MB_PER_S} MB/s per core in process (decode + extract, texts in memory)`,
                `${fmt(r.inProcessMbPerSecond, 1)} MB/s`,
                targetMark(r.inProcessMbPerSecond >= TARGET_PER_CORE_MB_PER_S),
              ],
            ]
          : []),
      ],
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const f = flags();
  const smoke = f.has('smoke');
  const megabytes = Number(f.get('mb') ?? (smoke ? 0.3 : 50));
  const r = await benchExtract({ megabytes });
  log(
    `extract: ${fmt(r.megabytes)} MB in ${fmt(r.seconds, 2)} s = ${fmt(r.mbPerSecond)} MB/s; documents P ${fmt(100 * r.documents.precision)}% R ${fmt(100 * r.documents.recall)}%; relations P ${fmt(100 * r.relations.precision)}% R ${fmt(100 * r.relations.recall)}%`,
  );
  saveResults(smoke ? 'extract-smoke' : 'extract', r);
  if (smoke) {
    if (!(r.mbPerSecond > 0) || !(r.documents.recall > 0.5) || !(r.relations.recall > 0.5))
      throw new Error(`extract smoke: implausible numbers ${JSON.stringify(r)}`);
    return;
  }
  writeSection('extract', extractSection(r));
  // The CLI end to end: --cli-documents N (default 10,000), --jobs 0,1,2 (default 0, 1 and every core).
  buildCli();
  const cores = os.availableParallelism();
  const cli = benchExtractCli({
    documents: Number(f.get('cli-documents') ?? 10_000),
    // --jobs 0,1,2: 0 is a run in the main thread only (lib's numbers() takes positive integers only).
    jobs: f.get('jobs')
      ? f
          .get('jobs')!
          .split(',')
          .map((s) => {
            const n = Number(s);
            if (!Number.isInteger(n) || n < 0) throw new Error(`--jobs: not a whole number: ${s}`);
            return n;
          })
      : [...new Set([0, 1, cores])],
    inProcessMbPerSecond: r.mbPerSecond,
  });
  saveResults('extract-cli', cli);
  writeSection('extract-cli', extractCliSection(cli));
}

runMain(module, main);
