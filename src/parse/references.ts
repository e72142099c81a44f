/**
 * Citations in normalised text: "<Kind> số <symbol> ngày <date> của <issuer> về <title>" and its variants
 * (kind without "số", "Văn bản số", date after the issuer, quoted titles, date and issuer written before the
 * number, shared date and issuer across "X và Y ngày … của …"). One scan for symbols; every other step looks
 * at a bounded window around a hit, so the cost is linear in the text.
 */
import { SYMBOL_RE, classifySymbol, symbolStartsAt, type ParsedSymbol } from './symbol';
import {
  FORM_WORDS,
  KIND_NAMES,
  GENERIC_KIND_NAMES,
  PARTY_CODE_UNSURE_YEARS,
  PARTY_KINDS_CITED_BY_NUMBER,
  PARTY_KIND_ABBREVIATIONS,
  URGENCY_MARKS,
  KIND_QUALIFIERS,
  kindByName,
} from '../tables/kinds';
import {
  AT_CLAUSE,
  BARE_MADE_VERBS,
  MADE_VERBS,
  ON_BEHALF_WORDS,
  SAID_NOUNS,
  PARTY_BODY_CODES,
  SAID_IN_VERBS,
  STATE_BODY_CODES,
  stateBodyCode,
  lookupIssuerCode,
} from '../tables/issuers';
import {
  DATE_IN_PARENS,
  NGAY_DATE,
  NGAY_DAY_MONTH,
  isoDate,
  DATE_PATTERNS,
  TODAY_WORDS,
  WHEN_OPENINGS,
  dateInPageYear,
  dateNearCited,
  type pageStamp,
} from '../tables/dates';
import { namesPlace, parseIssuers, wholeIssuers, type IssuerMention } from './issuer';
import { TRIGGER_AT_START } from './triggers';
import type { PlaceLookup } from '../model';
import { foldSpaces } from '../text/spaces';
import { letterOrDigitBefore } from '../text/boundary';
import { eitherCase, phrases } from '../tables/phrase';
import { LISTED_WITH } from '../tables/reposts';

export interface RawReference {
  /** Start of the citation (kind name, or "số", or the symbol) in the normalised text. */
  start: number;
  symbolStart: number;
  symbolEnd: number;
  /** End of the number, date, issuer and term (not the title). */
  attrEnd: number;
  /** End including the title. */
  end: number;
  parsed: ParsedSymbol;
  /** Kind name as written before the number, if any. */
  writtenKind: string | null;
  kind: string | null;
  date: string | null;
  issuers: IssuerMention[];
  /** "khóa XI" written after the issuer. */
  term: string | null;
  title: string | null;
  /** A year told after a number that has none ("Quyết định 152/QĐ-UBND năm 2024 công bố …"), without a date. */
  toldYear?: number | null;
  /**
   * The issuer's name runs into the end of the text, which stops inside a word (a stored page's excerpt cut in
   * "… của Bộ Nông nghi"): the name read is a fragment, so the symbol's code names the body where it can.
   */
  issuerCut?: boolean;
}

const KIND_ALT = KIND_NAMES.map((k) => k.replace(/ /gu, '\\s{1,2}')).join('|');
/** Looking back from a symbol: "[Kind] [số[:]]" ending right at it. */
const URGENCY = URGENCY_MARKS.map((m) => m.replace(/ /gu, '\\s{1,2}')).join('|');
const QUALIFIER = KIND_QUALIFIERS.map((m) => m.replace(/ /gu, '\\s{1,2}')).join('|');
const BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?<kind>${KIND_ALT})\\s{1,3}(?:\\([ \\t]{0,2}(?:${URGENCY})[ \\t]{0,2}\\)\\s{1,3}|(?:${URGENCY}|${QUALIFIER})\\s{1,3})?)?(?:(?<![\\p{L}\\p{N}])(?<so>số)[ \\t]{0,2}:?\\s{0,3})?$`,
  'iu',
);
const BEFORE_AT = new RegExp(BEFORE.source, 'iuy');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * BEFORE.exec(win), tried only where a match can start: a letter not preceded by a letter or digit (both groups
 * open with a word behind such a boundary), else the empty match at the end. The unanchored search tried the whole
 * alternation of kind names at each of the 48 offsets before every symbol.
 */
function lookBack(win: string): RegExpExecArray | null {
  for (let p = 0; p < win.length; p++) {
    if (!mayBeLetter(win, p)) continue;
    if (p > 0 && isLetterOrDigit(win, p - 1)) continue;
    BEFORE_AT.lastIndex = p;
    const m = BEFORE_AT.exec(win);
    if (m) return m;
  }
  BEFORE_AT.lastIndex = win.length;
  return BEFORE_AT.exec(win);
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** s[p] is a letter, or half of a surrogate pair (which may be one): ASCII by its code, the rest by \p{L}. */
function mayBeLetter(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c < 0x80) return isAsciiLetter(c);
  return isSurrogate(c) || LETTER.test(s[p]);
}

/** s[p] on its own is a letter or digit (a lone surrogate is not): ASCII by its code, the rest by its class. */
function isLetterOrDigit(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c < 0x80) return isAsciiLetter(c) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(s[p]);
}

/**
 * What opens the issuer after a number and its date: "của", or the plenum that adopted a resolution, with or without it
 * ("Nghị quyết số 20-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"; dev29 ek01).
 */
const OF =
  /^[\s,]{0,3}(?:của\s{1,3}(?:của\s{1,3})?(?:Hội\snghị\s(?:lần\sthứ\s[\p{L}\d]{1,8}\s|(?=Ban\sChấp\shành)))?|Hội\snghị\s(?:lần\sthứ\s[\p{L}\d]{1,8}\s)?(?=Ban\sChấp\shành))/u;
/** Codes of bodies every level has, whose place may follow the number ("21/NQ-HĐND tỉnh Cà Mau"). */
const PLACED_CODES: ReadonlySet<string> = new Set(['UBND', 'HĐND']);
/** A space, then a lower-case word (the level: "tỉnh", "huyện", "xã"): a place, not a date, year or title. */
const PLACE_AFTER_CODE = /^[ \t]{1,2}\p{Ll}/u;
const TERM =
  /^[ \t]{0,2}\(?[ \t]{0,2}kh(?:óa|oá)[ \t]{1,2}(?<k>[IVXL]{1,7})(?![\p{L}\p{N}])(?:[ \t]{0,2}\))?/iu;
const ABOUT =
  /^[ \t,]{0,3}(?:về[ \t]việc|V\/v|về|ban[ \t]hành|quy[ \t]định[ \t]về|quy[ \t]định)(?![\p{L}\p{N}])[ \t]{0,3}/iu;
const QUOTE = /^[ \t]{0,3}[“"](?<q>[^”"\n]{1,400})[”"]/u;
const TITLE_STOP = /[;\n“”"(]|\.(?=\s|$)/u;
/** What leads from a title into the next citation, at its end ("về thực hiện và"). */
const TITLE_LEAD_OUT = /(?:[ \t,]|(?<![\p{L}\p{N}])(?:và|theo))+$/u;
/** TITLE_LEAD_OUT can only match a title ending so: one look at the end instead of a match tried at every offset. */
const TITLE_LEAD_OUT_END = /(?:[ \t,]|và|theo)$/u;
/**
 * "Ngày 16 tháng 5 năm 2016, Thủ tướng Chính phủ đã ban hành", "Ngày 12/3/2012, Văn phòng Chính phủ đã có" (the comma
 * may be missing), "Ngày 28/2/2025, Thường trực Ban Bí thư … đã ký" or "Ngày 10/10/2024, tại" right before a citation; a
 * law passed ("Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số …", "…, tại kỳ họp thứ 9,
 * Quốc hội Khóa XV đã ban hành Luật …") may name itself between the verb and its number. The sentence may open on the
 * time of day (WHEN_OPENINGS: "Đêm 22/9, …", "Sáng 19-9, …"), after a byline ("(QBĐT) - Ngày …") or a caption the page
 * glued to it (capitalised after a lower-case word: "Ảnh minh họaNgày …", which text/glued.ts turns into "họa Ngày"),
 * an agency's tag ("HNP - Ngày 24/12, …"), and give the day and month alone: the year is then the page's (PAGE_STAMPS).
 */
const WHEN = `(?:${WHEN_OPENINGS.map(
  (w) => `[${w[0]}${w[0].toLowerCase()}]${w.slice(1).replace(/ /gu, '[ \\t]')}`,
).join('|')})(?:[ \\t](?:${TODAY_WORDS.map((w) => w.replace(/ /gu, '[ \\t]')).join('|')}))?`;
/** The stored page date a text runs on from (" date 2025-09-18 Tại Công văn số …"; PAGE_STAMPS' first row). */
const PAGE_DATE = String.raw`\d{4}-\d{2}(?:-\d{2})?[ \t]`;
const DATE_BEFORE = new RegExp(
  String.raw`(?:^|[.;:,()*]\s{0,3}|\n[ \t]{0,16}|(?<=${PAGE_DATE})|(?<=\p{Ll}[ \t]?)(?=[${WHEN_OPENINGS.map((w) => w[0]).join('')}]))(?:(?:\p{Lu}{2,6}[ \t]{0,2})?[-+•–][ \t]{0,2})?(?:${WHEN})[ \t]{1,3}(?:(?<date>\d{1,2}[ \t]{1,3}tháng[ \t]{1,3}\d{1,2}[ \t]{1,3}năm[ \t]{1,3}\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})|(?<dd>\d{1,2})[/.-](?<mm>\d{1,2})(?![/.-]?\d)),?[ \t]{1,3}(?:tại[ \t]kỳ[ \t]họp[^,;.]{1,30},[ \t]{1,3})?(?:(?<issuer>(?:[^,;.]|,[ \t](?=\p{Lu}|nhiệm[ \t]kỳ[ \t]\d)){3,120}?)[ \t]{1,3}(?:đã[ \t]{1,3})?(?:ký(?:[ \t]{1,3}ban[ \t]hành)?|ban[ \t]hành|thông[ \t]qua|${phrases(BARE_MADE_VERBS)})(?:[ \t]{1,3}(?:Luật|Bộ[ \t]luật|Pháp[ \t]lệnh|Nghị[ \t]quyết)[ \t][^,;.\n\d]{1,80}?)?|(?:tại|theo))[ \t]{1,3}$`,
  'u',
);

/**
 * The body named right before a citation: "Theo đề nghị của UBND huyện Châu Thành tại Tờ trình số 308/TTr-UBND",
 * "ý kiến của Bộ Tài chính tại Công văn số …" (what the body said: SAID_NOUNS; or "… và của Sở Kế hoạch và Đầu tư tại
 * Công văn số 183/KHĐT-KT" after such a noun's first body), "các Quyết định của Ủy ban nhân dân
 * tỉnh Vĩnh Phúc, trong đó có Quyết định số 05/2025/QĐ-UBND": the citation is that body's text.
 */
const BODY_BEFORE = String.raw`(?:(?!của[ \t])[^,;.:\n]|\n(?!\n)){3,100}?`;
const ISSUER_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:${phrases(SAID_NOUNS.words)}|và)[ \t]{1,2}của[ \t]{1,2}(?<said>${BODY_BEFORE})[ \t]{1,2}tại|(?<![\p{L}\p{N}])của[ \t]{1,2}(?<among>${BODY_BEFORE}),[ \t]{1,2}trong[ \t]đó[ \t]có)[ \t]{1,2}$`,
  'u',
);

export interface ReferenceScanOptions {
  places: PlaceLookup;
  /** Spans to ignore (the document's own "Số:" line). */
  skip?: { start: number; end: number }[];
  /** When the page was posted (tables/dates.ts, pageStamp): the year of a day and month told without one. */
  stamp?: ReturnType<typeof pageStamp>;
}

/** "năm 2024" right after a number with no year of its own. */
const YEAR_AFTER = /^[ \t]{1,2}năm[ \t]{1,2}(?<y>(?:19|20)\d{2})(?![\p{L}\p{N}])/u;

/** FORM_WORDS right before a number, with or without "số". */
const FORM_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${FORM_WORDS.words.join('|')})[ \\t]{1,2}(?:số[ \\t]{0,2}:?[ \\t]{0,2})?$`,
  'iu',
);

/** Every citation in the text, in order. */
export function findReferences(text: string, options: ReferenceScanOptions): RawReference[] {
  const refs: RawReference[] = [];
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
    const symbolStart = m.index;
    if (!symbolStartsAt(text, symbolStart)) continue;
    let parsed = classifySymbol(m.groups?.num ?? '', m.groups?.rest ?? '');
    if (!parsed) continue;
    // A word glued to the end ("83/2013/NĐ-CPcó") is text again.
    let symbolEnd = m.index + m[0].length - (parsed.trimmed ?? 0);
    // A space typed inside the last code ("01/2016/TT-BGD ĐT"): joined when only the joined code is a body's.
    const split = parsed.trimmed ? null : splitCode(text, symbolEnd, parsed);
    if (split) {
      parsed = split.parsed;
      symbolEnd = split.end;
    }
    if (options.skip?.some((s) => symbolStart < s.end && symbolEnd > s.start)) continue;
    const before = lookBack(text.slice(Math.max(0, symbolStart - 48), symbolStart));
    const kindWritten = before?.groups?.kind ?? null;
    const hasSo = before?.groups?.so !== undefined;
    // A letter-style symbol needs "số", a kind name, or to continue a list of citations ("số 12/UBND-VX,
    // 15/UBND-VX"): "2/UBND" alone is too weak.
    const prev = refs[refs.length - 1];
    const listed =
      prev !== undefined && /^[\s,;]{0,3}(?:và[ \t]{1,2})?$/u.test(text.slice(prev.attrEnd, symbolStart));
    if (parsed.family === 'letter' && !kindWritten && !hasSo && !listed) continue;
    // "09KH/ĐTN": a number glued to its Party kind code counts only after "số" or a kind (PARTY_GLUED), and never
    // with a People's Committee's or Council's code ("2609QĐ/UBND" is "2609/QĐ-UBND" typed awry).
    if (
      /^\p{Lu}/u.test(m.groups?.rest ?? '') &&
      ((!kindWritten && !hasSo) || parsed.issuerCodes.some((c) => /UBND|HĐND/u.test(c)))
    )
      continue;
    // "Nghị quyết số 36a/NQ-CP" is a text; "mẫu số 01a/TB-TSDĐ" a form: a number with a letter needs its kind.
    if (/\p{Ll}$/u.test(parsed.number ?? '') && !kindWritten) continue;
    // "theo mẫu số 03/TNDN": a form's number (FORM_WORDS), unless its code names a kind.
    if (
      !kindWritten &&
      !parsed.kindCode &&
      FORM_BEFORE.test(text.slice(Math.max(0, symbolStart - 24), symbolStart))
    )
      continue;
    const start = symbolStart - (before ? before[0].length : 0);
    const ref = readTail(text, parsed, start, symbolStart, symbolEnd, kindWritten, options.places);
    // With no body after it, the one named as the subject of "ban hành" right before it ("Ban Chấp hành Trung ương Hội
    // Cựu chiến binh Việt Nam đã ban hành Hướng dẫn số 13/HD-CCB ngày 25/7/2025, quy định …").
    if (ref.issuers.length === 0) ref.issuers = issuedBy(text, start, options.places);
    // "các Công văn số 12/UBND-VX, 15/UBND-VX": a bare item of a list takes the list's kind, unless its own code
    // names one ("77/GP-UBND ngày 06/09/2019 1762/QĐ-UBND": a licence, then a decision).
    if (
      listed &&
      !kindWritten &&
      !hasSo &&
      prev.kind &&
      prev.parsed.family === parsed.family &&
      !parsed.kindCode
    )
      ref.kind = prev.kind;
    // "Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 …; số 28/2016/QH14 …": each "số" item is of the kind
    // that announced the list.
    // A symbol whose code names its kind keeps it ("các Chương trình … theo quy định tại các Quyết định: số 1719/QĐ-TTg").
    if (!kindWritten && hasSo && !parsed.kindCode) ref.kind = listKind(text, start) ?? ref.kind;
    refs.push(ref);
  }
  codelessPartyCitations(text, refs, options);
  shortNames(text, refs, options);
  sharedCodeNumbers(text, refs);
  shareAcrossConjunction(text, refs);
  // A page with no stamp: the latest date it gives in full for a text it cites places a day and month told alone.
  const cited = options.stamp ? null : latestFullDate(refs);
  dateBefore(text, refs, options.places, options.stamp ?? null, cited);
  dayMonthAfter(text, refs, options.stamp ?? null, cited);
  issuerBefore(text, refs, options.places);
  atClauseIssuer(text, refs, options.places);
  sameNumberSameDateSameDocument(refs);
  sameSymbolSameDocument(refs);
  for (let i = 0; i < refs.length; i++) {
    const next = refs[i + 1];
    if (next && refs[i].end > next.start) refs[i].end = Math.max(refs[i].attrEnd, next.start);
    const title = readTitle(text, refs[i].attrEnd, next ? next.start : text.length);
    const dated = title ? DATE_AFTER_TITLE.exec(title) : null;
    refs[i].title = dated ? clean(title?.slice(0, dated.index) ?? '') : title;
    if (dated?.groups && !refs[i].date) {
      const g = dated.groups;
      refs[i].date = isoDate(g.d1 ?? g.d2, g.m1 ?? g.m2, g.y1 ?? g.y2);
    }
  }
  return refs;
}

/**
 * The cited text's date written after its subject, where a clause or its body begins ("Tại Công văn số 59-CV/BCĐ về
 * việc sắp xếp đơn vị sự nghiệp … ngày 12/9/2025, Ban Chỉ đạo Trung ương … đề nghị"; dev68 gx03): the title ends there
 * and the date is the text's, when it gave none before. A date inside the subject ("về tổ chức hội nghị ngày 12/9/2025
 * tại …") runs on and is left to it.
 */
const DATE_AFTER_TITLE =
  /[ \t]{1,2}ngày[ \t]{1,2}(?:(?<d1>\d{1,2})[/.-](?<m1>\d{1,2})[/.-](?<y1>\d{4})|(?<d2>\d{1,2})[ \t]tháng[ \t](?<m2>\d{1,2})[ \t]năm[ \t](?<y2>\d{4}))(?=[ \t]{0,2}(?:,[ \t]{1,2}\p{Lu}|của[ \t]{1,2}\p{Lu}))/u;

/**
 * "Chỉ thị số 35 ngày …", "Nghị quyết 57 của …": a Party kind and a bare number, not the start of a symbol ("35-CT/TW",
 * "35/CT-TTg", "84 QĐ/TWĐTN", "66.7/2025"). The word boundary before it is checked in code: a lookbehind at the head
 * made V8 try the pattern at every offset (430 ms over the 36 MB of the corpus, against 80 ms without).
 */
/** What goes on from a number into a symbol or a longer number ("612/QĐ-UBDT", "35-CT/TW", "66.7"). */
const NUMBER_GOES_ON = String.raw`[\p{L}\p{N}]|[ \t]{0,2}[-/]|[.,]\d`;
/** After a bare number: not the start of a symbol, with a code after a space too ("84 QĐ/TWĐTN"). */
const NOT_A_SYMBOL_AFTER = String.raw`(?!${NUMBER_GOES_ON}|[ \t]{1,2}\p{Lu}{2,}[-/])`;
/** Further numbers of one kind and body ("Nghị quyết số 04, 05, 06 của Ban chấp hành Trung ương Hội Nông dân …"). */
const MORE_NUMBERS = String.raw`(?<more>(?:[ \t]{0,2},[ \t]{0,2}\d{1,5}(?!${NUMBER_GOES_ON})){1,9}(?:,?[ \t]{1,2}và[ \t]{1,2}\d{1,5})?|,?[ \t]{1,2}và[ \t]{1,2}\d{1,5})?`;
const ABBREVIATIONS = [...PARTY_KIND_ABBREVIATIONS.keys()].join('|');
/** Kinds a State body cites by number alone (STATE_BODY_CODES), with their codes. */
const STATE_KINDS_CITED_BY_NUMBER: ReadonlyMap<string, string> = new Map(
  STATE_BODY_CODES.flatMap((b) => Object.entries(b.kinds)),
);
const KINDS_CITED_BY_NUMBER = [
  ...new Set([...PARTY_KINDS_CITED_BY_NUMBER.keys(), ...STATE_KINDS_CITED_BY_NUMBER.keys()]),
];
/**
 * The year a writer glosses a Party number with ("Nghị quyết 57/2024 của Bộ Chính trị"): no Party symbol holds a year,
 * so it is read only when the body after it is the Party's (a State number may hold one: "202/2025/QH15").
 */
const GLOSSED_YEAR = String.raw`(?:\/(?<year>(?:19|20)\d{2})(?!${NUMBER_GOES_ON}))?`;
const CODELESS = new RegExp(
  `(?:(?<kind>${KINDS_CITED_BY_NUMBER.map(eitherCase).join('|')})(?:[ \\t]{0,2}\\((?:${ABBREVIATIONS})\\))?|(?<abbr>${ABBREVIATIONS}))[ \\t]{1,2}(?:số[ \\t]{0,2}:?[ \\t]{0,2})?(?<num>\\d{1,5})${GLOSSED_YEAR}${MORE_NUMBERS}${NOT_A_SYMBOL_AFTER}`,
  'gu',
);
const PARTY_BODIES = PARTY_BODY_CODES.map((b) => ({ head: new RegExp(b.head, 'u'), code: b.code }));
const STATE_BODIES = STATE_BODY_CODES.map((b) => ({ ...b, head: new RegExp(b.head, 'u') }));

/**
 * The typed code a bare number takes from its kind and its body: Party "-NQ/TU", or State "/NQ-CP" (with the year or
 * term its date gives where the number holds one: stateBodyCode).
 */
function codeOf(kindName: string, issuer: IssuerMention, date: string | null): string | null {
  const partyKindCode = PARTY_KINDS_CITED_BY_NUMBER.get(kindName);
  const party = partyKindCode ? PARTY_BODIES.find((b) => b.head.test(issuer.head)) : undefined;
  if (party) return `-${partyKindCode}/${party.code}`;
  const state = STATE_BODIES.find((b) => b.head.test(issuer.head));
  return state ? stateBodyCode(state, kindName, date) : null;
}

/** A kind cited by its bare number in a year it had two codes (PARTY_CODE_UNSURE_YEARS). */
function unsureCode(kind: string, date: string | null): boolean {
  const years = PARTY_CODE_UNSURE_YEARS.get(kind);
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return years !== undefined && year >= years[0] && year <= years[1];
}

/**
 * A Party document cited by number alone with its body after it ("Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính trị"):
 * the Party numbers its texts "<number>-<kind code>/<body code>" (Hướng dẫn 36-HD/VPTW), so the kind and the body
 * give the symbol ("35-CT/TW"). Without a Party body after it, a bare number is not a citation.
 */
function codelessPartyCitations(text: string, refs: RawReference[], options: ReferenceScanOptions): void {
  const found: RawReference[] = [];
  CODELESS.lastIndex = 0;
  for (let m = CODELESS.exec(text); m; m = CODELESS.exec(text)) {
    if (letterOrDigitBefore(text, m.index)) continue;
    // "NQ 28 của Ban Thường vụ Thành ủy": the kind's code stands for its name.
    const abbreviated = m.groups?.abbr ? PARTY_KIND_ABBREVIATIONS.get(m.groups.abbr) : undefined;
    const kind = abbreviated ?? kindByName(m.groups?.kind ?? '');
    const kindCode = kind
      ? (PARTY_KINDS_CITED_BY_NUMBER.get(kind) ?? STATE_KINDS_CITED_BY_NUMBER.get(kind))
      : undefined;
    const num = m.groups?.num ?? '';
    if (!kind || !kindCode) continue;
    const more = m.groups?.more ?? '';
    const glossed = m.groups?.year ? m.groups.year.length + 1 : 0;
    const symbolEnd = m.index + m[0].length - more.length;
    const symbolStart = symbolEnd - glossed - num.length;
    const listEnd = m.index + m[0].length;
    if (options.skip?.some((s) => symbolStart < s.end && listEnd > s.start)) continue;
    const placeholder = classifySymbol(num, `-${kindCode}/TW`);
    if (!placeholder) continue;
    const tail = (end: number): RawReference =>
      readTail(text, placeholder, m.index, symbolStart, end, m.groups?.kind ?? kind, options.places);
    // A list of numbers only with its body after it; else the first number alone.
    let ref = tail(listEnd);
    const list = more !== '' && ref.issuers.length > 0;
    if (more && !list) ref = tail(symbolEnd);
    // Or the body that issued it named before ("Ban Tổ chức Tỉnh ủy đã ban hành Hướng dẫn số 16 ngày 18/3/2024").
    const issuers = ref.issuers.length > 0 ? ref.issuers : issuedBy(text, m.index, options.places);
    const code = issuers.length === 1 ? codeOf(kind, issuers[0], ref.date) : null;
    const parsed = code && !(glossed && !code.startsWith('-')) ? classifySymbol(num, code) : null;
    if (!parsed || !code || unsureCode(kind, ref.date)) continue;
    found.push({ ...ref, parsed, issuers, symbolEnd });
    if (!list) continue;
    for (const n of more.matchAll(/\d{1,5}/gu)) {
      const other = classifySymbol(n[0], code);
      const at = symbolEnd + (n.index ?? 0);
      if (other)
        found.push({
          ...ref,
          start: at,
          symbolStart: at,
          symbolEnd: at + n[0].length,
          parsed: other,
          issuers,
        });
    }
  }
  mergeInOrder(refs, found);
}

/**
 * A text cited in full names it again by kind and number alone ("… tại Quyết định số 612/QĐ-UBDT. … Quyết định số 612
 * của Ủy ban Dân tộc có hiệu lực … và thay thế Quyết định số 433/QĐ-UBDT"): the same document, when one text cited
 * before has that kind and number.
 */
function shortNames(text: string, refs: RawReference[], options: ReferenceScanOptions): void {
  const byName = new Map<string, RawReference | null>();
  for (const r of refs) {
    if (!r.kind || !r.parsed.number || !r.parsed.kindCode) continue;
    const key = `${r.kind}|${r.parsed.number}`;
    const seen = byName.get(key);
    // Two texts of one kind and number (two years, two bodies): a bare number names neither for sure. One text cited
    // twice is looked for after its first citation ("Nghị quyết số 08-NQ/TU …; Kế hoạch … thực hiện Nghị quyết số 08 …
    // Nghị quyết số 08-NQ/TU").
    byName.set(key, seen === undefined ? r : seen?.parsed.symbol === r.parsed.symbol ? seen : null);
  }
  const found: RawReference[] = [];
  // Each number is looked for as a string after its full citation, and only there are the words before and after it
  // read: a pattern of every kind and number tried at every offset cost a third of the extraction time.
  for (const [key, earlier] of byName) {
    if (!earlier) continue;
    const num = earlier.parsed.number as string;
    const before = kindBefore(key.slice(0, key.indexOf('|')));
    for (let at = text.indexOf(num, earlier.attrEnd); at >= 0; at = text.indexOf(num, at + num.length)) {
      const symbolEnd = at + num.length;
      if (letterOrDigitBefore(text, at) || !BARE_NUMBER_END.test(text.slice(symbolEnd, symbolEnd + 12)))
        continue;
      const m = before.exec(text.slice(Math.max(0, at - 40), at));
      if (!m) continue;
      const start = at - m[0].length;
      if (refs.some((r) => r.start < symbolEnd && r.attrEnd > start)) continue;
      if (options.skip?.some((sk) => at < sk.end && symbolEnd > sk.start)) continue;
      const ref = readTail(
        text,
        earlier.parsed,
        start,
        at,
        symbolEnd,
        m.groups?.kind ?? null,
        options.places,
      );
      found.push({ ...ref, kind: earlier.kind });
    }
  }
  mergeInOrder(refs, found);
}

const BARE_NUMBER_END = new RegExp(`^${NOT_A_SYMBOL_AFTER}`, 'u');
const kindBeforeCache = new Map<string, RegExp>();
/** "Quyết định số " right before a number, for one kind name (compiled once per kind). */
function kindBefore(kind: string): RegExp {
  let re = kindBeforeCache.get(kind);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?<kind>${eitherCase(kind).replace(/ /gu, '[ \\t]{1,2}')})[ \\t]{1,2}(?:số[ \\t]{0,2}:?[ \\t]{0,2})?$`,
      'u',
    );
    kindBeforeCache.set(kind, re);
  }
  return re;
}

/** Capitals right after a space, ending a word: the rest of a code a space was typed into. */
const CODE_REST = /^[ \t](?<rest>\p{Lu}{1,4})(?![\p{L}\p{N}])/u;
/**
 * "01/2016/TT-BGD ĐT": the last code with a space typed inside it, when the code is no body's and the joined one is
 * (BGDĐT, the Ministry of Education); "QĐ-UBND UBND tỉnh" is never joined, UBND being a body's code already.
 */
function splitCode(
  text: string,
  end: number,
  parsed: ParsedSymbol,
): { parsed: ParsedSymbol; end: number } | null {
  const last = parsed.issuerCodes[parsed.issuerCodes.length - 1];
  if (!last || lookupIssuerCode(last, parsed.kindCode)) return null;
  const m = CODE_REST.exec(text.slice(end, end + 8));
  if (!m?.groups || !lookupIssuerCode(last + m.groups.rest, parsed.kindCode)) return null;
  const joined = classifySymbol(
    parsed.number ?? '',
    `${parsed.symbol.slice((parsed.number ?? '').length)}${m.groups.rest}`,
  );
  return joined ? { parsed: joined, end: end + m[0].length } : null;
}

/**
 * "… đã ban hành ", "… đã xây dựng " (MADE_VERBS), "… có " ("Chủ tịch UBND tỉnh Khánh Hòa có Công điện số 03": a news
 * item's "has issued") or "… đề xuất tại " (SAID_IN_VERBS) right before a citation: the words before it may name the
 * body that issued it, when they are one body whole.
 */
const ISSUED = new RegExp(
  `(?:(?:đã[ \\t]{1,2}|vừa[ \\t]{1,2})?ban[ \\t]hành|(?:đã|vừa)[ \\t]{1,2}(?:${phrases(MADE_VERBS)})|(?<![\\p{L}])(?:${phrases(BARE_MADE_VERBS)})|(?<![\\p{L}])(?:đã[ \\t]{1,2})?(?:${phrases(SAID_IN_VERBS)})[ \\t]{1,2}tại)[ \\t]{1,2}$`,
  'u',
);
/** The last word of each form ISSUED ends with ("hành", "tại", "dựng"): a substring test for them spares the pattern. */
const ISSUED_LAST_WORDS: readonly string[] = [
  'hành',
  'tại',
  ...[...MADE_VERBS, ...BARE_MADE_VERBS].map((v) => v.slice(v.lastIndexOf(' ') + 1)),
];
/** A body a signer is named for, then the signer, up to the verb ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm …"). */
const ON_BEHALF = new RegExp(
  `(?:${phrases(ON_BEHALF_WORDS)})[ \\t]{1,2}(?:cho[ \\t]{1,2})?(?<body>[^,;.:\\n]{3,80}),[ \\t]{1,2}[^,;.:\\n]{3,60}$`,
  'u',
);
const WORD_START = /(?<![\p{L}\p{N}])\p{Lu}/gu;
/**
 * The body named as the subject of "ban hành" right before a citation at `at` ("Ban Tổ chức Tỉnh ủy đã ban hành …"):
 * the longest run of words before the verb, in the same clause, that reads whole as one issuer.
 */
function issuedBy(text: string, at: number, places: PlaceLookup): IssuerMention[] {
  const before = text.slice(Math.max(0, at - 100), at);
  // Most citations follow no "ban hành": a substring test spares the pattern its try at every offset.
  if (!ISSUED_LAST_WORDS.some((w) => before.includes(w))) return [];
  const verb = ISSUED.exec(before);
  if (!verb) return [];
  const clause = before.slice(0, verb.index).replace(/^[^]*[,;.:\n]/u, '');
  for (const w of clause.matchAll(WORD_START)) {
    const phrase = clause.slice(w.index).trimEnd();
    const read = wholeIssuers(phrase, places);
    if (read) return read;
  }
  const body = ON_BEHALF.exec(before.slice(0, verb.index))?.groups?.body;
  return (body && wholeIssuers(body.trim(), places)) || [];
}

/** Citations found by a second scan join the list in text order. */
function mergeInOrder(refs: RawReference[], found: RawReference[]): void {
  if (found.length === 0) return;
  refs.push(...found);
  refs.sort((a, b) => a.start - b.start);
}

const LIST_HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:các|những)[ \\t]{1,2}(?<kind>${KIND_ALT})(?![\\p{L}\\p{N}])[^:;.\\n]{0,80}:[^:]{0,600}$`,
  'iu',
);
/** The kind a list announced ("các Nghị quyết của Quốc hội: …") when `at` is one of its items, in the same paragraph. */
function listKind(text: string, at: number): string | null {
  const from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 700);
  const colon = text.lastIndexOf(':', at);
  if (colon < from) return null;
  const m = LIST_HEAD.exec(text.slice(from, at));
  // An item that names its own kind ("…; Luật Tổ chức chính quyền địa phương số 65/2025/QH15;" in a list of
  // conclusions) is of that kind, not the list's.
  const item = text.slice(Math.max(from, text.lastIndexOf(';', at - 1) + 1, colon + 1), at);
  if (OWN_KIND.test(item)) return null;
  return m?.groups ? kindByName(m.groups.kind) : null;
}
/** A kind's name at a word's start, with a capital ("Luật", "Nghị định"): an item's own kind. */
const OWN_KIND = new RegExp(`(?<![\\p{L}\\p{N}])(?:${KIND_ALT})(?![\\p{L}\\p{N}])`, 'u');

function readTail(
  text: string,
  parsed: ParsedSymbol,
  start: number,
  symbolStart: number,
  symbolEnd: number,
  kindWritten: string | null,
  places: PlaceLookup,
): RawReference {
  let pos = symbolEnd;
  // Its codes typed twice ("Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018"): the copy is passed over.
  const written = text.slice(symbolStart, symbolEnd);
  const codes = written.slice(written.search(/[^\d]/u) + 1);
  if (
    codes.length >= 4 &&
    text.startsWith(` ${codes}`, pos) &&
    !LETTER_OR_DIGIT.test(text[pos + codes.length + 1] ?? '')
  )
    pos += codes.length + 1;
  const window = (n: number): string => text.slice(pos, pos + n);
  let date: string | null = null;
  let issuers: IssuerMention[] = [];
  let term: string | null = null;
  const readDate = (): void => {
    const d = NGAY_DATE.exec(window(60));
    if (d?.groups) {
      const g = d.groups;
      const iso = isoDate(g.d1 ?? g.d2, g.m1 ?? g.m2, g.y1 ?? g.y2);
      if (iso) {
        date = iso;
        pos += d[0].length;
      }
      return;
    }
    const p = DATE_IN_PARENS.exec(window(30));
    const g = p?.groups;
    const iso = g ? isoDate(g.d ?? g.d2, g.m ?? g.m2, g.y ?? g.y2) : null;
    if (p && iso) {
      date = iso;
      pos += p[0].length;
      return;
    }
    // "Công điện số 208, ngày 4-11 của Thủ tướng": a day and month with no year (a news item's way) is passed over so
    // the body after it is read; dayMonthAfter dates it from the page's year.
    const dm = NGAY_DAY_MONTH.exec(window(24));
    if (dm) pos += dm[0].length;
  };
  readDate();
  const of = OF.exec(window(48));
  let issuerCut = false;
  if (of) {
    const parsedIssuers = parseIssuers(text.slice(pos + of[0].length, pos + of[0].length + 160), places);
    if (parsedIssuers) {
      issuers = parsedIssuers.issuers;
      pos += of[0].length + parsedIssuers.length;
      term = issuers.find((i) => i.term)?.term ?? null;
      issuerCut = cutInWord(text, pos);
    }
  }
  // "Nghị quyết 21/NQ-HĐND tỉnh Cà Mau": the place of the council or committee whose code ends the number follows it.
  const code = parsed.issuerCodes[parsed.issuerCodes.length - 1];
  if (issuers.length === 0 && code && PLACED_CODES.has(code) && PLACE_AFTER_CODE.test(window(3))) {
    const lead = window(1) === ' ' ? 1 : 2;
    const read = parseIssuers(`${code} ${text.slice(pos + lead, pos + lead + 80)}`, places);
    const named = read?.issuers[0];
    if (read && named && namesPlace(named)) {
      issuers = [named];
      pos += lead + read.length - code.length - 1;
    }
  }
  const t = TERM.exec(window(24));
  if (t?.groups) {
    term = t.groups.k.toUpperCase();
    pos += t[0].length;
  }
  if (!date) readDate();
  // "Quyết định 152/QĐ-UBND năm 2024 công bố …" (a legal database's list): the year, where no date is told.
  const told = !date && !parsed.year ? YEAR_AFTER.exec(window(12)) : null;
  if (told?.groups) pos += told[0].length;
  const writtenKind = kindWritten ? canonicalWritten(kindWritten) : null;
  let kind = writtenKind && !GENERIC_KIND_NAMES.has(writtenKind) ? writtenKind : parsed.kind;
  // "Thông báo kết luận số 264-TB/TW": the kind the code names, written just before, wins.
  if (writtenKind && parsed.kind && kind !== parsed.kind) {
    const lead = text.slice(Math.max(0, start - 24), start).toLowerCase();
    if (lead.trimEnd().endsWith(parsed.kind.toLowerCase())) kind = parsed.kind;
  }
  return {
    start,
    symbolStart,
    symbolEnd,
    attrEnd: pos,
    end: pos,
    parsed,
    writtenKind,
    kind,
    date,
    issuers,
    term,
    title: null,
    toldYear: told?.groups ? Number(told.groups.y) : null,
    issuerCut,
  };
}

/** Nothing but white space from `pos` to the end of the text, and the text's last character a letter. */
function cutInWord(text: string, pos: number): boolean {
  let end = text.length;
  while (end > pos && /\s/u.test(text[end - 1])) end--;
  return end === pos && end > 0 && /\p{L}/u.test(text[end - 1]);
}

function canonicalWritten(written: string): string {
  const compact = written.replace(/[ \t]+/gu, ' ');
  const canonical = kindByName(compact);
  if (canonical) return canonical;
  return compact[0].toUpperCase() + compact.slice(1);
}

function readTitle(text: string, from: number, limit: number): string | null {
  const win = text.slice(from, Math.min(limit, from + 400));
  let body = win;
  const about = ABOUT.exec(win);
  if (about) body = win.slice(about[0].length);
  const q = QUOTE.exec(body);
  if (q?.groups && (about || q.index === 0)) return clean(q.groups.q);
  if (!about) return null;
  const stop = TITLE_STOP.exec(body);
  let title = stop ? body.slice(0, stop.index) : body;
  // A title that only leads into the next citation ("về thực hiện") is not a title.
  if (TITLE_LEAD_OUT_END.test(title)) title = title.replace(TITLE_LEAD_OUT, '');
  // Only a trigger at the very start counts: one anchored attempt instead of a scan of the whole title.
  const onlyTrigger = TRIGGER_AT_START.exec(title);
  if (onlyTrigger && onlyTrigger[0].length >= title.trim().length) return null;
  return clean(title);
}

function clean(s: string): string | null {
  const t = foldSpaces(s).trim();
  return t.length >= 3 ? t : null;
}

/**
 * Bare numbers that share the code of the symbol after them: "số 2 và 3/PA-UBND", "số 01, 02 và 03/2021/NQ-HĐND",
 * "các Quyết định số 2165, 2166/QĐ-UBND".
 */
const SHARED_CODE_NUMBERS =
  /(?<![\p{L}\p{N}])số[ \t]{1,2}(?<nums>\d{1,5}(?:[ \t]{0,2},[ \t]{0,2}\d{1,5}){0,8})(?:[ \t]{1,2}và[ \t]{1,2}|[ \t]{0,2},[ \t]{0,2})$/u;

/**
 * "Phương án số 2 và 3/PA-UBND ngày 5/9/2017 của UBND tỉnh": the typist wrote the code once, after the last number;
 * each number before it is a document of the same kind, code, date and issuer.
 */
function sharedCodeNumbers(text: string, refs: RawReference[]): void {
  const added: RawReference[] = [];
  for (const ref of refs) {
    const written = text.slice(ref.symbolStart, ref.symbolEnd);
    const number = ref.parsed.number ?? '';
    if (!number || !written.startsWith(number)) continue;
    const m = SHARED_CODE_NUMBERS.exec(text.slice(Math.max(0, ref.symbolStart - 60), ref.symbolStart));
    if (!m?.groups) continue;
    const rest = written.slice(number.length);
    let at = ref.symbolStart - m[0].length;
    for (const num of m.groups.nums.split(',').map((n) => n.trim())) {
      const parsed = classifySymbol(num, rest);
      at = text.indexOf(num, at);
      if (!parsed || at < 0) continue;
      added.push({ ...ref, start: at, symbolStart: at, symbolEnd: at + num.length, parsed });
      at += num.length;
    }
  }
  mergeInOrder(refs, added);
}

/**
 * "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": 217 shares both. One with a
 * date of its own, or after ";", shares only the body ("Kế hoạch số 81-KH/ĐUK ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK,
 * ngày 28/11/2019 của Đảng ủy Khối Doanh nghiệp Trung ương").
 */
function shareAcrossConjunction(text: string, refs: RawReference[]): void {
  for (let i = refs.length - 2; i >= 0; i--) {
    const a = refs[i];
    const b = refs[i + 1];
    if (a.issuers.length > 0) continue;
    const between = text.slice(a.attrEnd, b.start);
    const tight = /^[ \t]{0,2}(?:,|và|hoặc)[ \t]{0,2}$/u.test(between);
    if (!tight && !/^[ \t]{0,2};[ \t]{0,2}$/u.test(between)) continue;
    // "Kết luận số 21-KL/TW, Quy định số 37-QĐ/TW và Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy": only
    // citations with the same issuer codes share the date and issuer written after the last one.
    if (!sameCodes(a, b)) continue;
    if (!a.date && tight) {
      // A legal symbol carries its year: a shared date of another year is not its date.
      const sameYear = !a.parsed.year || !b.date || Number(b.date.slice(0, 4)) === a.parsed.year;
      a.date = sameYear ? b.date : null;
    }
    a.issuers = b.issuers;
    a.term = a.term ?? b.term;
  }
}

/** Two citations of one family with the same issuer codes ("2051/QĐ-UBND", "2052/QĐ-UBND"). */
function sameCodes(a: RawReference, b: RawReference): boolean {
  return (
    a.parsed.family === b.parsed.family && a.parsed.issuerCodes.join('-') === b.parsed.issuerCodes.join('-')
  );
}

/** A bare later mention ("triển khai Kế hoạch số 60/KH-UBND,") is the document cited in full elsewhere in the text. */
/**
 * One body numbers its texts in one series, whatever the unit that drafted them: two citations in a text with the same
 * number, the same first code and the same date are one document, the later's typo ("Công văn số 4630/UBND-KGVX ngày
 * 26/4/2024" … "Công văn số 4630/UBND-KGXV ngày 26/4/2024") read as the first's.
 */
function sameNumberSameDateSameDocument(refs: RawReference[]): void {
  const first = new Map<string, RawReference>();
  for (const r of refs) {
    if (!r.date || !r.parsed.number || r.parsed.issuerCodes.length === 0) continue;
    const key = `${r.parsed.number}|${r.date}|${r.parsed.kindCode ?? ''}|${r.parsed.issuerCodes[0]}`;
    const f = first.get(key);
    if (!f) first.set(key, r);
    else if (f.parsed.symbol !== r.parsed.symbol) r.parsed = f.parsed;
  }
}

function sameSymbolSameDocument(refs: RawReference[]): void {
  const full = new Map<string, RawReference>();
  for (const r of refs) {
    if (r.date || r.issuers.length > 0) {
      const prev = full.get(r.parsed.symbol);
      if (!prev || (!prev.date && r.date)) full.set(r.parsed.symbol, r);
    }
  }
  for (const r of refs) {
    if (r.date || r.issuers.length > 0) continue;
    const f = full.get(r.parsed.symbol);
    if (!f) continue;
    r.date = f.date;
    r.issuers = f.issuers;
    r.term = r.term ?? f.term;
  }
}

function dateBefore(
  text: string,
  refs: RawReference[],
  places: PlaceLookup,
  stamp: ReturnType<typeof pageStamp>,
  cited: string | null,
): void {
  let before: RawReference | null = null;
  for (const r of refs) {
    const listed = before;
    before = null;
    if (r.date) continue;
    const win = text.slice(Math.max(0, r.start - 160), r.start);
    const m = DATE_BEFORE.exec(win);
    // "Ngày 08/06/2017, UBND tỉnh ban hành Quyết định số 2051/QĐ-UBND, 2052/QĐ-UBND về việc …": a number listed right
    // after one the date before names, with the same codes and no date of its own, was issued with it.
    if (
      !m?.groups &&
      listed?.date &&
      sameCodes(listed, r) &&
      LISTED_WITH.test(text.slice(listed.attrEnd, r.start))
    ) {
      r.date = listed.date;
      if (r.issuers.length === 0) r.issuers = listed.issuers;
      before = r;
    }
    if (!m?.groups) continue;
    before = r;
    // "Ngày 14/4, Sở Nội vụ … đã ban hành Thông báo số 864/TB-SNV": the year is the page's.
    if (m.groups.dd)
      r.date =
        dateInPageYear(m.groups.dd, m.groups.mm, stamp) ?? dateNearCited(m.groups.dd, m.groups.mm, cited);
    else
      for (const p of DATE_PATTERNS) {
        const d = p.exec(m.groups.date);
        if (d?.groups) {
          r.date = isoDate(d.groups.d, d.groups.m, d.groups.y);
          break;
        }
      }
    if (r.issuers.length === 0 && m.groups.issuer) {
      r.issuers = wholeIssuers(m.groups.issuer, places) ?? r.issuers;
    }
  }
}

/** "số 24/CĐ-UBND ngày 27/9": a date with no year after the number is in the page's year (NGAY_DAY_MONTH). */
function dayMonthAfter(
  text: string,
  refs: RawReference[],
  stamp: ReturnType<typeof pageStamp>,
  cited: string | null,
): void {
  if (!stamp && !cited) return;
  for (const r of refs) {
    if (r.date) continue;
    const g = NGAY_DAY_MONTH.exec(text.slice(r.symbolEnd, r.symbolEnd + 24))?.groups;
    const date = g ? (dateInPageYear(g.d, g.m, stamp) ?? dateNearCited(g.d, g.m, cited)) : null;
    // A number that gives its year ("12/2025/QĐ-UBND") keeps it: the page's may be another.
    if (date && (r.parsed.year === null || r.parsed.year === Number(date.slice(0, 4)))) r.date = date;
  }
}

/** The latest date given with a citation (ISO dates compare as strings), or null. */
export function latestFullDate(refs: readonly RawReference[]): string | null {
  let latest: string | null = null;
  for (const r of refs) if (r.date && (latest === null || r.date > latest)) latest = r.date;
  return latest;
}

/** "Tại" opening a sentence or a clause right before a citation (AT_CLAUSE), or the text after its stored page date. */
const AT_OPENING = new RegExp(
  String.raw`(?:^|[.;:!?\n][ \t]{0,16}|[-–][ \t]{1,3}|${PAGE_DATE})[Tt]ại[ \t]{1,2}$`,
  'u',
);
/** The comma closing a fronted clause, then its subject: at most this far after the number, within the sentence. */
const AT_CLAUSE_REACH = 400;
const AT_CLAUSE_VERB = new RegExp(String.raw`[ \t](?:${phrases(AT_CLAUSE.verbs)})(?![\p{L}\p{N}])`, 'u');
/** What may follow a body's name before its verb: its task ("về tổng kết …") or a person's name (2–4 capitalised words). */
const AFTER_BODY = /^(?:[ \t]về[ \t].{1,120}|(?:[ \t]\p{Lu}\p{Ll}{0,7}){2,4})$/u;

/**
 * "Tại Công văn số 59-CV/BCĐ … ngày 12/9/2025, Ban Chỉ đạo Trung ương … đề nghị …": a citation fronted by "Tại" is the
 * text of the body the sentence goes on to name before a saying verb (AT_CLAUSE).
 */
function atClauseIssuer(text: string, refs: RawReference[], places: PlaceLookup): void {
  for (const r of refs) {
    if (r.issuers.length > 0 || !AT_OPENING.test(text.slice(Math.max(0, r.start - 20), r.start))) continue;
    const end = Math.min(text.length, r.symbolEnd + AT_CLAUSE_REACH);
    let stop = end;
    for (let i = r.symbolEnd; i < end; i++) {
      const c = text[i];
      if (c === '\n' || c === ';' || (c === '.' && /\s/u.test(text[i + 1] ?? ' '))) {
        stop = i;
        break;
      }
    }
    const sentence = text.slice(r.symbolEnd, stop);
    for (let comma = sentence.indexOf(', '); comma >= 0; comma = sentence.indexOf(', ', comma + 1)) {
      const clause = sentence.slice(comma + 2);
      const verb = AT_CLAUSE_VERB.exec(clause);
      if (!verb) break;
      const read = bodyWithTail(clause.slice(0, verb.index), places);
      if (!read) continue;
      r.issuers = read;
      break;
    }
  }
}

/** What ends a clause before a bracketed citation ("… Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng (Quyết định"). */
const CLAUSE_END = /[,;.:\n()]/u;

/**
 * The words of the clause a bracket opens after, when the citation comes right after that bracket; else null. A
 * backward scan, not a pattern anchored at the end: V8 tries such a pattern from every offset of the window.
 */
function clauseBeforeBracket(before: string): string | null {
  let at = before.length - 1;
  while (at >= before.length - 2 && (before[at] === ' ' || before[at] === '\t')) at--;
  if (before[at] !== '(') return null;
  // Up to 100 characters of the clause, as far back as its start.
  let from = at;
  while (from > 0 && at - from < 100 && !CLAUSE_END.test(before[from - 1])) from--;
  const clause = before.slice(from, at);
  return clause.length >= 3 ? clause : null;
}

function issuerBefore(text: string, refs: RawReference[], places: PlaceLookup): void {
  for (const r of refs) {
    if (r.issuers.length > 0) continue;
    const before = text.slice(Math.max(0, r.start - 120), r.start);
    const m = ISSUER_BEFORE.exec(before);
    const named = m?.groups?.said ?? m?.groups?.among;
    if (named) {
      r.issuers = wholeIssuers(named, places) ?? r.issuers;
      continue;
    }
    // "… được Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng (Quyết định 455/QĐ-UBND ngày 1/4/2025) công nhận": the body
    // the clause ends on, its holder's name after it, issued the text bracketed after it.
    const b = clauseBeforeBracket(before);
    if (b) r.issuers = bodyEndingClause(b, places) ?? r.issuers;
  }
}

/** The body a clause ends on, read from the first capital that starts one, a person's name after it allowed. */
function bodyEndingClause(clause: string, places: PlaceLookup): IssuerMention[] | null {
  for (const w of clause.matchAll(WORD_START)) {
    const read = bodyWithTail(clause.slice(w.index).trimEnd(), places);
    if (read) return read;
  }
  return null;
}

/** A phrase that is one body whole, or a body then its task or its holder's name (AFTER_BODY). */
function bodyWithTail(phrase: string, places: PlaceLookup): IssuerMention[] | null {
  const read = parseIssuers(phrase, places);
  return read && (read.length >= phrase.length - 1 || AFTER_BODY.test(phrase.slice(read.length)))
    ? read.issuers
    : null;
}

/**
 * Laws and codes cited by name without a number: "Luật Tiếp công dân", "Luật Tổ chức … năm 2015",
 * "Luật Phòng, chống tham nhũng", "Luật Tổ chức Chính phủ" (proper nouns inside a name are listed).
 */
export const NAMED_LAW =
  /(?<![\p{L}\p{N}])(?<name>(?:Bộ[ \t]luật|Luật|Hiến[ \t]pháp)(?:[ \t]\p{Lu}[\p{Ll}\p{M}]{0,10})(?:,?[ \t](?:Chính[ \t]phủ|Quốc[ \t]hội|Nhà[ \t]nước|Việt[ \t]Nam|Tổ[ \t]quốc|Mặt[ \t]trận)|,[ \t]chống|[ \t](?!năm[ \t]\d|(?:và|hoặc|số|của|ngày|được|đã|theo|về|tại|là|với|cho|để|này)(?![\p{L}\p{N}]))[\p{Ll}\p{M}]{1,10}){0,8}(?:[ \t]năm[ \t]\d{4})?)(?![\p{L}\p{N}])/gu;
/**
 * NAMED_LAW without the lookbehind at its head, for the scan: a lookbehind there makes V8 try the pattern at every
 * offset of the text. The boundary is checked in code (letterOrDigitBefore), which gives the same matches.
 */
const NAMED_LAW_SCAN = new RegExp(NAMED_LAW.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/u, ''), 'gu');
// Loud if NAMED_LAW changes its head: the scan would silently keep the slow lookbehind (or lose the boundary).
if (NAMED_LAW_SCAN.source === NAMED_LAW.source)
  throw new Error('NAMED_LAW_SCAN: NAMED_LAW lost its head lookbehind');
const FOLLOWED_BY_NUMBER = /^[ \t]{1,3}số(?![\p{L}\p{N}])/u;

export interface NamedReference {
  text: string;
  start: number;
  end: number;
}

export function findNamedReferences(text: string, from = 0, to = text.length): NamedReference[] {
  const out: NamedReference[] = [];
  const seg = text.slice(from, to);
  NAMED_LAW_SCAN.lastIndex = 0;
  for (let m = NAMED_LAW_SCAN.exec(seg); m; m = NAMED_LAW_SCAN.exec(seg)) {
    if (letterOrDigitBefore(seg, m.index)) {
      // Inside a word: go on from the next offset, as the lookbehind's failed attempt would.
      NAMED_LAW_SCAN.lastIndex = m.index + 1;
      continue;
    }
    const name = m.groups?.name ?? m[0];
    // Greedy words make the match maximal; "Luật Đất đai số 45/2013/QH13" is a numbered citation instead.
    if (FOLLOWED_BY_NUMBER.test(seg.slice(m.index + name.length, m.index + name.length + 8))) continue;
    out.push({ text: name, start: from + m.index, end: from + m.index + name.length });
  }
  return out;
}
