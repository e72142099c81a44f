/**
 * Text normalisation with an offset map back to the NFC original.
 *
 * The cleaned text is what the parsers read; every character of it maps to a character of the original, so
 * spans reported to users point into the NFC input. Steps, in one pass over the lines:
 * - markdown markup (`**`, `*`, `__`, `<sub>`, `<sup>`, `<br>`) is dropped;
 * - footnote markers (⁽¹⁾ ¹ ² ₂, <sup>1</sup>) are dropped and remembered as anchors;
 * - footnote definitions ("¹ Kế hoạch số …" at a page foot) are lifted out of the body and appended after it,
 *   so a page break that dropped them inside a sentence ("của Tỉnh / ³ … / ủy về") joins again;
 * - a blank-line gap before a line that starts in lower case is a page break inside a sentence: joined by a space;
 * - look-alike characters are unified one for one (no-break and thin spaces, "Ð" for "Đ", "–" inside symbols);
 *   zero-width characters and soft hyphens are dropped;
 * - old-style tone placement ("Uỷ ban", "khoá") becomes the official one ("Ủy ban", "khóa");
 * - incoming-mail stamps ("CV Số:.....6987....." / "ĐẾN Ngày: 15/9/15") are dropped; a body word that slid into
 *   the stamp's last field ("Chuyển:.....Thực hiện") is carried to the start of the next paragraph.
 */
import { decodeHTML } from 'entities';
import { siteChromeStart } from '../tables/site-chrome';
import { TRIGGER_AT_START } from '../tables/triggers';
import { normalizeToneMarks } from '../read/legacy-encodings/syllable';
import { repairReplacementChars } from '../read/legacy-encodings/replacement';
import { gluedItemNumbers, gluedWordBreaks } from './glued';

export interface Footnote {
  /** Footnote number as written (¹ → 1). */
  number: number;
  /** Span of the footnote text (after its marker) in the normalised text. */
  start: number;
  end: number;
}

export interface FootnoteAnchor {
  number: number;
  /** Position in the normalised text where the marker stood. */
  at: number;
}

export interface NormalizedText {
  /** NFC original. */
  original: string;
  /** Cleaned text. */
  text: string;
  /** map[i] = offset in `original` of text[i]. */
  map: Int32Array;
  /** End of the body; appended footnotes follow. */
  bodyEnd: number;
  footnotes: Footnote[];
  anchors: FootnoteAnchor[];
  /** Original spans of incoming-mail stamp lines (registry numbers there are not document numbers). */
  stamps: { start: number; end: number }[];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * Inline markup and markers, one alternation scanned once per line. A page's HTML pasted into a text ("<p
 * style=…><span …>Ng&agrave;y 16 th&aacute;ng 8 …</span></p>", a portal's print view saved as text): its tags are
 * dropped and its character references read (`charRef`; the `entities` library decodes them, unknown ones stay).
 */
const INLINE =
  /(?<sup><sup>\s{0,2}(?<supNum>\d{1,3})\s{0,2}<\/sup>)|(?<paren>⁽(?<parenNum>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾)|(?<supChars>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?<subChars>[₀₁₂₃₄₅₆₇₈₉]{1,3})|(?<tag><\/?(?:sub|sup|br|b|i|u|em|strong)\s{0,2}\/?>)|(?<htmlTag><\/?(?:p|span|div|font|strong|em|a|table|tr|td|th|tbody|ul|ol|li|h[1-6])(?:[ \t][^<>\n]{0,400})?\/?>)|(?<charRef>&(?:#\d{2,6}|#[xX][\dA-Fa-f]{2,5}|[A-Za-z][A-Za-z\d]{1,30});)|(?<stars>\*{1,3}|_{2,3})|(?<zw>[\u200b\u200c\u200d\ufeff\u00ad])/gu;

/** A character that can start an INLINE match (its alternatives' first characters). */
const INLINE_START = /[<&⁽⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉*_\u200b\u200c\u200d\ufeff\u00ad]/u;
const INLINE_START_ANYWHERE = new RegExp(INLINE_START.source, 'gu');

/** A footnote definition at the start of a line. */
const FOOTNOTE_DEF =
  /^[ \t]{0,8}(?:⁽(?<p>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾|(?<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|<sup>(?<h>\d{1,3})<\/sup>)[ \t]{0,4}(?=\S)/u;

/** Lines that make an incoming-mail stamp ("CV Số: …", "ĐẾN Ngày: …"). */
const STAMP_ANCHOR =
  /^[ \t]{0,8}(?:CV|ĐẾN|CÔNG[ \t]VĂN[ \t]ĐẾN)(?:[ \t]{1,8}(?:Số|Ngày)[ \t]{0,4}[:.]|[ \t]{0,8}$)/u;
const STAMP_FIELD = /^[ \t]{0,8}(?:Số|Ngày|Chuyển|Chuyên|Lưu[ \t]hồ[ \t]sơ(?:[ \t]số)?|Người[ \t]nhận)\b/u;
const STAMP_CARRY = /(?:Chuyển|Chuyên)[ \t]{0,4}:?[ \t.…]{0,40}(?<rest>\S.{0,80})$/u;
/** Words with the tone on the second vowel of an open "oa", "oe", "uy" ("hoá", "khoẻ", "uỷ"): old style. */
const OLD_TONE = /[oO][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ](?![\p{L}\p{M}])|[uU][ýỳỷỹỵÝỲỶỸỴ](?![\p{L}\p{M}])/gu;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Look-alike characters, one for one (offsets hold), in one pass: spaces, the Icelandic Ð/ð for Đ/đ, a dash between letters or
 * digits (inside symbols), or spaced between a number and a capital ("Kế hoạch số 255 – KH/TĐTN-BTG") or between a number's kind code and the
 * next code ("Tờ trình số 56/TTr – SCT", "văn bản số 1345/ UBND –KT"), and the fraction, division and full-width slashes for "/" ("Công điện số 1478⁄CĐ-TTg",
 * a news site's typography). No replacement changes whether a character is a letter or digit, so one pass gives what the four
 * passes in a row gave.
 */
const LOOK_ALIKE =
  /(?<space>[\u00a0\u2000-\u200a\u202f\u205f\u3000])|(?<dash>[\u2010-\u2013\u2212](?:(?<=[\p{L}\p{N}].)(?=[\p{L}\p{N}])|(?<=\d[ ].)(?=[ ]?\p{Lu})|(?<=\d.)(?=[ ]\p{Lu})|(?<=\d\/[ ]?\p{Lu}\p{L}{0,5}[ ]?.)(?=[ ]?\p{Lu})))|(?<slash>[\u2044\u2215\uff0f])|\u00d0|\u00f0/gu;
/** Any character LOOK_ALIKE replaces: most texts have none, and this plain scan is cheaper than the alternation. */
const ANY_LOOK_ALIKE =
  /[\u00a0\u2000-\u200a\u202f\u205f\u3000\u00d0\u00f0\u2010-\u2013\u2212\u2044\u2215\uff0f]/u;
function unifyCharacters(text: string): string {
  if (!ANY_LOOK_ALIKE.test(text)) return text;
  return text.replace(LOOK_ALIKE, (c: string, space?: string, dash?: string, slash?: string) =>
    space ? ' ' : dash ? '-' : slash ? '/' : c === '\u00d0' ? 'Đ' : 'đ',
  );
}

/** Move old-style tones in the words that have them; every other character is left alone (same length). */
function retone(text: string): string {
  let out = '';
  let last = 0;
  OLD_TONE.lastIndex = 0;
  for (let m = OLD_TONE.exec(text); m; m = OLD_TONE.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 5 && LETTER.test(text[start - 1])) start--;
    const end = m.index + m[0].length;
    const word = text.slice(start, end);
    const toned = normalizeToneMarks(word);
    if (toned !== word && toned.length === word.length) {
      out += text.slice(last, start) + toned;
      last = end;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
const UPPER_LINE = /^[^\p{Ll}]{3,80}$/u;

function digitValue(s: string): number {
  let n = 0;
  for (const ch of s) {
    let d = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (d < 0) d = SUBSCRIPT_DIGITS.indexOf(ch);
    if (d < 0) d = ch.charCodeAt(0) - 48;
    n = n * 10 + d;
  }
  return n;
}

export class Builder {
  text = '';
  private parts: string[] = [];
  private length = 0;
  /**
   * The text is kept as runs of the source where it can be: a copy or literal that continues the current run of
   * its source extends it instead of adding a part. Most lines are copied with the newline after them, so a
   * text comes out in a few long slices (or as the source itself) instead of a join of thousands of pieces.
   */
  private run: string | null = null;
  private runStart = 0;
  private runEnd = 0;
  map: Int32Array;
  constructor(capacity: number) {
    this.map = new Int32Array(Math.max(16, capacity));
  }
  private ensure(n: number): void {
    if (this.length + n <= this.map.length) return;
    const next = new Int32Array(Math.max(this.map.length * 2, this.length + n));
    next.set(this.map);
    this.map = next;
  }
  private endRun(): void {
    if (this.run === null) return;
    this.parts.push(this.run.slice(this.runStart, this.runEnd));
    this.run = null;
  }
  /** Copy original[start, end). */
  copy(original: string, start: number, end: number): void {
    if (end <= start) return;
    this.ensure(end - start);
    if (this.run !== original || this.runEnd !== start) {
      this.endRun();
      this.run = original;
      this.runStart = start;
    }
    this.runEnd = end;
    for (let i = start; i < end; i++) this.map[this.length++] = i;
  }
  /** Insert a literal that points at one original offset. */
  literal(s: string, at: number): void {
    this.ensure(s.length);
    // The literal may be what the source holds right there (the newline after a copied line): the run goes on.
    if (this.run !== null && s.length > 0 && this.run.startsWith(s, this.runEnd)) this.runEnd += s.length;
    else {
      this.endRun();
      this.parts.push(s);
    }
    for (let i = 0; i < s.length; i++) this.map[this.length++] = at;
  }
  get size(): number {
    return this.length;
  }
  finish(): { text: string; map: Int32Array } {
    this.endRun();
    return {
      text: this.parts.length === 1 ? this.parts[0] : this.parts.join(''),
      map: this.map.subarray(0, this.length),
    };
  }
  /** Text of the last emitted non-blank stretch (for the join rule), at most n chars. */
  tail(n: number): string {
    let s = this.run === null ? '' : this.run.slice(Math.max(this.runStart, this.runEnd - n), this.runEnd);
    for (let i = this.parts.length - 1; i >= 0 && s.length < n; i--) s = this.parts[i] + s;
    return s.slice(-n);
  }
}

interface Line {
  start: number;
  end: number; // without the newline
}

/**
 * Line breaks written out as escapes, a backslash and the letters r, n (a page stored as a JSON string and saved as
 * text). No Vietnamese document writes a backslash before "n", so three or more of them are line breaks, not text.
 */
const ESCAPED_BREAK = /\\r\\n|\\n/gu;
const ANY_BREAK = /\\r\\n|\\n|\r?\n/gu;

function splitLines(s: string): Line[] {
  if (s.indexOf('\\n') >= 0 && (s.match(ESCAPED_BREAK)?.length ?? 0) >= 3) {
    const lines: Line[] = [];
    let start = 0;
    for (const b of s.matchAll(ANY_BREAK)) {
      lines.push({ start, end: b.index });
      start = b.index + b[0].length;
    }
    lines.push({ start, end: s.length });
    return lines;
  }
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = s.indexOf('\n', start);
    const end = nl < 0 ? s.length : nl;
    lines.push({ start, end: end > start && s.charCodeAt(end - 1) === 13 ? end - 1 : end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function isBlank(s: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13) return false;
  }
  return true;
}

/**
 * STAMP_ANCHOR can match only where the line's first character after at most 8 blanks is "C" or "Đ": checked by
 * code, so that most lines are neither sliced nor matched.
 */
function mayOpenStamp(s: string, l: Line): boolean {
  let k = l.start;
  while (k < l.end && k - l.start < 8 && (s[k] === ' ' || s[k] === '\t')) k++;
  return s[k] === 'C' || s[k] === 'Đ';
}

/** Mark the lines of incoming-mail stamps. */
function findStamps(s: string, lines: Line[]): Set<number> {
  const stamp = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!mayOpenStamp(s, lines[i])) continue;
    const text = s.slice(lines[i].start, lines[i].end);
    if (!STAMP_ANCHOR.test(text)) continue;
    stamp.add(i);
    // Up: the receiving office's name, in capitals, at most two lines.
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const t = s.slice(lines[j].start, lines[j].end);
      if (isBlank(s, lines[j]) || !(UPPER_LINE.test(t.trim()) || STAMP_ANCHOR.test(t))) break;
      if (/^[ \t]{0,4}(?:\*\*)?(?:CỘNG H(?:ÒA|OÀ|OA)(?![\p{L}])|ĐẢNG CỘNG SẢN|Số\s{0,3}:)/u.test(t)) break;
      stamp.add(j);
    }
    // Down: its fields.
    for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
      const t = s.slice(lines[j].start, lines[j].end);
      if (isBlank(s, lines[j]) || !(STAMP_FIELD.test(t) || STAMP_ANCHOR.test(t))) break;
      stamp.add(j);
    }
  }
  return stamp;
}

/**
 * PDF converters write ư and Ư as the Latin letter oi (U+01A3 ƣ, U+01A2 Ƣ: "XÃ HÒA PHƢỚC", "Phƣờng"): put back, one
 * character for one, so offsets hold. Not before a combining mark, which would then compose into another length.
 */
const OI_AS_U_HORN = /[\u01A2\u01A3](?![\u0300-\u036F])/gu;
function lookalikeLetters(text: string): string {
  if (!text.includes('\u01A2') && !text.includes('\u01A3')) return text;
  return text.replace(OI_AS_U_HORN, (c) => (c === '\u01A2' ? 'Ư' : 'ư'));
}

/** Normalise a decoded document. */
export function normalizeText(input: string): NormalizedText {
  // A saved page's furniture after the document (SITE_CHROME_MARKERS) is not the document: the text ends before it.
  // Letters a wrong code page turned into U+FFFD ("ng�y 18 th�ng 11") are put back first: one character for one, so
  // offsets hold (legacy-encodings/replacement.ts).
  const nfc0 = input.normalize('NFC');
  const nfc = lookalikeLetters(repairReplacementChars(nfc0)?.text ?? nfc0);
  const chrome = siteChromeStart(nfc);
  const original = chrome >= 0 ? nfc.slice(0, chrome) : nfc;
  const lines = splitLines(original);
  const stampLines = findStamps(original, lines);
  const body = new Builder(original.length + 64);
  const anchors: FootnoteAnchor[] = [];
  const footnoteLines: { number: number; lines: Line[] }[] = [];
  const stamps: { start: number; end: number }[] = [];

  let pendingGap = false; // blank line(s) or lifted lines since the last emitted line
  let carry: { text: string; at: number } | null = null;
  let emittedAny = false;
  let lastLineHasLower = false;
  let liftedSinceLast = false;
  let inFootnote: { number: number; lines: Line[] } | null = null;

  // Most documents have no markup or markers at all: then every line is copied as it stands.
  const hasInline = INLINE_START.test(original);
  // The first marker character at or after markFrom is at markAt (Infinity: none): one scan of the text serves
  // every line after it (lines come in order; footnote lines, earlier, search again).
  let markFrom = -1;
  let markAt = -1;
  const markerFrom = (from: number): number => {
    if (!(markFrom <= from && from <= markAt)) {
      INLINE_START_ANYWHERE.lastIndex = from;
      const m = INLINE_START_ANYWHERE.exec(original);
      markFrom = from;
      markAt = m ? m.index : Infinity;
    }
    return markAt;
  };
  // Words glued where a space was lost ("tỉnhLào Cai", "theoQuyết định"): a space goes back between them (glued.ts).
  // And a list item's number glued to the text it names ("- 6Nghị quyết 120/2020/QH14", gluedItemNumbers).
  const glued = [...gluedWordBreaks(original), ...gluedItemNumbers(original)].sort((a, b) => a - b);
  const copy = (b: Builder, from: number, to: number): void => {
    let at = from;
    for (const g of glued) {
      if (g <= at || g >= to) continue;
      b.copy(original, at, g);
      b.literal(' ', g);
      at = g;
    }
    b.copy(original, at, to);
  };
  const emitInline = (b: Builder, from: number, to: number, collectAnchors: boolean): void => {
    if (!hasInline) {
      copy(b, from, to);
      return;
    }
    // A line without any character that starts a marker is copied whole: the alternation is run on the few that have one.
    if (markerFrom(from) >= to) {
      copy(b, from, to);
      return;
    }
    const seg = original.slice(from, to);
    INLINE.lastIndex = 0;
    let last = 0;
    for (let m = INLINE.exec(seg); m; m = INLINE.exec(seg)) {
      const g = m.groups ?? {};
      if (g.charRef !== undefined) {
        const decoded = decodeHTML(g.charRef);
        // An unknown name ("&PTNT;" after "SNN" in a number) is text.
        if (decoded === g.charRef) continue;
        copy(b, from + last, from + m.index);
        b.literal(decoded === '\u00a0' ? ' ' : decoded, from + m.index);
        last = m.index + m[0].length;
        continue;
      }
      copy(b, from + last, from + m.index);
      const num = g.supNum ?? g.parenNum ?? g.supChars;
      if (num !== undefined && collectAnchors) anchors.push({ number: digitValue(num), at: b.size });
      last = m.index + m[0].length;
    }
    copy(b, from + last, to);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (stampLines.has(i)) {
      stamps.push({ start: line.start, end: line.end });
      const m = STAMP_CARRY.exec(original.slice(line.start, line.end));
      if (m?.groups && TRIGGER_AT_START.test(m.groups.rest)) {
        carry = { text: m.groups.rest.trim(), at: line.end - m.groups.rest.length };
      }
      pendingGap = true;
      continue;
    }
    if (isBlank(original, line)) {
      inFootnote = null;
      pendingGap = true;
      continue;
    }
    const lineText = original.slice(line.start, line.end);
    const def = emittedAny ? FOOTNOTE_DEF.exec(lineText) : null;
    if (def?.groups) {
      const number = digitValue(def.groups.p ?? def.groups.s ?? def.groups.h);
      inFootnote = { number, lines: [{ start: line.start + def[0].length, end: line.end }] };
      footnoteLines.push(inFootnote);
      pendingGap = true;
      liftedSinceLast = true;
      continue;
    }
    if (inFootnote) {
      inFootnote.lines.push(line);
      continue;
    }
    // A body line.
    if (emittedAny) {
      if (carry) {
        body.literal('\n\n', line.start);
      } else if (pendingGap) {
        const prev = body.tail(8).trimEnd();
        const startsLower = /^[ \t]{0,8}[\p{Ll}]/u.test(lineText);
        // A heading in capitals ("NGHỊ QUYẾT") is followed by a lower-case title, not continued by it.
        const prevOpen = prev.length > 0 && !/[.;:!?]$/u.test(prev) && lastLineHasLower;
        // After a lifted footnote block the break is a page foot: the sentence goes on whatever the case.
        body.literal(prevOpen && (startsLower || liftedSinceLast) ? ' ' : '\n\n', line.start);
      } else {
        body.literal('\n', line.start);
      }
    }
    if (carry) {
      // Keep the carried words where they were in the original: each char maps to its own offset.
      body.copy(original, carry.at, carry.at + carry.text.length);
      body.literal(' ', line.start);
      carry = null;
    }
    emitInline(body, line.start, line.end, true);
    lastLineHasLower = /\p{Ll}/u.test(lineText);
    liftedSinceLast = false;
    emittedAny = true;
    pendingGap = false;
  }

  const bodyEnd = body.size;
  const footnotes: Footnote[] = [];
  for (const f of footnoteLines) {
    body.literal('\n\n', f.lines[0].start);
    const start = body.size;
    f.lines.forEach((l, k) => {
      if (k > 0) body.literal(' ', l.start);
      emitInline(body, l.start, l.end, false);
    });
    footnotes.push({ number: f.number, start, end: body.size });
  }
  const finished = body.finish();
  // Old-style tone placement ("Uỷ ban", "khoá", "hoà") → the official one the tables use; length is kept.
  const text = retone(unifyCharacters(finished.text));
  return { original, text, map: finished.map, bodyEnd, footnotes, anchors, stamps };
}

/** Original span of a normalised [start, end). */
export function toOriginalSpan(
  n: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = n.map[Math.min(start, n.map.length - 1)];
  const e = end > start ? n.map[Math.min(end, n.map.length) - 1] + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
