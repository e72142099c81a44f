/**
 * How a news item or a portal's re-post names the document it reports, in its first lines, when the text has no
 * number line of its own: that document is the text's own (its number, date, kind, issuer and subject). Party and
 * provincial portals publish a directive under a lead sentence ("Ngày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành
 * Chương trình số 27-CTr/TU về …") or summarise a letter ("Chủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày
 * 24/5/2021 yêu cầu …"). A letter's own body says "Thực hiện …", "Theo …" or "Căn cứ …" before a citation, which no
 * row accepts: only the news forms (a date opening the sentence, or "vừa") do.
 *
 * Each pattern is anchored at a line's start and has the named groups `kind`, `sym` (the number), `issuer`, and a
 * date as `d`/`m`/`y` (before or after the number) and `title` where the form gives them. `examples` are first
 * lines each pattern must match; `counterExamples` lines it must not.
 */
import { CAPITALISED_KIND_NAMES, KIND_NAMES } from './kinds';
import { eitherCase, phrases } from './phrase';
import { WHEN_OPENINGS } from './dates';

const KIND = `(?<kind>${CAPITALISED_KIND_NAMES.join('|')})`;
/** When a dated lead opens: "Ngày", or the time of day ("Sáng ngày 2-8-2013 …"; dev91 ju04). */
const WHEN = WHEN_OPENINGS.map((w) => w.replace(/ /gu, '[ \\t]')).join('|');
/**
 * After a news lead's verb the kind is often written in lower case ("Ban Tuyên giáo Huyện ủy đã ban hành văn bản số
 * 26-CV/BTGHU …", "UBND huyện vừa ban hành kế hoạch số 12/KH-UBND …"; dev90 jt08): either case (eitherCase).
 */
const ANY_CASE_KINDS = CAPITALISED_KIND_NAMES.map(eitherCase).join('|');
const KIND_AFTER_VERB = `(?<kind>${ANY_CASE_KINDS})`;
/**
 * The number as cited: digits, then the code up to a space or a separator (bounded, so linear); a space typed before
 * its slash ("Công văn số 2326 /VP-KT") is the number's.
 */
// A space typed on either side of the slash: "228 /BC-UBND", "228/ BC-UBND" (dev86 jp06).
const SYM = String.raw`(?<sym>\d{1,6}(?:[ \t](?=\/)|\/[ \t](?=\p{Lu}))?[^\s,;()]{2,40}?)(?=[\s,;()]|\.(?:\s|$)|$)`;
const date = (k: string): string =>
  String.raw`(?:(?<d${k}>\d{1,2})[/.-](?<m${k}>\d{1,2})[/.-](?<y${k}>\d{4})|(?<td${k}>\d{1,2})[ \t]tháng[ \t](?<tm${k}>\d{1,2})[ \t]năm[ \t](?<ty${k}>\d{4}))`;
/**
 * Or a Party text's number alone ("Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về …"): its symbol follows
 * from its kind and its body (header.ts, PARTY_BODY_CODES).
 */
const SYM_OR_NUMBER = String.raw`(?:${SYM}|(?<num>\d{1,5})(?=[ \t]{1,2}(?:về|V\/v|ngày|gửi)[ \t]|[,;]))`;
/** A news item's date of the month, without its year ("Ngày 6/8, …"): no date, but still the lead. */
const DAY_MONTH = String.raw`\d{1,2}[/.-]\d{1,2}(?![/.-]?\d)`;
/** A body's name: capitalised, no sentence punctuation but a comma before a capital ("Sở Văn hóa, Thể thao và Du lịch"), bounded. */
const ISSUER = String.raw`(?<issuer>\p{Lu}(?:[^\n,;.:]|,[ \t](?=\p{Lu})){1,80}?)`;
const AFTER = String.raw`(?:,?[ \t]{1,2}ngày[ \t]{1,2}${date('2')})?(?:[ \t]{1,2}(?:về[ \t]việc|về|V\/v)[ \t]{1,2}(?<title>[^\n]{3,400}?)[.;]?$)?`;

/** Words that open a purpose or a basis clause fronted before a sentence's subject ("Để …,", "Thực hiện …,"). */
const FRONTED_OPENERS: readonly string[] = ['Thực hiện', 'Triển khai', 'Nhằm', 'Để'];
/**
 * A news lead's fronted purpose or basis ("Thực hiện Công điện số 441/CĐ-TTg … của Thủ tướng Chính phủ, Chủ tịch UBND
 * tỉnh vừa có Công văn số 2080/UBND-KTTH …"): the clause up to the comma before the body, bounded.
 */
const FRONTED = String.raw`(?:(?:${phrases([...FRONTED_OPENERS, 'Căn cứ'])})[ \t][^\n]{3,300}?,[ \t]{1,2})?`;
/**
 * A purpose or a basis clause opening a sentence before its subject ("Để chuẩn bị chu đáo …, Thủ tướng Chính phủ yêu
 * cầu …"; "Thực hiện Công điện số 208 … của Thủ tướng Chính phủ …, Chủ tịch UBND tỉnh đề nghị các địa phương …", dev66
 * gv03): the subject after it is the sentence's (resolve/reports.ts), so after a lead reporting a text, a body that asks
 * past such a clause retells that text, and the text the clause names is what the reported text carries out.
 */
export const FRONTED_CLAUSE = new RegExp(
  String.raw`^[ \t]{0,4}(?:${phrases(FRONTED_OPENERS)})[ \t][^\n]{3,300}?,[ \t]{1,2}(?=\p{Lu})`,
  'u',
);

/**
 * A news lead's opening: an agency's tag ("(QNO) -", "TTTĐ -"), after a dateline place if any ("YênBái - YBĐT -",
 * "Hà Nội - TTXVN -"), or the editor's note ("LTS:").
 */
export const LEAD_TAG = String.raw`(?:(?:\p{Lu}[\p{Ll}\p{M}]{1,8}(?:[ ]?\p{Lu}[\p{Ll}\p{M}]{1,8}){0,2}[ \t]{1,2}[-–][ \t]{1,2})?(?:\(\p{Lu}{2,10}\)|\p{Lu}{2,6})[ \t]{0,2}[-–][ \t]{0,2}|LTS[ \t]{0,2}:[ \t]{0,2})?`;

/**
 * The tags provincial Party newspapers open their items with, and the province each belongs to: an item that names
 * no place of its own ("(QBĐT) - Ngày 13-11, Chủ tịch UBND tỉnh có Công điện số 19/CĐ-UBND …") is that province's.
 * Each row's example is a real item's first line (tests/fixtures/real). National outlets' tags ("(ĐCSVN)",
 * "(NDĐT)") and one-word ones that also abbreviate other things ("(CT)") are not here.
 */
export const NEWS_TAGS: readonly { tag: string; province: string; example: string }[] = [
  {
    tag: 'QBĐT',
    province: 'Quảng Bình',
    example: '(QBĐT) - Ngày 13-11, Chủ tịch UBND tỉnh có Công điện số 19/CĐ-UBND, điện Trưởng Ban Chỉ huy',
  },
  {
    tag: 'QNO',
    province: 'Quảng Nam',
    example:
      '(QNO) - Tỉnh đoàn vừa ban hành chương trình hành động thực hiện Chỉ thị 02-CT/TU ngày 14.12.2015',
  },
  {
    tag: 'GLO',
    province: 'Gia Lai',
    example: '(GLO)- Chiều 5-11, tại Công điện số 08/CĐ-UBND, Chủ tịch UBND tỉnh Gia Lai yêu cầu',
  },
  {
    tag: 'HNM',
    province: 'Hà Nội',
    example:
      '(HNM) - Ban Chấp hành Đảng bộ quận Long Biên vừa thông qua 9 kế hoạch thực hiện 10 chương trình',
  },
  {
    tag: 'HPĐT',
    province: 'Hải Phòng',
    example: '(HPĐT)- Sáng 18-1, Ban Thường vụ Đảng ủy Khối các cơ quan thành phố tổ chức Hội nghị',
  },
];

/** The tag at a text's opening, its province (NEWS_TAGS); null when there is none or it is not listed. */
export function newsTagProvince(opening: string): string | null {
  const m = /^[ \t]{0,8}\((?<tag>\p{Lu}{2,6})\)[ \t]{0,2}[-–]/u.exec(opening);
  return NEWS_TAGS.find((t) => t.tag === m?.groups?.tag)?.province ?? null;
}

/**
 * A lead opening on the site of a provincial newspaper, "Báo" and the province's name run together ("(Baothanhhoa.vn) -
 * UBND tỉnh Thanh Hóa vừa có công văn …"; dev78 jh05): the gazetteer reads the folded name ("thanhhoa"); a national
 * site's ("(Baochinhphu.vn)", "(Baotintuc.vn)") names no province (resolve/scope.ts).
 */
export const NEWSPAPER_SITE: { pattern: RegExp; examples: string[]; counterExamples: string[] } = {
  pattern: /^[ \t]{0,8}\([Bb]ao(?<name>[a-z]{3,20})\.(?:com\.)?vn\)[ \t]{0,2}[-–]/mu,
  examples: [
    '(Baothanhhoa.vn) - UBND tỉnh Thanh Hóa vừa có công văn gửi Ủy ban nhân dân Thành phố Hồ Chí Minh',
  ],
  counterExamples: ['Theo Baothanhhoa.vn, UBND tỉnh vừa có công văn', '(TTXVN) - UBND tỉnh vừa có công văn'],
};

export interface RepostLead {
  name: string;
  pattern: RegExp;
  /**
   * A news form: the lead reports the document, and the page is that document only when the document's own text
   * follows (FULL_TEXT_MARKS); a lead followed by a summary ("Theo đó, …") is a news item citing it (ANNOTATION.md).
   */
  reportsOnly?: boolean;
  /**
   * Names the number aside, in a closing parenthesis, as a text never names its own: a news item whenever the
   * document's own text does not follow (FULL_TEXT_MARKS), with or without a summary mark.
   */
  aside?: boolean;
  /**
   * Names the page's document only when the preamble follows right under it ("Căn cứ …"): the line alone could be a
   * news headline.
   */
  overPreamble?: boolean;
  examples: string[];
  counterExamples: string[];
}

export const REPOST_LEADS: readonly RepostLead[] = [
  {
    // A legal database's or a tax portal's re-post titled by the citation itself.
    name: 'titled by its citation',
    pattern: new RegExp(
      String.raw`^[ \t#*]{0,8}${KIND}[ \t]{1,2}số[ \t]{1,2}${SYM}[ \t]{1,2}ngày[ \t]{1,2}${date('2')}(?:[ \t]{1,2}của[ \t]{1,2}${ISSUER})?[ \t]{1,2}(?:về|V\/v)[ \t]{1,2}(?<title>[^\n]{3,400})$`,
      'u',
    ),
    examples: [
      'Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế TP Đà Nẵng về thời hạn nộp hồ sơ quyết toán thuế TNDN',
      // The body left to the page (dev43 ey09, the Ban Dân vận Trung ương's site).
      'Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối hợp giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ',
      // A space typed after the slash (dev86 jp06).
      'Báo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả thực hiện cải cách hành chính năm 2023;',
    ],
    counterExamples: [
      'Thực hiện Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế về thời hạn nộp hồ sơ',
      'Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế',
    ],
  },
  {
    // A portal's page titled by the bare citation, undated, the preamble right under it (dev48 gd06, Hải Phòng's
    // council: "Nghị quyết số 06/2012/NQ-HĐND về đẩy mạnh cải cách hành chính … / Căn cứ Luật Tổ chức …").
    name: 'titled by its citation over its preamble',
    overPreamble: true,
    pattern: new RegExp(
      String.raw`^[ \t#*]{0,8}${KIND}[ \t]{1,2}số[ \t]{1,2}${SYM}[ \t]{1,2}(?:về|V\/v)[ \t]{1,2}(?<title>[^\n]{3,400})$`,
      'u',
    ),
    examples: [
      'Nghị quyết số 06/2012/NQ-HĐND về đẩy mạnh cải cách hành chính nhà nước thành phố giai đoạn 2012 - 2015, định hướng đến năm 2020',
      'Quyết định số 12/2021/QĐ-UBND về việc ban hành Quy chế phối hợp quản lý cụm công nghiệp',
    ],
    counterExamples: [
      'Thực hiện Nghị quyết số 06/2012/NQ-HĐND về đẩy mạnh cải cách hành chính',
      'Nghị quyết số 06/2012/NQ-HĐND ngày 20/7/2012 của HĐND thành phố',
    ],
  },
  {
    // "Ngày 23/8/2017, Tỉnh ủy … đã ban hành Chương trình số 27-CTr/TU về …": a dated report of the issue.
    name: 'dated report of the issue',
    reportsOnly: true,
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}${LEAD_TAG}(?:${WHEN})[ \t]{1,2}(?:${date('1')}|${DAY_MONTH}),?[ \t]{1,2}${ISSUER}[ \t]{1,2}(?:đã[ \t]{1,2})?(?:ký[ \t]{1,2}(?:ban[ \t]hành[ \t]{1,2})?|(?:[Bb]an[ \t]hành|có)[ \t]{1,2})${KIND_AFTER_VERB}[ \t]{1,2}(?:[Ss]ố[ \t]{1,2}){0,2}${SYM_OR_NUMBER}${AFTER}`,
      'u',
    ),
    examples: [
      'Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.',
      'Ngày 18/11/2025, Bộ Tài chính đã ban hành Công văn 17899/BTC-VP về việc bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã',
      'CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo của các cấp ủy đối với công tác dư luận xã hội trong tình hình mới.',
      'LTS: Ngày 25-11-2019, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU về nhiệm vụ phát triển kinh tế - xã hội năm 2020. Báo Nam Định xin giới thiệu toàn văn Nghị quyết của Ban Chấp hành Đảng bộ tỉnh.',
      'Ngày 16 tháng 8 năm 2021, UBND tỉnh ban hành Văn bản số 2882/UBND-KTTH về việc triển khai thực hiện kết luận của Thường trực Tỉnh ủy.',
      '(QBĐT) - Ngày 13-11, Chủ tịch UBND tỉnh có Công điện số 19/CĐ-UBND, điện Trưởng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh.',
      'Ngày 5/3/2024, Chủ tịch UBND tỉnh đã ký Quyết định số 512/QĐ-UBND về việc phê duyệt kế hoạch.',
      // The time of day before the date (dev91 ju04).
      'Sáng ngày 2-8-2013 Chủ tịch UBND tỉnh có công điện số 10/CĐ-UBND gửi Chủ tịch UBND các huyện, thành phố; thủ trưởng các sở, ban, ngành của tỉnh về việc tập trung các biện pháp phòng chống cơn bão số 5. Nội dung công điện như sau:',
      // The kind in lower case, "số" typed twice (dev90 jt08; KIND_AFTER_VERB).
      'Ngày 03.6.2021 Ban Tuyên giáo Huyện ủy đã ban hành văn bản số Số 26-CV/BTGHU về việc định hướng tuyên truyền tháng 6/2021.',
      // The verb capitalised (dev111 ko10).
      'Ngày 11/6/2018, Ủy ban nhân dân tỉnh Thái Nguyên đã Ban hành Quyết định số 11/2018/QĐ-UBND Quy định về thi đua, khen thưởng tỉnh Thái Nguyên.',
    ],
    counterExamples: [
      'Ngày 23/8/2017, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 13-CT/TW.',
      'Ngày 13-11, Chủ tịch UBND tỉnh có mặt tại hội nghị triển khai Công điện số 19/CĐ-UBND.',
      'Thực hiện Chương trình số 27-CTr/TU ngày 23/8/2017 của Tỉnh ủy Thừa Thiên Huế;',
      'Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2021 của UBND tỉnh ban hành Quy chế làm việc;',
    ],
  },
  {
    // "Chủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu …": news of a document just issued.
    name: 'news of a document just issued',
    reportsOnly: true,
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}${LEAD_TAG}${FRONTED}${ISSUER}[ \t]{1,2}vừa[ \t]{1,2}(?:ký[ \t]{1,2}(?:ban[ \t]hành[ \t]{1,2})?|(?:ban[ \t]hành|có|gửi|ra)[ \t]{1,2})${KIND_AFTER_VERB}[ \t]{1,2}(?:[Ss]ố[ \t]{1,2}){0,2}${SYM_OR_NUMBER}${AFTER}`,
      'u',
    ),
    examples: [
      'Chủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu UBND các huyện tiếp tục tăng cường phòng, chống dịch.',
      '(QNO) - Tỉnh đoàn vừa ban hành Kế hoạch số 12-KH/TĐTN về tổ chức Tháng Thanh niên năm 2016.',
      // Signed: "vừa ký" with the kind right after (dev48 gd15).
      'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 07/CĐ-TTg ngày 1/2/2026 gửi Bộ trưởng, Thủ trưởng cơ quan ngang Bộ về việc đôn đốc triển khai thực hiện nhiệm vụ.',
      // A fronted basis before the body (dev49 ge12).
      'Thực hiện Công điện số 441/CĐ-TTg ngày 22/5/2023 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh vừa có Công văn số 2080/UBND-KTTH về việc tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng.',
      // "vừa ra" (has just issued; dev41 ew05), after a dateline and a site's tag.
      'YênBái - YBĐT - Chủ tịch UBND tỉnh vừa ra Công điện số 09 gửi các ngành thành viên Ban Chỉ huy Phòng chống thiên tai.',
    ],
    counterExamples: [
      'Chủ tịch UBND tỉnh có Công văn số 4306/UBND-VH yêu cầu các huyện báo cáo.',
      // A letter's own basis, not a lead: no "vừa".
      'Thực hiện Công điện số 441/CĐ-TTg ngày 22/5/2023 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh đề nghị các sở thực hiện Công văn số 2080/UBND-KTTH.',
      'UBND tỉnh vừa tổ chức hội nghị triển khai Công văn số 4306/UBND-VH.',
    ],
  },
  {
    // "Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo … về việc tổ chức thực hiện Công điện số 441/CĐ-TTg … (Công văn số
    // 2326/VP-KT, ngày 24/5/2023).": a portal's item closing its lead on the number of the letter it reports.
    name: 'news closing its lead on the number',
    reportsOnly: true,
    aside: true,
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}${LEAD_TAG}${FRONTED}(?!Ngày[ \t])${ISSUER}[ \t]{1,2}(?:vừa[ \t]{1,2})?(?:thông[ \t]báo|ban[ \t]hành|có[ \t]văn[ \t]bản|chỉ[ \t]đạo|yêu[ \t]cầu)[ \t][^\n()]{10,600}?\((?:theo[ \t]{1,2})?${KIND}[ \t]{1,2}(?:số[ \t]{1,2})?${SYM}(?:,?[ \t]{1,2}ngày[ \t]{1,2}${date('2')})?\)?[.;]?[ \t]*$`,
      'u',
    ),
    examples: [
      'Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo của đồng chí Lương Trọng Quỳnh, Phó Chủ tịch UBND tỉnh về việc tổ chức thực hiện Công điện số 441/CĐ-TTg ngày 22/5/2023 của Thủ tướng Chính phủ về tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng (Công văn số 2326 /VP-KT, ngày 24/5/2023).',
      // The closing parenthesis lost (dev39 eu10).
      'Nhằm tạo khí thế phấn khởi, UBND tỉnh vừa ban hành Kế hoạch ra quân làm thủy lợi nhân dịp Xuân Canh Tý năm 2020 (Kế hoạch số 11/KH-UBND ngày 15/01/2020.',
    ],
    counterExamples: [
      // A parenthesis that glosses a citation inside the sentence, not one that closes it.
      'UBND tỉnh yêu cầu các sở thực hiện nghiêm Công điện (Công điện số 441/CĐ-TTg) và báo cáo kết quả trước ngày 30/5.',
      'Thực hiện Kế hoạch của UBND tỉnh (Kế hoạch số 11/KH-UBND ngày 15/01/2020).',
      // A dated lead is the dated rows' (its body's name may hold a comma before a capital).
      'Ngày 17/10/2025, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư ký ban hành Kết luận về kết quả đại hội đảng bộ các cấp (Kết luận số 200-KL/TW).',
    ],
  },
  {
    // "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về …": the
    // editors introduce the full text that follows.
    name: 'introduces the full text',
    pattern: new RegExp(
      String.raw`^[ \t#*]{0,8}(?:\p{Lu}[^\n,;.:]{1,60}?[ \t]{1,2})?(?:xin[ \t]{1,2}|trân[ \t]trọng[ \t]{1,2})?(?:giới[ \t]thiệu|đăng[ \t]tải|đăng)[ \t]{1,2}toàn[ \t]văn[ \t]{1,2}${KIND}[ \t]{1,2}số[ \t]{1,2}${SYM}(?:,?[ \t]{1,2}ngày[ \t]{1,2}${date('2')})?(?:[ \t]{1,2}của[ \t]{1,2}${ISSUER}[ \t]{1,2}(?:về[ \t]việc|về|V\/v)[ \t]{1,2}(?<title>[^\n]{3,400}?)[.;:]?$)?`,
      'u',
    ),
    examples: [
      'Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025.',
    ],
    counterExamples: [
      'Ban biên tập giới thiệu Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy.',
      'Thực hiện Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về phát triển thị xã Sông Cầu.',
    ],
  },
  {
    // A page that holds only a text's preamble and the sentence enacting it ("Căn cứ …; Quy định số 10-QĐ/TU … . Ban
    // Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về …"): that text. Not a news item's summary
    // whose enacting sentence is dated ("Căn cứ …. Ngày 02/11/2021, Sở … đã ban hành Kế hoạch số 67/KH-SVHTTDL …"):
    // the text's own voice never opens with its date.
    name: 'a preamble ending in its enacting sentence',
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}Căn[ \t]cứ[^\n]{10,3000}?[.;][ \t]{1,2}(?!Ngày[ \t])${ISSUER}[ \t]{1,2}(?:đã[ \t]{1,2})?ban[ \t]hành[ \t]{1,2}${KIND}[ \t]{1,2}số[ \t]{1,2}${SYM}${AFTER}`,
      'u',
    ),
    examples: [
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; Quy định số 10-QĐ/TU, ngày 01/02/2023 của Ban Thường vụ Tỉnh ủy Hà Giang, về khen thưởng tổ chức đảng, đảng viên. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về khen thưởng tổ chức đảng, đảng viên.',
    ],
    counterExamples: [
      'Căn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm; Kế hoạch số 24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi xe tuyên truyền lưu động.',
      'Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2021 của UBND tỉnh ban hành Quy chế làm việc;',
      'Căn cứ Luật Tổ chức chính quyền địa phương; Chủ tịch UBND tỉnh ban hành Kế hoạch thực hiện như sau:',
    ],
  },
];

/** The first row whose pattern matches `line`, with its match. */
export function matchRepostLead(line: string): { row: RepostLead; match: RegExpExecArray } | null {
  for (const row of REPOST_LEADS) {
    const m = row.pattern.exec(line);
    if (m) return { row, match: m };
  }
  return null;
}

export interface FullTextMark {
  name: string;
  /** Multiline; looked for in the whole page (a record's fields or a kind line may come before the lead). */
  pattern: RegExp;
  /**
   * A summary of the document before this mark owns it: after "Theo đó, tại Mục 2 Thông báo 864/TB-SNV có nêu …" a
   * line closing on "cụ thể như sau:" opens the summary's list, not the document's text (dev102 kf14). A letterhead
   * or a signature after a summary is still the document's own (dev72 jb10: "Sau đây là nội dung chi tiết …").
   */
  yieldsToSummary?: boolean;
  examples: string[];
  counterExamples: string[];
}

/** A kind line in capitals on its own line ("CHƯƠNG TRÌNH", "CHỈ THỊ"). */
const KIND_LINE = `(?:${KIND_NAMES.map((k) => k.toUpperCase()).join('|')})`;

/**
 * What shows that a page reporting a document goes on to hold the document's own text (REPOST_LEADS rows marked
 * reportsOnly): the editor announces it, its kind line stands on its own line, or its first section or article
 * begins. A summary ("Theo đó, …", "1. Các cấp ủy …") has none of these.
 */
export const FULL_TEXT_MARKS: readonly FullTextMark[] = [
  {
    name: 'the editor announces the text',
    yieldsToSummary: true,
    // "toàn văn" but where a link offers it ("Xem toàn văn … tại đây", "Tải toàn văn"); "Nội dung …:" closing a line;
    // "như sau:" closing a line, but not a summary's ("Cụ thể, … như sau:").
    pattern:
      /(?<!(?:[Xx]em|[Tt]ải|[Tt]ải[ \t]về|[Tt]ại)[ \t]{1,2})(?<![\p{L}])[Tt]oàn[ \t]văn(?![ \t]{1,2}(?:tại|ở)[ \t]đây)|(?<!^[ \t]{0,4}(?:Cụ[ \t]thể|Theo[ \t]đó)[,:][^\n]{0,300})như[ \t]sau[ \t]{0,2}:[ \t]*$|^[ \t*]{0,4}Nội[ \t]dung[^\n:]{0,60}:[ \t*]*$/mu,
    examples: [
      'Ban quản trị website xin đăng toàn văn Chương trình quan trọng này:',
      'Nội dung Chỉ thị như sau:',
      'Toàn văn Kế hoạch:',
      'Nội dung Kế hoạch:',
      'Ngày 11/9/2020 Ban Tuyên giáo Huyện ủy ban hành Công văn số 07-CV/BTGHU về việc "Đẩy mạnh công tác tuyên truyền", nội dung cụ thể như sau:',
    ],
    counterExamples: [
      'Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt một số nhiệm vụ sau: tổ chức quán triệt.',
      // A summary's own list, opened by "Cụ thể," or "Theo đó," on its line (dev81 jk13).
      'Cụ thể, sắp xếp các đơn vị hành chính cấp xã thuộc thành phố Việt Trì như sau:',
      'Kế hoạch nêu rõ các nội dung như sau đây đối với các cấp.',
      'Xem toàn văn Kế hoạch tại đây.',
      'Tải toàn văn.',
      'Nội dung Kế hoạch tập trung vào ba nhóm nhiệm vụ: tuyên truyền, kiểm tra và sơ kết.',
    ],
  },
  {
    // Alone, or with its subject after it on the line ("KẾ HOẠCH Thực hiện Nghị quyết …", "CHỈ THỊ VỀ …").
    name: 'its kind line',
    pattern: new RegExp(
      `^[ \\t*#]{0,6}${KIND_LINE}(?:[ \\t*]{0,4}$|[ \\t]{1,2}(?:\\p{Lu}|về[ \\t]|v/v))`,
      'mu',
    ),
    examples: [
      'CHƯƠNG TRÌNH',
      '**CHỈ THỊ**',
      'KẾ HOẠCH Thực hiện Nghị quyết số 15-NQ/TW',
      'CHỈ THỊ VỀ TĂNG CƯỜNG',
    ],
    counterExamples: ['Chương trình', 'Kế hoạch thực hiện Nghị quyết'],
  },
  {
    // The letterhead's motto or the Party's name line, or the text's number line.
    name: 'its letterhead or number line',
    pattern:
      /^[ \t*#|]{0,6}(?:CỘNG[ \t]HÒA[ \t]XÃ[ \t]HỘI[ \t]CHỦ[ \t]NGHĨA[ \t]VIỆT[ \t]NAM|ĐẢNG[ \t]CỘNG[ \t]SẢN[ \t]VIỆT[ \t]NAM|Số[ \t]{0,2}:[ \t]{0,2}\d)/mu,
    examples: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 35-CT/TU'],
    counterExamples: ['Số lượng: 35 người', 'Đảng Cộng sản Việt Nam luôn quan tâm'],
  },
  {
    // Its signature block or its list of recipients.
    name: 'its signature or recipients',
    pattern: /^[ \t*#|]{0,6}(?:T\/M|TM\.|KT\.|Nơi[ \t]nhận[ \t]{0,2}:)/mu,
    examples: ['T/M BAN THƯỜNG VỤ', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Nơi nhận:'],
    counterExamples: ['Theo đó, Ban Thường vụ yêu cầu', 'Tm của đơn vị'],
  },
  {
    // A legal database's or a portal's record of the document ("Số ký hiệu: 35-CT/TU", "Ngày ban hành: …").
    name: "a record's fields",
    pattern:
      /^[ \t*#|]{0,6}(?:Số[ \t]k[ýí][ \t]hiệu|Số[ \t]hiệu|Ký[ \t]hiệu|Loại[ \t]văn[ \t]bản|Cơ[ \t]quan[ \t]ban[ \t]hành|Ngày[ \t]ban[ \t]hành|Trích[ \t]yếu)[ \t]{0,2}[:|\t]/mu,
    examples: ['Số ký hiệu: 35-CT/TU', 'Ngày ban hành: 13/03/2019', 'Trích yếu | Về tổ chức'],
    counterExamples: ['Ngày ban hành Chỉ thị, các cấp ủy đã triển khai', 'Số hiệu văn bản được ghi rõ'],
  },
  {
    name: 'its first section or article',
    pattern:
      /^[ \t*#]{0,6}(?:(?:I|1)[ \t]{0,2}[.)\-–][ \t]{0,2}(?:MỤC[ \t]ĐÍCH|MỤC[ \t]TIÊU|QUAN[ \t]ĐIỂM|TÌNH[ \t]HÌNH|ĐÁNH[ \t]GIÁ|NỘI[ \t]DUNG|NHIỆM[ \t]VỤ|PHẠM[ \t]VI)|Điều[ \t]1[ \t]{0,2}[.:])/mu,
    examples: ['I. MỤC ĐÍCH, YÊU CẦU', 'Điều 1. Phạm vi điều chỉnh', '1. MỤC TIÊU'],
    counterExamples: ['1. Các cấp ủy, tổ chức đảng quán triệt', 'I. Kết quả đạt được'],
  },
];

/**
 * What shows that a page reporting a document goes on to summarise it in its own words (the convention's test in
 * ANNOTATION.md: "Theo đó, …" or "Cụ thể, …" after a lead is a summary): a sentence that retells it, or names it as
 * the subject of what it asks ("Chỉ thị yêu cầu …", "Tại Thông tri, …"). A page with neither these nor FULL_TEXT_MARKS
 * is left as the document it reports.
 */
/**
 * Verbs of which a reported document is the subject when the page retells it ("Công văn nêu rõ: …", "Kế hoạch yêu cầu
 * …", "Chỉ thị nhấn mạnh …"): SUMMARY_MARKS below, and the retelling sentences of a news item (extract.ts).
 */
/**
 * Verbs by which a body named as a sentence's subject asks or assigns, after a news lead that reported its document
 * ("Chủ tịch UBND thành phố giao giám đốc các sở … triển khai thực hiện Nghị quyết số 02-NQ/TU"): the sentence retells
 * that document (resolve/reports.ts; examples in tests/unit/extract.test.ts). RETELLING_VERBS count too.
 */
export const ASKING_VERBS: readonly string[] = ['giao', 'đề nghị', 'chỉ đạo'];

/**
 * The same verbs opening a sentence with its subject left out, after a news lead that reported a document ("Văn phòng
 * UBND tỉnh thông báo ý kiến chỉ đạo … (Công văn số 2326/VP-KT …). / Yêu cầu các sở, ban, ngành … triển khai thực
 * hiện … tại Công văn số 556/UBND-KT"): the reported document asks it (resolve/reports.ts; dev54 gj09); so does one
 * that goes on with the instructions ("Tiếp tục triển khai có hiệu quả … tại Công văn số 1664/UBND-KTTH"; dev49 ge12).
 */
export const ELIDED_SUBJECT_VERBS: readonly string[] = ['Yêu cầu', 'Giao', 'Đề nghị', 'Tiếp tục'];

/**
 * Adverbs a retelling verb may take after the document's kind ("Quyết định cũng nêu rõ, …", "Kế hoạch còn yêu cầu
 * …"; dev80 jj11; "Phần đầu tiên, Kế hoạch đã nêu kết quả …"; dev87 jq03): the document is still the subject.
 */
export const RETELLING_ADVERBS: readonly string[] = ['cũng', 'còn', 'đã'];

export const RETELLING_VERBS: readonly string[] = [
  'yêu cầu',
  'nêu rõ',
  // "Kết luận nêu: Tại phiên họp ngày 17/10/2025, …", "Kế hoạch đã nêu kết quả …" (not "nêu gương").
  'nêu(?!\\s{1,2}gương)',
  'đề ra',
  // "Kế hoạch đặt mục tiêu triển khai đồng bộ các nhiệm vụ trọng tâm …" (dev53 gi01).
  'đặt mục tiêu',
  'chỉ rõ',
  'xác định',
  'thể hiện rõ',
  'nhấn mạnh',
  'nhằm',
];

/**
 * What a sentence may name before the document whose aim it retells ("Mục đích của Kế hoạch nhằm tăng cường thông tin,
 * tuyên truyền …", after "Ngày 24/5/2019, Ủy ban nhân dân tỉnh Nam Định đã ban hành Kế hoạch số 79/KH-UBND …"; dev100
 * kd09).
 */
export const PURPOSE_OF: readonly string[] = ['Mục đích', 'Mục tiêu'];

export const SUMMARY_MARKS: readonly FullTextMark[] = [
  {
    name: 'a sentence that retells it',
    pattern: new RegExp(
      `(?:^[ \\t]{0,4}|[.:;][ \\t]{1,2})(?:Theo[ \\t]đó|Cụ[ \\t]thể[,:]|(?:Tại|Theo)[ \\t](?:${ANY_CASE_KINDS})(?:[ \\t]{1,2}(?:số[ \\t])?\\d{1,5}|[ \\t]{1,2}này)?[ \\t]{0,2},|(?:[^\\n.,;:]{1,40},[ \\t]{1,2}|(?:${phrases(PURPOSE_OF)})[ \\t]của[ \\t])?(?:${CAPITALISED_KIND_NAMES.join('|')})[ \\t](?:này[ \\t])?(?:(?:${phrases(RETELLING_ADVERBS)})[ \\t]{1,2})?(?:${phrases(RETELLING_VERBS)})[ \\t:,])`,
      'mu',
    ),
    examples: [
      'Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy',
      'Cụ thể, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND huyện',
      'Tại Thông tri, Ban Thường vụ Huyện ủy yêu cầu',
      // The document named by its kind alone (dev40 ev03, after "… vừa ký Thông báo số 235/TB-UBND ngày 27/9 …").
      'Theo Thông báo, bão số 4 dự kiến đổ bộ vào đất liền trên địa bàn tỉnh',
      'Chỉ thị yêu cầu các cấp ủy, tổ chức đảng',
      'hoạt động của hệ thống chính trị. Kết luận thể hiện rõ quyết tâm chính trị của Đảng',
      'Kế hoạch nhấn mạnh việc nâng cao chất lượng',
      'Kế hoạch đặt mục tiêu triển khai đồng bộ các nhiệm vụ trọng tâm',
      'Công văn nêu rõ: Đại hội đại biểu toàn quốc lần thứ XIII của Đảng được tổ chức',
      'Kế hoạch nhằm khơi thông các nguồn lực đem lại từ các cơ sở nhà, đất',
      'Kết luận nêu: Tại phiên họp ngày 17/10/2025, sau khi nghe Báo cáo số 493-BC/VPTW',
      // A comma after the verb (dev62 gr05).
      'Quyết định nêu rõ, công nhận các xã gồm: xã Hợp Phong và xã Thạch Yên thuộc huyện Cao Phong',
      // An adverb before the verb (RETELLING_ADVERBS; dev80 jj11).
      'Quyết định cũng nêu rõ, trong quá trình tổ chức thực hiện, nếu có chia tách, sáp nhập',
      'vươn mình của dân tộc. Theo Chỉ thị số 45, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tổ chức vào đầu năm 2026',
      // Indented, as a portal's paragraphs are ("    Theo Quyết định, tỉnh Bình Thuận có 10 thôn …"; dev57 jj11).
      '    Theo Quyết định, tỉnh Bình Thuận có 10 thôn đặc biệt khó khăn',
      // The kind in lower case, with its bare number (dev57 gm01).
      'hệ thống chính trị. Tại kết luận 127, Bộ Chính trị, Ban Bí thư đã yêu cầu tạm dừng tổ chức đại hội',
      // "đã" before the verb, which then needs no colon (dev87 jq03).
      'Phần đầu tiên, Kế hoạch đã  nêu kết quả hoạt động chuyển đổi số trên địa bàn huyện năm 2022',
      // Its aim (PURPOSE_OF; dev100 kd09).
      'Mục đích của Kế hoạch nhằm tăng cường thông tin, tuyên truyền, vận động nâng cao nhận thức',
    ],
    counterExamples: [
      'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị',
      'Trong những năm qua, công tác điều tra',
      'Kết luận số 226-KL/TW thể hiện rõ quyết tâm',
      'các giải pháp theo Kế hoạch nhằm khơi thông nguồn lực',
      'Kế hoạch nêu gương người tốt việc tốt',
      'Theo Chỉ thị số 45-CT/TW, Đại hội tổ chức vào đầu năm 2026',
      'Theo Thông báo của Ban chỉ huy, bão số 4 dự kiến đổ bộ',
      'Mục đích của việc kiểm tra nhằm đánh giá kết quả',
    ],
  },
  {
    // After the lead, a body named again as the subject that assigns or asks ("Chủ tịch UBND tỉnh vừa ban hành Công
    // văn số 2512/UBND-KGVX … . Chủ tịch UBND tỉnh giao Sở Văn hóa …"; "Để chuẩn bị …, Thủ tướng Chính phủ yêu cầu
    // các Bộ trưởng …"): the reporter's voice telling what the document asks. Its subject holds no number, so a lead
    // that names its document before the verb is not one.
    name: 'a body named again asks',
    pattern: new RegExp(
      String.raw`(?:^|[.;][ \t]{1,2})(?:(?:Để|Trước|Nhằm)[ \t][^\n.]{3,200}?,[ \t]{1,2})?(?:Chủ[ \t]tịch|Phó[ \t]Chủ[ \t]tịch|Thủ[ \t]tướng|UBND|Ủy[ \t]ban|Ban[ \t]Thường[ \t]vụ|Thường[ \t]trực|Tỉnh[ \t]ủy|Thành[ \t]ủy|Huyện[ \t]ủy)(?:[ \t][^\n.,;:\d]{1,50}?)?[ \t](?:giao|yêu[ \t]cầu|đề[ \t]nghị)[ \t]`,
      'mu',
    ),
    examples: [
      'Chủ tịch UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì',
      'Để chuẩn bị chu đáo và bảo đảm các điều kiện cần thiết, Thủ tướng Chính phủ yêu cầu các Bộ trưởng',
      // A fronted clause of circumstance (dev100 kd06).
      'Trước diễn biến phức tạp của bão số 3 (WIPHA), Ban Thường vụ Tỉnh ủy Thanh Hóa yêu cầu các cấp, ngành trong tỉnh',
    ],
    counterExamples: [
      'Chủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu UBND các huyện tiếp tục',
      'Các huyện chỉ đạo các lực lượng triển khai ngay các biện pháp phòng, chống dịch',
    ],
  },
  {
    // The page offers the document as a file ("Chi tiết như Quyết định đính kèm: 240 qd.pdf"): its text is not here.
    name: 'the document is attached',
    pattern:
      /^[ \t]{0,4}(?:Chi[ \t]tiết|Nội[ \t]dung)[^\n.]{0,40}?(?<![\p{L}])(?:file[ \t]|tệp[ \t]|tập[ \t]tin[ \t])?đính[ \t]kèm(?![\p{L}])/mu,
    examples: [
      'Chi tiết như Quyết định đính kèm:240 qd.pdf',
      'Chi tiết xem file đính kèm',
      'Nội dung Kế hoạch xem tệp đính kèm.',
    ],
    counterExamples: [
      'Quyết định số 240/QĐ-UBND và danh sách đính kèm',
      'Chi tiết các xã được công nhận gồm: Phù Cừ, Văn Giang',
    ],
  },
];

/** Offset of the first of the marks in text, -1 if none; a mark that yields to a summary counts only before `summary`. */
function firstMark(marks: readonly FullTextMark[], text: string, summary = Infinity): number {
  let first = -1;
  for (const m of marks) {
    const at = m.pattern.exec(text)?.index ?? -1;
    if (at < 0 || (m.yieldsToSummary && at > summary)) continue;
    if (first < 0 || at < first) first = at;
  }
  return first;
}

/**
 * Where the page first shows the reported document's own text after its lead (FULL_TEXT_MARKS), -1 if nowhere;
 * `summary` is where a summary of it begins (SUMMARY_MARKS), if anywhere.
 */
export function fullTextAt(text: string, summary?: number): number {
  return firstMark(FULL_TEXT_MARKS, text, summary);
}

/** Where the page first summarises the document its lead reports (SUMMARY_MARKS), -1 if nowhere. */
export function summaryAt(text: string): number {
  return firstMark(SUMMARY_MARKS, text);
}

/**
 * Only separators between two numbers a news lead reports together ("ban hành Quyết định số 2051/QĐ-UBND, 2052/QĐ-UBND
 * về việc …", "… số 12 và số 13"): the second is reported like the first (extract.ts).
 */
export const LISTED_WITH = /^[ \t]{0,2}(?:,|;|và)[ \t]{0,2}(?:số[ \t]{1,2})?$/u;
