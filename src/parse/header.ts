/**
 * The administrative header and footer of a document (Nghị định 30/2020/NĐ-CP layout, Hướng dẫn 36-HD/VPTW):
 * issuer block, "Số: …", "<Place>, ngày … tháng … năm …", kind line + title, "V/v …", "Kính gửi:",
 * "Nơi nhận:", signature block. Reads normalised text (markup and stamps already gone).
 */
import {
  CAPITALISED_KIND_NAMES,
  GENERIC_KIND_NAMES,
  KINDS,
  KIND_NAMES,
  LETTER_KIND,
  PARTY_KINDS_CITED_BY_NUMBER,
  kindByName,
} from '../tables/kinds';
import { fullTextAt, matchRepostLead, summaryAt } from '../tables/reposts';
import { RELATED_LINKS_HEADING } from '../tables/site-chrome';
import {
  BODY_HEAD_WORDS,
  PARTY_BODY_CODES,
  STATE_BODY_CODES,
  UNITS_UNDER_PARENT,
  stateBodyCode,
} from '../tables/issuers';
import { SYMBOL_RE, classifySymbol, parseSymbol, symbolStartsAt, type ParsedSymbol } from './symbol';
import { spellOutUbnd } from './issuer';
import { NGAY_DATE, PAGE_STAMPS, isoDate } from '../tables/dates';
import type { Signature } from '../model';
import { splitLines } from '../text/lines';

export interface HeaderInfo {
  symbol: ParsedSymbol | null;
  /** Span of the number in the normalised text (so references skip it). */
  symbolSpan: { start: number; end: number } | null;
  /**
   * The same number on a second number line of the header (a portal's record of the document, then its letterhead:
   * "Số: 18 - KH/ĐU" … "Số: 18 - KH/Đ", the code cut by the page): the document's own number again, never a citation.
   */
  echoSpans: { start: number; end: number }[];
  /** A news item's lead names the document it reports here (REPOST_LEADS, reportsOnly): the item cites it. */
  reportedAt: number | null;
  /** A digest of news items: where each lead's number starts (the first lead's too); the page cites each. */
  digestLeads: number[];
  place: string | null;
  date: string | null;
  year: number | null;
  /** Kind line ("CHỈ THỊ") as a table name. */
  kind: string | null;
  /** The kind was read only from a first line that opens with it ("Chỉ thị của Ban Thường vụ Tỉnh ủy về …"). */
  kindFromTitle: boolean;
  title: string | null;
  /** The subject line was "V/v …": a Công văn. */
  subjectLine: boolean;
  /** Issuer block lines, as written ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"; "BAN THƯỜNG VỤ TỈNH ỦY"). */
  issuerLines: string[];
  addressees: string[];
  recipients: string[];
  signature: Signature | null;
  /** Where the body starts (after the header), normalised offset. */
  bodyStart: number;
}

interface Line {
  text: string;
  start: number;
}

function lines(text: string, from: number, to: number): Line[] {
  return splitLines(text, from, to).map((l) => ({ text: text.slice(l.start, l.end), start: l.start }));
}

// "Số: 12/QĐ-UBND", and with a colon "Luật số: 67/2020/QH14", "Nghị quyết số: …", "Số hiệu: …" (laws, reposts); indented
// as deep as a converted two-column table puts it ("            Số 60-NQ/TW"); the place-date may follow on the line
// after one space when an OCR garbled its date ("Số: 4046 /TCT-TTKT Hà Nội, ngàyA2 thang 3 năm 2020"), or the border
// of the table cell it was in ("Số: 1666/NQ-UBTVQH15 |", a flattened letterhead table); "Số" whose accented letter a
// copy lost keeps its colon ("S :3661/VPCP-KTN"); the subject line may be glued to it ("Số: 2597/VPCP-NCV/v tổ chức …").
// A full stop where a page joined the header's lines is not the number's ("Số: 47/2012/NQ-HĐND. Hà Giang, ngày …").
const NUMBER_LINE = new RegExp(
  String.raw`^[ \t]{0,40}(?:(?:Số|SỐ)[ \t]{0,3}[:.]?|S[ \t]{0,2}:|(?:(?:${CAPITALISED_KIND_NAMES.join('|')})[ \t]số|Số[ \t]hiệu)[ \t]{0,3}:)[ \t]{0,3}(?<sym>[\d ]{0,8}(?:(?<=\d)[a-e][ ]{0,2})?[/-][^\t\n]{1,40}?)\.?(?=\t|[ ]{2,}|[ \t]{0,4}$|[ \t]{0,4}\|[ \t]*$|[ \t]{0,4}V\/v[ \t]|[ \t]{1,4}\p{Lu}\p{L}{1,10}(?:[ \t]\p{Lu}\p{L}{0,10}){0,3},?[ \t]{0,2}ngày)`,
  'u',
);
const PLACE_DATE =
  /(?:^[ \t]{0,8}|\t|[ ]{2,})(?:(?<place>\p{Lu}[\p{L}\p{M}\d .'-]{1,40}?|\d{1,2})[ \t]{0,3},|(?<bare>\p{Lu}\p{Ll}{1,7}(?:[ \t]\p{Lu}\p{Ll}{0,7}){0,3}))[ \t]{0,3}ngày[ \t]{0,3}(?<d>\d(?: ?\d)?)?[ \t.…_]{0,20}tháng[ \t]{0,3}(?<m>\d(?: ?\d)?)?[ \t.…_]{0,20}năm[ \t]{0,3}(?<y>\d{4})?/u;
/**
 * A number line a narrow table cell wrapped at its separator ("Số: 16 -" over "HD/BTCTW", a flattened two-column
 * letterhead; dev73 jc13): the number, and the code on the next line.
 */
const WRAPPED_NUMBER =
  /^[ \t]{0,40}(?:Số|SỐ)[ \t]{0,3}:?[ \t]{0,3}(?<n>\d{1,6})[ \t]{0,2}(?<sep>[-/])[ \t|]*$/u;
const WRAPPED_CODE = /^[ \t]{0,8}(?<code>\p{Lu}[\p{L}\p{N}&.]{0,15}[-/][\p{L}\p{N}&./-]{1,30})[ \t|]*$/u;
/** "1281/-UBND": a State number with an empty kind slot. */
const KINDLESS_NUMBER = /^(?<n>\d{1,6})\/-(?<rest>\p{Lu}[\p{L}\p{N}&.-]{0,30})$/u;
/** An upper-case line opening with a body's head word: "CỤC THUẾ TP HÀ NỘI", "SỞ TÀI CHÍNH". */
const BODY_LINE = new RegExp(
  `^(?:${BODY_HEAD_WORDS.map((w) => w.toUpperCase()).join('|')})(?![\\p{L}])`,
  'u',
);
/** A numbered section heading: "I. CÔNG TÁC CHỈ ĐẠO", "2. KẾT QUẢ THỰC HIỆN". */
const SECTION_HEADING = /^(?:[IVXLC]{1,6}|\d{1,2})[.)][ \t]/u;
/** A unit alone on its line under its parent body, in capitals ("BAN TUYÊN GIÁO"; UNITS_UNDER_PARENT). */
const UNIT_LINE = new RegExp(`^(?:${UNITS_UNDER_PARENT.map((u) => u.toUpperCase()).join('|')})$`, 'u');
/** The kinds of administrative units, in capitals as letterheads write them. */
const UNIT_WORDS = 'TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN';
/** A place's kind word in capitals: a body named with its place ("CỤC THUẾ TP HÀ NỘI"), not a name's wrapped end. */
const PLACE_WORD = new RegExp(`[ \\t](?:${UNIT_WORDS}|TP\\.?)[ \\t]`, 'u');
/** An upper-case line naming a unit by its kind: "HUYỆN CHÂU THÀNH", "TỈNH LÂM ĐỒNG", "XÃ TÂN PHÚ". */
const UNIT_PLACE_LINE = new RegExp(
  `^(?:${UNIT_WORDS})[ \\t]{1,2}[\\p{Lu}\\d][\\p{Lu}\\p{M}\\d \\t-]{0,40}$`,
  'u',
);
// The motto may be wrapped: "CỘNG HÒA / XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập / - Tự do - Hạnh phúc", or after its first
// word in a narrow table cell ("CỘNG / HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"; dev82 jl02).
const MOTTO =
  /^(?:CỘNG(?:[ \t]{0,2}\|)?$|CỘNG H(?:ÒA|OÀ|OA)(?![\p{L}])|H(?:ÒA|OÀ|OA) XÃ HỘI CHỦ NGHĨA|XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN|Độc lập|ĐỘC LẬP|-?[ \t]{0,2}Tự do)/u;
const SUBJECT = /^[ \t]{0,8}(?:V\/v|V\/V|Về việc|Về|về)(?![\p{L}\p{N}])[ \t:]{0,3}/u;
const RULE_LINE = /^[ \t]{0,8}[-_=*]{3,}[ \t]{0,8}$/u;
const AUTHORITY = /^[ \t]{0,8}(?<a>(?:(?:TM|KT|Q|TL|TUQ)\.|T\/M)[ \t]{0,3}\S[^\n]{0,80})$/u;
const ROLE = /^[ \t]{0,8}(?<r>[\p{Lu}][\p{Lu} .,-]{2,60}?)(?:[ \t]{1,3}[\p{Ll}]{1,4})?[ \t]{0,4}$/u;
const PERSON = /^[ \t]{0,8}(?<n>\p{Lu}[\p{Ll}\p{M}]{0,7}(?:[ \t]\p{Lu}[\p{Ll}\p{M}]{0,7}){1,4})[ \t]{0,4}$/u;
const KIND_LINES = new Map(KIND_NAMES.map((k) => [k.toUpperCase(), k]));
/** A kind in capitals opening a line, its subject after it ("CHỈ THỊ VỀ CÔNG TÁC …"), however long the line runs. */
const KIND_RUN_ON = new RegExp(
  `^[ \\t]{0,4}(?<kind>${[...KIND_LINES.keys()].sort((a, b) => b.length - a.length).join('|')})[ \\t]{1,2}(?:VỀ|V/V)[ \\t]`,
  'u',
);
const HAS_LOWER = /\p{Ll}/u;
/** PLACE_DATE needs the literal "ngày": the substring test spares the regex on most lines. */
const isPlaceDate = (line: string): boolean => line.includes('ngày') && PLACE_DATE.test(line);
const BODY_START = /^[ \t]{0,8}(?:Căn cứ|Thực hiện|Kính gửi|Triển khai|Theo|Trong những năm|Ngày[ \t]\d)/u;

/**
 * `headerStart` and `titleEnd` come from the layout stage: where the document's own header starts (after a repost's
 * preface) and where its title block ends (the enacting authority or the preamble follows); `preambleStart`, where its
 * first preamble block starts.
 */
export function parseHeader(
  text: string,
  bodyEnd: number = text.length,
  headerStart = 0,
  titleEnd = Infinity,
  preambleStart = Infinity,
): HeaderInfo {
  const headEnd = Math.min(bodyEnd, headerStart + 3000);
  const head = lines(text, headerStart, headEnd);
  const info: HeaderInfo = {
    symbol: null,
    symbolSpan: null,
    echoSpans: [],
    reportedAt: null,
    digestLeads: [],
    place: null,
    date: null,
    year: null,
    kind: null,
    kindFromTitle: false,
    title: null,
    subjectLine: false,
    issuerLines: [],
    addressees: [],
    recipients: [],
    signature: null,
    bodyStart: 0,
  };
  let bodyStart = headerStart;
  let seenMotto = false;
  let titleLines: string[] | null = null;
  let titleDone = false;
  let inAddressees = false;
  // The letterhead is being read after the number (a portal's record of the document came first).
  let lateLetterhead = false;
  // "Số: 1281/-UBND" under "QUYẾT ĐỊNH": a number whose kind code the typist left out, put back from the kind line.
  let kindless: { number: string; issuer: string; at: number; length: number } | null = null;
  for (let i = 0; i < head.length; i++) {
    const { text: raw, start } = head[i];
    const t = raw.trim();
    const inTitle = titleLines !== null && titleLines.length === 0 && !titleDone;
    if (
      (t.length > 220 && !inTitle) ||
      (BODY_START.test(raw) && !/^[ \t]{0,8}Kính gửi/u.test(raw) && info.date !== null)
    ) {
      // A kind line a converter ran into the body ("CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC … Ngày 24 tháng 6 năm 1977 …") still
      // names the text's kind.
      const run = !info.kind && (info.symbol || info.date) ? KIND_RUN_ON.exec(raw) : null;
      if (run?.groups) info.kind = KIND_LINES.get(run.groups.kind) ?? null;
      bodyStart = start;
      break;
    }
    bodyStart = start + raw.length + 1;
    if (inAddressees) {
      if (/^[ \t]{0,8}[-–+•]/u.test(raw)) {
        info.addressees.push(cleanItem(raw));
        continue;
      }
      if (t === '') continue;
      inAddressees = false;
      if (!/^[ \t]{0,8}[-–+•]/u.test(raw)) {
        bodyStart = start;
        break;
      }
    }
    if (t === '') {
      if (titleLines && titleLines.length > 0) titleDone = true;
      continue;
    }
    if (titleLines && !titleDone) {
      if (
        RULE_LINE.test(raw) ||
        isPlaceDate(raw) ||
        NUMBER_LINE.test(raw) ||
        (start >= titleEnd && titleLines.length > 0)
      ) {
        titleDone = true;
      } else if (!(titleLines.length === 0 && /^CỦA[ \t]/u.test(t))) {
        titleLines.push(t);
        continue;
      }
    }
    const kg = /^[ \t]{0,8}Kính gửi[ \t]{0,3}:?[ \t]{0,3}(?<rest>.*)$/u.exec(raw);
    if (kg?.groups) {
      if (kg.groups.rest.trim()) info.addressees.push(cleanItem(kg.groups.rest));
      inAddressees = true;
      continue;
    }
    const num = !info.symbol ? NUMBER_LINE.exec(raw) : null;
    const echo = info.symbol && raw.includes('Số') ? NUMBER_LINE.exec(raw) : null;
    if (echo?.groups) {
      const again = parseSymbol(echo.groups.sym);
      if (again && again.number === info.symbol?.number && again.kindCode === info.symbol.kindCode) {
        const at = start + (echo.index ?? 0) + echo[0].indexOf(echo.groups.sym);
        info.echoSpans.push({ start: at, end: at + echo.groups.sym.length });
        continue;
      }
    }
    const wrapped = !info.symbol && !num && i + 1 < head.length ? WRAPPED_NUMBER.exec(raw) : null;
    const code = wrapped ? WRAPPED_CODE.exec(head[i + 1].text)?.groups?.code : undefined;
    const joined =
      wrapped?.groups && code ? parseSymbol(`${wrapped.groups.n}${wrapped.groups.sep}${code}`) : null;
    if (wrapped?.groups && code && joined) {
      info.symbol = joined;
      const next = head[i + 1];
      info.symbolSpan = {
        start: start + raw.indexOf(wrapped.groups.n),
        end: next.start + next.text.indexOf(code) + code.length,
      };
      i++;
      bodyStart = next.start + next.text.length + 1;
      continue;
    }
    if (num?.groups) {
      const parsed = parseSymbol(num.groups.sym);
      const at = start + (num.index ?? 0) + num[0].indexOf(num.groups.sym);
      if (parsed) {
        info.symbol = parsed;
        info.symbolSpan = { start: at, end: at + num.groups.sym.length };
      } else if (!kindless) {
        const k = KINDLESS_NUMBER.exec(num.groups.sym.replace(/\s/gu, ''));
        if (k?.groups)
          kindless = { number: k.groups.n, issuer: k.groups.rest, at, length: num.groups.sym.length };
      }
    }
    const pd = !info.place && raw.includes('ngày') ? PLACE_DATE.exec(raw) : null;
    if (pd?.groups) {
      info.place = (pd.groups.place ?? pd.groups.bare).trim();
      if (pd.groups.y) {
        info.year = Number(pd.groups.y);
        // "ngày 26 tháng 0 6 năm 2018": a digit a converted table split off its number.
        const digits = (v: string): string => v.replace(/ /gu, '');
        if (pd.groups.d && pd.groups.m)
          info.date = isoDate(digits(pd.groups.d), digits(pd.groups.m), pd.groups.y);
      }
    }
    if (num || pd) {
      const sub = SUBJECT.exec(raw.slice(raw.search(/V\/v/u) >= 0 ? raw.search(/V\/v/u) : raw.length));
      if (sub && !titleLines) {
        info.subjectLine = true;
        titleLines = [raw.slice(raw.search(/V\/v/u) + sub[0].length).trim()];
      }
      continue;
    }
    if (MOTTO.test(t)) {
      seenMotto = true;
      continue;
    }
    // A legal database's editorial note set on its own line by the layout is neither the kind nor the title.
    if (t.startsWith('[') && t.endsWith(']')) continue;
    // Kind lines are in capitals: a line with a lower-case letter (most lines) needs no lookup.
    const kindLine = HAS_LOWER.test(t) ? undefined : KIND_LINES.get(t.replace(/[ \t]+/gu, ' '));
    if (kindLine && !info.kind) {
      info.kind = kindByName(kindLine) ?? kindLine;
      titleLines = [];
      continue;
    }
    if (/^CỦA[ \t]/u.test(t) && info.kind && titleLines && titleLines.length === 0) {
      info.issuerLines.push(t.replace(/^CỦA[ \t]+/u, ''));
      continue;
    }
    const sub = SUBJECT.exec(raw);
    if (sub && /^[ \t]{0,8}V\/v/iu.test(raw) && !titleLines) {
      info.subjectLine = true;
      titleLines = [raw.slice(sub[0].length).trim()];
      continue;
    }
    // The letterhead, before the motto and the kind line; after the number too while no body has been read: a
    // portal's record of the document ("Số kí hiệu\tSố: 18 - KH/ĐU / Ngày ban hành … / Nội dung") comes before it.
    if (
      !seenMotto &&
      !info.kind &&
      isUpper(t) &&
      // A numbered section heading ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH") is the body's, not a letterhead line.
      !SECTION_HEADING.test(t) &&
      (!info.symbol || info.issuerLines.length === 0 || lateLetterhead)
    ) {
      lateLetterhead = info.symbol !== null;
      // A portal's list bullet before a letterhead line ("• ỦY BAN MTTQ VIỆT NAM") is no part of the body's name.
      info.issuerLines.push(t.replace(/^•[ \t]{0,4}/u, ''));
      continue;
    }
    // Two columns flattened line by line ("ỦY BAN NHÂN DÂN / CỘNG HÒA … / HUYỆN CHÂU THÀNH / Độc lập …", "TỔNG CỤC
    // THUẾ / CỘNG HÒA … / CỤC THUẾ TP HÀ NỘI", "HUYỆN ỦY TRIỆU SƠN / ĐẢNG CỘNG SẢN VIỆT NAM / BAN TUYÊN GIÁO"): the
    // body's place, the body itself or its unit comes after the motto's first line, still before the number.
    if (
      seenMotto &&
      !info.kind &&
      !info.symbol &&
      info.issuerLines.length > 0 &&
      (UNIT_PLACE_LINE.test(t) ||
        UNIT_LINE.test(t) ||
        (isUpper(t) && BODY_LINE.test(t) && PLACE_WORD.test(t)))
    ) {
      info.issuerLines.push(t);
      continue;
    }
  }
  info.bodyStart = Math.min(bodyStart, headEnd);
  if (titleLines && titleLines.length > 0) {
    const joined = titleLines.join(' ').replace(/\s+/gu, ' ').trim();
    info.title = joined.length > 0 ? capTitle(joined) : null;
  }
  // A subject line ("V/v …") is a letter's, unless the number names another kind ("Số: 61/2003/QĐ-UB" over "V/V PHÊ
  // DUYỆT DỰ ÁN …" is a decision; dev71 ja08).
  if (!info.kind && info.subjectLine && !info.symbol?.kindCode) info.kind = LETTER_KIND;
  if (!info.symbol && kindless && info.kind) {
    const code = KINDS.find((k) => k.name === info.kind && k.system === 'state' && k.code)?.code;
    const parsed = code ? parseSymbol(`${kindless.number}/${code}-${kindless.issuer}`) : null;
    if (parsed) {
      info.symbol = parsed;
      info.symbolSpan = { start: kindless.at, end: kindless.at + kindless.length };
    }
  }
  if (!info.symbol) inlineHeader(text, bodyEnd, info);
  if (!info.symbol) headline(text, bodyEnd, preambleStart, info);
  if (!info.symbol) annexOf(text, bodyEnd, info);
  // A news item that reports a document ("Kế hoạch chuyển đổi số huyện … / Ngày 20/3/2023, Chủ tịch UBND huyện … đã ban
  // hành Kế hoạch số 80/KH-UBND …"): its headline names the document it is about, not its own kind.
  if (!info.symbol && !info.kind && info.reportedAt === null) titledKind(text, bodyEnd, info);
  readFooter(text, bodyEnd, info);
  return info;
}

/**
 * A re-post or news item with no number line of its own that names the document it reports in its first lines
 * (tables/reposts.ts: "Công văn số 481/CT-TTHT ngày … của Cục Thuế TP Đà Nẵng về …", "Ngày 23/8/2017, Tỉnh ủy … đã ban
 * hành Chương trình số 27-CTr/TU về …"): that document is the text, with its issuer, date and subject.
 */
/**
 * A header run into one line by a document-sharing site ("1. ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI … TỈNH TRÀ VINH Độc lập
 * Tự do  Hạnh phúc    Số: 05/2019/QĐUBND Trà Vinh, ngày 12 tháng 3 năm 2019   QUYẾT ĐỊNH …"): the number right before
 * the place and date is the text's own, wherever the line breaks fell. Only the number and date line together: a
 * "số:" in running text is never followed by a place and "ngày". A full stop may close the number where the lines were
 * joined with one ("Số: 47/2012/NQ-HĐND. Hà Giang, ngày 14 tháng 7 năm 2012"; dev103 kg02): it is not the number's.
 */
const INLINE_HEADER =
  /(?<![\p{L}\p{N}])Số[ \t]{0,3}:[ \t]{0,3}(?<sym>\d{1,6}[^\s,;]{2,40}?)\.?[ \t]{1,6}(?<place>\p{Lu}[\p{L}\p{M} .'-]{1,30}?),[ \t]{0,3}ngày[ \t]{1,3}(?<d>\d{1,2})[ \t]{1,3}tháng[ \t]{1,3}(?<m>\d{1,2})[ \t]{1,3}năm[ \t]{1,3}(?<y>\d{4})/u;
function inlineHeader(text: string, bodyEnd: number, info: HeaderInfo): void {
  const head = text.slice(0, Math.min(bodyEnd, 3000));
  if (!head.includes('ngày')) return;
  const m = INLINE_HEADER.exec(head);
  const symbol = m?.groups ? parseSymbol(m.groups.sym) : null;
  if (!m?.groups || !symbol) return;
  const g = m.groups;
  const at = m.index + m[0].indexOf(g.sym);
  info.symbol = symbol;
  info.symbolSpan = { start: at, end: at + g.sym.length };
  info.place ??= g.place.trim();
  if (!info.date) {
    info.date = isoDate(g.d, g.m, g.y);
    info.year = Number(g.y);
  }
}

/**
 * A lead comes before the body: it is looked for in the first lines, up to the preamble's first line ("Căn cứ …",
 * which the preamble-ending row reads), never after it: "Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy đã ban hành Kết luận
 * số 1587-KL/TU …" after an outline's "Căn cứ" lines is its body citing the conclusion, not the text's own number.
 * Past the first LEAD_LINES (a portal's menu lines and headline may come first), only a lead that announces the
 * document's own words after it ("… ban hành Công văn số 07-CV/BTGHU về việc …, nội dung cụ thể như sau:"): a news
 * item that goes on to report what was done cites the document it names.
 */
const LEAD_LINES = 6;
const ANNOUNCING_LEAD_LINES = 10;
const ANNOUNCES_TEXT = /:[ \t]{0,3}$/u;
function headline(text: string, bodyEnd: number, preambleStart: number, info: HeaderInfo): void {
  const all = lines(text, 0, Math.min(bodyEnd, 3000));
  // Under a portal's list of other items ("Những tin cũ hơn"), a line titles another page.
  const related = all.findIndex((l) => RELATED_LINKS_HEADING.pattern.test(l.text));
  const first = (related < 0 ? all : all.slice(0, related))
    .filter((l) => l.start <= preambleStart)
    .filter((l) => l.text.trim() !== '')
    .slice(0, ANNOUNCING_LEAD_LINES);
  for (const [k, line] of first.entries()) {
    // A line right over the preamble ("Căn cứ …") announces the text as a line ending in ":" does.
    const overPreamble = text.slice(line.start + line.text.length, preambleStart).trim() === '';
    if (k >= LEAD_LINES && !ANNOUNCES_TEXT.test(line.text) && !overPreamble) continue;
    const lead = matchRepostLead(line.text);
    const m = lead?.match;
    if (!lead || !m?.groups || (lead.row.overPreamble && !overPreamble)) continue;
    const g = m.groups;
    const written = g.sym ?? g.num;
    const at = line.start + (m.index ?? 0) + m[0].indexOf(written, m[0].indexOf(g.kind) + g.kind.length);
    // A news form names the page's document only when the document's own text follows; a page that summarises it
    // instead is a news item that cites it.
    // A digest of news items, one lead after another ("Ngày 17/08/2022, UBND huyện đã ban hành Kế hoạch số
    // 4862/KH-UBND nhằm …" then "… Kế hoạch số 4842/KH-UBND nhằm …"), reports each and is none of them.
    const date =
      leadDate(g.d1 ?? g.td1, g.m1 ?? g.tm1, g.y1 ?? g.ty1) ??
      leadDate(g.d2 ?? g.td2, g.m2 ?? g.tm2, g.y2 ?? g.ty2);
    const end = Math.min(bodyEnd, line.start + 20000);
    // Where a summary of the reported document begins (SUMMARY_MARKS): read for a lead that only reports.
    const summary = lead.row.reportsOnly ? summaryAt(text.slice(line.start, end)) : -1;
    if (
      lead.row.reportsOnly &&
      fullTextAt(text.slice(0, end), summary < 0 ? undefined : line.start + summary) < 0
    ) {
      const others = otherLeads(text, line.start, Math.min(bodyEnd, DIGEST_CHARS), written);
      const after = line.start + line.text.length;
      if (
        lead.row.aside ||
        // The kind written in lower case ("… đã ban hành văn bản số 125-CV/BTGHU …") is a reporter's sentence: the page
        // is the document only where its own text follows (FULL_TEXT_MARKS), as in dev90 jt08; dev21 ec16 is news.
        /^\p{Ll}/u.test(g.kind) ||
        others.length > 0 ||
        summary >= 0 ||
        // Nothing after it but a byline or a caption: the page is the lead alone, it holds no text of the document.
        text.slice(after, bodyEnd).trim().length < LEAD_ALONE_REST ||
        // It goes on to cite a text issued after the one it reports, which that one cannot: the page was written later.
        (date !== null && citesLaterText(text, after, Math.min(bodyEnd, after + 20000), date))
      ) {
        info.reportedAt = at;
        if (others.length > 0) info.digestLeads = [at, ...others];
        return;
      }
    }
    const symbol = g.sym ? parseSymbol(g.sym) : codelessLead(g.num, g.kind, g.issuer ?? '', date);
    if (!symbol) continue;
    info.symbol = symbol;
    info.symbolSpan = { start: at, end: at + written.length };
    if (date) {
      info.date = date;
      info.year = Number(date.slice(0, 4));
    }
    const kind = kindByName(g.kind) ?? g.kind;
    if (!GENERIC_KIND_NAMES.has(kind)) info.kind ??= kind;
    if (info.issuerLines.length === 0 && g.issuer) info.issuerLines.push(g.issuer.trim());
    if (g.title) info.title ??= capTitle(g.title.trim());
    return;
  }
}

/** SYMBOL_RE's own copy (a global pattern keeps its position): compiled once, not per page. */
const LATER_SYMBOL = new RegExp(SYMBOL_RE.source, SYMBOL_RE.flags);
/**
 * Whether [from, to) cites a text dated after `date` ("… theo Chỉ thị số 05/CT-UBND ngày 28/7/2020 …" after a lead
 * reporting a plan of 16/7/2020): a number with "ngày <date>" right after it.
 */
function citesLaterText(text: string, from: number, to: number, date: string): boolean {
  const part = text.slice(from, to);
  LATER_SYMBOL.lastIndex = 0;
  for (let m = LATER_SYMBOL.exec(part); m; m = LATER_SYMBOL.exec(part)) {
    if (!symbolStartsAt(part, m.index)) continue;
    const d = NGAY_DATE.exec(part.slice(m.index + m[0].length, m.index + m[0].length + 40))?.groups;
    const iso = d ? isoDate(d.d1 ?? d.d2, d.m1 ?? d.m2, d.y1 ?? d.y2) : null;
    if (iso && iso > date) return true;
  }
  return false;
}

/** At most this much after a news lead (a byline, a photo caption, a hotline) and the page is the lead alone. */
const LEAD_ALONE_REST = 200;
/** How far into a page a digest's further leads are looked for (a portal's list view: a few items per screen). */
const DIGEST_CHARS = 3000;
/**
 * Where the numbers of further news leads (REPOST_LEADS, reportsOnly) reporting other numbers start: at a line's start
 * or a sentence's ("… khu vực khai thác nước dưới đất. Ngày 27/7/2022, Sở Tài nguyên và Môi trường có Văn bản số …").
 */
function otherLeads(text: string, from: number, to: number, written: string): number[] {
  const found: number[] = [];
  for (const line of lines(text, from, to)) {
    for (const s of line.text.matchAll(SENTENCE_OPENING)) {
      const at = s.index ?? 0;
      const lead = matchRepostLead(line.text.slice(at));
      const g = lead?.match.groups;
      const sym = g?.sym ?? g?.num;
      if (!lead?.row.reportsOnly || !g || !sym || sym === written) continue;
      const m = lead.match;
      found.push(line.start + at + (m.index ?? 0) + m[0].indexOf(sym, m[0].indexOf(g.kind) + g.kind.length));
    }
  }
  return found;
}
/** A line's start, or a sentence's after a full stop. */
const SENTENCE_OPENING = /^|(?<=\.[ \t]{1,2})(?=\p{Lu})/gu;

/**
 * An annex's heading names the text it is attached to ("(Kèm theo Công văn số 4001/UBND-ĐT ngày 24 tháng 11 năm 2025
 * của Ủy ban nhân dân Thành phố)", "(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày …)"): in a copy whose header
 * was lost, that is the text's own number and date. Only a line that opens with the parenthesis: in running text
 * "ban hành kèm theo Quyết định số …" cites another text's annex.
 */
const ANNEX_HEADING = new RegExp(
  String.raw`^[ \t*_]{0,6}\([ \t]{0,2}(?:[Bb]an[ \t]hành[ \t])?[Kk]èm[ \t]theo[ \t]{1,2}(?<kind>${CAPITALISED_KIND_NAMES.join('|')})[ \t]{1,2}số[ \t]{0,2}:?[ \t]{0,2}(?<sym>\d{1,6}[^\s,;)]{2,40}?)(?=[\s,;)])(?:[ \t]{1,2}ngày[ \t]{1,2}(?<d>\d{1,2})[ \t]{1,2}tháng[ \t]{1,2}(?<m>\d{1,2})[ \t]{1,2}năm[ \t]{1,2}(?<y>\d{4})|[ \t]{1,2}ngày[ \t]{1,2}(?<d2>\d{1,2})\/(?<m2>\d{1,2})\/(?<y2>\d{4}))?`,
  'u',
);
/** Characters before an annex heading within which the page holds nothing but the annex's title (see annexOf). */
const ANNEX_ALONE_WITHIN = 400;
const SENTENCE_LINE_END = /[.;:][ \t*_]*(?:\n|$)/u;
const ANNEX_ISSUER =
  /^[ \t,]{0,3}(?:ngày[^)]{0,30}?[ \t])?của[ \t]{1,2}(?<issuer>\p{Lu}[^)\n]{2,120}?)[ \t]{0,2}\)/u;
function annexOf(text: string, bodyEnd: number, info: HeaderInfo): void {
  // Most texts have no annex: they are not split into lines for it.
  if (!text.includes('èm theo')) return;
  for (const line of lines(text, 0, bodyEnd)) {
    if (!line.text.includes('èm theo')) continue;
    const m = ANNEX_HEADING.exec(line.text);
    const g = m?.groups;
    const symbol = g ? parseSymbol(g.sym) : null;
    if (!m || !g || !symbol) continue;
    // A page that opens with the annex (its title, a posting time, then "(Kèm theo Hướng dẫn số 33-HD/BTGTU …)":
    // a portal's copy of a propaganda outline or an answer guide) holds the annex alone, a text of its own that
    // cites the one it is attached to; the heading names the page's own text only after that text's body, whose
    // lines end in sentence marks ("Kính gửi:", "- Sở Tài chính.", "Thực hiện Kết luận số 15-KL/ĐU …").
    if (line.start < ANNEX_ALONE_WITHIN && !SENTENCE_LINE_END.test(text.slice(0, line.start))) {
      // Issued by the body that issued the text it goes with ("… của Ban Tuyên giáo Tỉnh ủy Hải Dương)").
      const of = ANNEX_ISSUER.exec(line.text.slice(m[0].length));
      if (of?.groups) info.issuerLines.push(of.groups.issuer);
      return;
    }
    const at = line.start + (m.index ?? 0) + m[0].indexOf(g.sym);
    info.symbol = symbol;
    info.symbolSpan = { start: at, end: at + g.sym.length };
    const date = leadDate(g.d ?? g.d2, g.m ?? g.m2, g.y ?? g.y2);
    if (date && !info.date) {
      info.date = date;
      info.year = Number(date.slice(0, 4));
    }
    if (!GENERIC_KIND_NAMES.has(g.kind)) info.kind ??= kindByName(g.kind) ?? g.kind;
    return;
  }
}

/** A Party body's name at the start of a lead's issuer ("Ban Thường vụ Tỉnh ủy Yên Bái"), with its code. */
const PARTY_LEAD_BODIES = PARTY_BODY_CODES.map((b) => ({
  head: new RegExp(b.head.replace(/\$$/u, '(?![\\p{L}])'), 'iu'),
  code: b.code,
}));
/**
 * A Party text named by its number alone in a lead ("Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về …"):
 * the Party numbers its texts "<number>-<kind code>/<body code>", so the kind and the body give "17-CT/TU".
 */
function codelessLead(
  num: string,
  kindName: string,
  issuer: string,
  date: string | null,
): ParsedSymbol | null {
  const kind = kindByName(kindName);
  const kindCode = kind ? PARTY_KINDS_CITED_BY_NUMBER.get(kind) : undefined;
  const body = kindCode ? PARTY_LEAD_BODIES.find((b) => b.head.test(issuer.trim())) : undefined;
  if (kindCode && body) return classifySymbol(num, `-${kindCode}/${body.code}`);
  // Or a State body's ("Chủ tịch UBND tỉnh vừa ra Công điện số 09 …" is 09/CĐ-UBND; STATE_BODY_CODES, dev41 ew05).
  const named = spellOutUbnd(issuer.trim());
  const state = kind ? STATE_LEAD_BODIES.find((b) => b.kinds[kind] && b.head.test(named)) : undefined;
  const code = kind && state ? stateBodyCode(state, kind, date) : null;
  return code ? classifySymbol(num, code) : null;
}
const STATE_LEAD_BODIES = STATE_BODY_CODES.map((b) => ({
  ...b,
  head: new RegExp(b.head.replace(/\$$/u, '(?![\\p{L}])'), 'u'),
}));

/**
 * A text with no number and no kind line, titled by its kind ("Kế hoạch tiếp tục triển khai thực hiện chủ đề …",
 * "HƯỚNG DẪN: Công tác phòng, chống tội phạm …", "Hướng dẫn tuyên truyền kỷ niệm …", "THÔNG BÁO Về việc lấy ý kiến …",
 * or the kind alone over its subject: "Nghị quyết" / "Về chủ trương sắp xếp …"): a portal's copy of an unnumbered plan
 * or guidance is of that kind, under the portal's short lines if any.
 */
const TITLE_KIND = new RegExp(
  `^[ \\t#*]{0,8}(?<kind>${KIND_NAMES.filter((k) => !GENERIC_KIND_NAMES.has(k)).join('|')})(?:[ \\t]{0,2}:)?(?:[ \\t]{1,3}\\S|[ \\t]*$)`,
  'iu',
);
/**
 * A portal's furniture over the title ("Tìm kiếm tin tức", "08/05/2024 - 21:10", "HUYỆN UỶ HÀM THUẬN BẮC | VĂN KIỆN,
 * TƯ LIỆU"): short lines, at most this many, each at most CHROME_LINE_CHARS long, before the line the title opens.
 */
const CHROME_LINES = 6;
const CHROME_LINE_CHARS = 60;
function titledKind(text: string, bodyEnd: number, info: HeaderInfo): void {
  const head = lines(text, 0, Math.min(bodyEnd, STAMPED_TITLE_CHARS)).filter((l) => l.text.trim() !== '');
  const titled = (line: { text: string }): boolean => {
    const m = TITLE_KIND.exec(line.text);
    if (!m?.groups) return false;
    info.kind = kindByName(m.groups.kind) ?? null;
    info.kindFromTitle = info.kind !== null;
    return true;
  };
  for (const line of head.slice(0, CHROME_LINES + 1)) {
    if (titled(line)) return;
    if (line.text.trim().length > CHROME_LINE_CHARS) break;
  }
  // Under a longer menu, the headline is the line right over the page's time stamp ("Kế hoạch Triển khai thực hiện
  // “Ngày Chủ nhật xanh” … / Ngày cập nhật 09/03/2020"; dev69 gy05).
  for (let i = 0; i + 1 < head.length; i++)
    if (PAGE_STAMPS.some((p) => p.pattern.test(head[i + 1].text)) && titled(head[i])) return;
}
/** How far into a page its stamped headline is looked for (a portal's menus come first). */
const STAMPED_TITLE_CHARS = 2000;

function leadDate(d: string | undefined, m: string | undefined, y: string | undefined): string | null {
  return d && m && y ? isoDate(d, m, y) : null;
}

function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

function cleanItem(s: string): string {
  return s
    .replace(/^[ \t]{0,8}[-–+•][ \t]{0,4}/u, '')
    .replace(/[;,.]+[ \t]*$/u, '')
    .trim();
}

/** "Nơi nhận:" list and the signature block, in the last lines of the body. */
function readFooter(text: string, bodyEnd: number, info: HeaderInfo): void {
  const from = Math.max(0, bodyEnd - 4000);
  const tail = lines(text, from, bodyEnd);
  const nn = tail.findIndex((l) => /^[ \t]{0,8}Nơi nhận[ \t]{0,3}:/u.test(l.text));
  if (nn >= 0) {
    for (let i = nn + 1; i < tail.length; i++) {
      const l = tail[i].text;
      if (/^[ \t]{0,8}[-–+•]/u.test(l)) info.recipients.push(cleanItem(l));
      else if (l.trim() !== '') break;
    }
  }
  // Signature: the last person-name line, with the authority and role lines above it.
  for (let i = tail.length - 1; i >= Math.max(0, tail.length - 40); i--) {
    const m = PERSON.exec(tail[i].text);
    if (!m?.groups) continue;
    if (/^[ \t]{0,8}[-–+•]/u.test(tail[i].text)) continue;
    const authorities: string[] = [];
    let role: string | null = null;
    for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
      const l = tail[j].text;
      if (l.trim() === '') continue;
      const a = AUTHORITY.exec(l);
      if (a?.groups) {
        authorities.unshift(a.groups.a.trim());
        continue;
      }
      const r = ROLE.exec(l);
      if (r?.groups && !role && authorities.length === 0) {
        role = r.groups.r.trim();
        continue;
      }
      break;
    }
    info.signature = {
      name: m.groups.n.trim(),
      authority: authorities.length ? authorities.join(' / ') : null,
      role,
    };
    return;
  }
}

/**
 * A title is a name to show, not the text: one over MAX_TITLE characters (a decision repealing five others, each
 * named in full) is cut at a word and ends with "…". The document's text keeps it whole.
 */
export const MAX_TITLE = 400;
function capTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE - 1);
  return `${title.slice(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).replace(/[ ,;:]+$/u, '')}…`;
}
