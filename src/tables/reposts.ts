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
import { CAPITALISED_KIND_NAMES } from './kinds';

const KIND = `(?<kind>${CAPITALISED_KIND_NAMES.join('|')})`;
/** The number as cited: digits, then the code up to a space or a separator (bounded, so linear). */
const SYM = String.raw`(?<sym>\d{1,6}[^\s,;]{2,40}?)(?=[\s,;]|\.(?:\s|$)|$)`;
const date = (k: string): string =>
  String.raw`(?:(?<d${k}>\d{1,2})[/.-](?<m${k}>\d{1,2})[/.-](?<y${k}>\d{4})|(?<td${k}>\d{1,2})[ \t]tháng[ \t](?<tm${k}>\d{1,2})[ \t]năm[ \t](?<ty${k}>\d{4}))`;
/**
 * Or a Party text's number alone ("Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về …"): its symbol follows
 * from its kind and its body (header.ts, PARTY_BODY_CODES).
 */
const SYM_OR_NUMBER = String.raw`(?:${SYM}|(?<num>\d{1,5})(?=[ \t]{1,2}(?:về|V\/v|ngày)[ \t]|[,;]))`;
/** A news item's date of the month, without its year ("Ngày 6/8, …"): no date, but still the lead. */
const DAY_MONTH = String.raw`\d{1,2}[/.-]\d{1,2}(?![/.-]?\d)`;
/** A body's name: capitalised, no sentence punctuation but a comma before a capital ("Sở Văn hóa, Thể thao và Du lịch"), bounded. */
const ISSUER = String.raw`(?<issuer>\p{Lu}(?:[^\n,;.:]|,[ \t](?=\p{Lu})){1,80}?)`;
const AFTER = String.raw`(?:,?[ \t]{1,2}ngày[ \t]{1,2}${date('2')})?(?:[ \t]{1,2}(?:về[ \t]việc|về|V\/v)[ \t]{1,2}(?<title>[^\n]{3,400}?)[.;]?$)?`;

/** A news lead's opening: an agency's tag ("(QNO) -", "TTTĐ -") or the editor's note ("LTS:"). */
export const LEAD_TAG = String.raw`(?:(?:\(\p{Lu}{2,10}\)|\p{Lu}{2,6})[ \t]{0,2}[-–][ \t]{0,2}|LTS[ \t]{0,2}:[ \t]{0,2})?`;

export interface RepostLead {
  name: string;
  pattern: RegExp;
  examples: string[];
  counterExamples: string[];
}

export const REPOST_LEADS: readonly RepostLead[] = [
  {
    // A legal database's or a tax portal's re-post titled by the citation itself.
    name: 'titled by its citation',
    pattern: new RegExp(
      String.raw`^[ \t#*]{0,8}${KIND}[ \t]{1,2}số[ \t]{1,2}${SYM}[ \t]{1,2}ngày[ \t]{1,2}${date('2')}[ \t]{1,2}của[ \t]{1,2}${ISSUER}[ \t]{1,2}(?:về|V\/v)[ \t]{1,2}(?<title>[^\n]{3,400})$`,
      'u',
    ),
    examples: [
      'Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế TP Đà Nẵng về thời hạn nộp hồ sơ quyết toán thuế TNDN',
    ],
    counterExamples: [
      'Thực hiện Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế về thời hạn nộp hồ sơ',
      'Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế',
    ],
  },
  {
    // "Ngày 23/8/2017, Tỉnh ủy … đã ban hành Chương trình số 27-CTr/TU về …": a dated report of the issue.
    name: 'dated report of the issue',
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}${LEAD_TAG}Ngày[ \t]{1,2}(?:${date('1')}|${DAY_MONTH}),?[ \t]{1,2}${ISSUER}[ \t]{1,2}(?:đã[ \t]{1,2})?(?:ký[ \t]{1,2})?ban[ \t]hành[ \t]{1,2}${KIND}[ \t]{1,2}(?:số[ \t]{1,2})?${SYM_OR_NUMBER}${AFTER}`,
      'u',
    ),
    examples: [
      'Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.',
      'Ngày 18/11/2025, Bộ Tài chính đã ban hành Công văn 17899/BTC-VP về việc bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã',
      'CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo của các cấp ủy đối với công tác dư luận xã hội trong tình hình mới.',
      'LTS: Ngày 25-11-2019, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU về nhiệm vụ phát triển kinh tế - xã hội năm 2020. Báo Nam Định xin giới thiệu toàn văn Nghị quyết của Ban Chấp hành Đảng bộ tỉnh.',
      'Ngày 16 tháng 8 năm 2021, UBND tỉnh ban hành Văn bản số 2882/UBND-KTTH về việc triển khai thực hiện kết luận của Thường trực Tỉnh ủy.',
    ],
    counterExamples: [
      'Ngày 23/8/2017, Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 13-CT/TW.',
      'Thực hiện Chương trình số 27-CTr/TU ngày 23/8/2017 của Tỉnh ủy Thừa Thiên Huế;',
      'Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2021 của UBND tỉnh ban hành Quy chế làm việc;',
    ],
  },
  {
    // "Chủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu …": news of a document just issued.
    name: 'news of a document just issued',
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}${LEAD_TAG}${ISSUER}[ \t]{1,2}vừa[ \t]{1,2}(?:ký[ \t]{1,2})?(?:ban[ \t]hành|có|gửi)[ \t]{1,2}${KIND}[ \t]{1,2}(?:số[ \t]{1,2})?${SYM_OR_NUMBER}${AFTER}`,
      'u',
    ),
    examples: [
      'Chủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu UBND các huyện tiếp tục tăng cường phòng, chống dịch.',
      '(QNO) - Tỉnh đoàn vừa ban hành Kế hoạch số 12-KH/TĐTN về tổ chức Tháng Thanh niên năm 2016.',
    ],
    counterExamples: [
      'Chủ tịch UBND tỉnh có Công văn số 4306/UBND-VH yêu cầu các huyện báo cáo.',
      'UBND tỉnh vừa tổ chức hội nghị triển khai Công văn số 4306/UBND-VH.',
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
    // Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về …"): that text.
    name: 'a preamble ending in its enacting sentence',
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}Căn[ \t]cứ[^\n]{10,3000}?[.;][ \t]{1,2}(?:Ngày[ \t]{1,2}${date('1')},?[ \t]{1,2})?${ISSUER}[ \t]{1,2}(?:đã[ \t]{1,2})?ban[ \t]hành[ \t]{1,2}${KIND}[ \t]{1,2}số[ \t]{1,2}${SYM}${AFTER}`,
      'u',
    ),
    examples: [
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; Quy định số 10-QĐ/TU, ngày 01/02/2023 của Ban Thường vụ Tỉnh ủy Hà Giang, về khen thưởng tổ chức đảng, đảng viên. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về khen thưởng tổ chức đảng, đảng viên.',
      'Căn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm; Kế hoạch số 24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi xe tuyên truyền lưu động.',
    ],
    counterExamples: [
      'Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2021 của UBND tỉnh ban hành Quy chế làm việc;',
      'Căn cứ Luật Tổ chức chính quyền địa phương; Chủ tịch UBND tỉnh ban hành Kế hoạch thực hiện như sau:',
    ],
  },
];

/** The first row whose pattern matches `line`, with its match. */
export function matchRepostLead(line: string): RegExpExecArray | null {
  for (const row of REPOST_LEADS) {
    const m = row.pattern.exec(line);
    if (m) return m;
  }
  return null;
}
