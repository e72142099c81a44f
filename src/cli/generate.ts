/**
 * `vanban generate --documents N --seed S --out DIR`: a synthetic national corpus (texts/…/NNNNNN.txt) with
 * its ground truth (truth.json, the same JSON as `vanban extract --json`). A folder that holds anything is
 * refused unless --force says to replace it (its texts/ is deleted first).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { generateCorpus } from '../generate/corpus';
import { newCommand, positiveInteger, runCommand, withExamples } from './options';

interface GenerateCliOptions {
  documents?: number;
  seed: string;
  out?: string;
  force?: boolean;
}

export function command() {
  const c = newCommand(
    'generate',
    'Write a synthetic national corpus: texts/<province>/…/NNNNNN.txt and its ground truth truth.json (an ' +
      'ExtractionGraph), deterministic for a seed.',
  )
    .option('--documents <n>', 'documents to generate (required)', positiveInteger('--documents'))
    .option('--seed <seed>', 'seed: a number or any string', '1')
    .option('--out <dir>', 'output folder (required)')
    .option('--force', 'write into a folder that is not empty (its texts/ is deleted first)');
  return withExamples(c, [
    'vanban generate --documents 10000 --out /tmp/corpus10k',
    'vanban generate --documents 100 --seed 7 --out corpus --force   # replace an earlier corpus',
    'vanban extract /tmp/corpus10k/texts --json > found.json',
  ]);
}

export async function run(args: string[]): Promise<number> {
  const c = command();
  return runCommand(c, args, () => generate(c.opts<GenerateCliOptions>()));
}

function usageError(message: string): number {
  process.stderr.write(`vanban generate: ${message} (run with --help for usage and examples)\n`);
  return 2;
}

async function generate(opts: GenerateCliOptions): Promise<number> {
  if (opts.documents === undefined) return usageError('--documents must be a positive integer');
  if (!opts.out) return usageError('--out DIR is required');
  if (existsSync(opts.out)) {
    if (!statSync(opts.out).isDirectory()) return usageError(`--out ${opts.out} is a file, not a folder`);
    if (!opts.force && readdirSync(opts.out).length > 0)
      return usageError(
        `${opts.out} is not empty; refusing to write into it (its texts/ would be replaced). Use --force to ` +
          'replace it, or choose an empty or new folder',
      );
  }
  const seed = /^\d+$/.test(opts.seed) ? Number(opts.seed) : opts.seed;
  const tty = process.stderr.isTTY;
  const started = process.hrtime.bigint();
  const summary = generateCorpus({
    documents: opts.documents,
    seed,
    out: opts.out,
    onProgress: tty
      ? (n, total) => {
          if (n % 1000 === 0 || n === total) process.stderr.write(`\r  ${n}/${total} files`);
        }
      : undefined,
  });
  if (tty) process.stderr.write('\n');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    `Wrote ${summary.files} texts (${(summary.bytes / 1e6).toFixed(1)} MB) to ${summary.out}/texts and their truth to ${summary.truth}: ` +
      `${summary.documents} documents, ${summary.relations} relations, ${summary.warnings} warnings in ${seconds.toFixed(1)} s.\n`,
  );
  return 0;
}
