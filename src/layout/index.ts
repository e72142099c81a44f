/**
 * Layout: the one place where the shape of a page is understood. Reads normalised text (text/normalize) and hands
 * the parsers logical lines instead of physical ones:
 * - a header that a repost flattened onto one line ("QUỐC HỘI ------- CỘNG HÒA … Luật số: 22/2008/QH12 Hà Nội, ngày
 *   13 tháng 11 năm 2008 LUẬT …") is split back into its parts;
 * - hard wraps (text taken out of a PDF, or a site that wraps at ~80 characters) are joined: "Số:\n2815/QĐ-UBND",
 *   "ngày 20\ntháng 11 năm 2025", "Căn\ncứ", "sửa đổi, bổ\nsung", "…/NĐ-\nCP";
 * - the result is cut into blocks (header, title, preamble, body, signature, recipients, footnotes).
 * Every character of the output maps back to the NFC original, like the normalised text it came from.
 * What starts a block, what a flattened header is made of and which labels dangle are data: ./tables.ts.
 */
import { Builder, type NormalizedText } from '../text/normalize';
import { splitLines } from '../text/lines';
import { KIND_NAMES } from '../tables/kinds';
import { BLOCK_STARTS, DANGLING_LABELS, HEADER_SPLITS, KIND_WORD_AS_VERB, LONE_HEADER_WORD } from './tables';

export type BlockKind =
  'preface' | 'header' | 'title' | 'preamble' | 'body' | 'signature' | 'recipients' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** [start, end) in the laid-out text. */
  start: number;
  end: number;
}

export interface LaidOutText extends NormalizedText {
  blocks: Block[];
  /** Where the document's own header starts (after a repost's preface), in the laid-out text. */
  headerStart: number;
  /** The body was hard-wrapped (most lines end near one width), so wraps inside sentences were joined. */
  wrapped: boolean;
}

const anchored = (rows: readonly { pattern: string }[]): RegExp =>
  new RegExp(`^[ \\t]{0,8}(?:${rows.map((r) => r.pattern).join('|')})`, 'u');
const BLOCK_START = anchored(BLOCK_STARTS);
const PREAMBLE_START = anchored(BLOCK_STARTS.filter((r) => r.name.startsWith('preamble')));
const SIGNATURE_START = anchored(BLOCK_STARTS.filter((r) => r.name.startsWith('signature')));
/** A motto line, even when a hard wrap cut it ("CỘNG HÒA XÃ / HỘI CHỦ NGHĨA VIỆT NAM"). */
const MOTTO_LINE =
  /^[ \t]{0,8}(?:CỘNG H(?:ÒA|OÀ|OA) XÃ|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập[ \t]{0,2}[-–][ \t]{0,2}Tự do)/u;
const RULE = /^[-_=*]{3,}$/u;
const MOTTO_ANYWHERE = new RegExp(HEADER_SPLITS.find((r) => r.name === 'motto')?.pattern ?? '(?!)', 'u');
const NUMBER_START = /^(?:\p{Lu}\p{Ll}{0,6}[ \t])?(?:Số|SỐ|số)[ \t]{0,3}[:.]?/u;
const PLACE_DATE_START = /^\p{Lu}[\p{L} .'-]{1,40}?,?[ \t]{0,3}ngày[ \t]{0,2}\d/u;
const ENACTING = anchored(BLOCK_STARTS.filter((r) => r.name.startsWith('enacting')));
/** A kind word in capitals opening a line, with a title in capitals after it (no lower case). */
const KIND_AT_START = new RegExp(
  `^(?:${KIND_NAMES.map((k) => k.toUpperCase()).join('|')})(?=[ \\t]{1,3}[^\\p{Ll}\\n]{3,}$)`,
  'u',
);
const VERB_TITLE = new RegExp(`^(?:${KIND_WORD_AS_VERB.pattern})`, 'u');
const LONE_WORD = new RegExp(`^[ \\t]{0,8}${LONE_HEADER_WORD.pattern}`, 'u');
const LETTER_START = /^[ \t]{0,8}\p{L}/u;
const DANGLING = new RegExp(`^[ \\t]{0,8}${DANGLING_LABELS.pattern}`, 'u');
// One named group per row, so a cut knows which part starts there.
const HEADER_SPLIT = new RegExp(HEADER_SPLITS.map((r, i) => `(?<p${i}>${r.pattern})`).join('|'), 'gu');
const KIND_AFTER_DATE = `p${HEADER_SPLITS.findIndex((r) => r.name === 'kind line after the date')}`;
const KIND_LINES = new Set(KIND_NAMES.map((k) => k.toUpperCase()));
const RECIPIENTS = /^[ \t]{0,8}Nơi nhận/u;
const ADDRESSEES = /^[ \t]{0,8}Kính gửi/u;
const LOWER_START = /^[ \t]{0,8}[\p{Ll}]/u;
const DIGIT_START = /^[ \t]{0,8}\d/u;
const LIST_ITEM = anchored(BLOCK_STARTS.filter((r) => r.name.startsWith('list')));
const DATE_WORD_AT_END = /(?:ngày|tháng|năm|số|Số)[ \t]{0,3}$/u;
const ENDS_SENTENCE = /[.;:!?][ \t]{0,4}$/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
/** A symbol cut after its hyphen or slash at the line end ("…/NĐ-", "83/2013/NĐ-CP" cut as "83/2013/"). */
const CUT_SYMBOL = /\d{1,6}(?:\/\d{4})?[/-][\p{Lu}\p{N}Đđ&./-]{0,30}[/-]$/u;
const CODE_START = /^[\p{Lu}Đ]{1,10}(?![\p{Ll}])/u;
const HEADER_ZONE_CHARS = 3000;

interface Line {
  start: number;
  end: number;
  /** Cut out of a longer physical line (a flattened header): a line break is inserted before it. */
  cut?: boolean;
}

/**
 * Hard-wrapped: enough lines near one width and few longer ones. A text with one paragraph per line (the seeds,
 * most Word exports) has its long lines well over any wrap width.
 */
function isWrapped(lines: Line[]): boolean {
  let near = 0;
  let longer = 0;
  for (const l of lines) {
    const n = l.end - l.start;
    if (n >= 60 && n <= 100) near++;
    else if (n > 100) longer++;
  }
  return near >= 5 && longer <= near * 0.15;
}

/** Whether the original has emphasis markup (`*`, `_`) between two offsets: the site's own block boundary. */
function markupBetween(original: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c === 42 /* * */ || c === 95 /* _ */) return true;
  }
  return false;
}

function lineEndInOriginal(original: string, at: number): number {
  const nl = original.indexOf('\n', at);
  return nl < 0 ? original.length : nl;
}

function lineStartInOriginal(original: string, at: number): number {
  return original.lastIndexOf('\n', at - 1) + 1;
}

type Join = 'space' | 'none' | 'break';
type Zone = 'preface' | 'header' | 'title' | 'body';

const KIND_LINE_MAX = Math.max(...[...KIND_LINES].map((k) => k.length)) + 8;
/** A line that is only a kind word in capitals ("QUYẾT ĐỊNH"); most lines are rejected by their length. */
const isKindLine = (t: string): boolean => {
  const trimmed = t.trim();
  return trimmed.length <= KIND_LINE_MAX && KIND_LINES.has(trimmed.replace(/[ \t]+/gu, ' '));
};
const isUpperLine = (t: string): boolean => HAS_UPPER.test(t) && !HAS_LOWER.test(t);

/**
 * Where the document starts: reposts put a news summary before the header ("## … / Ngày 26/11/2025, Chính phủ ban
 * hành Nghị quyết 08/2025/NQ-CP …"). The header is the issuer block just above the first motto line; what comes
 * before it is a preface, read as body text but not as the header.
 */
function headerStartLine(text: string, lines: Line[]): number {
  const limit = Math.min(lines.length, 200);
  let motto = -1;
  for (let i = 0; i < limit && lines[i].start < 20000; i++) {
    if (MOTTO_LINE.test(text.slice(lines[i].start, lines[i].end))) {
      motto = i;
      break;
    }
  }
  if (motto <= 0) return 0;
  // Only a real preface moves the start: a paragraph of running text before the motto.
  let prose = false;
  for (let i = 0; i < motto; i++) {
    const t = text.slice(lines[i].start, lines[i].end);
    if (t.length > 120 && HAS_LOWER.test(t)) prose = true;
  }
  if (!prose) return 0;
  let start = motto;
  for (let i = motto - 1; i >= Math.max(0, motto - 8); i--) {
    const t = text.slice(lines[i].start, lines[i].end).trim();
    if (t === '' || isUpperLine(t) || RULE.test(t) || t === '*' || NUMBER_START.test(t)) start = i;
    else break;
  }
  while (start < motto && text.slice(lines[start].start, lines[start].end).trim() === '') start++;
  return start;
}

/**
 * A header laid out as table rows ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI … |" / "Số: 252/KH-UBND | Hà Giang, ngày …"):
 * each cell becomes a line, the left column first, then the right, as the two columns read on paper.
 */
function unfoldHeaderTable(text: string, lines: Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  const cellsOf = (l: Line): Line[] | null => {
    const t = text.slice(l.start, l.end);
    if (!t.includes('|') || l.start > HEADER_ZONE_CHARS) return null;
    const cells: Line[] = [];
    let from = l.start;
    for (let k = l.start; k <= l.end; k++) {
      // A bar right after a symbol's hyphen or slash is an OCR speck ("76/2014/TT-| BIC"), not a cell's edge.
      if (k === l.end || (text[k] === '|' && text[k - 1] !== '-' && text[k - 1] !== '/')) {
        let a = from;
        let b = k;
        while (a < b && /\s/u.test(text[a])) a++;
        while (b > a && /\s/u.test(text[b - 1])) b--;
        cells.push({ start: a, end: b, cut: true });
        from = k + 1;
      }
    }
    const filled = cells.filter((c) => c.end > c.start);
    // One filled cell is a row too when a bar opens or closes the line ("ỦY BAN NHÂN DÂN |", "| Số: 12/QĐ-UBND").
    return filled.length >= 2 || (filled.length >= 1 && /^\s*\||\|\s*$/u.test(t)) ? cells : null;
  };
  // A table is a header only if a cell holds header matter (the motto, the number, the place and date, a body's name in
  // capitals): a data table
  // near the top ("| STT | Mã TTHC | Tên thủ tục hành chính | Tên VBQPPL … |") keeps its rows.
  const isHeaderCell = (c: Line): boolean => {
    const t = text.slice(c.start, c.end);
    return (
      MOTTO_ANYWHERE.test(t) ||
      NUMBER_START.test(t) ||
      PLACE_DATE_START.test(t) ||
      (isUpperLine(t) && /\p{Lu}[ \t]\p{Lu}/u.test(t)) // "ỦY BAN NHÂN DÂN", "BỘ TÀI CHÍNH"
    );
  };
  while (i < lines.length) {
    const rows: Line[][] = [];
    const first = i;
    while (i < lines.length) {
      const cells = cellsOf(lines[i]);
      if (!cells) break;
      const t = text.slice(lines[i].start, lines[i].end);
      if (!/^[\s|:-]*$/u.test(t))
        rows.push(cells.filter((c, k) => !(k === 0 && c.end === c.start && /^\s*\|/u.test(t))));
      i++;
    }
    if (rows.length > 0 && !rows.some((r) => r.some(isHeaderCell))) {
      out.push(...lines.slice(first, i));
      continue;
    }
    if (rows.length > 0) {
      const columns = Math.max(...rows.map((r) => r.length));
      for (let c = 0; c < columns; c++)
        for (const r of rows) if (r[c] && r[c].end > r[c].start) out.push(r[c]);
      // The line after the table starts on a line of its own.
      if (i < lines.length) out.push({ ...lines[i++], cut: true });
      continue;
    }
    out.push(lines[i]);
    i++;
  }
  return out;
}

/** Cut the header lines that a repost flattened: at each part that starts there, and after a kind word. */
function splitHeaderLines(text: string, lines: Line[], from: number): Line[] {
  const out: Line[] = lines.slice(0, from);
  let inHeader = true;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    const t = text.slice(l.start, l.end);
    if (
      inHeader &&
      (PREAMBLE_START.test(t) || ADDRESSEES.test(t) || l.start - lines[from].start > HEADER_ZONE_CHARS)
    )
      inHeader = false;
    if (!inHeader || t.trim().length < 12) {
      out.push(l);
      continue;
    }
    // Only a line that opens with a header part is a flattened header; a body sentence is left alone (checked
    // cheaply first: the cut patterns are the costly part).
    const opening = t.trimStart().slice(0, 12);
    // The value of a label alone on the line before ("Số:\n61-CP Hà Nội, ngày 05 …") is a header part too.
    const afterLabel = i > from && DANGLING.test(text.slice(lines[i - 1].start, lines[i - 1].end));
    if (
      !afterLabel &&
      HAS_LOWER.test(opening) &&
      !NUMBER_START.test(opening) &&
      !PLACE_DATE_START.test(t.trimStart()) &&
      !MOTTO_ANYWHERE.test(t)
    ) {
      out.push(l);
      continue;
    }
    const cuts = headerCuts(t);
    const lead = t.slice(0, cuts[0] ?? t.length).trim();
    if (
      cuts.length === 0 ||
      !(
        afterLabel ||
        MOTTO_ANYWHERE.test(t) ||
        isUpperLine(lead) ||
        RULE.test(lead) ||
        NUMBER_START.test(lead) ||
        PLACE_DATE_START.test(lead)
      )
    ) {
      out.push(l);
      continue;
    }
    let begin = l.start;
    for (const c of cuts) {
      let end = l.start + c;
      while (end > begin && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      if (end > begin) out.push({ start: begin, end, cut: begin !== l.start || l.cut });
      begin = l.start + c;
      while (begin < l.end && (text[begin] === ' ' || text[begin] === '\t')) begin++;
    }
    out.push({ start: begin, end: l.end, cut: begin !== l.start || l.cut });
  }
  return out;
}

/** Lay out a normalised text. */
export function layoutText(norm: NormalizedText): LaidOutText {
  const { text, original, map } = norm;
  const bodyEnd = norm.bodyEnd;
  const physical = unfoldHeaderTable(text, splitLines(text, 0, bodyEnd));
  const wrapped = isWrapped(physical);
  const first = headerStartLine(text, physical);
  const lines = splitHeaderLines(text, physical, first);
  const headerFrom = first; // splitting keeps the lines before `first` one for one

  // Each line's text and whether it is a kind line, read once: the zones and both sides of every join use them.
  const texts = lines.map((l) => text.slice(l.start, l.end));
  const kindLines = texts.map(isKindLine);

  // Zones first (a line's zone decides how hard its wraps are joined), then how each newline is joined.
  const zones: Zone[] = [];
  let zone: Zone = headerFrom > 0 ? 'preface' : 'header';
  let prevUpperTitle = false;
  for (let i = 0; i < lines.length; i++) {
    if (i === headerFrom) zone = 'header';
    const l = lines[i];
    const t = texts[i];
    const trimmed = t.trim();
    if (zone === 'header' && kindLines[i]) zone = 'title';
    else if (zone === 'header' || zone === 'title') {
      // The body starts at the preamble, the addressees, a paragraph too long for a header, past the header's
      // usual length, at the enacting authority, or (after a title in capitals) at the first line in ordinary case.
      if (
        PREAMBLE_START.test(t) ||
        ADDRESSEES.test(t) ||
        trimmed.length > 220 ||
        l.start - lines[headerFrom].start > HEADER_ZONE_CHARS ||
        (zone === 'title' && ENACTING.test(t)) ||
        (zone === 'title' && prevUpperTitle && HAS_LOWER.test(t))
      )
        zone = 'body';
      prevUpperTitle = zone === 'title' && trimmed !== '' && !HAS_LOWER.test(t);
    }
    zones.push(zone);
  }
  const joins: Join[] = [];
  for (let i = 0; i + 1 < lines.length; i++) joins.push(joinOf(i, zones[i]));

  function joinOf(i: number, zone: Zone): Join {
    const a = lines[i];
    const b = lines[i + 1];
    // A label whose value a table's cell wrapped onto the cell's last line ("Số\n19780-CV/VPTW |"): still its value.
    if (b.cut && !(DANGLING.test(texts[i]) && DIGIT_START.test(texts[i + 1]))) return 'break';
    if (a.end === a.start || b.end === b.start) return 'break';
    if (zones[i + 1] !== zone && (zone === 'preface' || zones[i + 1] === 'preface')) return 'break';
    const prev = texts[i];
    const next = texts[i + 1];
    if (DANGLING.test(prev)) return 'space';
    // The patterns that look at the end of the previous line read only its last characters (linear per line).
    const tail = prev.slice(-48).trimEnd();
    const cutAtEnd = tail.endsWith('-') || tail.endsWith('/');
    if (cutAtEnd && CUT_SYMBOL.test(tail) && CODE_START.test(next)) return 'none';
    if (LIST_ITEM.test(next) || RECIPIENTS.test(next)) return 'break';
    if (kindLines[i + 1] || kindLines[i]) return 'break';
    if (RULE.test(prev.trim()) || RULE.test(next.trim())) return 'break';
    if (LOWER_START.test(next)) return 'space';
    // The date of a place-date line, a number or year cut from its words ("ngày 20\n… năm\n2025").
    if (DIGIT_START.test(next) && DATE_WORD_AT_END.test(tail)) return 'space';
    if (zone === 'header' && LONE_WORD.test(prev) && LETTER_START.test(next)) return 'space';
    if (!wrapped || zone === 'header') return 'break';
    if (BLOCK_START.test(next) || ENDS_SENTENCE.test(tail)) return 'break';
    // The site's emphasis closes a block at a line end or opens one at a line start.
    const prevEnd = map[a.end - 1] + 1;
    const nextStart = map[b.start];
    if (
      markupBetween(original, prevEnd, lineEndInOriginal(original, prevEnd)) ||
      markupBetween(original, lineStartInOriginal(original, nextStart), nextStart)
    )
      return 'break';
    if (isUpperLine(prev) !== isUpperLine(next)) return 'break';
    return 'space';
  }

  // Most texts need no new offsets: no header cut, no symbol joined across a line end. Then joining is replacing a
  // line break by a space, one character for one, and the normalised map stays as it is.
  if (!lines.some((l) => l.cut) && !joins.includes('none')) {
    const parts: string[] = [];
    let last = 0;
    for (let i = 0; i < joins.length; i++) {
      if (joins[i] !== 'space') continue;
      parts.push(text.slice(last, lines[i].end), ' ');
      last = lines[i].end + 1;
    }
    const joined = last === 0 ? text : parts.join('') + text.slice(last);
    const starts = lines.map((l, i) => ({ at: l.start, zone: zones[i] }));
    return {
      ...norm,
      text: joined,
      blocks: blocksOf(joined, bodyEnd, starts),
      headerStart: lines[headerFrom]?.start ?? 0,
      wrapped,
    };
  }

  // Build the laid-out text; the builder's map gives, for each output character, its offset in `text`.
  const out = new Builder(text.length + 64);
  const lineStarts: { at: number; zone: Zone }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    lineStarts.push({ at: out.size, zone: zones[i] });
    let from = l.start;
    if (i > 0 && joins[i - 1] !== 'break')
      while (from < l.end && (text[from] === ' ' || text[from] === '\t')) from++;
    let to = l.end;
    if (joins[i] === 'space' || joins[i] === 'none')
      while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
    out.copy(text, from, to);
    if (i + 1 < lines.length) {
      const j = joins[i];
      if (j === 'space') out.literal(' ', l.end);
      else if (j === 'break') {
        if (lines[i + 1].cut) out.literal('\n', lines[i + 1].start);
        else out.copy(text, l.end, l.end + 1);
      }
    }
  }
  const newBodyEnd = out.size;
  out.copy(text, bodyEnd, text.length);
  const built = out.finish();
  const back = built.map;
  const composed = new Int32Array(back.length);
  for (let k = 0; k < back.length; k++) composed[k] = map[Math.min(back[k], map.length - 1)] ?? 0;

  // Old offsets → new, for the footnotes and anchors that normalisation recorded (most texts have none).
  const hasNotes = norm.footnotes.length > 0 || norm.anchors.length > 0;
  const forward = new Int32Array(hasNotes ? text.length + 1 : 0).fill(-1);
  if (hasNotes) {
    for (let k = back.length - 1; k >= 0; k--)
      if (built.text[k] !== '\n' || text[back[k]] === '\n') forward[back[k]] = k;
    let next = built.text.length;
    for (let k = text.length; k >= 0; k--) {
      if (forward[k] < 0) forward[k] = next;
      else next = forward[k];
    }
  }
  const at = (k: number): number => forward[Math.min(Math.max(0, k), text.length)];

  return {
    ...norm,
    text: built.text,
    map: composed,
    bodyEnd: newBodyEnd,
    footnotes: norm.footnotes.map((f) => ({ ...f, start: at(f.start), end: at(f.end) })),
    anchors: norm.anchors.map((a) => ({ ...a, at: at(a.at) })),
    blocks: blocksOf(built.text, newBodyEnd, lineStarts),
    headerStart: lineStarts[headerFrom]?.at ?? 0,
    wrapped,
  };
}

/**
 * Offsets (within a header line) where a flattened header starts a new part: at each part of HEADER_SPLITS that is
 * not at the line start, and after a kind word that opens a title in capitals ("NGHỊ ĐỊNH QUY ĐỊNH …").
 */
function headerCuts(line: string): number[] {
  const cuts: number[] = [];
  HEADER_SPLIT.lastIndex = 0;
  for (let m = HEADER_SPLIT.exec(line); m; m = HEADER_SPLIT.exec(line)) {
    if (m.index > 0 && line.slice(0, m.index).trim() !== '') cuts.push(m.index);
    if (m[0].length === 0) HEADER_SPLIT.lastIndex++;
    // After the kind line the title runs on: "LUẬT … CỦA QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is no motto.
    if (m.groups?.[KIND_AFTER_DATE] !== undefined || KIND_AT_START.test(line.slice(m.index))) break;
  }
  // After the cuts above, a part may still open with a kind word and go on with its title in capitals.
  const parts = [0, ...cuts];
  for (const p of parts) {
    const rest = line.slice(p);
    const lead = rest.length - rest.trimStart().length;
    const kind = KIND_AT_START.exec(rest.trimStart());
    if (kind && rest.length - lead > kind[0].length + 3 && !VERB_TITLE.test(rest.trimStart()))
      cuts.push(p + lead + kind[0].length);
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

function blocksOf(text: string, bodyEnd: number, lineStarts: { at: number; zone: Zone }[]): Block[] {
  const blocks: Block[] = [];
  const push = (kind: BlockKind, start: number, end: number): void => {
    const last = blocks[blocks.length - 1];
    if (last && last.kind === kind && last.end >= start - 1) last.end = end;
    else if (end > start) blocks.push({ kind, start, end });
  };
  let tail: BlockKind | null = null;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i].at;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1].at : bodyEnd;
    const line = text.slice(start, end);
    if (RECIPIENTS.test(line)) tail = 'recipients';
    else if (SIGNATURE_START.test(line) && tail !== 'recipients') tail = 'signature';
    const z = lineStarts[i].zone;
    const kind: BlockKind =
      z === 'preface'
        ? 'preface'
        : z === 'body' && !tail && ENACTING.test(line.trimEnd())
          ? 'preamble'
          : (tail ??
            (z === 'header'
              ? 'header'
              : z === 'title'
                ? 'title'
                : PREAMBLE_START.test(line)
                  ? 'preamble'
                  : 'body'));
    push(kind, start, end);
  }
  if (bodyEnd < text.length) blocks.push({ kind: 'footnote', start: bodyEnd, end: text.length });
  return blocks;
}
