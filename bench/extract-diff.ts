/**
 * Byte-identity check for extraction speed work: dumps what `vanban extract` produces per file (read, decode,
 * extract: `processFile` of src/pipeline/work.ts, as the workers run it) and the merged graph of each set, for the
 * real corpus, the annotated real fixtures (dev, frozen), seed/ and the first 3,000 generated texts, then compares
 * with an earlier dump.
 *
 *   node -r ts-node/register/transpile-only bench/extract-diff.ts --out /tmp/x-base [--root /tmp/worktree]
 *   node -r ts-node/register/transpile-only bench/extract-diff.ts --out /tmp/x-new --compare /tmp/x-base
 *
 * `--root` loads the extractor from another checkout (a `git worktree` of HEAD) so the baseline is HEAD's code, not
 * the working tree's. `--sets real,dev` limits the sets. A difference is reported by set and file name only: the
 * frozen set is held out, its texts and what is extracted from them are not shown (open the dumps yourself for the
 * other sets).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPORA, ROOT, flags, listTexts, log, runMain } from './lib';

/** ../shared next to the checkout; a worktree elsewhere (/tmp) finds it through VANBAN_SHARED. */
const SHARED_REAL = path.join(
  process.env.VANBAN_SHARED ?? path.resolve(ROOT, '..', 'shared'),
  'corpus',
  'real',
);
const GENERATED = 3000;

interface SetSpec {
  name: string;
  dir: string;
  limit?: number;
}

function sets(): SetSpec[] {
  const gen = [path.join(CORPORA, 'bench-10000-2026', 'texts'), '/tmp/h3-gen10k/texts'].find((d) =>
    fs.existsSync(d),
  );
  if (!gen)
    throw new Error('no generated corpus: run bench/extract.ts once, or vanban generate --documents 10000');
  return [
    { name: 'real', dir: SHARED_REAL },
    { name: 'dev', dir: path.join(ROOT, 'tests/fixtures/real/dev') },
    { name: 'frozen', dir: path.join(ROOT, 'tests/fixtures/real/frozen') },
    { name: 'seed', dir: path.join(ROOT, 'seed') },
    { name: 'generated', dir: gen, limit: GENERATED },
  ];
}

async function dump(root: string, out: string, only: Set<string> | null): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const work = require(path.join(root, 'src/pipeline/work')) as typeof import('../src/pipeline/work');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extract = require(path.join(root, 'src/extract')) as typeof import('../src/extract');
  fs.mkdirSync(out, { recursive: true });
  for (const s of sets()) {
    if (only && !only.has(s.name)) continue;
    const files = listTexts(s.dir).slice(0, s.limit);
    const lines: string[] = [];
    const graphs = [];
    for (const f of files) {
      const results = await work.processFile({
        path: f.file,
        name: f.name,
        maxBytes: 10 * 1024 * 1024,
        withText: false,
      });
      for (const r of results) {
        const body = r.kind === 'extracted' ? r.graph : r.kind === 'failed' ? r.failure : null;
        lines.push(JSON.stringify({ name: r.name, kind: r.kind, body }));
        if (r.kind === 'extracted') graphs.push(r.graph);
      }
    }
    fs.writeFileSync(path.join(out, `${s.name}.jsonl`), `${lines.join('\n')}\n`);
    fs.writeFileSync(
      path.join(out, `${s.name}.merged.json`),
      JSON.stringify(extract.mergeExtractions(graphs)),
    );
    log(`${s.name}: ${files.length} files dumped`);
  }
}

/** Set and file names whose dump differs; true when everything compared is identical. */
function compare(base: string, out: string, only: Set<string> | null): boolean {
  let same = true;
  for (const s of sets()) {
    if (only && !only.has(s.name)) continue;
    const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
    const a = read(base, `${s.name}.jsonl`).split('\n');
    const b = read(out, `${s.name}.jsonl`).split('\n');
    const names = (line: string | undefined) =>
      line ? (JSON.parse(line) as { name: string }).name : '(none)';
    const differ: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if (a[i] !== b[i]) differ.push(names(a[i] ?? b[i]));
    const mergedSame = read(base, `${s.name}.merged.json`) === read(out, `${s.name}.merged.json`);
    if (differ.length === 0 && mergedSame) {
      log(`${s.name}: identical (${a.length - 1} results)`);
      continue;
    }
    same = false;
    log(
      `${s.name}: ${differ.length} of ${a.length - 1} results differ${mergedSame ? '' : ', merged graph differs'}` +
        `: ${differ.slice(0, 20).join(', ')}${differ.length > 20 ? ' …' : ''}`,
    );
  }
  return same;
}

runMain(module, async () => {
  const f = flags();
  const out = f.get('out');
  if (!out) throw new Error('--out DIR is required');
  const only = f.get('sets') ? new Set(f.get('sets')!.split(',')) : null;
  await dump(path.resolve(f.get('root') ?? ROOT), out, only);
  const base = f.get('compare');
  if (base && !compare(base, out, only)) process.exitCode = 1;
});
