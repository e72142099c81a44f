/**
 * The document's own issuer, from its letterhead and, where that was lost, from its text: the issuer block of the
 * header (the last body named issues the document, the others give its place), the enacting authority over the
 * preamble, or the formula that opens a letter; then the body inside a Party committee that signs or speaks for it
 * (its standing committee, the Politburo, the Secretariat).
 */
import type { LaidOutText } from '../layout';
import { BLOCK_STARTS, COUNCIL_SESSION_LINE } from '../layout/tables';
import type { HeaderInfo } from '../parse/header';
import { namesPlace, parseIssuers, spellOutUbnd, type IssuerMention } from '../parse/issuer';
import {
  BODIES_OF_EVERY_LEVEL,
  LETTER_OPENINGS,
  LEVEL_WORDS,
  NATION_NAME,
  SELF_INTRODUCTION,
  UNITS_UNDER_PARENT,
  UPPER_LEVEL_WORDS,
} from '../tables/issuers';
import type { PlaceLookup } from './places';

/** The issuer of the document whose header parseHeader read, or null when neither its header nor its text names one. */
export function documentIssuer(
  header: HeaderInfo,
  norm: LaidOutText,
  places: PlaceLookup,
): IssuerMention | null {
  // A letter whose header was cut off names itself in its opening ("Cục Thuế nhận được công văn số …").
  const fromHeader = cachedHeaderIssuer(header, places);
  const issuer =
    // A letterhead cut to its body's head ("ỦY BAN NHÂN DÂN |" in a legal database's flattened header) is named in
    // full by the enacting authority over the preamble ("ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH / Căn cứ …", dev111 ko01).
    (fromHeader?.bareLevel && fromHeader.province === null
      ? namedInFull(fromHeader, enactingAuthority(norm.text.slice(0, Math.min(norm.bodyEnd, 4000)), places))
      : null) ??
    fromHeader ??
    (header.symbol === null && header.addressees.length > 0
      ? letterWriter(
          norm.text.slice(header.bodyStart, Math.min(norm.bodyEnd, header.bodyStart + 2000)),
          places,
        )
      : null) ??
    enactingAuthority(norm.text.slice(0, Math.min(norm.bodyEnd, 4000)), places) ??
    (header.symbol === null
      ? selfIntroduction(norm.text.slice(0, Math.min(norm.bodyEnd, 2000)), places)
      : null);
  standingCommittee(issuer, header, norm.text.slice(header.bodyStart, norm.bodyEnd));
  centralPartyBody(issuer, header, norm.text.slice(0, Math.min(norm.bodyEnd, 6000)));
  return issuer;
}

/**
 * The header's issuer block ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ", "UBND TỈNH ĐỒNG NAI / SỞ Y TẾ", "QUẬN ỦY BÌNH
 * TÂN / … CỦA BAN THƯỜNG VỤ QUẬN ỦY"): the last body named issues the document; the others give its place.
 */
/**
 * Issuer blocks repeat across a corpus ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ"): each is read once per place table.
 * The caller gets its own copy (standingCommittee may rename the head). Bounded: cleared when full.
 */
const headerIssuerCache = new WeakMap<PlaceLookup, Map<string, IssuerMention | null>>();
const HEADER_ISSUER_CACHE_SIZE = 5000;
function cachedHeaderIssuer(header: HeaderInfo, places: PlaceLookup): IssuerMention | null {
  let cache = headerIssuerCache.get(places);
  if (!cache) {
    cache = new Map();
    headerIssuerCache.set(places, cache);
  }
  const key = header.issuerLines.join('\n');
  let m = cache.get(key);
  if (m === undefined) {
    if (cache.size >= HEADER_ISSUER_CACHE_SIZE) cache.clear();
    m = readHeaderIssuer(header, places);
    cache.set(key, m);
  }
  return m ? { ...m } : null;
}

function readHeaderIssuer(header: HeaderInfo, places: PlaceLookup): IssuerMention | null {
  if (header.issuerLines.length === 0) return null;
  const written = header.issuerLines.map((l) =>
    spellOutUbnd(l)
      // "BCĐ XÂY DỰNG NÔNG THÔN MỚI": a steering committee, its name in capitals.
      .replace(/(?<![\p{L}])BCĐ(?=[ \t]\p{Lu})/gu, 'BAN CHỈ ĐẠO'),
  );
  // A line in running case (a news lead's subject: "Thủ tướng Chính phủ Phạm Minh Chính") is one body named as
  // text names it: neither recased nor split as a flattened letterhead ("Thủ tướng" / "Chính phủ …").
  const lines = letterheadCase(written).flatMap((l, k) =>
    inRunningCase(written[k]) ? [l] : unflattenIssuerLine(l, places),
  );
  // A unit named alone under its parent ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG / VĂN PHÒNG") is the parent's unit.
  const lastLine = lines[lines.length - 1];
  if (lines.length > 1 && UNIT_UNDER_PARENT.test(lastLine)) {
    const parent = lines.slice(0, -1).join(' ');
    // Under "BAN CHẤP HÀNH / TRUNG ƯƠNG" it is the central board ("Ban Tổ chức Trung ương"), named so.
    if (/Trung Ương$/u.test(parent)) lines[lines.length - 1] = `${lastLine} Trung Ương`;
    else {
      // The parent is the nearest run of lines above that names a placed body ("ỦY BAN MTTQ / VIỆT NAM / XÃ LƯƠNG /
      // MINH" over "BAN THƯỜNG TRỰC"), not whatever a saved Word file put above the letterhead.
      let joined = `${lastLine} ${parent}`;
      for (let k = lines.length - 2; k >= 0; k--) {
        const candidate = `${lastLine} ${lines.slice(k, -1).join(' ')}`;
        const body = parseIssuers(candidate, places)?.issuers[0];
        if (body && namesPlace(body)) {
          joined = candidate;
          break;
        }
      }
      lines[lines.length - 1] = joined;
    }
  }
  const mentions: IssuerMention[] = [];
  let innermost = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    const parsed = parseIssuers(lines.slice(k).join(' '), places);
    if (!parsed) continue;
    // A name wrapped over two lines ("VĂN PHÒNG / CHÍNH PHỦ"): the line above names no body of its own, and with
    // it the name is a longer body ending in the inner one ("Văn phòng Chính phủ", not "Chính phủ").
    const m = parsed.issuers[0];
    if (
      innermost === k + 1 &&
      mentions.length === 1 &&
      m.head !== mentions[0].head &&
      // Case aside: "ỦY / BAN NHÂN DÂN" reads "Ban Nhân Dân" alone, "Ủy ban nhân dân" with the line above.
      m.head.toLowerCase().endsWith(mentions[0].head.toLowerCase()) &&
      !parseIssuers(lines[k], places)
    )
      mentions[0] = m;
    else mentions.push(m);
    if (innermost < 0) innermost = k;
  }
  if (mentions.length === 0) return null;
  const m = { ...mentions[0] };
  if (!m.central && !m.province) {
    const placed = mentions.find((x) => x.province);
    if (placed) {
      m.province = placed.province;
      // "UBND HUYỆN ĐỒNG PHÚ / UBND XÃ TÂN PHÚ": the commune's district is the body above it.
      if (m.level === 'district' || m.level === 'commune') m.district = placed.district;
    }
  }
  if (!m.central && !m.province) {
    for (const l of lines) {
      const place = placeLine(l, places);
      if (place?.province) m.province = place.province;
      if (place?.district) m.district = place.district;
      if (m.province) break;
    }
  }
  // Named for the nation, with no place on any line (NATION_NAME): a national body.
  if (
    !m.central &&
    !m.province &&
    !m.commune &&
    lines.some((l) => l.toLowerCase().endsWith(NATION_LOWER)) &&
    !lines.some((l) => LEVEL_WORD_IN_LINE.test(l))
  ) {
    m.central = true;
    m.level = 'central';
  }
  return m;
}

const NATION_LOWER = NATION_NAME.toLowerCase();
/** A level word on a letterhead line, title-cased ("Tỉnh Quảng Ninh", "Xã Lương Minh"): the body is placed. */
const LEVEL_WORD_IN_LINE = new RegExp(
  `(?<![\\p{L}])(?:${[...UPPER_LEVEL_WORDS, ...LEVEL_WORDS.commune].join('|')})(?![\\p{L}])`,
  'iu',
);
/** A line that is only a place ("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "TỈNH QUẢNG NGÃI", "ĐẢNG BỘ HUYỆN NGA SƠN"), title-cased. */
function placeLine(line: string, places: PlaceLookup): { province: string; district: string | null } | null {
  const name = line.replace(
    /^(?:Đảng Bộ |Ủy Ban Nhân Dân |Ubnd )?(?:Tỉnh|Thành Phố|Huyện|Quận|Thị Xã) /u,
    '',
  );
  const p = places.province(name);
  if (p) return { province: p, district: null };
  const d = places.district(name);
  return d ? { province: d.province, district: d.district } : null;
}

/**
 * The two lines of a letterhead flattened into one by a web page or a converter ("ĐẢNG BỘ HUYỆN NGA SƠN ĐẢNG ỦY XÃ
 * NGA HẢI", "UBND TỈNH QUẢNG NAM SỞ TÀI CHÍNH"): split where a second body starts, when what comes before it is a
 * body or a place of its own. A line of one body is returned as it is.
 */
function unflattenIssuerLine(line: string, places: PlaceLookup): string[] {
  const words = line.split(' ');
  const whole = parseIssuers(line, places);
  if (words.length < 4 || whole?.length === line.length) return [line];
  for (let i = 2; i < words.length - 1; i++) {
    const before = words.slice(0, i).join(' ');
    // Not inside the body the line opens with ("THỦ TƯỚNG CHÍNH PHỦ SỐ 188/2004/QĐ-TTG …": not "Thủ tướng" / "Chính phủ").
    if (whole && whole.length > before.length) continue;
    const after = words.slice(i).join(' ');
    if (!parseIssuers(after, places)) continue;
    const upper = parseIssuers(before, places);
    if ((upper && upper.length === before.length) || placeLine(before, places)) return [before, after];
  }
  return [line];
}

/**
 * A Party committee's document signed "T/M BAN THƯỜNG VỤ", or whose body says "Ban Thường vụ Tỉnh ủy yêu cầu",
 * is issued by its standing committee.
 */
function standingCommittee(issuer: IssuerMention | null, header: HeaderInfo, body: string): void {
  if (!issuer || !/^(?:(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy|Đảng ủy Khối .{1,30})$/u.test(issuer.head)) return;
  const short = issuer.head.replace(/^(Đảng ủy Khối).*$/u, '$1');
  const signed = /BAN THƯỜNG VỤ/u.test(header.signature?.authority ?? '');
  if (
    signed ||
    bodySays(
      body.slice(0, 30000),
      [issuer.head, short].map((h) => `Ban Thường vụ ${h}`),
    )
  )
    issuer.head = `Ban Thường vụ ${issuer.head}`;
}

/**
 * Every central Party text is headed "BAN CHẤP HÀNH TRUNG ƯƠNG"; the body that issues it signs for itself ("T/M BỘ
 * CHÍNH TRỊ", "T/M BAN BÍ THƯ") and speaks in the body ("Bộ Chính trị quy định:", "Ban Bí thư yêu cầu …").
 */
function centralPartyBody(issuer: IssuerMention | null, header: HeaderInfo, body: string): void {
  if (!issuer?.central || issuer.head !== 'Ban Chấp hành Trung ương Đảng') return;
  const authority = header.signature?.authority ?? '';
  for (const [upper, name] of CENTRAL_PARTY_BODIES) {
    if (authority.includes(upper) || bodySays(body, [name])) {
      issuer.head = name;
      return;
    }
  }
}

const COUNCIL_SESSION = new RegExp(`^[ \\t]{0,8}(?:${COUNCIL_SESSION_LINE.pattern})`, 'u');
const ENACTING_LINE = new RegExp(
  `^[ \\t]{0,8}(?:${BLOCK_STARTS.filter((r) => r.name.startsWith('enacting'))
    .map((r) => r.pattern)
    .join('|')})`,
  'u',
);
/**
 * A text whose header was lost still names its issuer in the enacting authority over the preamble ("QUYẾT ĐỊNH / Ban
 * hành Quy chế … / ỦY BAN NHÂN DÂN QUẬN 1 / Căn cứ …"): the first such line before a line of the preamble.
 */
function enactingAuthority(head: string, places: PlaceLookup): IssuerMention | null {
  const lines = head.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    // A council's term and session may stand between ("KHÓA XII-KỲ HỌP THỨ 21").
    const next = COUNCIL_SESSION.test(lines[i + 1]) ? (lines[i + 2] ?? '') : lines[i + 1];
    if (!ENACTING_LINE.test(lines[i]) || !/^[ \t]{0,8}(?:-[ \t])?Căn cứ/u.test(next)) continue;
    const parsed = parseIssuers(titleCase(lines[i].trim()), places);
    return parsed ? { ...parsed.issuers[0] } : null;
  }
  return null;
}

/** The enacting authority when it is the bare letterhead's body with its place ("Ủy ban nhân dân" + "huyện Bình Chánh"). */
function namedInFull(bare: IssuerMention, enacting: IssuerMention | null): IssuerMention | null {
  return enacting && !enacting.bareLevel && enacting.head.startsWith(bare.head) ? enacting : null;
}

/** The body that writes a letter, from the formula that opens it: "<body> nhận được …", "<body> có ý kiến như sau". */
function letterWriter(opening: string, places: PlaceLookup): IssuerMention | null {
  for (const phrase of LETTER_OPENINGS) {
    const at = opening.indexOf(` ${phrase}`);
    if (at <= 0) continue;
    const stop = opening.lastIndexOf('. ', at);
    const lineStart = Math.max(opening.lastIndexOf('\n', at) + 1, stop < 0 ? 0 : stop + 2, at - 80);
    const subject = opening.slice(lineStart, at).trim();
    const parsed = parseIssuers(subject, places);
    if (parsed && parsed.length === subject.length) return { ...parsed.issuers[0] };
  }
  return null;
}

/**
 * The body that writes a text with no letterhead and no number, from the sentence that introduces it ("UBND xã Hồ Tùng
 * Mậu báo cáo kết quả … như sau:"; SELF_INTRODUCTION): the words between the sentence's start (or a comma closing a
 * "Thực hiện …" clause) and the verb, when they are one body.
 */
function selfIntroduction(opening: string, places: PlaceLookup): IssuerMention | null {
  const close = opening.indexOf(` ${SELF_INTRODUCTION.closing}`);
  if (close < 0) return null;
  const start = Math.max(opening.lastIndexOf('\n', close) + 1, opening.lastIndexOf('. ', close) + 2);
  const sentence = opening.slice(start, close);
  for (const verb of SELF_INTRODUCTION.verbs) {
    const at = sentence.indexOf(` ${verb} `);
    if (at <= 0) continue;
    const subject = sentence.slice(sentence.lastIndexOf(', ', at) + 1 || 0, at).trim();
    const parsed = parseIssuers(subject, places);
    if (parsed && parsed.length === subject.length && parsed.issuers.length === 1)
      return { ...parsed.issuers[0] };
  }
  return null;
}

const CENTRAL_PARTY_BODIES: readonly (readonly [upper: string, name: string])[] = [
  ['BỘ CHÍNH TRỊ', 'Bộ Chính trị'],
  ['BAN BÍ THƯ', 'Ban Bí thư'],
];

const STANDING_VERBS = [
  'yêu cầu',
  'ban hành',
  'chỉ thị',
  'quyết định',
  'đề nghị',
  'giao',
  'chỉ đạo',
  'hướng dẫn',
  'kết luận',
  'thông báo',
  'xây dựng',
  'báo cáo',
  'quy định',
];

/** "<subject> <verb>" in the body ("Ban Thường vụ Tỉnh ủy yêu cầu"): plain string search (a RegExp built per document
 * cost a compile each). */
function bodySays(body: string, subjects: string[]): boolean {
  for (const subject of subjects) {
    for (let at = body.indexOf(subject); at >= 0; at = body.indexOf(subject, at + 1)) {
      const verbAt = at + subject.length + 1;
      if (body[verbAt - 1] === ' ' && STANDING_VERBS.some((v) => body.startsWith(v, verbAt))) return true;
    }
  }
  return false;
}

/** A level word title-cased after a body's first word ("Ủy Ban Nhân Dân Tỉnh Quảng Trị"): put back in lower case. */
const LEVEL_WORD_TITLED = new RegExp(
  `^(\\S+ )(${UPPER_LEVEL_WORDS.map((w) => w.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())).join('|')})(?= \\p{Lu})`,
  'u',
);
/**
 * Letterhead lines in capitals, cased as running text names them. A steering committee ("BAN CHỈ ĐẠO XÂY DỰNG NÔNG
 * THÔN MỚI", NAMED_FOR_TASK) keeps its head and the rest of its name in lower case ("Ban Chỉ đạo xây dựng nông thôn
 * mới": title case would read "Xây Dựng …" as a place), and the line under it, its place ("HUYỆN LÝ NHÂN", "XÃ NHÂN
 * KHANG"), has its level word in lower case. Other lines are title-cased.
 */
function letterheadCase(lines: string[]): string[] {
  let generic = false;
  return lines.map((s) => {
    const after = generic;
    const lower = s.toLowerCase().replace(/\s+/gu, ' ').trim();
    // A body every level has, named for its task ("Ban Chỉ đạo xây dựng …"): its head as the table writes it.
    const head = NAMED_FOR_TASK.find((w) => lower.startsWith(`${w.toLowerCase()} `));
    generic = head !== undefined && s === s.toUpperCase();
    if (head !== undefined && generic) return `${head}${lower.slice(head.length)}`;
    if (inRunningCase(s)) return s;
    const titled = titleCase(s);
    return after ? titled.replace(LEVEL_WORD_FIRST, (w) => w.toLowerCase()) : titled;
  });
}
/** BODIES_OF_EVERY_LEVEL heads of more than one word ("Ban Chỉ đạo"): a task's words follow in lower case. */
const NAMED_FOR_TASK = BODIES_OF_EVERY_LEVEL.filter((w) => w.includes(' '));
const LEVEL_WORD_FIRST = new RegExp(
  `^(?:${[...UPPER_LEVEL_WORDS, ...LEVEL_WORDS.commune].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})(?= \\p{Lu})`,
  'u',
);

const RUNNING_CASE = /\p{Lu}\p{Ll}{0,15}[ \t]\p{Ll}{1,15}(?:[ \t]|$)/u;
const CAPITALS = /\p{Lu}{2}/u;
/** A capitalised word then a word in lower case ("Thủ tướng"), and no word in capitals: not a letterhead's capitals. */
function inRunningCase(line: string): boolean {
  return RUNNING_CASE.test(line) && !CAPITALS.test(line);
}
/** "TỈNH QUẢNG TRỊ" → "Tỉnh Quảng Trị": issuer and place tables match words that start in capitals. */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ')
    .replace(LEVEL_WORD_TITLED, (_all, a: string, b: string) => a + b.toLowerCase());
}

/**
 * A unit named alone under its parent body in a letterhead ("VĂN PHÒNG", "BAN THƯỜNG TRỰC", "ỦY BAN KIỂM TRA"), as
 * letterheadCase writes it (titleCase; after it, which it needs).
 */
const UNIT_UNDER_PARENT = new RegExp(`^(?:${UNITS_UNDER_PARENT.map(titleCase).join('|')})$`, 'u');
