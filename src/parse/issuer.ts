/**
 * Issuer phrases after "của": "Ban Bí thư Trung ương Đảng", "Ban Chấp hành Trung ương Đảng khóa XI",
 * "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "UBND huyện", "Ban cán sự đảng UBND tỉnh và Ban dân vận Tỉnh ủy".
 * Names come from tables/issuers.ts; a place after a local head is accepted only if the gazetteer knows it.
 */
import {
  BODIES_OF_EVERY_LEVEL,
  CENTRAL_BODIES,
  ISSUER_CODES,
  LOCAL_HEADS,
  GENERIC_HEAD_WORDS,
  HEAD_STOP_WORDS,
  OFFICE_TITLES,
  LEVEL_WORDS,
  TERM_BODIES,
  UPPER_LEVEL_WORDS,
  type Level,
} from '../tables/issuers';
import type { PlaceLookup } from '../model';
import { CAPITALISED_KIND_NAMES } from '../tables/kinds';
import { phrases } from '../tables/phrase';

export interface IssuerMention {
  /** As written. */
  text: string;
  /** Canonical name of the body without its place: "Ban Thường vụ Tỉnh ủy", "Ban Bí thư", "Sở Nội vụ". */
  head: string;
  level: Level;
  central: boolean;
  /** Place written after the head, resolved by the gazetteer. */
  province: string | null;
  district: string | null;
  /** "(khóa XI)" written after a term body. */
  term: string | null;
  /** The head named no level ("UBND", "Ủy ban nhân dân"): the citing document's level applies. */
  bareLevel: boolean;
  /** A district written after the head that several provinces have ("quận Bình Tân"): needs the province. */
  unresolved?: string | null;
  /** A commune-level unit written after the head, with its kind ("xã Tân Phú", "phường 5"); not in the gazetteer. */
  commune?: string | null;
}

/** The mention names where the body is: a province, a district (resolved or not) or a commune. */
/** "UBND" written out ("Chủ tịch UBND tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh"), for tables that name bodies in full. */
export function spellOutUbnd(s: string): string {
  return s.replace(UBND, 'Ủy ban nhân dân');
}
const UBND = /(?<![\p{L}])UBND(?![\p{L}])/gu;

export function namesPlace(m: IssuerMention): boolean {
  return Boolean(m.province || m.district || m.commune || m.unresolved);
}

/** A table head that names its level ("… huyện", "… xã", "Huyện ủy", "Tỉnh đoàn"): not a bare head. */
const LEVELLED_HEAD = new RegExp(
  `(?:${[...UPPER_LEVEL_WORDS, ...LEVEL_WORDS.commune, 'ủy', 'đoàn'].join('|')})$`,
  'iu',
);

interface Alias {
  lower: string;
  canonical: string;
  level: Level;
  central: boolean;
  bare: boolean;
  alone?: boolean;
  named?: boolean;
}

const ALIASES: Alias[] = [
  ...CENTRAL_BODIES.flatMap((b) => [
    ...[b.canonical, ...b.aliases].map((a) => ({
      lower: a.toLowerCase(),
      canonical: b.canonical,
      level: 'central' as Level,
      central: true,
      bare: false,
    })),
    ...(b.aloneAliases ?? []).map((a) => ({
      lower: a.toLowerCase(),
      canonical: b.canonical,
      level: 'central' as Level,
      central: true,
      bare: false,
      alone: true,
    })),
  ]),
  // Local bodies named in the code table ("Sở Y tế", "Ban Dân vận Huyện ủy"), without their place.
  ...ISSUER_CODES.filter(
    (c) => c.level !== 'central' && c.name && /^(?:Sở|Ban|Văn phòng|Ủy ban Kiểm tra|Công an)/u.test(c.name),
  ).map((c) => {
    const name = (c.name as string).replace(/ (?:tỉnh |huyện )?\{(?:province|district)\}$/u, '');
    return {
      lower: name.toLowerCase(),
      canonical: name,
      level: c.level,
      central: false,
      bare: false,
    };
  }),
  ...LOCAL_HEADS.map((h) => ({
    lower: h.pattern.toLowerCase(),
    canonical: h.canonical,
    level: h.level,
    central: false,
    bare: h.bare ?? !LEVELLED_HEAD.test(h.pattern),
    alone: h.alone,
    named: h.named,
  })),
].sort((a, b) => b.lower.length - a.lower.length);

// A body's name: its head word, then capitalised words each followed by at most three lowercase ones, none of them a
// word that ends a name (HEAD_STOP_WORDS: "về", "của", "tỉnh", …): "Ban Chấp hành Đảng bộ" stops before "tỉnh về …".
const STOP = `(?:${HEAD_STOP_WORDS.join('|')})(?![\\p{L}\\p{M}])`;
const GENERIC_HEAD = new RegExp(
  `^(?<head>(?:${GENERIC_HEAD_WORDS.join('|')})(?:[ \\t]{1,2}(?:và[ \\t]{1,2})?\\p{Lu}[\\p{Ll}\\p{M}]{0,12}(?![\\p{L}\\p{M}])(?:[ \\t]{1,2}(?!${STOP})[\\p{Ll}\\p{M}]{1,12}(?![\\p{L}\\p{M}])){0,7}){1,4})`,
  'u',
);
/** A level word right after a generic name (its place, if any, is read after it). */
const GENERIC_LEVEL_WORD = new RegExp(
  `^[ \\t]{1,2}(?<word>${phrases(UPPER_LEVEL_WORDS)})(?![\\p{L}\\p{M}])`,
  'u',
);
const TERM =
  /^[ \t]{0,2}\(?[ \t]{0,2}kh(?:óa|oá)[ \t]{1,2}(?<k>[IVXL]{1,7})(?![\p{L}\p{N}])(?:[ \t]{0,2}\))?/iu;
const TRUNG_UONG = /^[ \t]{1,2}Trung[ \t]ương(?:[ \t]Đảng)?(?![\p{L}\p{N}])/iu;
/**
 * Between two words of one place name: a space, a spaced hyphen ("Bà Rịa - Vũng Tàu") or one glued to the next word
 * ("Bà Rịa-Vũng Tàu", "Phan Rang-Tháp Chàm"). Shared by the issuer's place and the body's place names (resolve/scope.ts).
 */
export const NAME_GAP = String.raw`(?:[ \t](?:-[ \t])?|-)`;
const PLACE = new RegExp(
  `^[ \\t]{1,2}(?:(?<type>[tT]ỉnh|[tT]hành[ \\t]phố|T[Pp]\\.?|[hH]uyện|[qQ]uận|[tT]hị[ \\t]xã)[ \\t]{1,2})?(?<name>\\p{Lu}[\\p{Ll}\\p{M}]{0,10}(?![\\p{L}\\p{M}])(?:${NAME_GAP}\\p{Lu}(?:['’]\\p{L})?[\\p{Ll}\\p{M}]{0,10}(?![\\p{L}\\p{M}])){0,4}|\\d{1,2}(?![\\p{L}\\p{N}]))`,
  'u',
);
const JOINER = /^[ \t]{1,2}và[ \t]{1,2}/u;
/**
 * A commune's name after its head: capitalised words or a number ("Tân Phú", "Hòa Bình Đông", "5"), never running into
 * a kind name written after it with no comma ("của Đảng bộ xã Mỹ Hưng Kế hoạch đại hội …").
 */
const NOT_A_KIND = `(?!(?:${CAPITALISED_KIND_NAMES.join('|')})(?![\\p{L}\\p{M}]))`;
const COMMUNE_NAME = new RegExp(
  `^[ \\t]{1,2}(?<name>\\p{Lu}[\\p{Ll}\\p{M}]{0,10}(?![\\p{L}\\p{M}])(?:[ \\t](?:-[ \\t])?${NOT_A_KIND}\\p{Lu}[\\p{Ll}\\p{M}]{0,10}(?![\\p{L}\\p{M}])){0,3}|\\d{1,2}(?![\\p{L}\\p{N}]))`,
  'u',
);
/** A commune after a generic body's name, its kind word then COMMUNE_NAME ("… nông thôn mới xã Nhân Khang"). */
const COMMUNE_AFTER = new RegExp(
  `^[ \\t]{1,2}(?<kind>${LEVEL_WORDS.commune.join('|')})${COMMUNE_NAME.source.slice(1)}`,
  'u',
);
const OFFICE = new RegExp(`^${OFFICE_TITLES.pattern}`, 'u');
/**
 * Heads of ministries and of the national bodies under them: national unless a place follows ("Cục Thống kê tỉnh …",
 * "Bộ Chỉ huy Quân sự tỉnh …"); a ministry named short or abbreviated ("Bộ Nông nghiệp & PTNT") is still national.
 */
const LOCAL_PLACE_WORD = new RegExp(
  `[ \\t](?:${[...UPPER_LEVEL_WORDS, ...LEVEL_WORDS.commune.filter((w) => w !== 'thị trấn')].join('|')})[ \\t]`,
  'u',
);
const NATIONAL_UNIT = /^(?:Bộ|Cục|Tổng cục|Chi cục|Kho bạc Nhà nước)(?![\p{L}])/u;
const WORD_END = /^(?![\p{L}\p{N}])/u;
const NAME_AFTER = /^[ \t]{1,2}\p{Lu}/u;
const DEPARTMENT_OF_ANY_LEVEL = new RegExp(`^(?:${BODIES_OF_EVERY_LEVEL.join('|')})(?![\\p{L}])`, 'u');

/** Aliases by first character, each list in ALIASES order (longest first): only one list can match a text. */
const ALIASES_BY_FIRST = new Map<string, Alias[]>();
for (const a of ALIASES) {
  const list = ALIASES_BY_FIRST.get(a.lower[0]);
  if (list) list.push(a);
  else ALIASES_BY_FIRST.set(a.lower[0], [a]);
}

function matchAlias(s: string): Alias | undefined {
  const lowerHead = s.slice(0, 64).toLowerCase();
  for (const a of ALIASES_BY_FIRST.get(lowerHead[0]) ?? []) {
    if (!lowerHead.startsWith(a.lower) || !WORD_END.test(s.slice(a.lower.length, a.lower.length + 1)))
      continue;
    if (a.alone && NAME_AFTER.test(s.slice(a.lower.length, a.lower.length + 4))) continue;
    if (a.named && !NAME_AFTER.test(s.slice(a.lower.length, a.lower.length + 4))) continue;
    return a;
  }
  return undefined;
}

/**
 * A place name after a local head; tries the longest run of capitalised words the gazetteer knows. `kindWord` is
 * the unit kind the head ends with ("Ủy ban nhân dân huyện" → "huyện") when the text does not repeat it.
 */
function readPlace(
  s: string,
  places: PlaceLookup,
  kindWord: string | null,
): { province: string | null; district: string | null; length: number; unresolved: string | null } | null {
  const m = PLACE.exec(s);
  if (!m?.groups) return null;
  // Where a shorter name may end: at a space, not one before a hyphen ("Bà Rịa - Vũng Tàu" is one name), or at a hyphen
  // glued to the next word ("Tỉnh ủy Bà Rịa-Vũng Tàu" is that province; "Quảng Nam-Đà Nẵng", gone, leaves Quảng Nam).
  const written = m.groups.name;
  const ends = [...written.matchAll(/[ \t](?!-)|-(?=\p{Lu})/gu)]
    .map((x) => x.index ?? 0)
    .concat(written.length);
  // A number names a city district only after "quận" ("Quận 1"); "của UBND tỉnh\n1. Bổ sung …" is a list number.
  if (/^\d/u.test(m.groups.name) && (m.groups.type ?? kindWord ?? '').toLowerCase() !== 'quận') return null;
  const prefixLength = m[0].length - m.groups.name.length;
  const kind = (m.groups.type ?? kindWord ?? '')
    .toLowerCase()
    .replace(/[ \t]+/gu, ' ')
    .replace(/^tp\.?$/u, 'thành phố');
  for (let n = ends.length; n >= 1; n--) {
    const name = written.slice(0, ends[n - 1]);
    const length = prefixLength + name.length;
    const province = places.province(name);
    if (kind === 'tỉnh' && province) return { province, district: null, length, unresolved: null };
    if (kind === 'thành phố' && province && places.isCentralCity(name)) {
      return { province, district: null, length, unresolved: null };
    }
    if (kind === 'huyện' || kind === 'quận' || kind === 'thị xã' || kind === 'thành phố') {
      const d = places.district(`${kind} ${name}`) ?? places.district(name);
      if (d) return { province: d.province, district: d.district, length, unresolved: null };
      // A district name several provinces have: resolved later with the province the body names.
      if (/^\p{Lu}/u.test(name) && isKnownDistrictName(name, places)) {
        return { province: null, district: null, length, unresolved: `${kind} ${name}` };
      }
      continue;
    }
    if (province) return { province, district: null, length, unresolved: null };
    const d = places.district(name);
    if (d) return { province: d.province, district: d.district, length, unresolved: null };
  }
  return null;
}

function isKnownDistrictName(name: string, places: PlaceLookup): boolean {
  return places.knownDistrictName ? places.knownDistrictName(name) : false;
}

/** A head that ends in the level word it names ("… huyện"), LEVEL_WORDS of every level. */
const HEAD_LEVEL_WORD = new RegExp(`(?<k>${[...UPPER_LEVEL_WORDS, ...LEVEL_WORDS.commune].join('|')})$`, 'u');
/** The unit kind a head names last: "Ủy ban nhân dân huyện" → "huyện", "Quận ủy" → "quận". */
function kindWordOf(head: string): string | null {
  const m = HEAD_LEVEL_WORD.exec(head);
  if (m?.groups) return m.groups.k;
  if (/Huyện ủy$/u.test(head)) return 'huyện';
  if (/Quận ủy$/u.test(head)) return 'quận';
  if (/Thị ủy$/u.test(head)) return 'thị xã';
  if (/Tỉnh ủy$/u.test(head)) return 'tỉnh';
  // "Thành ủy Ninh Bình": a city's committee, the province's own only where the city is a centrally-run one.
  if (/Thành ủy$/u.test(head)) return 'thành phố';
  if (/Huyện đoàn$/u.test(head)) return 'huyện';
  if (/Quận đoàn$/u.test(head)) return 'quận';
  if (/Thị đoàn$/u.test(head)) return 'thị xã';
  if (/Tỉnh đoàn$/u.test(head)) return 'tỉnh';
  return null;
}

function parseOne(s: string, places: PlaceLookup): { issuer: IssuerMention; length: number } | null {
  const alias = matchAlias(s);
  let head: string;
  let level: Level;
  let central: boolean;
  let bare = false;
  let pos: number;
  if (alias) {
    head = alias.canonical;
    level = alias.level;
    central = alias.central;
    bare = alias.bare;
    pos = alias.lower.length;
    // "Cục Thuế TP Hà Nội", "Cục Thuế tỉnh Bình Dương": a national body's name with a province after it is that
    // province's office.
    if (central && NATIONAL_UNIT.test(head) && readPlace(s.slice(pos), places, null)?.province) {
      central = false;
      level = 'province';
    }
  } else {
    const g = GENERIC_HEAD.exec(s);
    if (!g?.groups) return null;
    head = g.groups.head.replace(/[ \t]+/gu, ' ');
    pos = g.groups.head.length;
    // The level word that ends a body's name, its place after it or not ("Ban Chấp hành Đảng bộ Ủy ban nhân dân thành
    // phố thực hiện …", "… Ủy ban nhân dân thành phố Cần Thơ"): the name's, as in LOCAL_HEADS.
    const levelWord = GENERIC_LEVEL_WORD.exec(s.slice(pos));
    if (levelWord?.groups && /(?:Ủy ban nhân dân|Hội đồng nhân dân)$/u.test(head)) {
      head = `${head} ${levelWord.groups.word.replace(/[ \t]+/gu, ' ')}`;
      pos += levelWord[0].length;
    }
    central =
      /Trung ương/u.test(head) ||
      (NATIONAL_UNIT.test(head) && !LOCAL_PLACE_WORD.test(head) && !readPlace(s.slice(pos), places, null));
    level = central ? 'central' : 'province';
    // "Phòng Tư pháp", "Phòng Nội vụ": departments of a district (or a unit of a provincial body); named without a
    // place, the level of the text that cites them.
    bare = !central && DEPARTMENT_OF_ANY_LEVEL.test(head);
  }
  let term: string | null = null;
  let province: string | null = null;
  let district: string | null = null;
  let unresolved: string | null = null;
  let commune: string | null = null;
  if (central) {
    const tu = TRUNG_UONG.exec(s.slice(pos));
    if (tu && TERM_BODIES.has(head)) pos += tu[0].length;
    // "Hội nghị Trung ương 4 khóa XIII", "Hội nghị Trung ương lần thứ tư": which plenum, then the term.
    const plenum = /^[ \t](?:lần[ \t]thứ[ \t][\p{L}\d]{1,8}|\d{1,2})(?=[ \t]kh)/u.exec(s.slice(pos));
    if (plenum) pos += plenum[0].length;
  } else if (level === 'commune') {
    // "Ủy ban nhân dân xã Tân Phú, huyện Đồng Phú": the commune as written, then perhaps its district or province.
    const c = COMMUNE_NAME.exec(s.slice(pos));
    if (c?.groups) {
      commune = `${kindWordOf(head) ?? 'xã'} ${c.groups.name}`;
      pos += c[0].length;
      const sep = /^,?[ \t]{1,2}(?=(?:huyện|quận|thị xã|thành phố|tỉnh)[ \t])/u.exec(s.slice(pos));
      const above = sep ? readPlace(s.slice(pos + sep[0].length - 1), places, null) : null;
      if (sep && above) {
        province = above.province;
        district = above.district;
        unresolved = above.unresolved;
        pos += sep[0].length - 1 + above.length;
      }
      bare = false;
    } else bare = true;
  } else {
    const place = readPlace(s.slice(pos), places, kindWordOf(head));
    const communeAfter = place || central ? null : COMMUNE_AFTER.exec(s.slice(pos));
    if (place) {
      province = place.province;
      district = place.district;
      unresolved = place.unresolved;
      if ((district || unresolved) && level === 'province' && !/tỉnh$/u.test(head)) level = 'district';
      pos += place.length;
      bare = false;
    } else if (communeAfter?.groups) {
      // "Ban Chỉ đạo xây dựng nông thôn mới xã Nhân Khang": a body of any level, the commune's (as written, the
      // commune's place read later from the gazetteer).
      commune = `${communeAfter.groups.kind} ${communeAfter.groups.name}`;
      level = 'commune';
      pos += communeAfter[0].length;
      bare = false;
    } else if (/thành phố$/u.test(head)) {
      // "UBND thành phố" with no name: a central city, or the citing district-level city.
      bare = true;
    }
  }
  const t = TERM.exec(s.slice(pos));
  if (t?.groups) {
    term = t.groups.k.toUpperCase();
    pos += t[0].length;
  }
  return {
    issuer: {
      text: s.slice(0, pos),
      head,
      level,
      central,
      province,
      district,
      term,
      bareLevel: bare,
      unresolved,
      commune,
    },
    length: pos,
  };
}

/**
 * The bodies a phrase names when it is all one issuer phrase but perhaps a last character (a quote, a bracket):
 * "Ban Tổ chức Tỉnh ủy" before "đã ban hành", "Chủ tịch UBND thành phố" before "giao". Null when words are left over.
 */
export function wholeIssuers(phrase: string, places: PlaceLookup): IssuerMention[] | null {
  const read = parseIssuers(phrase, places);
  return read && read.length >= phrase.trim().length - 1 ? read.issuers : null;
}

/** What a name is read without: a run of spaces (kept as one), an abbreviation in brackets with its space. */
const SKIPPED_IN_NAME = /(?<spaces> {2,})| \(\p{Lu}{2,8}\)(?= )/gu;
const ABBREVIATION_IN_NAME = / \(\p{Lu}{2,8}\) /u;

/** Issuers at the start of `s` (joint issuers joined by "và" or ","); null when none is recognised. */
export function parseIssuers(
  raw: string,
  places: PlaceLookup,
): { issuers: IssuerMention[]; length: number } | null {
  // Line breaks inside a name ("Ban Chấp hành Trung\nương") read as spaces; same length, so offsets hold.
  const spaced = raw.replace(/[\n\r\t]/gu, ' ');
  // A run of spaces a converted page left inside a name ("Bộ Nông  nghiệp và Phát triển nông thôn") reads as one, and
  // an abbreviation a news item puts inside it ("Trung ương Hội Cựu chiến binh (CCB) Việt Nam") is passed over: the
  // name is read without them and its length counted back in the text as written.
  if (!spaced.includes('  ') && !(spaced.includes('(') && ABBREVIATION_IN_NAME.test(spaced)))
    return parseSpaced(spaced, places);
  // The name read without them: runs of the text as written, each with where it starts in both.
  const runs: { at: number; from: number }[] = [];
  let collapsed = '';
  let i = 0;
  for (const m of spaced.matchAll(SKIPPED_IN_NAME)) {
    const at = m.index ?? 0;
    runs.push({ at: collapsed.length, from: i });
    // A run of spaces keeps one; an abbreviation in brackets goes with the space before it.
    collapsed += spaced.slice(i, at) + (m.groups?.spaces ? ' ' : '');
    i = at + m[0].length;
  }
  runs.push({ at: collapsed.length, from: i });
  collapsed += spaced.slice(i);
  const found = parseSpaced(collapsed, places);
  if (!found) return null;
  // The offset in the text as written after `n` characters of the collapsed text.
  const written = (n: number): number => {
    let k = runs.length - 1;
    while (k > 0 && runs[k].at >= n) k--;
    return runs[k].from + (n - runs[k].at);
  };
  found.issuers[0].text = spaced.slice(0, written(found.issuers[0].text.length));
  return { issuers: found.issuers, length: written(found.length) };
}

function parseSpaced(s: string, places: PlaceLookup): { issuers: IssuerMention[]; length: number } | null {
  // "Bộ trưởng Bộ Tài chính": the office holder speaks for the body (unless the title is itself a body's name).
  const office = matchAlias(s) ? null : OFFICE.exec(s);
  const skip = office ? office[0].length : 0;
  const first = parseOne(s.slice(skip), places);
  if (!first) return null;
  first.length += skip;
  first.issuer.text = s.slice(0, first.length);
  const issuers = [first.issuer];
  let pos = first.length;
  for (let k = 0; k < 3; k++) {
    const j = JOINER.exec(s.slice(pos));
    if (!j) break;
    const next = parseOne(s.slice(pos + j[0].length), places);
    if (!next) break;
    issuers.push(next.issuer);
    pos += j[0].length + next.length;
  }
  return { issuers, length: pos };
}
