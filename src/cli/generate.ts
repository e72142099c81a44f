/**
 * `vanban generate --documents N --seed S --out DIR`: a synthetic national corpus (texts/…/NNNNNN.txt) with
 * its ground truth (truth.json, the same JSON as `vanban extract --json`).
 */
import { generateCorpus } from '../generate/corpus';

const USAGE = 'Usage: vanban generate --documents N [--seed S] --out DIR\n';

export async function run(args: string[]): Promise<number> {
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    }
    const m = /^--(?<key>documents|seed|out)(?:=(?<value>.*))?$/.exec(a);
    if (!m?.groups) {
      process.stderr.write(`vanban generate: unknown argument "${a}"\n${USAGE}`);
      return 2;
    }
    const value = m.groups.value ?? args[++i];
    if (value === undefined) {
      process.stderr.write(`vanban generate: --${m.groups.key} needs a value\n${USAGE}`);
      return 2;
    }
    opts[m.groups.key] = value;
  }
  const documents = Number(opts.documents);
  if (!Number.isInteger(documents) || documents < 1) {
    process.stderr.write(`vanban generate: --documents must be a positive integer\n${USAGE}`);
    return 2;
  }
  if (!opts.out) {
    process.stderr.write(`vanban generate: --out DIR is required\n${USAGE}`);
    return 2;
  }
  const seed = opts.seed === undefined ? 1 : /^\d+$/.test(opts.seed) ? Number(opts.seed) : opts.seed;
  const tty = process.stderr.isTTY;
  const started = process.hrtime.bigint();
  const summary = generateCorpus({
    documents,
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
