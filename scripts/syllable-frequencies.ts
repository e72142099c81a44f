/**
 * Writes src/read/legacy-encodings/syllable-frequencies.json: how often each Vietnamese syllable that holds a letter
 * of Windows-1252 ("à", "á", "ô", …) occurs in real documents, for repairing text whose such letters became U+FFFD
 * (src/read/legacy-encodings/replacement.ts). Counted over ../shared/corpus/real (laws, decrees, provincial texts) and
 * the seed texts, leaving out the corpus files of the held-out parts of the real set (tests/fixtures/real/frozen*).
 *
 *   node -r ts-node/register/transpile-only scripts/syllable-frequencies.ts [CORPUS_DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { CP1252_VIETNAMESE, pairWord } from '../src/read/legacy-encodings/replacement';
import { isVietnameseSyllable } from '../src/read/legacy-encodings/syllable';

const root = path.resolve(__dirname, '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus', 'real'));
const realSet = path.join(root, 'tests', 'fixtures', 'real');
const heldOut = new Set<string>();
for (const part of fs.readdirSync(realSet).filter((d) => d.startsWith('frozen'))) {
  for (const f of fs.readdirSync(path.join(realSet, part)).filter((n) => n.startsWith('SOURCES'))) {
    for (const line of fs
      .readFileSync(path.join(realSet, part, f), 'utf8')
      .split('\n')
      .slice(1)) {
      const corpusFile = line.split('\t')[1];
      if (corpusFile && corpusFile !== '-') heldOut.add(corpusFile);
    }
  }
}

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.name.endsWith('.txt')) yield p;
  }
}

const letters = new Set(CP1252_VIETNAMESE.toLowerCase());
const counts = new Map<string, number>();
// Pairs of neighbouring words one of which holds such a letter ("ngày 18" → "ngày #", "# tháng"): the context that
// tells "tháng" from "thông" after a day's number, "hòa" from "hóa" after "cộng".
const pairs = new Map<string, number>();
const holds = (w: string): boolean => [...w].some((c) => letters.has(c)) && isVietnameseSyllable(w);
let read = 0;
for (const file of [...files(corpus), ...files(path.join(root, 'seed'))]) {
  if (heldOut.has(path.relative(corpus, file))) continue;
  read++;
  const text = fs.readFileSync(file, 'utf8').normalize('NFC').toLowerCase();
  let before: string | null = null;
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\p{L}\p{N}\s]/gu)) {
    const w = pairWord(m[0]);
    if (holds(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    if (before !== null && (holds(w) || holds(before))) {
      const key = `${before} ${w}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    before = w;
  }
}
const sorted = Object.fromEntries([...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]));
const sortedPairs = Object.fromEntries([...pairs].filter(([, n]) => n >= 5).sort((a, b) => b[1] - a[1]));
const out = path.join(root, 'src', 'read', 'legacy-encodings', 'syllable-frequencies.json');
fs.writeFileSync(out, JSON.stringify({ words: sorted, pairs: sortedPairs }) + '\n');
console.log(
  `${read} files (${heldOut.size} held-out corpus files left out): ${Object.keys(sorted).length} syllables, ` +
    `${Object.keys(sortedPairs).length} pairs → ${out}`,
);
