/**
 * Sentence boundaries in normalised text: editorial notes in brackets ("[Khoản này được sửa đổi bởi …]"), blank lines, the end of a heading line in capitals ("HƯỚNG DẪN"), list
 * items ("- ", "1. ", "a) ") at a line start, a line ending in ":" before a line that opens with a capital other than
 * a document's kind ("… kết quả đó là:\nSở Lao động … ban hành Kế hoạch số 81/KH-UBND": the verb before the colon
 * does not reach it; "Căn cứ:\nLuật …" stays one list), and
 * ". ! ?" before a capital, a digit or an opening quote — not after short capital abbreviations ("TM.", "Q."), and the
 * end of one editorial note where the next begins (NOTE_END: "… có hiệu lực từ ngày 01/01/2022 Xử phạt …").
 */
import { CAPITALISED_KIND_NAMES } from '../tables/kinds';
import { NOTE_END } from '../tables/triggers';
import { phrases } from '../tables/phrase';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Kind names that open a line: a new item of a list of documents ("Nghị định 91/2022/NĐ-CP sửa đổi …"). */
const KIND_ALT = phrases(CAPITALISED_KIND_NAMES);
const ITEM_LINE = new RegExp(`^[ \\t]{0,8}(?:${KIND_ALT})[ \\t]{1,2}(?:số[ \\t]{1,2})?\\d`, 'u');
// Every alternative starts with a concrete character, so the scan does not try lookbehinds at every position.
const BOUNDARY = new RegExp(
  String.raw`\[(?=\p{Lu})|(?<!\[\d{1,3})\]|\n[ \t]{0,8}\n|\n(?<=(?:^|\n)[^\p{Ll}\n]{2,80}\n)|\n(?=[ \t]{0,8}(?:[-+•–]|\d{1,2}(?:\.\d{1,2}){0,3}[.)][ \t]|[a-zđ]\)[ \t]))|\n(?=[ \t]{0,8}(?<item>(?:${KIND_ALT})[ \t]{1,2}(?:số[ \t]{1,2})?\d))|[ \t](?<=${NOTE_END.pattern.replace(/\\s/gu, '[ \\t]')}[ \t])[ \t]{0,2}(?=\p{Lu})|[.!?…][”")]?[ \t\n]{1,8}(?=[\p{Lu}\d“"(])|:[ \t]{0,3}\n(?=[ \t]{0,8}(?!(?:${KIND_ALT})[ \t])\p{Lu})`,
  'gu',
);
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
    // A line opening with a kind and a number starts a sentence when the line before is such an item too or has
    // ended with a full stop ("Nghị định 91/2022/NĐ-CP sửa đổi …\nThông tư 13/2023/TT-BTC hướng dẫn …"); not after
    // "Căn cứ khoản 3 Điều 1\nNghị định số 49/2022/NĐ-CP" (a wrap the layout kept) nor after ";" (the list goes on).
    if (m.groups?.item !== undefined) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const prevLine = text.slice(lineStart, m.index);
      const listGoesOn = /[;,:][ \t]{0,4}$/u.test(prevLine); // "Căn cứ …;\nNghị định số …": the same list
      if (listGoesOn || !(ITEM_LINE.test(prevLine) || /\.[ \t]{0,4}$/u.test(prevLine))) continue;
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
