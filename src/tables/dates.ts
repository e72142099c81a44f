/**
 * Date styles and Party terms. Dates: "14/7/2015", "15-01-2019", "14.7.2015", "25 tháng 6 năm 2019".
 * Patterns are linear: fixed-width digit runs and bounded whitespace.
 */
export const DATE_PATTERNS: readonly RegExp[] = [
  /(?<d>\d{1,2})\s{0,2}[/.-]\s{0,2}(?<m>\d{1,2})\s{0,2}[/.-]\s{0,2}(?<y>\d{4})(?!\d)/u,
  /(?<d>\d{1,2})\s{1,3}tháng\s{1,3}(?<m>\d{1,2})\s{1,3}năm\s{1,3}(?<y>\d{4})(?!\d)/iu,
];

/**
 * "ngày <date>" as it follows a symbol, anchored at the start of the string (sticky use); "ngày22 tháng 7" glued too.
 * One line break may come between (a wrapped line), not a blank line: on a web page the posting time follows the
 * title on its own line ("Kế hoạch thực hiện Kết luận số 01-KL/TW" / "" / "Ngày 25/04/2022 14:04:40"), and a date
 * with a time of day is a posting stamp, not a document's date. A year a converted PDF split ("16/7/20 21") is one year.
 * A text that lost its diacritics writes "ngay" or "ngy" ("Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009"); one that lost a
 * space glues the month to "năm" ("ngày 22 tháng 1năm 2009") or the day to "tháng" ("ngày 04tháng 5 năm 2013"; dev78 jh02).
 * A typist may write "tháng" for "năm" before the year ("ngày 11 tháng 11 tháng 2021", dev111 ko04; dev106 kj05).
 * A telegram is dated with the hour it was sent ("công điện số: 27/CĐ-TW hồi 19 giờ ngày 31/7/2013", "Công điện số 16
 * CĐ/CLB hồi 11 giờ 00' ngày 11/8/2013"; dev91 ju04, dev81 jk05).
 */
export const NGAY_DATE =
  /^[ \t,]{0,4}(?:\n[ \t,]{0,4})?(?:ban\shành\s|ký\s|hồi\s{1,2}\d{1,2}\s{0,2}(?:giờ|h)(?:\s{0,2}\d{1,2}(?:\s{0,2}(?:phút|'))?)?\s{1,2})?ng(?:à|a)?y\s{0,3}(?:(?<d1>\d{1,2})\s{0,2}[/.-]\s{0,2}(?<m1>\d{1,2})\s{0,2}[/.-]\s{0,2}(?<y1>\d{2}[ ]?\d{2})|(?<d2>\d{1,2})\s{0,3}tháng\s{1,3}(?<m2>\d{1,2})\s{0,3}(?:năm|tháng)\s{1,3}(?<y2>\d{4}))(?!\d|[ \t]{1,3}\d{1,2}:\d{2})/iu;

/**
 * A day and month without a year right after a number ("công điện khẩn số 24/CĐ-UBND ngày 27/9 về việc …"): a news
 * item's, whose year is its page's (dateInPageYear). Not the start of a full date ("ngày 27/9/2025").
 */
export const NGAY_DAY_MONTH = /^[ \t,]{0,4}ngày[ \t]{1,3}(?<d>\d{1,2})[/.-](?<m>\d{1,2})(?![/.-]?\d)/u;

/**
 * A date in parentheses right after a symbol ("Nghị quyết số 60-NQ/TW (12/4/2025); Nghị quyết số 1655/NQ-UBTVQH15
 * (16/6/2025)"), anchored at the start (sticky use). Not a period ("(21/9/2002- 21/9/2022)"): the parenthesis closes
 * right after the one date, or, after "ngày", the date is followed by a comma or "của" and the rest of what the
 * parenthesis tells ("Chỉ thị 50-CT/TW (ngày 23-7-2025 của Ban Bí thư)", "Nghị quyết 21-NQ/TW (ngày 16-6-2022, Hội
 * nghị Trung ương 5, khóa XIII)"): the match then ends after the date (groups d2, m2, y2), so the issuer is read next.
 */
export const DATE_IN_PARENS =
  /^[ \t]{0,2}\([ \t]{0,2}(?:ngày[ \t]{1,2}(?<d2>\d{1,2})[/.-](?<m2>\d{1,2})[/.-](?<y2>\d{4})(?=[ \t]{0,2}(?:,|của[ \t]))|(?:ngày[ \t]{1,2})?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})[ \t]{0,2}\))/u;

/**
 * ISO date from parts, or null when they do not form a real date. A part a converted PDF split with a space ("ngày
 * 16/7/20 21") is read whole.
 */
export function isoDate(d: string | number, m: string | number, y: string | number): string | null {
  const whole = (v: string | number): number => Number(typeof v === 'string' ? v.replace(/ /gu, '') : v);
  const day = whole(d);
  const month = whole(m);
  const year = whole(y);
  if (!(year >= 1945 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First date anywhere in a short string. */
export function findDate(s: string): string | null {
  for (const p of DATE_PATTERNS) {
    const m = p.exec(s);
    if (m?.groups) {
      const iso = isoDate(m.groups.d, m.groups.m, m.groups.y);
      if (iso) return iso;
    }
  }
  return null;
}

/**
 * National Party congresses: the Ban Chấp hành Trung ương term (khóa) starts when its congress closes and
 * Party central numbering restarts with it. `from` is the closing date of the congress.
 */
export const PARTY_TERMS: readonly { term: string; from: string }[] = [
  { term: 'VII', from: '1991-06-27' },
  { term: 'VIII', from: '1996-07-01' },
  { term: 'IX', from: '2001-04-22' },
  { term: 'X', from: '2006-04-25' },
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
  { term: 'XIV', from: '2026-01-23' },
];

/** The Party term (khóa) in force on an ISO date. */
export function partyTerm(iso: string): string | null {
  let found: string | null = null;
  for (const t of PARTY_TERMS) if (iso >= t.from) found = t.term;
  return found;
}

/**
 * The years that lie wholly inside one National Assembly term (khóa): a law or resolution of such a year can only be
 * of that term ("…/2024/QH15"). A term's first and last years are shared with the next or the one before (the new
 * Assembly meets in mid-year), so they are left out.
 */
export const ASSEMBLY_TERM_YEARS: readonly { term: number; from: number; to: number }[] = [
  { term: 11, from: 2003, to: 2006 },
  { term: 12, from: 2008, to: 2010 },
  { term: 13, from: 2012, to: 2015 },
  { term: 14, from: 2017, to: 2020 },
  { term: 15, from: 2022, to: 2025 },
];

/** The National Assembly term every text of `year` belongs to, or null for a year two terms share. */
export function assemblyTermOfYear(year: number): number | null {
  return ASSEMBLY_TERM_YEARS.find((t) => year >= t.from && year <= t.to)?.term ?? null;
}

/** National Assembly terms (khóa) by number, as in "UBTVQH11" and "QH13". */
export function romanTerm(n: number): string | null {
  if (!(n >= 1 && n <= 30)) return null;
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/**
 * Words that open a sentence on when something was done ("Ngày 14/4, …", "Đêm 22/9, UBND tỉnh ban hành …", "Sáng
 * 19-9, …"): before a date, they date what the sentence says was issued (references.ts, DATE_BEFORE).
 */
export const WHEN_OPENINGS: readonly string[] = [
  'Ngày',
  'Vào ngày',
  'Đêm',
  'Sáng',
  'Chiều',
  'Tối',
  'Trưa',
  'Hôm nay',
  // A time of day with its "ngày", after "vào" or not ("Được biết, vào chiều ngày 02/11/2017, UBND tỉnh đã có Thông
  // báo khẩn số 342/TB-UBND …"; dev76 jf01).
  'Vào sáng ngày',
  'Vào chiều ngày',
  'Vào tối ngày',
  'Sáng ngày',
  'Chiều ngày',
  'Tối ngày',
];

/**
 * "Today" after a time of day, before the date a news item gives ("… bão số 3, chiều hôm nay 18 tháng 8 năm 2016, Thủ
 * tướng Chính phủ đã ký ban hành Công điện số 1478/CĐ-TTg"; dev70 gz12).
 */
export const TODAY_WORDS: readonly string[] = ['hôm nay', 'nay'];

export interface PageStamp {
  name: string;
  /** Anchored at a line's start; groups `y` and, where the stamp gives them, `m` and `d`. */
  pattern: RegExp;
  examples: string[];
  counterExamples: string[];
}

/**
 * When a page was posted, as its first lines say: the year a news item's "Ngày 14/4, Sở Nội vụ … đã ban hành Thông
 * báo số 864/TB-SNV" leaves unsaid (references.ts, DATE_BEFORE). Only short stamp lines, never a sentence's date.
 */
export const PAGE_STAMPS: readonly PageStamp[] = [
  {
    name: 'the stored page date',
    pattern: /^[ \t]{0,2}date[ \t](?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2}))?(?!\d)/u,
    examples: [
      ' date 2025-04 Ngày 14/4, Sở Nội vụ thành phố Cần Thơ đã ban hành',
      ' date 2025-09-19 Sáng 19-9',
    ],
    counterExamples: ['Ngày 14/4/2025, Sở Nội vụ ban hành', 'update 2025-04'],
  },
  {
    name: 'a time stamp line',
    pattern:
      /^[ \t]{0,4}(?:\d{1,2}:\d{2}[ \t]{0,2},[ \t]{0,2}(?=Thứ|Chủ))?(?:(?:Cập[ \t]nhật(?:[ \t]lúc)?|Ngày[ \t]cập[ \t]nhật|Ngày[ \t]đăng|Đăng[ \t]ngày|Thứ[ \t]\p{L}{2,4}|Chủ[ \t]nhật)[ \t]{0,2}[:,]?[ \t]{0,2})?(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]{0,2}[|,-]?[ \t]{0,2})?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?:[ \t]{0,2}[-,|]?[ \t]{0,2}\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t]{0,2}\(GMT\+7\))?[ \t]{0,4}$/u,
    examples: [
      'Cập nhật lúc: 15:29 21/03/2019',
      'Ngày cập nhật 30/10/2017',
      '14:48 | 09/06/2021',
      '19/04/2023 - 21:12',
      'Thứ Ba, 29/09/2020 (GMT+7)',
      // The hour before the weekday (dev79 ji09, a commune's portal).
      '7:28, Thứ Năm, 12-5-2022',
    ],
    counterExamples: [
      'Ngày 13/3/2019, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 35-CT/TU',
      '(21/9/2002- 21/9/2022)',
    ],
  },
  {
    // A portal's headline that ends on when it was posted (dev57 gm04, Hà Nội's Party paper).
    name: 'a headline ending on its time stamp',
    pattern:
      /^[^\n]{1,300}?\((?:\d{1,2}:\d{2})[ \t]{1,2}(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})\)[ \t]{0,4}$/u,
    examples: [
      'Thống nhất tổ chức đại hội điểm đảng bộ cấp trên cơ sở, nhiệm kỳ 2020-2025 (20:32 27/12/2019)',
    ],
    counterExamples: [
      'Kỷ niệm 20 năm thành lập (21/9/2002 - 21/9/2022)',
      'Ngày 24/12, Thành ủy ban hành Thông báo số 2414-TB/TU (20:32 27/12/2019) về việc tổ chức đại hội.',
    ],
  },
];

/** A print view's own line ("in trang", "In bài viết", "Bản in"), or its stamp line ending so. */
const PRINT_VIEW = /(?:^|[ \t])(?:[Ii]n[ \t]trang|[Ii]n[ \t]bài(?:[ \t]viết)?|[Bb]ản[ \t]in)[ \t]{0,4}$/u;

/** How many first lines may hold the page's stamp (a headline, a menu line or two come first). */
const STAMP_LINES = 8;

/** The page's posting date from its first lines (PAGE_STAMPS): year, and month and day where given; or null. */
export function pageStamp(text: string): { y: number; m: number | null; d: number | null } | null {
  const head = text.slice(0, 2000).split('\n', STAMP_LINES);
  // A print view's stamp is the day it was printed ("Thứ tư 3/3/2021 / in trang" over a 2015 item), not posted.
  if (head.some((l) => PRINT_VIEW.test(l))) return null;
  for (const line of head) {
    if (line.length > 120) continue;
    for (const s of PAGE_STAMPS) {
      const g = s.pattern.exec(line)?.groups;
      if (g) return { y: Number(g.y), m: g.m ? Number(g.m) : null, d: g.d ? Number(g.d) : null };
    }
  }
  // The stored page date opens a line that runs on into the text.
  const g = PAGE_STAMPS[0].pattern.exec(text.slice(0, 40))?.groups;
  return g ? { y: Number(g.y), m: g.m ? Number(g.m) : null, d: g.d ? Number(g.d) : null } : null;
}

/** How far a day and month may lie from the latest date a page without a stamp cites (dateNearCited). */
export const NEAR_CITED_DAYS = 31;

/**
 * A day and month with no year on a page with no stamp ("Tối 15-4, Chủ tịch UBND tỉnh Bạc Liêu ban hành Công văn số
 * 1582/UBND-KGVX triển khai … Thông báo số 155/TB-VPCP ngày 15/4/2020"): the year that puts it nearest the latest
 * full date the page cites, when that is no more than NEAR_CITED_DAYS away (a news item tells of a text issued close
 * to those it carries out); null otherwise, as a page citing only an old law says nothing of its own year.
 */
export function dateNearCited(d: string, m: string, cited: string | null): string | null {
  if (!cited) return null;
  const anchor = Date.parse(cited);
  const year = Number(cited.slice(0, 4));
  let best: string | null = null;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const iso = isoDate(d, m, y);
    const gap = iso ? Math.abs(Date.parse(iso) - anchor) / 86_400_000 : Infinity;
    if (gap < bestGap) [best, bestGap] = [iso, gap];
  }
  return bestGap <= NEAR_CITED_DAYS ? best : null;
}

/**
 * A day and month the page leaves without a year ("Ngày 14/4", "Đêm 22/9") in the year of its stamp, or the year
 * before when that day is after the stamp (a January page telling of December); null without a stamp.
 */
export function dateInPageYear(
  d: string,
  m: string,
  stamp: { y: number; m: number | null; d: number | null } | null,
): string | null {
  if (!stamp) return null;
  const later =
    stamp.m !== null &&
    (Number(m) > stamp.m || (Number(m) === stamp.m && stamp.d !== null && Number(d) > stamp.d));
  return isoDate(d, m, later ? stamp.y - 1 : stamp.y);
}
