/**
 * Number-and-symbol ("số, ký hiệu") recognition. Four families:
 * - party  "98-KH/TU", "2352-KH/BDVTW-BCSĐCP"          number-KIND/ISSUER[-ISSUER]
 * - state  "02/CT-UBND", "16/CT-TTg"                      number/KIND-ISSUER[-ISSUER]
 * - letter "4611/UBND-NC", "6888/VPCP-V.I"                number/ISSUER[-UNIT]   (Công văn)
 * - legal  "04/2015/NĐ-CP", "34/2007/PL-UBTVQH11", "77/2015/QH13"   number/year/KIND-ISSUER
 * The scanner is one linear regex (separator-led segments, bounded lengths); validation is table lookups.
 */
import { KIND_CODES, kindByCode, type System } from './tables/kinds';
import { lookupIssuerCode } from './tables/issuers';

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
}

const SEGMENT = String.raw`(?:\d{4}(?![\p{L}\p{N}])|\p{Lu}[\p{L}\p{N}]{0,15}(?:\.\p{Lu}[\p{L}\p{N}]{0,5})?)`;

/** Candidate symbols in running text. */
export const SYMBOL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.\-])(?<num>\d{1,6})(?<rest>(?:[/\-]${SEGMENT}){1,6})(?![\p{L}\p{N}])`,
  'gu',
);

const SEGMENT_SPLIT = /(?<sep>[/-])(?<seg>[^/-]+)/gu;

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
export function classifySymbol(number: string, rest: string): ParsedSymbol | null {
  const parts: { sep: string; seg: string }[] = [];
  SEGMENT_SPLIT.lastIndex = 0;
  for (let m = SEGMENT_SPLIT.exec(rest); m; m = SEGMENT_SPLIT.exec(rest)) {
    parts.push({ sep: m.groups?.sep ?? '', seg: m.groups?.seg ?? '' });
  }
  if (parts.length === 0) return null;
  const codes = parts.filter((p) => !/^\d{4}$/u.test(p.seg));
  if (codes.length === 0 || !codes.every((p) => isCode(p.seg))) return null;
  const symbol = `${number}${rest}`;
  const base = { symbol, number: number || null, unit: null, year: null, assemblyTerm: null };
  const termOf = (codesList: string[]): number | null => {
    for (const c of codesList) {
      const hit = lookupIssuerCode(c);
      if (hit?.term) return hit.term;
    }
    return null;
  };
  const [first, ...others] = parts;

  if (first.sep === '-') {
    // Party: number-KIND/ISSUER[-ISSUER…]
    if (!KIND_CODES.has(first.seg) || others.length === 0 || others[0].sep !== '/') return null;
    if (others.some((p) => /^\d/u.test(p.seg))) return null;
    const issuers = others.map((p) => p.seg);
    return {
      ...base,
      family: 'party',
      kindCode: first.seg,
      kind: kindName(first.seg, 'party'),
      issuerCodes: issuers,
      assemblyTerm: null,
    };
  }
  if (/^\d{4}$/u.test(first.seg)) {
    // Legal: number/year/KIND-ISSUER or number/year/QHnn
    const year = Number(first.seg);
    if (others.length === 0 || others[0].sep !== '/' || year < 1945 || year > 2100) return null;
    const [kindPart, ...issuerParts] = others;
    if (issuerParts.length === 0) {
      const hit = lookupIssuerCode(kindPart.seg);
      if (!hit) return null;
      return {
        ...base,
        family: 'legal',
        kindCode: null,
        kind: hit.entry.code === 'QH' ? 'Luật' : null,
        issuerCodes: [kindPart.seg],
        year,
        assemblyTerm: hit.term,
      };
    }
    if (!KIND_CODES.has(kindPart.seg)) return null;
    const issuers = issuerParts.map((p) => p.seg);
    return {
      ...base,
      family: 'legal',
      kindCode: kindPart.seg,
      kind: kindName(kindPart.seg, 'state'),
      issuerCodes: issuers,
      year,
      assemblyTerm: termOf(issuers),
    };
  }
  if (others.some((p) => /^\d/u.test(p.seg))) return null;
  if (KIND_CODES.has(first.seg) && others.length > 0 && !lookupIssuerCode(first.seg)) {
    // State: number/KIND-ISSUER[-ISSUER…]
    return {
      ...base,
      family: 'state',
      kindCode: first.seg,
      kind: kindName(first.seg, 'state'),
      issuerCodes: others.map((p) => p.seg),
      assemblyTerm: termOf(others.map((p) => p.seg)),
    };
  }
  // "572/QĐ": a kind with no issuer is a truncated draft number, not a letter of body "QĐ".
  if (others.length === 0 && KIND_CODES.has(first.seg) && !lookupIssuerCode(first.seg)) return null;
  // Letter: number/ISSUER[-UNIT…]
  return {
    ...base,
    family: 'letter',
    kindCode: null,
    kind: 'Công văn',
    issuerCodes: [first.seg],
    unit: others.length > 0 ? others.map((p) => p.seg).join('-') : null,
    assemblyTerm: null,
  };
}

function kindName(code: string, system: System): string | null {
  // Party "QĐ" is Quyết định by the guide, but older Quy định also used it: the written name decides.
  return (
    kindByCode(code, system)?.name ?? kindByCode(code, system === 'party' ? 'state' : 'party')?.name ?? null
  );
}

/** Parse a whole string as a symbol ("02 /CT-UBND", "/UBND-KGVX"); spaces and markup are dropped. */
export function parseSymbol(raw: string): ParsedSymbol | null {
  const compact = raw.replace(/[\s*]/gu, '');
  const m = /^(?<num>\d{0,6})(?<rest>(?:[/-][\p{L}\p{N}.]{1,16}){1,6})$/u.exec(compact);
  if (!m?.groups) return null;
  return classifySymbol(m.groups.num, m.groups.rest);
}
