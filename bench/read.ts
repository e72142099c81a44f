/**
 * Read-stage speed on the format fixtures (tests/fixtures/formats): PDF text layer in pages per second on one
 * core, and OCR of scanned PDFs in pages per minute with one tesseract and with one per core.
 *   npm run bench:read [-- --rounds 20] [-- --smoke]
 * The PDFs are read from memory (no disk reads); OCR includes rendering each page with pdftoppm.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSource } from '../src/read';
import { defaultJobs } from '../src/read/ocr';
import {
  ROOT,
  flags,
  fmt,
  log,
  machine,
  machineLine,
  saveResults,
  table,
  writeSection,
  runMain,
  type Machine,
} from './lib';

const FORMATS = path.join(ROOT, 'tests', 'fixtures', 'formats');
const TEXT_PDFS = fs.existsSync(FORMATS)
  ? fs
      .readdirSync(FORMATS)
      .filter((f) => /^(?:seed|real)_[^.]+\.pdf$/u.test(f))
      .sort()
  : [];
const SCANS = ['seed_000.scan.pdf', 'seed_004.scan.pdf', 'real_64ac847426fe67d5.scan.pdf'];

export interface OcrRun {
  jobs: number;
  pages: number;
  seconds: number;
  pagesPerMinute: number;
  confidence: number;
}

export interface ReadBenchResult {
  cores: number;
  loadAverage: number[];
  pdf: {
    files: number;
    rounds: number;
    pages: number;
    seconds: number;
    cpuSeconds: number;
    pagesPerSecond: number;
  };
  ocr: OcrRun[];
}

async function benchPdf(rounds: number): Promise<ReadBenchResult['pdf']> {
  const inputs = TEXT_PDFS.map((f) => ({ name: f, bytes: fs.readFileSync(path.join(FORMATS, f)) }));
  // Warm the JIT and PDF.js's font handling on one pass first.
  for (const i of inputs) await readSource(i.name, i.bytes);
  let pages = 0;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const i of inputs) {
      const [result] = await readSource(i.name, i.bytes, { ocr: false });
      pages += result.pageCount ?? 0;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    files: inputs.length,
    rounds,
    pages,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    pagesPerSecond: pages / seconds,
  };
}

async function benchOcr(files: string[], jobs: number): Promise<OcrRun> {
  let pages = 0;
  let weighted = 0;
  const t0 = performance.now();
  for (const f of files) {
    const [r] = await readSource(f, fs.readFileSync(path.join(FORMATS, f)), { jobs });
    if (r.reader !== 'ocr') throw new Error(`${f} was read by ${r.reader}, not OCR`);
    pages += r.pageCount ?? 0;
    weighted += (r.ocrConfidence ?? 0) * (r.pageCount ?? 0);
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    jobs,
    pages,
    seconds,
    pagesPerMinute: (60 * pages) / seconds,
    confidence: weighted / Math.max(1, pages),
  };
}

/** Smoke: one round of the PDFs and one two-page scan with every core; full: 20 rounds and all scans, 1 and N jobs. */
export async function benchRead(
  options: { smoke?: boolean; rounds?: number } = {},
): Promise<ReadBenchResult> {
  if (TEXT_PDFS.length === 0) throw new Error(`no PDF fixtures in ${FORMATS}`);
  const cores = defaultJobs();
  const loadAverage = os.loadavg();
  const pdf = await benchPdf(options.rounds ?? (options.smoke ? 1 : 20));
  log(`read: PDF text layer ${fmt(pdf.pagesPerSecond)} pages/s`);
  const scans = options.smoke ? ['seed_004.scan.pdf'] : SCANS;
  const ocr: OcrRun[] = [];
  for (const jobs of options.smoke ? [cores] : [...new Set([1, cores])]) {
    const run = await benchOcr(scans, jobs);
    log(`read: OCR ${fmt(run.pagesPerMinute)} pages/min with ${jobs} job(s)`);
    ocr.push(run);
  }
  const result = { cores, loadAverage, pdf, ocr };
  if (!(pdf.pages > 0 && pdf.pagesPerSecond > 0 && ocr.every((o) => o.pages > 0 && o.confidence > 50)))
    throw new Error(`bench read: implausible results ${JSON.stringify(result)}`);
  return result;
}

export function readSection(r: ReadBenchResult, m: Machine = machine()): string {
  return [
    '## Reading PDFs and scans',
    '',
    `Machine: ${machineLine(m)}. Load average at the start: ${r.loadAverage.map((x) => fmt(x, 2)).join(', ')}. Command: \`npm run bench:read\` (the PDFs and scans of tests/fixtures/formats, read from memory).`,
    '',
    table(
      ['reader', 'files', 'pages', 'seconds', 'rate'],
      [
        [
          `PDF text layer (pdf.js, one thread; ${r.pdf.rounds} rounds)`,
          r.pdf.files,
          r.pdf.pages,
          fmt(r.pdf.seconds, 2),
          `${fmt(r.pdf.pagesPerSecond, 0)} pages/s (CPU ${fmt(r.pdf.cpuSeconds, 2)} s)`,
        ],
        ...r.ocr.map((o) => [
          `OCR (pdftoppm 300 dpi + tesseract vie), ${o.jobs} of ${r.cores} cores`,
          SCANS.length,
          o.pages,
          fmt(o.seconds, 1),
          `${fmt(o.pagesPerMinute, 1)} pages/min (mean confidence ${fmt(o.confidence, 1)})`,
        ]),
      ],
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const f = flags();
  const smoke = f.has('smoke');
  const r = await benchRead({ smoke, rounds: f.has('rounds') ? Number(f.get('rounds')) : undefined });
  saveResults(smoke ? 'read-smoke' : 'read', r);
  if (!smoke) writeSection('read', readSection(r));
  log(smoke ? 'read smoke passed' : 'BENCHMARKS.md: read section rewritten');
}

runMain(module, main);
