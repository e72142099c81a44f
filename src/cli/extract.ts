/**
 * `vanban extract <files or folders…> [--json | --jsonl]`: the streaming pipeline (src/pipeline) without a
 * database. A readable summary by default; `--json` the merged ExtractionGraph (src/model.ts), written record by
 * record; `--jsonl` one line per file as soon as it is extracted (memory stays flat whatever the corpus size).
 * Every file that failed is listed with its reason on stderr, and makes the exit code 1.
 */
import { Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../extract';
import { RELATION_TYPES, type ExtractionGraph } from '../model';
import { mergeGraphs } from '../resolve/dedupe';
import { separateCollisions } from '../pipeline/collisions';
import { countFiles } from '../pipeline/files';
import { Output, writeGraphJson } from '../pipeline/output';
import { defaultJobs } from '../pipeline/pool';
import { Progress } from '../pipeline/progress';
import { RunReport } from '../pipeline/report';
import { extractStream } from '../pipeline/stream';
import { newCommand, nonNegativeInteger, positiveInteger, runCommand, withExamples } from './options';

export interface ExtractCliOptions {
  json?: boolean;
  jsonl?: boolean;
  jobs: number;
  maxBytes: number;
  report?: string;
  progress: boolean;
  ocr: boolean;
}

export function command() {
  const c = newCommand(
    'extract',
    'Read documents (text, PDF, Word .docx/.doc, HTML, scans by OCR, zip archives of them; folders are walked), ' +
      'extract each document and every citation in it, and print a summary or the citation graph. Nothing is ' +
      'written to a database.',
  )
    .argument('<paths...>', 'files or folders')
    .addOption(
      new Option('--json', 'print the merged ExtractionGraph (src/model.ts) as JSON').conflicts('jsonl'),
    )
    .option(
      '--jsonl',
      'print one JSON line per file as it is done: its documents, references, relations, warnings',
    )
    .option(
      '-j, --jobs <n>',
      'worker threads (0: none, extract in the main thread)',
      nonNegativeInteger('--jobs'),
      defaultJobs(),
    )
    .option(
      '--max-bytes <n>',
      'refuse files larger than this',
      positiveInteger('--max-bytes'),
      DEFAULT_MAX_BYTES,
    )
    .option('--report <file>', 'write a JSON report of the run: counts, every file that failed and why')
    .option('--no-ocr', 'do not OCR scanned PDFs and images (they fail with ocr-disabled)')
    .option('--no-progress', 'no progress bar on the terminal');
  return withExamples(c, [
    'vanban extract seed/                      # summary: documents, relations by type, warnings',
    'vanban extract letter.txt --json > graph.json',
    'vanban extract corpus/ --jsonl | head      # one file per line, as they are done',
    'vanban extract corpus/ --jobs 4 --report extract-report.json',
  ]);
}

export async function run(args: string[]): Promise<number> {
  const c = command();
  return runCommand(c, args, () => extract(c.processedArgs[0] as string[], c.opts<ExtractCliOptions>()));
}

async function extract(paths: string[], opts: ExtractCliOptions): Promise<number> {
  const report = new RunReport('extract', paths);
  const progress = new Progress(report, process.stderr, opts.progress);
  if (progress.onTerminal) progress.start((await countFiles(paths, { maxBytes: opts.maxBytes })).files);
  const out = new Output();
  const files: { name: string; graph: ExtractionGraph }[] = [];
  const skipped = { count: 0 };
  try {
    for await (const r of extractStream(paths, {
      jobs: opts.jobs,
      maxBytes: opts.maxBytes,
      withText: false,
      ocr: opts.ocr,
      skipped,
    })) {
      report.files += 1;
      report.bytes += r.bytes;
      if (r.kind === 'failed') {
        report.fail(r.name, r.failure);
        if (opts.jsonl) await out.write(`${JSON.stringify({ source: r.name, error: r.failure })}\n`, true);
      } else if (r.kind === 'extracted') {
        report.extracted += 1;
        report.documents += r.graph.documents.length;
        report.relations += r.graph.relations.length;
        for (const w of r.graph.warnings) report.warn(w.code);
        if (opts.jsonl)
          await out.write(`${JSON.stringify({ source: r.name, hash: r.hash, ...r.graph })}\n`, true);
        else files.push({ name: r.name, graph: r.graph });
      }
      progress.tick();
    }
  } finally {
    progress.stop();
  }
  report.skipped = skipped.count;
  if (!opts.jsonl) {
    const graph = mergeGraphs(separateCollisions(files, (c) => report.collisions.push(c)));
    if (opts.json) await writeGraphJson(out, graph);
    else await out.write(summary(graph), true);
  }
  if (opts.report) report.write(opts.report);
  const problems = report.problemLines(20, opts.report);
  if (problems.length) process.stderr.write(`${problems.join('\n')}\n`);
  if (report.files === 0)
    process.stderr.write(
      `vanban extract: no documents (.txt, .md, .pdf, .docx, .doc, .html, images, .zip) in ${paths.join(', ')}\n`,
    );
  return report.failures.length > 0 || report.files === 0 ? 1 : 0;
}

const WARNINGS_LISTED = 50;

export function summary(g: ExtractionGraph): string {
  const out: string[] = [];
  const read = g.documents.filter((d) => d.source);
  out.push(
    `Documents: ${g.documents.length} (${read.length} read in full, ${g.documents.length - read.length} cited)`,
  );
  for (const d of read) {
    out.push(
      `  ${d.source}: ${d.kind ?? '?'} ${d.symbol ?? '(no number)'} — ${d.issuer ?? '?'} — ${d.date ?? 'no date'}`,
    );
  }
  out.push(`Relations: ${g.relations.length}`);
  const byType = new Map<string, number>();
  for (const r of g.relations) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  for (const t of RELATION_TYPES) {
    const n = byType.get(t);
    if (n) out.push(`  ${t.padEnd(13)} ${n}`);
  }
  if (g.namedReferences?.length) out.push(`Laws cited by name: ${g.namedReferences.length}`);
  out.push(`Warnings: ${g.warnings.length}`);
  // A corpus can have thousands: counts by code, then the first ones (--json or --jsonl has them all).
  if (g.warnings.length > WARNINGS_LISTED) {
    const byCode = new Map<string, number>();
    for (const w of g.warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
    for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) out.push(`  ${code.padEnd(20)} ${n}`);
    out.push(`The first ${WARNINGS_LISTED} (--json lists them all):`);
  }
  for (const w of g.warnings.slice(0, WARNINGS_LISTED)) out.push(`  [${w.code}] ${w.message}`);
  return `${out.join('\n')}\n`;
}
