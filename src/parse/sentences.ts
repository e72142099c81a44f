/**
 * Sentence boundaries in normalised text: editorial notes in brackets ("[Khoản này được sửa đổi bởi …]"), blank lines, the end of a heading line in capitals ("HƯỚNG DẪN"), list
 * items ("- ", "1. ", "a) ") at a line start, and
 * ". ! ?" before a capital, a digit or an opening quote — not after short capital abbreviations ("TM.", "Q.").
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Every alternative starts with a concrete character, so the scan does not try lookbehinds at every position.
const BOUNDARY =
  /\[(?=\p{Lu})|(?<![\[\d]\d{0,2})\]|\n[ \t]{0,8}\n|\n(?<=(?:^|\n)[^\p{Ll}\n]{2,80}\n)|\n(?=[ \t]{0,8}(?:[-+•–]|\d{1,2}(?:\.\d{1,2}){0,3}[.)][ \t]|[a-zđ]\)[ \t]))|[.!?…][”")]?[ \t\n]{1,8}(?=[\p{Lu}\d“"(])/gu;
const LIST_NUMBER = /(?:^|\n)[ \t]{0,8}\d{1,3}(?:\.\d{1,3}){0,3}\.$/u;
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}{1,3}|v\/v|Tr|tr|Đ\/c)\.$/u;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    // An editorial note in brackets ("[Điều này được hướng dẫn bởi Nghị định …]") is a sentence of its own.
    if (m[0] === '[' || m[0] === ']') {
      const cut = m[0] === '[' ? m.index : m.index + 1;
      push(out, text, start, cut);
      start = cut;
      continue;
    }
    const punct = m[0][0] !== '\n';
    // A sentence keeps its final punctuation and closing quote.
    const cut = punct ? m.index + m[0].search(/[ \t\n]/u) : m.index;
    // "TM.", "Q. NGÃI" are not sentence ends; a blank line always is.
    if (punct && !m[0].includes('\n\n') && ABBREVIATION.test(text.slice(Math.max(start, cut - 6), cut)))
      continue;
    // "1. Luật …", "2.3. Nội dung": the number of a list item, not the end of a sentence.
    if (punct && LIST_NUMBER.test(text.slice(Math.max(0, cut - 14), cut))) continue;
    push(out, text, start, cut);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Index of the sentence containing position `pos` (binary search). */
export function sentenceAt(sentences: SentenceSpan[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else if (sentences[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
}
