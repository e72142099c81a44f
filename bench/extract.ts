/**
 * Extraction throughput (MB/s on one core) and accuracy against the generated ground truth.
 *   npm run bench:extract [-- --mb 50] [-- --smoke]
 * Texts are read into memory first, so the figure is decode + extract per file (what `vanban extract` does per
 * file), without disk reads; merging the per-file graphs is timed on its own. The JIT is warmed on the first
 * files before the timed pass over all of them. Misses are written to bench/.out/extract-misses.txt.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDocument, mergeExtractions } from '../src/extract';
import { describeMisses, scoreExtraction } from '../src/generate/score';
import type { ExtractionGraph } from '../src/model';
import { decodeDocument } from '../src/text/decode';
import {
  OUT,
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
}

runMain(module, main);
