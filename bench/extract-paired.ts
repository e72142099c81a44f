/**
 * Paired extractor speed of several checkouts (issue 9: "no slower than before the real-document work"):
 * `extractDocument` only, one core, texts already in memory (no decoding, no disk reads), CPU time of one pass
 * after a short warm-up, each checkout in a fresh process, the checkouts alternating round by round so that a
 * change in the machine's load falls on all of them alike.
 *
 *   git worktree add --detach /tmp/h3-wt-be537f9 be537f9 && ln -s "$PWD/node_modules" /tmp/h3-wt-be537f9/
 *   node -r ts-node/register/transpile-only bench/extract-paired.ts --roots /tmp/h3-wt-be537f9,. --rounds 3
 *
 * Corpora: the first 3,000 texts of the generated 10k corpus (seed 2026) and ../shared/corpus/real.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPORA, ROOT, flags, listTexts, log, runMain } from './lib';

const GENERATED = 3000;

function corpora(): { name: string; files: string[] }[] {
  const real = path.join(process.env.VANBAN_SHARED ?? path.resolve(ROOT, '..', 'shared'), 'corpus', 'real');
  const gen = path.join(CORPORA, 'bench-10000-2026', 'texts');
  if (!fs.existsSync(gen))
    throw new Error(`${gen} is missing: run bench/extract.ts --cli-documents 10000 once`);
  return [
    {
      name: `generated ${GENERATED}`,
      files: listTexts(gen)
        .slice(0, GENERATED)
        .map((f) => f.file),
    },
    { name: 'real', files: listTexts(real).map((f) => f.file) },
  ];
}

/** The child: one checkout, one corpus, one timed pass. Prints "MB CPU-seconds". */
function child(root: string, list: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extractDocument } = require(path.join(root, 'src', 'extract')) as typeof import('../src/extract');
  const texts = fs
    .readFileSync(list, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((f) => fs.readFileSync(f, 'utf8'));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  for (const t of texts.slice(0, 40)) extractDocument(t, { source: 'warm-up' });
  const c0 = process.cpuUsage();
  for (let k = 0; k < texts.length; k++) extractDocument(texts[k], { source: String(k) });
  const c = process.cpuUsage(c0);
  process.stdout.write(`${mb} ${(c.user + c.system) / 1e6}\n`);
}

runMain(module, async () => {
  const f = flags();
  if (f.has('child')) return child(f.get('root')!, f.get('list')!);
  const roots = (f.get('roots') ?? '.').split(',').map((r) => path.resolve(r));
  const rounds = Number(f.get('rounds') ?? 3);
  const out: Record<string, Record<string, number[]>> = {};
  for (const c of corpora()) {
    const list = path.join(ROOT, 'bench', '.out', `paired-${c.name.replace(/\W+/gu, '-')}.txt`);
    fs.mkdirSync(path.dirname(list), { recursive: true });
    fs.writeFileSync(list, c.files.join('\n'));
    out[c.name] = {};
    for (let round = 0; round < rounds; round++) {
      for (const root of roots) {
        const r = spawnSync(
          process.execPath,
          ['-r', 'ts-node/register/transpile-only', __filename, '--child', '--root', root, '--list', list],
          { cwd: ROOT, encoding: 'utf8' },
        );
        if (r.status !== 0) throw new Error(`${root}: ${r.stderr}`);
        const [mb, cpu] = r.stdout.trim().split(' ').map(Number);
        (out[c.name][root] ??= []).push(mb / cpu);
        log(
          `${c.name} ${path.basename(root)}: ${mb.toFixed(1)} MB, ${cpu.toFixed(2)} CPU s, ${(mb / cpu).toFixed(2)} MB/s`,
        );
      }
    }
  }
  for (const [name, byRoot] of Object.entries(out))
    for (const [root, rates] of Object.entries(byRoot))
      process.stdout.write(
        `${name}\t${root}\t${Math.min(...rates).toFixed(2)}–${Math.max(...rates).toFixed(2)} MB/s\t(${rates.map((x) => x.toFixed(2)).join(', ')})\n`,
      );
});
