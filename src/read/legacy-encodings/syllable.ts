/**
 * Vietnamese syllable structure as data, used to score candidate decodings (is this text Vietnamese?) and to
 * normalise tone-mark placement ("Hoà" / "Hòa").
 *
 * A syllable is onset + rhyme + tone, the rhyme being a vowel cluster plus an optional coda. The tables below
 * are the orthographic inventory; they are deliberately a little generous (a real word must never be rejected),
 * while the tone rule (codas c, ch, p, t take only the sắc or nặng tone) and the onset/vowel constraints reject
 * nearly every mis-decoded legacy byte sequence.
 */

/** The five tone marks as combining characters; the ngang tone has none. */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'] as const;
const TONE_SET = new Set<string>(TONE_MARKS);
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';

const ONSETS = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
/** Onsets written only before the front vowels e, ê, i, y (and c, g, ng never are). */
const FRONT_ONLY_ONSETS = new Set(['gh', 'ngh', 'k']);
const NOT_FRONT_ONSETS = new Set(['c', 'ng', 'q']);

/** Vowel clusters that take no coda (they end in a glide). */
const OPEN_ONLY = [
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'ui',
  'ưa',
  'ưi',
  'ưu',
  'iêu',
  'yêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyu',
  'ươi',
  'ươu',
];
/** Vowel clusters that need a coda. */
const CLOSED_ONLY = ['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê'];
/** Vowel clusters with or without a coda. */
const EITHER = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy', 'uơ', 'oo'];
const CODAS = ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);

const RHYMES = new Set<string>([
  ...OPEN_ONLY,
  ...EITHER,
  ...CLOSED_ONLY.flatMap((v) => CODAS.map((c) => v + c)),
  ...EITHER.flatMap((v) => CODAS.map((c) => v + c)),
]);
const VOWELS = new Set('aăâeêioôơuưy');

/** Frequent words of administrative Vietnamese: a tie-breaker between candidate decodings. */
export const FREQUENT_WORDS: ReadonlySet<string> = new Set([
  'của',
  'và',
  'các',
  'thực',
  'hiện',
  'ngày',
  'tháng',
  'năm',
  'số',
  'ủy',
  'ban',
  'nhân',
  'dân',
  'tỉnh',
  'được',
  'trong',
  'với',
  'những',
  'người',
  'không',
  'có',
  'đã',
  'để',
  'theo',
  'về',
  'việc',
  'công',
  'tác',
  'quyết',
  'định',
  'nghị',
  'chỉ',
  'thị',
  'kế',
  'hoạch',
  'đảng',
  'nhà',
  'nước',
  'cơ',
  'quan',
  'chính',
  'quyền',
  'cấp',
  'huyện',
  'xã',
  'tổ',
  'chức',
  'đồng',
  'chí',
]);

/** Splits one precomposed character into its letter (with circumflex, breve, horn) and its tone mark. */
export function splitTone(ch: string): { letter: string; tone: string } {
  const nfd = ch.normalize('NFD');
  let tone = '';
  let rest = '';
  for (const c of nfd) {
    if (TONE_SET.has(c)) tone = c;
    else rest += c;
  }
  return { letter: rest.normalize('NFC'), tone };
}

interface ParsedSyllable {
  /** The letters without tone, lowercase. */
  bare: string;
  tone: string;
  /** Index in `bare` of the letter that carries the tone as written, or -1. */
  tonePos: number;
}

function parseWord(word: string): ParsedSyllable | null {
  let bare = '';
  let tone = '';
  let tonePos = -1;
  for (const ch of word.normalize('NFC').toLowerCase()) {
    const s = splitTone(ch);
    if (s.tone) {
      if (tone) return null; // two tone marks
      tone = s.tone;
      tonePos = bare.length;
    }
    bare += s.letter;
  }
  return { bare, tone, tonePos };
}

function validParse(onset: string, rhyme: string, tone: string): boolean {
  if (!RHYMES.has(rhyme)) return false;
  const first = rhyme[0];
  const front = first === 'e' || first === 'ê' || first === 'i' || first === 'y';
  if (FRONT_ONLY_ONSETS.has(onset) && !front) return false;
  if (NOT_FRONT_ONSETS.has(onset) && front) return false;
  // "qu" is followed by a vowel other than u; "gi" + i is written "gi".
  if (onset === 'qu' && (first === 'u' || first === 'o')) return false;
  if (tone) {
    const coda = CODAS.filter(
      (c) => rhyme.endsWith(c) && VOWELS.has(rhyme[rhyme.length - c.length - 1] ?? ''),
    );
    const longest = coda.sort((a, b) => b.length - a.length)[0];
    if (longest && STOP_CODAS.has(longest) && tone !== ACUTE && tone !== DOT_BELOW) return false;
  }
  return true;
}

/** True when `word` (any case, NFC or not) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const parsed = parseWord(word);
  if (!parsed) return false;
  const { bare, tone } = parsed;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (rhyme === '' ? onset === 'gi' : validParse(onset, rhyme, tone)) return true;
  }
  return false;
}

/** Where the tone mark belongs in a bare syllable (traditional placement: hòa, thủy, as in official names). */
function toneIndex(bare: string): number {
  let start = 0;
  if (bare.startsWith('qu')) start = 2;
  else if (bare.startsWith('gi') && bare.length > 2 && VOWELS.has(bare[2])) start = 2;
  while (start < bare.length && !VOWELS.has(bare[start])) start++;
  let end = start;
  while (end < bare.length && VOWELS.has(bare[end])) end++;
  if (start >= end) return -1;
  const cluster = bare.slice(start, end);
  // A vowel with its own diacritic carries the tone (the last one: ươ → ơ).
  for (let i = cluster.length - 1; i >= 0; i--) if ('ăâêôơư'.includes(cluster[i])) return start + i;
  if (end < bare.length) return end - 1; // closed syllable: the last vowel
  if (cluster.length >= 3) return start + 1;
  return start;
}

/**
 * Puts the tone mark of every word on the vowel that carries it in official spelling
 * ("Hoà" → "Hòa", "Thuỷ" → "Thủy", "Khánh Hoà" → "Khánh Hòa"); keeps case and everything else.
 */
export function normalizeToneMarks(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (word) => {
    const parsed = parseWord(word);
    if (!parsed || !parsed.tone) return word;
    const lowerBare = parsed.bare;
    const target = toneIndex(lowerBare);
    if (target < 0 || target === parsed.tonePos) return word;
    // Rebuild from the original letters (to keep case), moving the tone.
    const letters = [...word.normalize('NFC')].map((ch) => splitTone(ch).letter);
    if (letters.join('').length !== lowerBare.length) return word;
    letters[target] = (letters[target] + parsed.tone).normalize('NFC');
    return letters.join('');
  });
}
