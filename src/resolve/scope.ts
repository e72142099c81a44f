/**
 * Scope and issuer names. Central bodies are "national"; local symbols (…/TU, …/HU, …-UBND) belong to the
 * citing document's locality unless the text names another ("Quy chế số 10-QC/TU … của Tỉnh ủy Bình Dương");
 * district bodies are "Province/District". The citing document's own locality comes from its issuer block, its
 * place line, the body's "UBND tỉnh X"/"Tỉnh ủy X"/"tỉnh X", and the gazetteer.
 */
import { NATIONAL, type Scope } from '../model';
import {
  LEVEL_WORDS,
  NAMED_WITH_KIND,
  NOT_A_BARE_PROVINCE,
  UPPER_LEVEL_WORDS,
  lookupIssuerCode,
  type Level,
} from '../tables/issuers';
import { WHEN_OPENINGS, romanTerm } from '../tables/dates';
import { LEAD_TAG, NEWSPAPER_SITE, newsTagProvince } from '../tables/reposts';
import { DISTRICT_MEDIA_MASTHEAD } from '../tables/site-chrome';
import { NAME_GAP, namesPlace, parseIssuers, type IssuerMention } from '../parse/issuer';
import type { ParsedSymbol } from '../parse/symbol';
import type { CommuneHit, CommuneWhere, PlaceLookup } from './places';
import {
  COMMUNE_REFORM,
  currentProvinceName,
  communeScopeName,
  districtScopeName,
  findDistrict,
  provinceNameAt,
  PROVINCES,
} from './gazetteer';
import { letterOrDigitBefore } from '../text/boundary';

export interface Locality {
  province: string | null;
  district: string | null;
  level: Level;
  /** A commune-level unit with its kind, as written ("xã Tân Phú", "phường 5"): level 'commune' only. */
  commune?: string | null;
}

/**
 * "national", "Kon Tum", "Bình Dương/Phú Giáo", and for a commune "Bình Phước/Đồng Phú/Tân Phú" (names without the
 * words tỉnh, huyện, xã, as ANNOTATION.md has them); "Bình Phước/Tân Phú" when no district is known, as for the
 * communes directly under a province since July 2025.
 */
export function scopeOf(loc: Locality): Scope {
  if (loc.level === 'central') return NATIONAL;
  if (!loc.province) return 'unknown';
  const district = loc.district ? districtScopeName(loc.district) : null;
  if (loc.level === 'commune' && loc.commune)
    return [loc.province, district, communeScopeName(loc.commune)].filter((x) => x).join('/');
  return (loc.level === 'district' || loc.level === 'commune') && district
    ? `${loc.province}/${district}`
    : loc.province;
}

/** A scope under the name its province had on the document's date ("Huế" of 2017 is "Thừa Thiên Huế"). */
export function scopeAt(scope: Scope, date: string | null, year: number | null): Scope {
  if (scope === NATIONAL || scope === 'unknown') return scope;
  const cut = scope.indexOf('/');
  const province = cut < 0 ? scope : scope.slice(0, cut);
  const named = provinceNameAt(province, date, year);
  return named === province ? scope : named + (cut < 0 ? '' : scope.slice(cut));
}

/** A locality under the name its province had on a date: its scope and its bodies' names ("Tỉnh ủy Thừa Thiên Huế"). */
export function localityAt(loc: Locality, date: string | null, year: number | null): Locality {
  if (!loc.province) return loc;
  const province = provinceNameAt(loc.province, date, year);
  return province === loc.province ? loc : { ...loc, province };
}

/**
 * A cited text dated on or after the day districts were abolished (COMMUNE_REFORM) is no district's: "Nghị quyết
 * 159/2025/NQ-HĐND ngày 29/10/2025" cited in a Lộc Hà item is the province's council's. Only a written date says so.
 */
export function withoutDistrictAfterReform(loc: Locality, date: string | null): Locality {
  return loc.level === 'district' && date !== null && date >= COMMUNE_REFORM
    ? { province: loc.province, district: null, level: 'province' }
    : loc;
}

/** The first level word of each level ("tỉnh", "huyện", "xã"): the one a body's canonical name takes. */
const LEVEL_WORD: Record<string, string> = {
  province: LEVEL_WORDS.province[0],
  district: LEVEL_WORDS.district[0],
  commune: LEVEL_WORDS.commune[0],
};

/** Full issuer name for a mention, filling the place from the locality it belongs to. */
export function issuerName(m: IssuerMention, loc: Locality, places?: PlaceLookup): string {
  return cityParty(issuerNameRaw(m, loc), places);
}

/**
 * "Thành ủy Hồ Chí Minh" → "Thành ủy Thành phố Hồ Chí Minh" (NAMED_WITH_KIND); a name that has the kind is left, and
 * so is one named for the person ("Đoàn TNCS Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh").
 */
const KINDLESS_CITY = new RegExp(
  `(?<![Tt]hành phố|TP\\.?|TNCS|[Tt]ư tưởng|[Cc]hủ tịch|[Qq]uốc gia) (?<city>${NAMED_WITH_KIND.join('|')})$`,
  'u',
);

/** A centrally-run city is a "thành phố" with a Thành ủy: "Tỉnh ủy Hà Nội" → "Thành ủy Hà Nội". */
function cityParty(name: string, places?: PlaceLookup): string {
  const named = cityKind(name, places);
  // Asked of every issuer name: most end in no such city, which a suffix test tells without the pattern.
  if (!NAMED_WITH_KIND.some((city) => named.endsWith(city))) return named;
  const kindless = KINDLESS_CITY.exec(named);
  return kindless?.groups ? `${named.slice(0, kindless.index)} Thành phố ${kindless.groups.city}` : named;
}

function cityKind(name: string, places?: PlaceLookup): string {
  // Both "Tỉnh ủy " and "tỉnh " hold "ỉnh ": a name without it cannot match (most names, asked once per issuer).
  if (!name.includes('ỉnh ')) return name;
  const m = /(?<unit>Tỉnh ủy|tỉnh) (?<place>\p{Lu}[\p{L} -]{1,30})$/u.exec(name);
  if (!m?.groups || !places?.isCentralCity(m.groups.place)) return name;
  const city = m.groups.unit === 'tỉnh' ? 'thành phố' : 'Thành ủy';
  return name.slice(0, m.index) + `${city} ${m.groups.place}`;
}

function issuerNameRaw(m: IssuerMention, loc: Locality): string {
  if (m.central) return m.term && termBody(m.head) ? `${m.head} (khóa ${m.term})` : m.head;
  // A place written after the head wins over the locality it is cited from.
  // A mention resolved to today's name ("Huế") keeps the name the locality had on the date ("Thừa Thiên Huế").
  if (m.province && !(loc.province && currentProvinceName(loc.province) === m.province))
    loc = {
      ...loc,
      province: m.province,
      district: m.district ?? (m.province === loc.province ? loc.district : null),
    };
  let head = m.head;
  const bareBody = /^(?:Văn phòng )?(?:Ủy ban nhân dân|Hội đồng nhân dân)$/u.test(head);
  const level = m.bareLevel ? loc.level : m.level;
  // "Đảng ủy" above a commune is "Đảng ủy xã …"; above a province or district a level word would name another body
  // (its Party committee is the Tỉnh ủy or Huyện ủy): the name stays as written.
  const partyCommittee = /Đảng ủy$/u.test(head);
  if (
    (m.bareLevel || bareBody) &&
    // "Đảng ủy xã" already says its level: never "Đảng ủy xã tỉnh".
    !/(?:tỉnh|huyện|thành phố|xã|phường|thị trấn)$/u.test(head) &&
    !(partyCommittee && level !== 'commune') &&
    // A bare body whose code is a central one ("Ban Chỉ đạo" of a …/BCĐTW) is named as written.
    level !== 'central'
  ) {
    head = `${head} ${LEVEL_WORD[level] ?? 'tỉnh'}`;
  }
  // A bare body cited from a commune's text is that commune's ("UBND" → "Ủy ban nhân dân xã Lơ Ku").
  if (level === 'commune') {
    const commune = m.commune ?? loc.commune ?? null;
    // "Ủy ban nhân dân xã" + "xã Tân Phú": the kind is written once.
    return commune ? `${head.replace(/[ \t](?:xã|phường|thị trấn)$/u, '')} ${commune}` : head;
  }
  const place =
    m.level === 'district' || (m.bareLevel && loc.level === 'district') ? loc.district : loc.province;
  if (!place) return head;
  // Numbered city districts are named with their kind: "Quận ủy Quận 6".
  if (/^\d{1,2}$/u.test(place) && !/quận$/u.test(head))
    return districtBody(head.replace(/ huyện$/u, ''), place);
  // A department or a national body's provincial office: "Sở Y tế tỉnh Kon Tum", "Cục Thuế thành phố Hà Nội".
  if (/^(?:Sở|Công an|Thanh tra|Cục|Chi cục)[ \t]/u.test(head) && !/tỉnh$/u.test(head))
    return `${head} tỉnh ${place}`;
  return `${head} ${place}`;
}

function termBody(head: string): boolean {
  return /^(?:Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Quốc hội|Ủy ban Thường vụ Quốc hội)/u.test(
    head,
  );
}

/** Codes of bodies every level has (People's Committee, Council, its chairman): cited alone, the citing level's. */
const SAME_LEVEL_CODES: ReadonlySet<string> = new Set(['UBND', 'HĐND', 'CTUBND']);

/** Every issuer code of the symbol is a central Party body's (TW, BTGTW, VPTW …). */
export function partyCentral(symbol: ParsedSymbol): boolean {
  return (
    symbol.issuerCodes.length > 0 &&
    symbol.issuerCodes.every((c) => {
      const entry = lookupIssuerCode(c, symbol.kindCode)?.entry;
      return entry?.level === 'central' && /TW$/u.test(entry.code);
    })
  );
}

/** Locality of a cited document from its issuer mentions and symbol, given the citing document's. */
export function referenceLocality(
  issuers: IssuerMention[],
  symbol: ParsedSymbol,
  citing: Locality,
  places?: PlaceLookup,
  /** The cited document's date (or the citing one's): which era's communes a commune's name belongs to. */
  date: string | null = null,
): Locality {
  const codes = symbol.issuerCodes.map((c) => lookupIssuerCode(c, symbol.kindCode)?.entry);
  const known = codes.filter((c) => c !== undefined);
  const centralCodes = known.length > 0 && known.every((c) => c.level === 'central');
  // Only the Party's central bodies number with their code ("57-NQ/TW", "36-HD/BTGTW"): a local body named after it
  // is another phrase's ("Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá").
  if (partyCentral(symbol)) return { province: null, district: null, level: 'central' };
  if (issuers.length > 0) {
    if (issuers.every((i) => i.central)) return { province: null, district: null, level: 'central' };
    const local = issuers.find((i) => !i.central) as IssuerMention;
    // A body named without a place of its own under a ministry's code ("Công văn số 2193/BTP-ĐA4 … của Ban Điều hành
    // Đề án 4 Bộ Tư pháp"): the code says whose it is.
    const placeless = !namesPlace(local) && !local.bareLevel;
    // The same for a body of every level named bare ("Ban Chỉ đạo …" under BCĐTW).
    if ((placeless || (local.bareLevel && !local.commune)) && centralCodes)
      return { province: null, district: null, level: 'central' };
    let level: Level = local.bareLevel ? citing.level : local.level;
    // "Kế hoạch số 24-KH/HU … của Ban Chấp hành Đảng bộ": a body named without its place or its level, whose code (HU:
    // a Huyện ủy) says it is a district's; the citing document's district then.
    if (
      ((placeless && level === 'province') || local.bareLevel) &&
      known.find((c) => c.level !== 'central')?.level === 'district'
    )
      level = 'district';
    // "UBND thành phố" cited inside a centrally-run city is the city itself, a province.
    const bareCity = local.bareLevel && /thành phố$/u.test(local.head) && citing.province !== null;
    if (
      bareCity &&
      // Today's name: a text of Huế that says "UBND thành phố" names the city it was or became, whatever its date.
      places?.isCentralCity(currentProvinceName(citing.province as string))
    ) {
      level = 'province';
    } else if (bareCity) {
      // Inside a province it is one of the province's cities, a district: the citing text's, when that is a city
      // ("UBND thành phố ban hành Kế hoạch số 7722/KH-UBND" on Biên Hòa's portal), else a city it does not name.
      const own = citing.district ? findDistrict(citing.district, citing.province as string) : null;
      return {
        province: citing.province,
        district: own?.kind === 'thành phố' ? own.name : null,
        level: 'district',
      };
    }
    if (level === 'central') level = 'province';
    const province = local.province ?? citing.province;
    if (level === 'commune') {
      // "UBND xã Tân Phú" cited in a text of the district or of another commune: the citing district's commune.
      const commune = local.commune ?? (local.bareLevel ? (citing.commune ?? null) : null);
      const sameProvince = !local.province || local.province === citing.province;
      let district = local.district ?? (sameProvince ? citing.district : null);
      if (local.unresolved && province && places)
        district = places.district(local.unresolved, province)?.district ?? district;
      // "UBND xã Nghĩa Tá" cited where no district (or no province) is known: the one commune of that name.
      if (local.commune && communeUnplaced(province, district, date) && places?.commune) {
        const c = places.commune(local.commune, { province, district, date });
        if (c) return { province: c.province, district: c.district, level, commune: c.commune };
      }
      return commune
        ? { province, district, level, commune }
        : { province, district, level: district ? 'district' : 'province' };
    }
    // "UBND huyện Châu Thành": a district name many provinces have is the citing province's.
    if (local.unresolved && province && places) {
      const d = places.district(local.unresolved, province);
      if (d) return { province: d.province, district: d.district, level: 'district' };
    }
    const district =
      level === 'district'
        ? (local.district ?? (local.province && local.province !== citing.province ? null : citing.district))
        : null;
    return { province, district, level };
  }
  if (centralCodes) return { province: null, district: null, level: 'central' };
  const first = known.find((c) => c.level !== 'central');
  if (first?.level === 'district')
    return { province: citing.province, district: citing.district, level: 'district' };
  if (first && !SAME_LEVEL_CODES.has(first.code)) {
    return { province: citing.province, district: null, level: 'province' };
  }
  // UBND, HĐND, CTUBND or an unknown code: the same level as the citing document.
  return citing.level === 'central' ? { province: null, district: null, level: 'central' } : { ...citing };
}

/** Issuer name from the symbol's codes, when they name one body ("CP" → Chính phủ). */
export function issuerFromCodes(symbol: ParsedSymbol, loc: Locality, places?: PlaceLookup): string | null {
  const name = issuerFromCodesRaw(symbol, loc);
  return name === null
    ? null
    : name
        .split('; ')
        .map((n) => cityParty(n, places))
        .join('; ');
}

function issuerFromCodesRaw(symbol: ParsedSymbol, loc: Locality): string | null {
  const names: string[] = [];
  for (const raw of symbol.issuerCodes) {
    const hit = lookupIssuerCode(raw, symbol.kindCode);
    if (!hit?.entry.name) return null;
    let name = hit.entry.name;
    if (hit.entry.level === 'central') {
      if (hit.term) {
        const roman = romanTerm(hit.term);
        if (roman) name = `${name} (khóa ${roman})`;
      }
    } else {
      if (hit.entry.code === 'UBND' || hit.entry.code === 'HĐND') {
        name = name.replace('tỉnh', LEVEL_WORD[loc.level] ?? 'tỉnh');
      }
      const province = loc.province;
      const district = loc.district;
      if (name.includes('{province}')) {
        if (!province) return null;
        name = name.replace('{province}', province);
      }
      if (name.includes('{district}')) {
        if (!district) return null;
        name = name.replace('{district}', district);
      }
      if (/huyện \{?$/u.test(name) || name.includes('{')) return null;
      if (
        (hit.entry.code === 'UBND' || hit.entry.code === 'HĐND') &&
        loc.level === 'commune' &&
        loc.commune
      ) {
        name = `${hit.entry.code === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân'} ${loc.commune}`;
      } else if ((hit.entry.code === 'UBND' || hit.entry.code === 'HĐND') && loc.level === 'district') {
        if (!district) return null;
        name = districtBody(hit.entry.code === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân', district);
      }
    }
    names.push(name);
  }
  return names.length > 0 ? names.join('; ') : null;
}

/** A district body: "Ủy ban nhân dân huyện Phú Giáo", and for a numbered city district "Ủy ban nhân dân Quận 9". */
function districtBody(head: string, district: string): string {
  return /^\d{1,2}$/u.test(district) ? `${head} Quận ${district}` : `${head} huyện ${district}`;
}

const DISTRICT_PLACE = /^(?:Quận|Huyện|Thị xã)[ \t]/u;
/**
 * A place named in the body. No lookbehind at its head (a lookbehind there makes V8 try the pattern at every
 * offset of 50,000 characters): the word boundary before it is checked in code (placeAfterBoundary).
 */
// "Báo Nam Định xin giới thiệu toàn văn …": a provincial Party newspaper bears its province's name.
// Or the city's abbreviation, its name as an acronym ("UBND TPHCM", "TP. HCM", "TP Cần Thơ"): the gazetteer's aliases.
// A hard wrap may fall between the level word and the name ("của UBND tỉnh\nBình Thuận"; dev79 ji06).
const BODY_PLACE = new RegExp(
  `(?:(?:[Tt]ỉnh|Tỉnh ủy|[Tt]hành [Pp]hố|Thành ủy|Báo)(?:[ \\t]{1,2}|[ \\t]?\\n[ \\t]{0,2})|TP\\.?[ \\t]?)(?<name>\\p{Lu}[\\p{Ll}\\p{M}]{0,10}(?:${NAME_GAP}\\p{Lu}[\\p{Ll}\\p{M}]{0,10}){0,4}(?![\\p{L}\\p{N}])|\\p{Lu}{2,4}(?![\\p{L}\\p{N}]))`,
  'gu',
);
/** The level words a body's name ends with, before its place, as a regex alternation (UPPER_LEVEL_WORDS). */
const LEVEL_ALTERNATION = UPPER_LEVEL_WORDS.join('|');
/**
 * A body of a level as the subject of what the text tells: the People's Committee asking ("UBND huyện yêu cầu …"), its
 * Party committee that issued what the text reports ("Ban Chấp hành Đảng bộ huyện ban hành Nghị quyết số 02 …"), or a
 * mass organisation acting ("Ban Thường vụ LĐLĐ tỉnh đã tổ chức …").
 */
const BODY_SUBJECT = new RegExp(
  [
    String.raw`(?:Chủ tịch[ \t])?(?:Ủy ban nhân dân|UBND)[ \t](?<lvl>${LEVEL_ALTERNATION})[ \t](?:yêu cầu|đề nghị|chỉ đạo|giao|quyết định|chỉ thị)`,
    String.raw`(?:Ban[ \t][Cc]hấp[ \t]hành|BCH)[ \t]Đảng[ \t]bộ[ \t](?<partyLvl>${LEVEL_ALTERNATION})[ \t](?:đã[ \t])?ban[ \t]hành`,
    String.raw`(?:Ban[ \t]Thường[ \t]vụ[ \t])?(?:LĐLĐ|Liên[ \t]đoàn[ \t]Lao[ \t]động|Hội[ \t]Nông[ \t]dân|Hội[ \t]LHPN|Hội[ \t]Cựu[ \t]chiến[ \t]binh)[ \t](?<massLvl>${LEVEL_ALTERNATION})[ \t](?:đã[ \t])?(?:ban[ \t]hành|tổ[ \t]chức)`,
  ].join('|'),
  'gu',
);

/** A headline (the text's first line) that opens on a place, its subject, then a word in lower case ("Hưng Yên nhiều …"). */
const HEADLINE_SUBJECT = new RegExp(
  `^\\s{0,8}(?<name>\\p{Lu}\\p{Ll}{0,10}(?:${NAME_GAP}\\p{Lu}\\p{Ll}{0,10}){0,3})[ \\t](?=\\p{Ll})`,
  'u',
);
/** A headline's opening place before a colon ("Đồng Tháp: …", "Quảng Ninh: …"). */
const HEADLINE_PLACE = new RegExp(
  `^[ \\t]{0,4}(?<name>\\p{Lu}\\p{Ll}{0,10}(?:${NAME_GAP}\\p{Lu}\\p{Ll}{0,10}){0,3})[ \\t]{0,2}:[ \\t]`,
  'u',
);

/** How far into a text a portal's header lines reach (a page title, a menu line, the province's name). */
const HEADER_LINES_CHARS = 400;

/** A province's own body named without its name: "UBND tỉnh", "Ủy ban nhân dân tỉnh", "Tỉnh ủy" (no name after). */
const OWN_PROVINCE_BODY =
  /(?:(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)[ \t]tỉnh|Tỉnh ủy)(?![\p{L}\p{N}])(?![ \t]{1,2}\p{Lu})/u;
/** OWN_PROVINCE_BODY as a subject, not a citation's issuer ("… ngày 13/6/2016 của Ban Thường vụ Tỉnh ủy về …"). */
const OWN_PROVINCE_BODY_ALL = new RegExp(OWN_PROVINCE_BODY.source, 'gu');
const ISSUER_OF_CITATION =
  /của[ \t](?:Ban[ \t]Thường[ \t]vụ[ \t]|Ban[ \t]Chấp[ \t]hành[ \t]|Thường[ \t]trực[ \t]|Chủ[ \t]tịch[ \t])?$/u;
function speaksAsProvince(win: string): boolean {
  OWN_PROVINCE_BODY_ALL.lastIndex = 0;
  for (let m = OWN_PROVINCE_BODY_ALL.exec(win); m; m = OWN_PROVINCE_BODY_ALL.exec(win))
    if (!ISSUER_OF_CITATION.test(win.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}
/** The same for a centrally-run city's text: "Ủy ban nhân dân thành phố", "HĐND thành phố", "Thành ủy" with no name. */
const OWN_CITY_BODY =
  /(?:(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)[ \t]thành phố|Thành ủy)(?![\p{L}\p{N}])(?![ \t]{1,2}\p{Lu})/u;
/**
 * The centrally-run cities named bare ("Phấn đấu Hải Phòng luôn là …"), but those whose bare name is also a person's
 * (NAMED_WITH_KIND: "Hồ Chí Minh") or was a provincial city's before 2025 ("Huế").
 */
const BARE_CITY = new RegExp(
  `(?<name>${PROVINCES.filter(
    (p) => p.kind === 'thành phố' && !NAMED_WITH_KIND.includes(p.name) && p.name !== 'Huế',
  )
    .map((p) => p.name)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The province of a provincial newspaper's site a lead opens on (NEWSPAPER_SITE), by the gazetteer's folded names. */
function newspaperSiteProvince(opening: string, places: PlaceLookup): string | null {
  const name = NEWSPAPER_SITE.pattern.exec(opening)?.groups?.name;
  return name ? places.province(name) : null;
}

/** The district a media site's masthead names (DISTRICT_MEDIA_MASTHEAD), by the gazetteer. */
function mastheadDistrict(
  opening: string,
  places: PlaceLookup,
): { district: string; province: string } | null {
  for (const line of opening.split('\n').slice(0, 6)) {
    const name = DISTRICT_MEDIA_MASTHEAD.pattern.exec(line)?.groups?.name;
    const hit = name ? places.district(name) : null;
    if (hit) return { district: hit.district, province: hit.province };
  }
  return null;
}

/** The longest first line read as a news item's headline. */
const HEADLINE_CHARS = 200;
/** A kind line alone ("KẾ HOẠCH"): the title is the line after it. */
const KIND_LINE_ALONE = /^[ \t#*]{0,8}\p{Lu}[\p{Lu}\p{M} ]{1,30}[ \t*]{0,4}$/u;
/** A text's title: its first line, or the line after a kind line alone; at most HEADLINE_CHARS. */
/** The subject of a news item's lead: its first long line, after an opening date, up to a comma or a parenthesis. */
// After the agency's tag, if any ("(CT) - Ngày 19-4, Thường trực Quận ủy Ninh Kiều tổ chức …").
const LEAD_SUBJECT = new RegExp(
  String.raw`^[ \t]{0,4}${LEAD_TAG}(?:(?:${WHEN_OPENINGS.join('|')})[ \t][^,\n]{1,30},[ \t]{1,2})?(?<subject>[^,(\n]{5,120})(?=[,(])`,
  'u',
);
function leadSubject(win: string): string {
  const lead = win
    .slice(0, 4 * HEADLINE_CHARS)
    .split('\n')
    .find((l, k) => k > 0 && l.length >= 80);
  return (lead && LEAD_SUBJECT.exec(lead)?.groups?.subject) ?? '';
}
/** A page's time stamp above its headline ("19/04/2023 - 21:12", "Thứ ba 22/10/2019"): not the title. */
const TIME_STAMP =
  /^[ \t]{0,4}(?:\p{L}{2,4}[ \t]\p{L}{2,4},?[ \t])?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ \t]{0,2}[-,|]?[ \t]{0,2}\d{1,2}:\d{2}(?::\d{2})?)?[ \t]{0,4}$/u;
function titleOf(win: string): string {
  const lines = win.slice(0, 2 * HEADLINE_CHARS + 2).split('\n');
  const first = lines.findIndex((l) => l.trim() !== '' && !TIME_STAMP.test(l));
  if (first < 0) return '';
  const at = KIND_LINE_ALONE.test(lines[first]) && first + 1 < lines.length ? first + 1 : first;
  return lines[at].slice(0, HEADLINE_CHARS);
}
/** A district body named without its name, as the district's own texts call it: "UBND Quận chủ trì", "UBND huyện". */
const OWN_DISTRICT_BODY =
  /(?:Ủy ban nhân dân|UBND|Huyện ủy|Quận ủy)[ \t](?:[Qq]uận|[Hh]uyện)(?![ \t]{1,2}[\p{Lu}\d])(?![\p{L}])/u;
/** The kind of commune a body's head names at its end ("Ủy ban nhân dân xã"). */
const COMMUNE_HEAD_KIND = new RegExp(`(?:${LEVEL_WORDS.commune.join('|')})$`, 'u');
const YOUTH_UNION_AFTER_COMMUNE = /^(?<kind>xã|phường|thị trấn)[ \t]Đoàn[ \t]/u;
/**
 * A commune named in the body: "xã Ngọc Thành", "Đảng ủy xã Phú Mỹ", and its Youth Union "xã Đoàn Ngọc Thành" (read
 * as "Ngọc Thành" when no commune is called "Đoàn Ngọc Thành"; "xã Đoàn Kết" is a commune): communeNamed.
 */
const BODY_COMMUNE = new RegExp(
  `(?<name>(?:xã|phường|thị trấn)[ \\t](?:\\p{Lu}[\\p{Ll}\\p{M}]{0,10}(?:${NAME_GAP}\\p{Lu}[\\p{Ll}\\p{M}]{0,10}){0,3}|\\d{1,2}(?![\\p{L}\\p{N}])))`,
  'gu',
);

/**
 * A commune named with its district in parentheses, as provincial papers caption photos ("Người dân xã Phước Bình
 * (Bác Ái) trồng cây xanh", "xã Tam Hiệp (huyện Núi Thành)"): the pair places the item when the gazetteer has that
 * commune in that district.
 */
const COMMUNE_IN_DISTRICT = new RegExp(
  `${BODY_COMMUNE.source}[ \\t]{0,2}\\((?:(?:${LEVEL_WORDS.district.join('|')})[ \\t])?(?<district>\\p{Lu}[\\p{Ll}\\p{M}]{0,10}(?:${NAME_GAP}\\p{Lu}[\\p{Ll}\\p{M}’']{0,10}){0,3})\\)`,
  'gu',
);

/**
 * A headline whose subject is a commune's body ("Đảng ủy phường Phúc La triển khai …", "UBND xã Hương Đô tổ chức …"):
 * a short capitalised head, then the commune; not a place the item only visits ("Kiểm tra … tại xã Vĩnh An").
 */
const HEADLINE_OPENS_ON_COMMUNE = new RegExp(
  `^[ \\t]{0,4}\\p{Lu}[\\p{L} \\t]{0,20}?(?<![ \\t](?:tại|ở|về|với|cho|đến))[ \\t](?:${LEVEL_WORDS.commune.join('|')})[ \\t]\\p{Lu}`,
  'u',
);

/**
 * A district named in the body; a numbered one after its body may be written with its kind ("Quận ủy Quận 3"); an
 * island district may say so ("huyện đảo Bạch Long Vĩ"; dev51 gg15).
 */
// A name's syllable may carry an apostrophe ("Đăk R’lấp", "Cư M'gar").
const DISTRICT_NAME = String.raw`(?<name>Quận[ \t]\d{1,2}(?![\p{L}\p{N}])|\p{Lu}[\p{Ll}\p{M}]{0,10}(?:${NAME_GAP}\p{Lu}[\p{Ll}\p{M}’']{0,10}){0,3}|\d{1,2}(?![\p{L}\p{N}]))`;
/** The words before a district's name: its kind, or its Party committee's or Youth Union's ("Huyện đoàn Giồng Riềng"). */
const DISTRICT_WORDS = String.raw`[Hh]uyện(?:[ \t]đảo)?|[Qq]uận|[Tt]hị xã|Huyện ủy|Quận ủy|Thị ủy|Huyện đoàn|Quận đoàn|Thị đoàn`;
const BODY_DISTRICT = new RegExp(`(?:${DISTRICT_WORDS})[ \\t]{1,2}${DISTRICT_NAME}`, 'gu');
/**
 * The same, or a province's city ("thành phố Thủ Dầu Một", "Thành ủy Thủ Dầu Một"; dev74 jd15), where no province is
 * named: the gazetteer knows a provincial city by its name, and a centrally-run one is no district. A city is named,
 * never numbered ("thành phố 5 không" is a slogan).
 */
const BODY_DISTRICT_OR_CITY = new RegExp(
  `(?:${DISTRICT_WORDS}|(?:[Tt]hành phố|Thành ủy)(?=[ \\t]{1,2}\\p{Lu}))[ \\t]{1,2}${DISTRICT_NAME}`,
  'gu',
);

/** The province of the first commune named with its district (COMMUNE_IN_DISTRICT) that the gazetteer has there. */
function captionProvince(win: string, date: string | null, places: PlaceLookup): string | null {
  for (const m of win.matchAll(COMMUNE_IN_DISTRICT)) {
    const { name, district } = m.groups ?? {};
    if (letterOrDigitBefore(win, m.index) || !name || !district) continue;
    const hit = communeNamed(name, { district, date }, places);
    if (hit) return hit.province;
  }
  return null;
}

/** Provinces named bare, without "tỉnh" (NOT_A_BARE_PROVINCE: not a word, a person or a longer name). */
const BARE_PROVINCE = new RegExp(
  `(?<name>${PROVINCES.filter(
    (p) => !NAMED_WITH_KIND.includes(p.name) && !NOT_A_BARE_PROVINCE.names.includes(p.name),
  )
    .map((p) => p.name)
    .join('|')})(?![\\p{L}\\p{N}]|[ \\t](?:${NOT_A_BARE_PROVINCE.followers.join('|')}))`,
  'gu',
);
/** A commune's place is not yet known: no province, or before July 2025 no district (from then on it has none). */
function communeUnplaced(province: string | null, district: string | null, date: string | null): boolean {
  return !province || (!district && !(date !== null && date >= COMMUNE_REFORM));
}

/** A commune matched by BODY_COMMUNE, or its Youth Union's ("xã Đoàn Ngọc Thành") when no commune has that name. */
function communeNamed(name: string, where: CommuneWhere, places: PlaceLookup): CommuneHit | null {
  if (!places.commune) return null;
  const found = places.commune(name, where);
  if (found || !YOUTH_UNION_AFTER_COMMUNE.test(name)) return found;
  return places.commune(name.replace(YOUTH_UNION_AFTER_COMMUNE, '$<kind> '), where);
}

/**
 * What the body names most often: each match of `pattern` (its `name` group) is looked up by its longest run of
 * words `lookup` knows ("tỉnh Hải Dương", "huyện Bố Trạch"); ties go to the first named.
 */
function mostNamed<T>(
  win: string,
  pattern: RegExp,
  lookup: (name: string) => T | null,
  key: (found: T) => string,
  /** When given, only a name named at least this often and more often than any other; no tie goes to the first. */
  atLeast?: number,
): T | null {
  const counts = new Map<string, { found: T; n: number }>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(win); m; m = pattern.exec(win)) {
    if (letterOrDigitBefore(win, m.index)) {
      // Inside a word: the search goes on from the next offset, as the lookbehind's failed attempt would.
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const words = (m.groups?.name ?? '').split(/[ \t](?!-)/u);
    for (let n = words.length; n >= 1; n--) {
      const found = lookup(words.slice(0, n).join(' '));
      if (found !== null) {
        const c = counts.get(key(found)) ?? { found, n: 0 };
        c.n++;
        counts.set(key(found), c);
        break;
      }
    }
  }
  let best: { found: T; n: number } | null = null;
  let tied = false;
  for (const c of counts.values()) {
    if (!best || c.n > best.n) {
      tied = false;
      best = c;
    } else if (c.n === best.n) tied = true;
  }
  if (atLeast !== undefined && (!best || best.n < atLeast || tied)) return null;
  return best?.found ?? null;
}

/**
 * The locality of the document being read.
 * `issuer` is the header issuer (block or "CỦA …" line) if any; `codes` the issuer codes of its own symbol.
 */
export function documentLocality(args: {
  issuer: IssuerMention | null;
  place: string | null;
  symbol: ParsedSymbol | null;
  body: string;
  places: PlaceLookup;
  /** The document's own date: which era's communes its place names. */
  date?: string | null;
}): Locality {
  const { issuer, place, symbol, body, places } = args;
  const date = args.date ?? null;
  let level: Level | null = issuer
    ? issuer.central
      ? 'central'
      : issuer.bareLevel
        ? null
        : issuer.level
    : null;
  if (!level && symbol) {
    const lv = symbol.issuerCodes
      .map((c) => lookupIssuerCode(c, symbol.kindCode)?.entry.level)
      .find((l) => l !== undefined);
    if (lv === 'central' || lv === 'district') level = lv;
  }
  if (!level) {
    const counts = new Map<string, number>();
    BODY_SUBJECT.lastIndex = 0;
    const win = body.slice(0, 20000);
    for (let m = BODY_SUBJECT.exec(win); m; m = BODY_SUBJECT.exec(win)) {
      const word = m.groups?.lvl ?? m.groups?.partyLvl ?? m.groups?.massLvl;
      const l = LEVEL_WORDS.province.includes(word ?? '') ? 'province' : 'district';
      counts.set(l, (counts.get(l) ?? 0) + 1);
    }
    const [d, p] = [counts.get('district') ?? 0, counts.get('province') ?? 0];
    if (d > p) level = 'district';
    // Its own bodies speak as the province's ("UBND tỉnh yêu cầu …"): a district it names is only what it is about.
    else if (p > d) level = 'province';
  }
  if (level === 'central') return { province: null, district: null, level };
  let province = issuer?.province ?? null;
  let district = issuer?.district ?? null;
  // A commune names itself in the place-date line ("Tân Phú, ngày …"): that name is no district's.
  const communeName =
    level === 'commune' ? (issuer?.commune ?? '').replace(/^(?:xã|phường|thị trấn)[ \t]/u, '') : '';
  const win = body.slice(0, 50000);
  if (place && !(communeName && place.endsWith(communeName))) {
    const p = places.province(place);
    const d = places.district(place, province);
    // A centrally-run city's own texts call its bodies "UBND Thành phố", never "UBND tỉnh": a legal database's template
    // place ("Hà Nội, ngày 29 tháng 04 năm 2020" over "UBND tỉnh ban hành kế hoạch"; dev66 gv01) is not the text's.
    const templatePlace =
      p !== null &&
      places.isCentralCity(provinceNameAt(p, date, null)) &&
      OWN_PROVINCE_BODY.test(win) &&
      !OWN_CITY_BODY.test(win);
    if (!province && p && !templatePlace && !(level === 'district' && d)) province = p;
    if (d && !district && (level === 'district' || !p)) {
      district = d.district;
      province = province ?? d.province;
      // "ỦY BAN NHÂN DÂN" alone over "Quận 9, ngày …": a quận or huyện is never a province's seat, so the body is
      // the district's (a city such as "Biên Hòa, ngày …" may be the seat of the province, and says nothing).
      if (!level && DISTRICT_PLACE.test(place)) level = 'district';
    }
    // A provincial body read from a letterhead whose district line was lost or wrapped ("TỈNH ĐOÀN THANH HÓA / BCH
    // ĐOÀN HUYỆN / THỌ XUÂN") dated from a rural district of its province ("Thọ Xuân, ngày …"): a huyện is never a
    // province's seat (a city may be, and says nothing), so the text is that district body's.
    if (level === 'province' && province && !p && d && d.province === province) {
      const unit = findDistrict(d.district, province);
      if (unit?.kind === 'huyện' && !unit.former) {
        district = unit.name;
        level = 'district';
      }
    }
  }
  // A district media site's masthead over the page ("Truyền hình Đại Lộc"): the district, where the gazetteer has one
  // district of that name.
  if (!province && !district) {
    const masthead = mastheadDistrict(win.slice(0, HEADER_LINES_CHARS), places);
    if (masthead) {
      district = masthead.district;
      province = masthead.province;
      level ??= 'district';
    }
  }
  // Names in the body: the most frequent province ("Tỉnh ủy Bình Dương", "tỉnh Hải Dương").
  if (!province) {
    const named = mostNamed(
      win,
      BODY_PLACE,
      (name) => places.province(name) ?? null,
      (p) => p,
    );
    // A text that calls its own province's bodies "UBND tỉnh" is no centrally-run city's, whose are "UBND Thành phố":
    // "Tổng Lãnh sự quán Ấn Độ tại thành phố Hồ Chí Minh", named in a province's letter, is only where a consulate is.
    const cityThen = named !== null && places.isCentralCity(provinceNameAt(named, date, null));
    province = cityThen && OWN_PROVINCE_BODY.test(win) ? null : named;
    // Or a portal's header line that is the province's name alone ("THÔNG TIN Ý KIẾN / Quảng Trị / V/v …"), in a text
    // that speaks of its own province's bodies ("UBND tỉnh có ý kiến như sau").
    if (!province && OWN_PROVINCE_BODY.test(win)) {
      const line = win
        .slice(0, HEADER_LINES_CHARS)
        .split('\n')
        .find((l) => l.trim().length > 2 && l.trim().length < 30 && places.province(l.trim()) !== null);
      province = line ? places.province(line.trim()) : null;
    }
    // Or a city's text that calls its bodies "Ủy ban nhân dân thành phố" and names the city bare (dev48 gd06, a Hải
    // Phòng council resolution with no letterhead: "Phấn đấu Hải Phòng luôn là …").
    if (!province && OWN_CITY_BODY.test(win))
      province = mostNamed(
        win,
        BARE_CITY,
        (name) => places.province(name),
        (p) => p,
      );
    // Or the tag of the provincial newspaper whose item it is ("(QBĐT) - Ngày 13-11, …").
    province ??= newsTagProvince(win.slice(0, HEADER_LINES_CHARS));
    // Or a provincial newspaper's tag by its site, a lead opening on "(Baothanhhoa.vn) -" (NEWSPAPER_SITE).
    province ??= newspaperSiteProvince(win.slice(0, HEADER_LINES_CHARS), places);
    // Or a headline that opens with the province it is about ("Đồng Tháp: Huy động các nguồn lực …").
    province ??=
      win
        .slice(0, HEADER_LINES_CHARS)
        .split('\n')
        .map((l) => HEADLINE_PLACE.exec(l)?.groups?.name)
        .map((name) => (name ? places.province(name) : null))
        .find((p) => p !== null) ?? null;
    // Or a headline whose subject is the province ("Hưng Yên nhiều sáng tạo trong xây dựng Nông thôn mới"; dev87 jq14).
    const headlineSubject = HEADLINE_SUBJECT.exec(win.slice(0, HEADLINE_CHARS))?.groups?.name;
    province ??= headlineSubject ? places.province(headlineSubject) : null;
    // Or a caption's commune with its district ("xã Phước Bình (Bác Ái)"), when the gazetteer has the pair.
    province ??= captionProvince(win, date, places);
    // Or the one province its words name bare, more than once and no other as often ("cán bộ, đảng viên và các tầng
    // lớp nhân dân Đồng Nai …", "Đồng Nai đang hội tụ …"; dev84 jn10).
    province ??= mostNamed(
      win,
      BARE_PROVINCE,
      (name) => name,
      (p) => p,
      2,
    );
  }
  // A news item with no letterhead whose headline names the commune it is about ("Công tác chuẩn bị Đại hội Đảng bộ xã
  // Nghĩa Tá, nhiệm kỳ 2020-2025") in the province its body names: that commune's.
  let headlineCommune: CommuneHit | null = null;
  const headline = win.slice(0, Math.min(HEADLINE_CHARS, (win.indexOf('\n') + 1 || HEADLINE_CHARS) - 1));
  const communeInHeadline = (where: CommuneWhere): CommuneHit | null =>
    mostNamed(
      headline,
      BODY_COMMUNE,
      (name) => communeNamed(name, where, places),
      (found) => found.commune,
    );
  // A headline that opens on a body above the communes it names ("UBND tỉnh Gia Lai vừa có Quyết định số 1165 về việc
  // điều chỉnh phân loại … phường An Phước, An Tân …"): the text is that body's news; the communes are what it is about.
  if (!issuer && !level) {
    const opener = parseIssuers(headline.trimStart(), places)?.issuers[0];
    if (
      opener &&
      !opener.central &&
      !opener.bareLevel &&
      (opener.level === 'province' || opener.level === 'district') &&
      opener.province &&
      (!province || opener.province === province)
    ) {
      level = opener.level;
      province = opener.province;
      district = opener.level === 'district' ? opener.district : null;
    }
  }
  if (!issuer && !level && province && places.commune) {
    headlineCommune = communeInHeadline({ province, date });
    if (headlineCommune) {
      province = headlineCommune.province;
      district = headlineCommune.district;
      level = 'commune';
    }
  }
  // A text with no letterhead titled by the district body it comes from ("KẾ HOẠCH / Hoạt động của Ban Chỉ đạo chuyển
  // đổi số huyện Đăk R’lấp năm 2023"), in the province its body names: that district's.
  if (!issuer && !level && province && !headlineCommune) {
    const inDistrict = (text: string): string | null =>
      mostNamed(
        text,
        BODY_DISTRICT,
        (name) => places.district(name, province)?.district ?? null,
        (found) => found,
      );
    // Or a news item whose lead has a district body for its subject ("Ngày 18/02/2022, Ban Thường vụ Hội Nông dân
    // huyện Kiên Lương (Kiên Giang), tổ chức …").
    const d = inDistrict(titleOf(win)) ?? inDistrict(leadSubject(win));
    if (d) {
      district = d;
      level = 'district';
    }
  }
  // No province named at all (a district portal's news item: "Huyện ủy Bố Trạch tổ chức …", "UBND quận Long Biên
  // …"; a provincial resolution "về … phát triển thị xã Sông Cầu" whose issuer names no place): a district whose name
  // no other province has gives it, and the district itself when the text's own level is not known otherwise.
  if (!province && (!issuer || (!issuer.district && !issuer.commune && !issuer.unresolved))) {
    // A district name many provinces have ("Huyện ủy Châu Thành") is the one that has a commune the text names ("xã
    // Vĩnh An"), when only one of them has it.
    let communes: string[] | null = null;
    const byCommune = (name: string): { province: string; district: string } | null => {
      if (!places.commune) return null;
      communes ??= [
        ...new Set([...win.slice(0, 5000).matchAll(BODY_COMMUNE)].map((m) => m.groups?.name ?? '')),
      ];
      const hits = communes
        .map((c) => communeNamed(c, { district: name, date }, places))
        .filter((c): c is CommuneHit => c !== null && c.district !== null);
      const where = new Set(hits.map((c) => `${c.province}/${c.district}`));
      return where.size === 1 ? { province: hits[0].province, district: hits[0].district as string } : null;
    };
    const d = mostNamed(
      win,
      BODY_DISTRICT_OR_CITY,
      (name) => {
        const found = places.district(name);
        return found?.district ? { province: found.province, district: found.district } : byCommune(name);
      },
      (found) => `${found.province}/${found.district}`,
    );
    if (d) {
      province = d.province;
      if (!level && !issuer) {
        level = 'district';
        district = d.district;
        // A commune of that district in the headline ("Đảng ủy phường Phúc La triển khai kế hoạch …", in a text naming
        // "Quận ủy Hà Đông"): the commune's item.
        headlineCommune =
          places.commune && HEADLINE_OPENS_ON_COMMUNE.test(headline)
            ? communeInHeadline({ district: d.district, date })
            : null;
        if (headlineCommune?.province === d.province) level = 'commune';
      }
    }
  }
  if (!district && level === 'district' && province) {
    const name = issuer?.unresolved ?? place;
    if (name) district = places.district(name, province)?.district ?? null;
    // A district's text by its subject ("UBND huyện chỉ đạo …") with no letterhead: the district of its province it
    // names most ("Đại hội … các dân tộc thiểu số huyện Định Quán lần thứ IV").
    const within = province;
    district ??= mostNamed(
      win,
      BODY_DISTRICT,
      (n) => places.district(n, within)?.district ?? null,
      (found) => found,
    );
  }
  let commune = level === 'commune' ? (issuer?.commune ?? headlineCommune?.commune ?? null) : null;
  // "ỦY BAN NHÂN DÂN / TÙNG CHÂU" over "Tùng Châu, ngày 21 tháng 02 năm 2022" and "THÔNG BÁO CỦA UBND XÃ" (dev54 gj10): a
  // commune's body named by its kind alone dates its texts from the commune, so the place line names it, when the
  // gazetteer has a commune of that kind and name.
  const communeKind = !commune && !province ? COMMUNE_HEAD_KIND.exec(issuer?.head ?? '')?.[0] : undefined;
  const placeCommune = communeKind && place ? `${communeKind} ${place}` : null;
  if (placeCommune && places.commune?.(placeCommune, { province, district, date })) {
    level = 'commune';
    commune = placeCommune;
  }
  // No place named at all (a commune portal's news item: "Ban thường vụ xã Đoàn Ngọc Thành …"): the commune the
  // text names most, when only one unit has that name.
  if (!province && !issuer && !district && !level && places.commune) {
    const c = mostNamed(
      win,
      BODY_COMMUNE,
      (name) => communeNamed(name, { date }, places),
      (found) => `${found.province}/${found.district}/${found.commune}`,
    );
    if (c) {
      province = c.province;
      district = c.district;
      // A district portal's item names the district's own bodies without a name ("UBND Quận chủ trì", "Chủ tịch
      // UBND huyện"): the ward it mentions is one of its own, the item is the district's.
      if (OWN_DISTRICT_BODY.test(win)) level = 'district';
      // A provincial item names its own bodies so ("UBND tỉnh đề ra …"): the commune it mentions (a photo's caption,
      // "xã An Hải") is only one of its places, the item is the province's (dev79 ji07).
      else if (speaksAsProvince(win)) {
        level = 'province';
        district = null;
      } else {
        level = 'commune';
        commune = c.commune;
      }
    }
  }
  // "ĐẢNG ỦY XÃ NGHĨA TÁ" with no district or province above it, or "UBND XÃ LƯƠNG MINH" after July 2025 (no
  // district since): the gazetteer knows where a commune of that name is, when only one has it there.
  if (commune && communeUnplaced(province, district, date) && places.commune) {
    const lookup = places.commune;
    const name = commune;
    // A name several districts' communes have ("UBND XÃ CẨM HÀ": Cẩm Xuyên in Hà Tĩnh, Hội An in Quảng Nam) is the
    // one in the district the text names ("… trên địa bàn huyện Cẩm Xuyên").
    const c =
      lookup(name, { province, district, date }) ??
      (province || district
        ? null
        : mostNamed(
            win,
            BODY_DISTRICT,
            (d) => lookup(name, { district: d, date }),
            (found) => `${found.province}/${found.district}`,
          ));
    if (c) {
      province = c.province;
      district = c.district;
      commune = c.commune;
    }
  }
  if (level === 'commune')
    return commune
      ? { province, district, level, commune }
      : { province, district, level: district ? 'district' : 'province' };
  return { province, district, level: level ?? 'province' };
}
