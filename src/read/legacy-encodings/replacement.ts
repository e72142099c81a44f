/**
 * Text whose Windows-1252 letters were lost on the way: a Word page saved and read back with the wrong code page
 * keeps "ă", "ư", "ế" (outside Windows-1252) but turns "à", "á", "ô", "Ò" into U+FFFD ("Lương Minh, ng�y 18 th�ng 11
 * năm 2025", "CỘNG H�A X� HỘI"). Each such word is put back as the most frequent Vietnamese syllable that fits
 * (syllable-frequencies.json, counted over real documents by scripts/syllable-frequencies.ts), in the case of the
 * letters around it. No library restores these: the information is gone, only the language tells which letter it was.
 */
import frequencies from './syllable-frequencies.json';
import { isVietnameseSyllable } from './syllable';

/** The Vietnamese letters of Windows-1252, lower then upper case: what a lost letter may have been. */
export const CP1252_VIETNAMESE = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ';
const LOWER = [...CP1252_VIETNAMESE.slice(0, CP1252_VIETNAMESE.length / 2)];
const FREQUENCY: Readonly<Record<string, number>> = frequencies.words;
const PAIRS: Readonly<Record<string, number>> = frequencies.pairs;
/** A neighbouring word as the pair counts spell it: lower case, numbers as "#". */
export function pairWord(w: string): string {
  return /^\p{N}+$/u.test(w) ? '#' : w.toLowerCase();
}
/** At most this many lost letters in one word: beyond, too many candidates fit. */
const MAX_LOST = 2;
const WORD_ONLY = /^[\p{L}\uFFFD]+$/u;

function candidates(lower: string): string[] {
  let out = [''];
  for (const c of lower)
    out = out.flatMap((prefix) => (c === '\uFFFD' ? LOWER.map((l) => prefix + l) : [prefix + c]));
  return out;
}

/** The repaired word, or null when no syllable fits; `before`/`after` are its neighbours (pairWord) or null. */
function repairWord(
  word: string,
  before: string | null,
  after: string | null,
  shouting: boolean,
): string | null {
  const lost = [...word].filter((c) => c === '\uFFFD').length;
  const letters = word.replace(/\uFFFD/gu, '');
  if (lost === 0 || lost > MAX_LOST || letters.length === 0) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const c of candidates(word.toLowerCase())) {
    // The pairs it would make with its neighbours first, then how common it is alone.
    const paired =
      (before ? (PAIRS[`${before} ${c}`] ?? 0) : 0) + (after ? (PAIRS[`${c} ${after}`] ?? 0) : 0);
    const n = paired * 1e6 + (FREQUENCY[c] ?? 0);
    if (n > bestCount && isVietnameseSyllable(c)) {
      best = c;
      bestCount = n;
    }
  }
  if (best === null) return null;
  // The case of the letters around it: "H�A" → "HÒA", "th�ng" → "tháng", "X�" → "XÃ", "L�" → "Lê".
  // One capital alone ("X�", "L�") is a capitalised word, or a word in capitals among capitals ("X� HỘI").
  const allCaps =
    letters.length > 1 ? letters === letters.toUpperCase() : shouting && /\p{Lu}/u.test(letters);
  const chars = [...best];
  return [...word].map((c, i) => (c !== '\uFFFD' ? c : allCaps ? chars[i].toUpperCase() : chars[i])).join('');
}

/** A word with a lost letter; its neighbours are read from a few characters around it, not from a token list. */
const DAMAGED = /[\p{L}\uFFFD]*\uFFFD[\p{L}\uFFFD]*/gu;
const LAST_TOKEN = /(?:[\p{L}\p{N}\uFFFD]+|[^\p{L}\p{N}\uFFFD\s])\s*$/u;
const FIRST_TOKEN = /^\s*(?<t>[\p{L}\p{N}\uFFFD]+|[^\p{L}\p{N}\uFFFD\s])/u;
/** Beyond this many damaged words the text is not a document that lost some letters: left as it is. */
const MAX_DAMAGED = 100_000;

/** `text` with its U+FFFD-damaged words put back, or null when it has none that could be. */
export function repairReplacementChars(
  text: string,
): { text: string; words: number; firstAt: number } | null {
  if (!text.includes('\uFFFD')) return null;
  let words = 0;
  let seen = 0;
  let firstAt = -1;
  const out = text.replace(DAMAGED, (word: string, at: number) => {
    if (++seen > MAX_DAMAGED || !WORD_ONLY.test(word)) return word;
    const left = LAST_TOKEN.exec(text.slice(Math.max(0, at - 24), at))?.[0].trim();
    const right = FIRST_TOKEN.exec(text.slice(at + word.length, at + word.length + 24))?.groups?.t;
    const usable = (t: string | undefined): string | null =>
      t === undefined || t.includes('\uFFFD') ? null : pairWord(t);
    const shouting = [left, right].some(
      (w) => w !== undefined && /^\p{L}{2,}$/u.test(w) && w === w.toUpperCase(),
    );
    const fixed = repairWord(word, usable(left), usable(right), shouting);
    if (fixed === null) return word;
    words++;
    if (firstAt < 0) firstAt = at;
    return fixed;
  });
  return words > 0 ? { text: out, words, firstAt } : null;
}
