/**
 * Number-and-symbol ("số, ký hiệu") recognition. Four families:
 * - party  "98-KH/TU", "2352-KH/BDVTW-BCSĐCP"          number-KIND/ISSUER[-ISSUER]
 * - state  "02/CT-UBND", "16/CT-TTg"                      number/KIND-ISSUER[-ISSUER]
 * - letter "4611/UBND-NC", "6888/VPCP-V.I"                number/ISSUER[-UNIT]   (Công văn)
 * - legal  "04/2015/NĐ-CP", "34/2007/PL-UBTVQH11", "77/2015/QH13"   number/year/KIND-ISSUER
 * The scanner is one linear regex (separator-led segments, bounded lengths); validation is table lookups.
 */
import { KIND_CODES, kindByCode, type System } from '../tables/kinds';
import { assemblyTermOfYear } from '../tables/dates';
import { ISSUER_CODES, OLD_NUMBERING_CODES, lookupIssuerCode } from '../tables/issuers';
import {
  CAPITAL_GLUED_WORDS,
  LOOKALIKE_LETTERS,
  PARTY_GLUED,
  PARTY_ONLY_ISSUERS,
  SEGMENT_SPELLINGS,
} from '../tables/symbol-spellings';

export type SymbolFamily = 'party' | 'state' | 'letter' | 'legal';

export interface ParsedSymbol {
  /** Normalised symbol: no spaces, no markup. */
  symbol: string;
  number: string | null;
  family: SymbolFamily;
  kindCode: string | null;
  /** Kind name from the code (null when the code is ambiguous or absent). */
  kind: string | null;
  /** Issuer codes after the kind ("BDVTW", "BCSĐCP"), or the letter's issuer ("UBND"). */
  issuerCodes: string[];
  /** Letter unit ("NC" in 4611/UBND-NC). */
  unit: string | null;
  /** Year written in a legal symbol. */
  year: number | null;
  /** National Assembly term from "UBTVQH11"/"QH13". */
  assemblyTerm: number | null;
  /** Characters of the scanned `rest` left out: a word glued to the symbol's end ("83/2013/NĐ-CPcó"). */
  trimmed?: number;
  /** "TƯ" was typed where the code stands: Trung ương (TW) or a Tỉnh ủy (TU); the issuer decides (localParty). */
  typedTu?: boolean;
}

// A code: a capital, then letters, digits or "&" ("SNN&PTNT"); a dotted part ("V.I", "CCTKV.05").
// An OCR'd code may be split by a space between capitals, right before its separator ("22/2010/T T-BTC"), and a
// National Assembly's code from its term ("190/2025/QH 15").
const SEGMENT = String.raw`(?:\d{4}(?![\p{L}\p{N}])|\p{Lu}[ ]\p{Lu}{1,3}(?=[/\-])|(?:UBTVQH|QH)[ ]\d{2}(?![\p{L}\p{N}/])|\p{Lu}[\p{L}\p{N}&]{0,15}(?:\.[\p{L}\p{N}]{1,8})?)`;
// Separators as typed: "/" or "-", with a stray space after a hyphen ("01- HD/TW", "3212/QĐ- BKHCN") or before it, or
// a speck an OCR read there ("76/2014/TT-| BTC", "03/2021/TT- ‘BTC"; OCR_SPECKS, dropped by classifySymbol); a space
// for the Party hyphen, right after the number only ("84 QĐ/TWĐTN", not "37-NQ/TW NQ/TW"); a space after the slash
// before a year ("Nghị định số 66/ 2023/NĐ-CP"). Up to ten codes: a joint plan of nine bodies ("176/KHLT/BVCSTE-MT-…").
const OCR_SPECKS = '|‘’';
// A space after the separator only before a code of two capitals or more: a word after a dash is prose ("(KH số
// 62-KH/BDVTU - Tải về)", dev96 jz06).
const SEPARATOR = String.raw`[ ]?[/\-](?:[ ]?[${OCR_SPECKS}][ ]?(?=\p{Lu})|[ ](?=\p{Lu}[\p{L}\p{N}&]{0,15}?\p{Lu}|\d{4}\/))?`;
const SPECK = new RegExp(`[${OCR_SPECKS}]`, 'gu');
const PARTY_SPACE = String.raw`[ ](?=\p{Lu}[\p{L}]{0,5}\/\p{Lu})`;
// A space for the slash before the Central Committee's code ("Nghị quyết số 57-NQ TW, ngày 22/12/2024 của Bộ Chính trị").
const SPACE_BEFORE_TW = String.raw`[ ](?=TW(?![\p{L}\p{N}]))`;
// A portal's attachment named by the number ("Văn bản - 4436/UBND-VX.pdf"): the file's extension is no code.
const FILE_EXTENSION = /\.(?:pdf|docx?|xlsx?|zip|rar)$/iu;
const SPACE_FOR_SLASH = new RegExp(`(?<=\\p{Lu})${SPACE_BEFORE_TW}`, 'gu');
// No hyphen at all before a Party kind code ("09KH/ĐTN", "12NQ/TU"): only these codes, and only before "/" and a code.
const PARTY_GLUED_BEFORE = String.raw`(?=(?:${PARTY_GLUED.codes.join('|')})\/\p{Lu})`;

/**
 * Candidate symbols in running text. A candidate counts only where symbolStartsAt() says a number may start: the
 * check is code because a lookbehind at the head of this pattern made the scan ten times slower.
 */
export const SYMBOL_RE = new RegExp(
  // "66.7/2025/NQ-CP": the Government numbered some 2025 resolutions with a dot (66.1, 66.7, …), always before a year;
  // "30a/2008/NQ-CP", "36a/NQ-CP", "30c/NQ-CP", "64b-HĐBT": a letter after the number (references.ts wants a kind
  // written before);
  // any letter before a year ("Nghị quyết số 11i/2008/NQ-HĐND" of Thừa Thiên Huế's council).
  String.raw`(?<num>\d{1,6}(?:\.\d{1,2}(?=/\d{4}/)|[a-e](?=/|-\p{Lu})|[f-z](?=/\d{4}/))?)(?<rest>(?:${SEPARATOR}|${PARTY_SPACE}|${PARTY_GLUED_BEFORE})${SEGMENT}(?:(?:${SEPARATOR}|${SPACE_BEFORE_TW})${SEGMENT}){0,9})(?![\p{L}\p{N}])`,
  'gu',
);

const NOT_BEFORE_A_NUMBER = /[\p{L}\p{N}/.\-]/u;
/**
 * A number may start at `index`: after a space or punctuation, or glued to "số" ("số68/2010/QĐ-UBND") or to its
 * initial alone ("…; s320/QĐ-TTg ngày 08/3/2022": "s" with no letter before it).
 */
export function symbolStartsAt(text: string, index: number): boolean {
  if (index === 0 || !NOT_BEFORE_A_NUMBER.test(text[index - 1])) return true;
  if (text[index - 1] === 's') return index === 1 || !/[\p{L}\p{N}]/u.test(text[index - 2]);
  return text[index - 1] === 'ố' && (text[index - 2] === 's' || text[index - 2] === 'S');
}

/** Official case of every code ("TTG" → "TTg", "QĐI" → "QĐi"), from the kind and issuer tables. */
const CODE_CASE = new Map<string, string>();
for (const c of [...KIND_CODES, ...ISSUER_CODES.map((i) => i.code)]) CODE_CASE.set(c.toUpperCase(), c);
const SPELLING = new Map(SEGMENT_SPELLINGS.map((r) => [r.typed, r.official]));
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKE_LETTERS).join('')}]`, 'gu');
const isKnownCode = (seg: string): boolean => KIND_CODES.has(seg) || !!lookupIssuerCode(seg);

/** One segment in its official spelling: look-alike letters, respellings, the code tables' case. */
function spell(seg: string): string {
  const latin = seg.replace(LOOKALIKE, (c) => LOOKALIKE_LETTERS[c] ?? c);
  const respelled = SPELLING.get(latin) ?? latin;
  if (isKnownCode(respelled)) return respelled;
  return CODE_CASE.get(respelled.toUpperCase()) ?? SPELLING.get(respelled.toUpperCase()) ?? respelled;
}

/** "NĐCP" → ["NĐ", "CP"], "QĐUBND" → ["QĐ", "UBND"]: a kind code glued to a known body (a lost hyphen). */
function unglue(seg: string): [string, string] | null {
  if (isKnownCode(seg)) return null;
  for (let k = 1; k < seg.length; k++) {
    const kind = spell(seg.slice(0, k));
    const body = spell(seg.slice(k));
    if (KIND_CODES.has(kind) && lookupIssuerCode(body)) return [kind, body];
  }
  return null;
}

/** "QĐ.UB" → ["QĐ", "UB"]: a dot typed for the hyphen after a kind code (DOTTED_KIND). */
function undot(seg: string): [string, string] | null {
  const dot = seg.indexOf('.');
  if (dot < 1) return null;
  const kind = spell(seg.slice(0, dot));
  const body = seg.slice(dot + 1);
  return KIND_CODES.has(kind) && /^\p{Lu}/u.test(body) ? [kind, body] : null;
}

/**
 * A word glued after the last code ("CPcó", "BTCQuy"): the length of that word, else 0. After a code no table knows,
 * only a word that follows a number (CAPITAL_GLUED_WORDS, in either case: "4429/BTP-PLQTngày 24 tháng 12"; dev93 jw13).
 */
function gluedTail(seg: string): number {
  if (isKnownCode(seg)) return 0;
  for (let k = seg.length - 1; k >= 1; k--) {
    if (GLUED_WORD.test(seg.slice(k)) && isKnownCode(spell(seg.slice(0, k)))) return seg.length - k;
  }
  return FOLLOWING_WORD_GLUED.exec(seg)?.[0].length ?? 0;
}
const FOLLOWING_WORD_GLUED = new RegExp(
  `(?<=\\p{Lu}{2})(?:${CAPITAL_GLUED_WORDS.words.map((w) => `${w}|${w.toLowerCase()}`).join('|')})$`,
  'u',
);
const GLUED_WORD = new RegExp(
  `^(?:\\p{Ll}\\p{L}{0,12}|\\p{Lu}\\p{Ll}{2,12}|${CAPITAL_GLUED_WORDS.words.join('|')})$`,
  'u',
);

/** "/KH-UBND" → [{/, KH}, {-, UBND}]: split at each separator (a plain loop; empty segments are dropped). */
function splitSegments(rest: string): { sep: string; seg: string }[] {
  const parts: { sep: string; seg: string }[] = [];
  let i = 0;
  while (i < rest.length && rest[i] !== '/' && rest[i] !== '-') i++;
  while (i < rest.length) {
    const sep = rest[i];
    let j = i + 1;
    while (j < rest.length && rest[j] !== '/' && rest[j] !== '-') j++;
    if (j > i + 1) parts.push({ sep, seg: rest.slice(i + 1, j) });
    i = j;
  }
  return parts;
}

function isYear(seg: string): boolean {
  if (seg.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = seg.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const PARTY_ONLY: ReadonlySet<string> = new Set(PARTY_ONLY_ISSUERS.codes);
const STATE_FORMS: ReadonlySet<string> = new Set(PARTY_ONLY_ISSUERS.stateForms);

const LOWER = /\p{Ll}/gu;
function lowercaseCount(s: string): number {
  return s.match(LOWER)?.length ?? 0;
}

function isCode(seg: string): boolean {
  return /^\p{Lu}/u.test(seg) && seg.length <= 16 && lowercaseCount(seg) <= 2;
}

/**
 * Validate and classify a symbol; `number` may be empty for drafts ("/UBND-KGVX").
 * Returns null when the string is not a document symbol (dates, periods "2016-2020", ratios).
 */
export function classifySymbol(number: string, typed: string): ParsedSymbol | null {
  // A space stood for the Party hyphen ("84 QĐ/TWĐTN"); other spaces are typing noise.
  // No separator at all ("09KH/ĐTN": PARTY_GLUED) is the Party hyphen too.
  const compact = typed
    .replace(/^[ ]?(?=\p{Lu})/u, '-')
    .replace(SPACE_FOR_SLASH, '/')
    .replace(/[ ]/gu, '')
    .replace(SPECK, '')
    .replace(FILE_EXTENSION, '');
  const parts = splitSegments(compact);
  if (parts.length === 0) return null;
  let trimmed = 0;
  const last = parts[parts.length - 1];
  const tail = gluedTail(last.seg);
  if (tail > 0) {
    last.seg = last.seg.slice(0, -tail);
    trimmed = tail;
  }
  const typedTu = parts.some((p) => p.seg === 'TƯ');
  // Only a symbol's first code is its kind, so only it may be a kind glued to a body ("214/2025/NĐCP"); a body's own
  // code that starts like a kind stays whole ("17/TB-TTHĐND": Thường trực HĐND, not TT + HĐND).
  const kindAt = parts.findIndex((p) => !isYear(p.seg));
  for (let i = 0; i < parts.length; i++) {
    if (i === kindAt) {
      const dotted = undot(parts[i].seg);
      if (dotted) parts.splice(i, 1, { sep: parts[i].sep, seg: dotted[0] }, { sep: '-', seg: dotted[1] });
    }
    parts[i].seg = spell(parts[i].seg);
    const glued = i === kindAt ? unglue(parts[i].seg) : null;
    if (glued) {
      parts.splice(i, 1, { sep: parts[i].sep, seg: glued[0] }, { sep: '-', seg: glued[1] });
      i++;
    }
  }
  let codes = 0;
  for (const p of parts) {
    if (isYear(p.seg)) continue;
    if (!isCode(p.seg)) return null;
    codes++;
  }
  if (codes === 0) return null;
  // The official separators of each family ("183/2010/TTLT/BTC-BNN" → "183/2010/TTLT-BTC-BNN") are set below.
  const symbol = `${number}${parts.map((p) => p.sep + p.seg).join('')}`;
  // Every result is built whole (one object shape): spreading a shared base was the hot spot of the scan.
  const make = (
    family: SymbolFamily,
    kindCode: string | null,
    kind: string | null,
    issuerCodes: string[],
    unit: string | null,
    year: number | null,
    assemblyTerm: number | null,
  ): ParsedSymbol => ({
    symbol: render(family, number, parts) ?? symbol,
    number: number || null,
    family,
    kindCode,
    kind,
    issuerCodes,
    unit,
    year,
    assemblyTerm,
    ...(trimmed ? { trimmed } : {}),
    ...(typedTu ? { typedTu } : {}),
  });
  const termOf = (codesList: string[]): number | null => {
    for (const c of codesList) {
      const hit = lookupIssuerCode(c);
      if (hit?.term) return hit.term;
    }
    return null;
  };
  const [first, ...others] = parts;

  if (first.sep === '-' && others.length === 0 && OLD_NUMBERING_CODES.has(first.seg)) {
    // Numbered the old way, before 2000: "Nghị định 61-CP", "Quyết định 64-TTg", "Nghị định 20-HĐBT"; the kind
    // is the written one. As weak as a letter's number: it needs "số" or a kind before it.
    return make('letter', null, null, [first.seg], null, null, null);
  }
  if (first.sep === '-') {
    // Party: number-KIND/ISSUER[-ISSUER…]; a hyphen typed for the slash before a Party body's code ("36-CT-TW",
    // PARTY_ONLY_ISSUERS) is the slash.
    if (others.length === 1 && others[0].sep === '-' && PARTY_ONLY.has(others[0].seg)) others[0].sep = '/';
    if (!KIND_CODES.has(first.seg) || others.length === 0 || others[0].sep !== '/') return null;
    if (others.some((p) => /^\d/u.test(p.seg))) return null;
    const issuers = others.map((p) => p.seg);
    return make('party', first.seg, kindName(first.seg, 'party'), issuers, null, null, null);
  }
  if (isYear(first.seg)) {
    // Legal: number/year/KIND-ISSUER or number/year/QHnn
    const year = Number(first.seg);
    if (others.length === 0 || others[0].sep !== '/' || year < 1945 || year > 2100) return null;
    const [kindPart, ...issuerParts] = others;
    if (issuerParts.length === 0) {
      const hit = lookupIssuerCode(kindPart.seg);
      if (!hit) return null;
      // "43/2024/QH1": the term's last digit dropped; the year says which term it is (QH15).
      const term = hit.term !== null ? assemblyTermOfYear(year) : null;
      if (term !== null && term !== hit.term && String(term).startsWith(String(hit.term))) {
        kindPart.seg = `${kindPart.seg.slice(0, -String(hit.term).length)}${term}`;
        hit.term = term;
      }
      return make(
        'legal',
        null,
        hit.entry.code === 'QH' ? 'Luật' : null,
        [kindPart.seg],
        null,
        year,
        hit.term,
      );
    }
    if (!KIND_CODES.has(kindPart.seg)) return null;
    const issuers = issuerParts.map((p) => p.seg);
    return make('legal', kindPart.seg, kindName(kindPart.seg, 'state'), issuers, null, year, termOf(issuers));
  }
  if (others.some((p) => /^\d/u.test(p.seg))) return null;
  // "02/CT-UBND" is a Chỉ thị of the UBND; "5662/CT-CS" a letter of the Cục Thuế (CT), unit CS: a code that is
  // both a kind and a body is the kind when a known body follows it.
  const kindFirst =
    KIND_CODES.has(first.seg) &&
    (!lookupIssuerCode(first.seg) || (others.length > 0 && !!lookupIssuerCode(others[0].seg)));
  if (kindFirst && others.length > 0) {
    const issuers = others.map((p) => p.seg);
    // "60/NQ-TW": a Party text typed the State way (PARTY_ONLY_ISSUERS).
    if (
      issuers.length === 1 &&
      PARTY_ONLY.has(issuers[0]) &&
      kindByCode(first.seg, 'party') &&
      !STATE_FORMS.has(`${first.seg}-${issuers[0]}`)
    )
      return make('party', first.seg, kindName(first.seg, 'party'), issuers, null, null, null);
    // State: number/KIND-ISSUER[-ISSUER…]
    return make('state', first.seg, kindName(first.seg, 'state'), issuers, null, null, termOf(issuers));
  }
  // "572/QĐ": a kind with no issuer is a truncated draft number, not a letter of body "QĐ".
  if (others.length === 0 && KIND_CODES.has(first.seg) && !lookupIssuerCode(first.seg)) return null;
  // Letter: number/ISSUER[-UNIT…]
  const unit = others.length > 0 ? others.map((p) => p.seg).join('-') : null;
  return make('letter', null, 'Công văn', [first.seg], unit, null, null);
}

/** A symbol written with the official separators of its family. */
function render(family: SymbolFamily, number: string, parts: { sep: string; seg: string }[]): string | null {
  const segs = parts.map((p) => p.seg);
  switch (family) {
    case 'party':
      return `${number}-${segs[0]}/${segs.slice(1).join('-')}`;
    case 'state':
      return `${number}/${segs[0]}-${segs.slice(1).join('-')}`;
    case 'legal':
      return segs.length === 2
        ? `${number}/${segs[0]}/${segs[1]}`
        : `${number}/${segs[0]}/${segs[1]}-${segs.slice(2).join('-')}`;
    default:
      return null;
  }
}

function kindName(code: string, system: System): string | null {
  // Party "QĐ" is Quyết định by the guide, but older Quy định also used it: the written name decides.
  return (
    kindByCode(code, system)?.name ?? kindByCode(code, system === 'party' ? 'state' : 'party')?.name ?? null
  );
}

/** Parse a whole string as a symbol ("02 /CT-UBND", "/UBND-KGVX"); spaces and markup are dropped. */
export function parseSymbol(raw: string): ParsedSymbol | null {
  // "84 QĐ/TWĐTN": the space stood for the Party hyphen. A letter after the number as SYMBOL_RE allows it ("Số: 06b
  // /NQ-TLĐ" in a header).
  const compact = raw
    .replace(/\*/gu, '')
    .trim()
    .replace(/^(\d{1,6})\s+(?=\p{Lu})/u, '$1-')
    .replace(SPACE_FOR_SLASH, '/')
    .replace(/\s/gu, '');
  const m =
    /^(?<num>\d{0,6}(?:\.\d{1,2}(?=\/\d{4}\/)|(?<=\d)[a-e](?=\/))?)(?<rest>(?:[/-][\p{L}\p{N}.&]{1,16}){1,10})$/u.exec(
      compact,
    );
  if (!m?.groups) return null;
  return classifySymbol(m.groups.num, m.groups.rest);
}

/**
 * A symbol typed with "TƯ" read as the provincial Party committee's ("445-KL/TƯ" of Tỉnh ủy Thừa Thiên Huế is
 * 445-KL/TU): the caller knows from the issuer that it is local.
 */
export function localParty(p: ParsedSymbol): ParsedSymbol {
  if (!p.typedTu || p.family !== 'party') return p;
  const issuerCodes = p.issuerCodes.map((c) => (c === 'TW' ? 'TU' : c));
  return {
    ...p,
    issuerCodes,
    symbol: `${p.number ?? ''}-${p.kindCode}/${issuerCodes.join('-')}`,
    typedTu: false,
  };
}
