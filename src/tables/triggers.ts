import type { RelationType } from '../model';

/**
 * Trigger phrases → relation type (GOLD.md). `phrase` is a regex source over NFC text, matched
 * case-insensitively on whole words, with bounded repetition only. Longer phrases are tried first.
 * - `nests`: after a cited document's date/issuer, the phrase makes the next citation belong to it
 *   ("Kế hoạch số 98-KH/TU … thực hiện Kết luận 43-KL/TW": 98-KH/TU IMPLEMENTS 43-KL/TW).
 *   'weak' nests only when the dates agree (a document cannot follow a later one).
 * - `passive`: "X được sửa đổi, bổ sung bởi Y" — Y acts on X.
 * - `examples`: sentences of a body in which the document (or, for a passive row, the later citation) gets this
 *   row's type through this row's phrase; `counterExamples`: phrases this row must not match. Both are checked by
 *   tests/unit/triggers.test.ts, which also deletes each row in turn and sees its examples fail.
 */
export interface Trigger {
  phrase: string;
  type: RelationType;
  nests: 'strong' | 'weak' | 'no';
  passive?: boolean;
  /**
   * Verbs that win over this phrase when one comes before it in the same clause: "Sửa đổi, bổ sung một số điều của
   * Quy định ban hành kèm theo Quyết định số X" amends X (its annex), it does not merely cite it.
   */
  yieldsTo?: readonly RelationType[];
  /**
   * The type when the document itself acts through the phrase on a State norm or decision (tables/kinds.ts
   * NORM_KINDS): "theo Nghị định số …" is "according to" it. `normExamples` show it.
   */
  normType?: RelationType;
  /** Which norms `normType` is for: legal texts numbered with their year ('legal'), other State decisions ('state'). */
  normFamilies?: readonly ('legal' | 'state')[];
  normExamples?: string[];
  examples: string[];
  counterExamples: string[];
}

const NUM = String.raw`(?:\d{1,3}\s{1,3}năm\s{1,3})?`;
/** The bare "theo" row's phrase: relations.ts reads its context (CONFERRED_BY, SOURCE_NOTES). */
export const BARE_THEO = 'theo';

/**
 * Nouns "trên cơ sở" (on the basis of) may take that are no text: a proposal, a result, a study, an opinion, an
 * advice ("Trên cơ sở đề nghị của Sở … (tại Văn bản số 1144/SNN-TL)", dev91 ju15; "trên cơ sở kết quả tư vấn … tại …
 * Nghị định số 268/2025/NĐ-CP", dev18 da01; "Trên cơ sở nghiên cứu, tham mưu của Đảng đoàn …", dev96 jz15): the text
 * named after them is cited, not the basis. "Trên cơ sở đó" (on that basis) points back at what was said ("Trên cơ sở
 * đó, ngày 30/7/2021, Ban Chấp hành Trung ương … ban hành Quyết định số 24-QĐ/TW …", dev105 ki08).
 */
export const BASIS_NOT_A_TEXT: readonly string[] = [
  'đề nghị',
  'kết quả',
  'nghiên cứu',
  'tham mưu',
  'ý kiến',
  'đó',
];

/**
 * Nouns of time or order after which "tiếp theo" means "the next" ("các năm tiếp theo", "nhiệm kỳ tiếp theo", "Bài tiếp
 * theo"): no text is continued.
 */
export const SEQUENCE_NOUNS: readonly string[] = [
  'năm',
  'năm học',
  'nhiệm kỳ',
  'giai đoạn',
  'kỳ',
  'bước',
  'bài',
  'phần',
];

export const TRIGGERS: readonly Trigger[] = [
  // Passive voice: the later citation acts on the earlier one. Their examples pair texts of one year: across years
  // extract.ts (CHANGES_A_TEXT) would turn an edge read the wrong way round anyway, and the rows would look dead.
  {
    // "… được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP": "cập nhật" (updated) may follow.
    phrase: String.raw`(?:đã\s)?được\s(?:sửa\sđổi(?:,\s?|\s)(?:và\s)?bổ\ssung|sửa\sđổi|bổ\ssung)(?:\scập\snhật)?(?:\smột\ssố\sđiều)?(?:\sbởi|\stại|\stheo)`,
    type: 'AMENDS',
    nests: 'no',
    passive: true,
    examples: [
      'Áp dụng Nghị định số 10/2019/NĐ-CP ngày 01/02/2019 của Chính phủ được sửa đổi, bổ sung bởi Nghị định số 47/2019/NĐ-CP ngày 05/6/2019 của Chính phủ.',
      'Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ.',
    ],
    counterExamples: ['được sửa đổi cho phù hợp', 'sửa đổi, bổ sung bởi'],
  },
  {
    // "bị bãi bỏ, thay thế bởi" (a legal database's status line): replaced, the repeal being the replacement's.
    phrase: String.raw`(?:đã\s)?(?:được|bị)\s(?:bãi\sbỏ,?\s(?:và\s)?)?thay\sthế\s(?:bởi|bằng|tại|theo)`,
    type: 'REPLACES',
    nests: 'no',
    passive: true,
    examples: [
      'Nghị quyết số 10/2011/NQ-HĐND ngày 17/07/2011 của Hội đồng nhân dân tỉnh Yên Bái bị bãi bỏ, thay thế bởi Nghị quyết số 24/2011/NQ-HĐND ngày 05/08/2011 của Hội đồng nhân dân tỉnh Yên Bái.',
      'Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của UBND tỉnh đã được thay thế bởi Quyết định số 20/2020/QĐ-UBND ngày 02/6/2020 của UBND tỉnh.',
      'Nghị định số 61-CP ngày 05/7/2000 của Chính phủ bị thay thế bởi Điều 22 Nghị định 38/2000/NĐ-CP.',
    ],
    counterExamples: ['được thay thế kịp thời', 'thay thế bởi'],
  },
  {
    phrase: String.raw`(?:đã\s)?(?:được|bị)\sbãi\sbỏ\s(?:bởi|tại|theo)`,
    type: 'REPEALS',
    nests: 'no',
    passive: true,
    examples: [
      'Thông tư số 05/2021/TT-BTC ngày 05/01/2021 của Bộ Tài chính bị bãi bỏ bởi Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính.',
    ],
    counterExamples: ['bị bãi bỏ toàn bộ', 'bãi bỏ bởi'],
  },
  {
    // "Luật này được hướng dẫn triển khai bởi Chỉ thị 22/2008/CT-TTg": the directive guides the law.
    phrase: String.raw`(?:đã\s)?được\shướng\sdẫn(?:\s(?:thi\shành|thực\shiện|triển\skhai))?\s(?:bởi|tại|theo)`,
    type: 'GUIDES',
    nests: 'no',
    passive: true,
    examples: [
      'Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ được hướng dẫn triển khai bởi Chỉ thị số 22/2018/CT-TTg ngày 01/8/2018 của Thủ tướng Chính phủ.',
      'Luật số 38/2019/QH14 ngày 13/6/2019 của Quốc hội được hướng dẫn bởi Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.',
    ],
    counterExamples: ['được hướng dẫn cụ thể', 'hướng dẫn bởi'],
  },
  {
    phrase: String.raw`(?:đã\s)?được\sđính\schính\s(?:bởi|tại|theo)`,
    type: 'CORRECTS',
    nests: 'no',
    passive: true,
    examples: [
      'Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ được đính chính bởi Quyết định số 30/QĐ-TTg ngày 05/3/2018 của Thủ tướng Chính phủ.',
    ],
    counterExamples: ['được đính chính kịp thời', 'đính chính bởi'],
  },
  {
    phrase: String.raw`(?:đã\s)?(?:được|bị)\sđình\schỉ\s(?:bởi|tại|theo)`,
    type: 'SUSPENDS',
    nests: 'no',
    passive: true,
    examples: [
      'Quyết định số 15/2019/QĐ-UBND ngày 02/5/2019 của UBND tỉnh bị đình chỉ bởi Quyết định số 45/QĐ-TTg ngày 10/10/2019 của Thủ tướng Chính phủ.',
    ],
    counterExamples: ['bị đình chỉ thi hành', 'đình chỉ bởi'],
  },
  // Acting on a text.
  {
    phrase: String.raw`sửa\sđổi(?:,\s?|\s)(?:và\s)?bổ\ssung`,
    type: 'AMENDS',
    nests: 'strong',
    // The comma inside the phrase is no list separator: the amended text belongs to the citation before it.
    examples: [
      'Căn cứ Nghị định số 09/2010/NĐ-CP ngày 08/02/2010 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ;',
      // The space after the comma lost (dev103 kg06).
      'Căn cứ Nghị định số 24/2006/NĐ-CP ngày 06 tháng 3 năm 2006 của Chính phủ sửa đổi,bổ sung một số điều của Nghị định số 57/2002/NĐ-CP ngày 03 tháng 6 năm 2002 của Chính phủ;',
    ],
    counterExamples: ['sửa đổi hoặc bổ sung', 'bổ sung, sửa đổi', 'sửa đổi,,bổ sung'],
  },
  {
    // "điều chỉnh một số nội dung tại Hướng dẫn số 56-HD/VPTW": adjusting parts of a text; "điều chỉnh" alone is a
    // scope ("phạm vi điều chỉnh") or a price or plan being adjusted, so the parts it names must follow.
    // "điều chỉnh, bổ sung Quyết định số 2405/QĐ-TTg": adjusting and adding to a text, as "sửa đổi, bổ sung".
    phrase: String.raw`điều\schỉnh(?:,?\s(?:và\s)?(?:bổ\ssung|sửa\sđổi))?\s(?:một\ssố\s|các\s)?(?:nội\sdung|điều|khoản|điểm|mức\schi)|điều\schỉnh,?\s(?:và\s)?bổ\ssung`,
    type: 'AMENDS',
    nests: 'strong',
    examples: [
      'Căn cứ Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư; Văn phòng Trung ương Đảng điều chỉnh một số nội dung tại Hướng dẫn số 56-HD/VPTW, ngày 27/10/2015 về mức chi tiền thưởng.',
      'Căn cứ Quyết định số 495/QĐ-TTg ngày 08/4/2014 của Thủ tướng Chính phủ về việc điều chỉnh, bổ sung Quyết định số 2405/QĐ-TTg ngày 10/12/2013 của Thủ tướng Chính phủ về việc phê duyệt danh sách xã đặc biệt khó khăn.',
    ],
    counterExamples: [
      'phạm vi điều chỉnh',
      'điều chỉnh giá đất',
      'điều chỉnh quy hoạch',
      'điều chỉnh, bổ sung danh mục',
    ],
  },
  {
    phrase: String.raw`sửa\sđổi`,
    type: 'AMENDS',
    nests: 'strong',
    examples: ['Sửa đổi Điều 3 Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của UBND tỉnh.'],
    counterExamples: ['sửa chữa', 'đổi mới'],
  },
  {
    phrase: String.raw`bãi\sbỏ|hủy\sbỏ|hết\shiệu\slực`,
    type: 'REPEALS',
    nests: 'strong',
    examples: [
      'Bãi bỏ Quyết định số 12/2015/QĐ-UBND ngày 01/3/2015 của UBND tỉnh.',
      'Hủy bỏ Quyết định số 45/QĐ-UBND ngày 01/3/2019 của UBND tỉnh.',
    ],
    counterExamples: ['loại bỏ', 'hiệu lực thi hành'],
  },
  {
    phrase: String.raw`thay\sthế`,
    type: 'REPLACES',
    nests: 'strong',
    examples: ['Quyết định này thay thế Quyết định số 12/2015/QĐ-UBND ngày 01/3/2015 của UBND tỉnh.'],
    counterExamples: ['thay đổi', 'thế hệ'],
  },
  {
    phrase: String.raw`đính\schính`,
    type: 'CORRECTS',
    nests: 'strong',
    examples: ['Đính chính Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ như sau.'],
    counterExamples: ['chính thức', 'điều chỉnh'],
  },
  {
    phrase: String.raw`(?:tạm\s)?đình\schỉ(?:\sthi\shành)?|(?:tạm\s)?ngưng\shiệu\slực`,
    type: 'SUSPENDS',
    nests: 'strong',
    examples: [
      'Đình chỉ thi hành Quyết định số 15/2019/QĐ-UBND ngày 02/5/2019 của UBND tỉnh.',
      'Tạm ngưng hiệu lực Quyết định số 16/2019/QĐ-UBND ngày 03/5/2019 của UBND tỉnh.',
    ],
    counterExamples: ['tạm dừng', 'hiệu lực'],
  },
  {
    phrase: String.raw`(?:văn\sbản\s)?hợp\snhất`,
    type: 'CONSOLIDATES',
    nests: 'strong',
    examples: ['Văn bản này hợp nhất Luật số 15/2012/QH13 ngày 20/6/2012 của Quốc hội.'],
    counterExamples: ['thống nhất', 'hợp tác'],
  },
  // Annexes issued with a text are part of it, not its implementation ("Quy chế ban hành kèm theo Quyết định số
  // X"): cited. A verb that changes or guides parts of the annex acts on the text (yieldsTo; a guide only where it names
  // the parts, relations.ts).
  {
    phrase: String.raw`(?:(?:được\s)?(?:ban\shành|công\sbố)\s)?kèm\stheo|(?:ban\shành|công\sbố)\skèm`,
    type: 'CITES',
    nests: 'no',
    yieldsTo: ['AMENDS', 'REPEALS', 'REPLACES', 'SUSPENDS', 'CORRECTS', 'GUIDES'],
    examples: [
      'Tổ chức thực hiện Quy chế ban hành kèm theo Quyết định số 11100-QĐ/TU ngày 01/3/2024 của Ban Thường vụ Tỉnh ủy.',
    ],
    counterExamples: ['kèm với', 'theo'],
  },
  {
    // Inspecting or supervising how a text is carried out is not carrying it out ("Đồng thời, kiểm tra việc thực hiện
    // Chỉ thị số 01-CT/TW …", dev57 gm07; "giám sát việc thực hiện Nghị quyết …"): the text only names it.
    // What is inspected may be a list ending in the carrying out ("kiểm tra việc lãnh đạo, chỉ đạo và tổ chức thực hiện
    // Nghị quyết số 57-NQ/TW", dev57 gm07; "giám sát tập trung vào việc lãnh đạo, …, quán triệt, tuyên truyền và triển
    // khai thực hiện Nghị quyết", dev82 jl04): up to one clause, bounded.
    phrase: String.raw`(?:kiểm\stra|giám\ssát)(?:,?\s(?:kiểm\stra|giám\ssát|đôn\sđốc))?\s(?:(?:[^.;:\n]{1,40}?\s)?việc\s(?:[^.;:\n]{1,160}?\s)?|(?:tổ\schức\s|triển\skhai\s)?)thực\shiện`,
    type: 'CITES',
    nests: 'no',
    examples: [
      'Đồng thời, kiểm tra việc thực hiện Chỉ thị số 01-CT/TW ngày 23-1-2021 của Bộ Chính trị về nghiên cứu.',
      'Ban Thường vụ giám sát việc tổ chức thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
      'Kiểm tra việc lãnh đạo, chỉ đạo và tổ chức thực hiện Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị.',
      'chương trình giám sát tập trung vào việc lãnh đạo, chỉ đạo, tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết số 57-NQ/TW.',
    ],
    counterExamples: ['kiểm tra, rà soát', 'thực hiện'],
  },
  // Basis and guidance.
  {
    // "Căn c Nghị quyết số …": a copy that lost the "ứ" (dev53 gi09, a legal database's page); "c" ends the word.
    // "trên cơ sở" a proposal, a result or a study (BASIS_NOT_A_TEXT) rests on that, not on the text named after it.
    phrase: String.raw`căn\scứ(?:\svào)?|căn\sc|trên\scơ\ssở(?!\s(?:${BASIS_NOT_A_TEXT.map((w) => w.replace(/ /gu, '\\s')).join('|')})(?![\p{L}\p{N}]))`,
    type: 'BASED_ON',
    nests: 'no',
    examples: [
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;',
      'Căn c Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016 của Ủy ban Thường vụ Quốc hội;',
      'Trên cơ sở Kế hoạch số 150/KH-UBND ngày 02/6/2022 của UBND tỉnh, xây dựng kế hoạch.',
      'Ủy ban nhân dân huyện ban hành Kế hoạch này căn cứ Quyết định số 12/2022/QĐ-UBND ngày 02/6/2022 của UBND tỉnh.',
    ],
    // Its objects that are no text: tests/fixtures/extraction/relations.json ("trên cơ sở" a proposal, a result).
    counterExamples: ['cơ sở dữ liệu', 'cứ theo', 'căn cước công dân số 0123/QĐ-UBND'],
  },
  {
    // Not "hướng dẫn tại" ("the guidance at", a CITES row below) nor "hướng dẫn của X" (X's guidance, which the text
    // follows: "theo đúng hướng dẫn của Chỉ thị số 35-CT/TW", a row below).
    phrase: String.raw`(?:về\s)?(?:việc\s)?hướng\sdẫn(?:\s(?:thi\shành|thực\shiện|triển\skhai))?(?!\s(?:tại|của))|quy\sđịnh\schi\stiết(?:(?:\smột\ssố\sđiều)?\svà\s(?:hướng\sdẫn(?:\s(?:thi\shành|thực\shiện))?|biện\spháp\s(?:thi\shành|thực\shiện))|\sthi\shành)?`,
    type: 'GUIDES',
    nests: 'strong',
    examples: [
      'Hướng dẫn thi hành Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ.',
      'Quy định chi tiết Luật số 15/2023/QH15 ngày 10/6/2023 của Quốc hội.',
      // "… thi hành" is part of the phrase, not the verb of carrying out.
      'Quy định chi tiết thi hành một số điều của Nghị định số 40/2010/NĐ-CP ngày 12/4/2010 của Chính phủ.',
      'Quy định chi tiết và hướng dẫn thực hiện Nghị định số 17/2010/NĐ-CP ngày 04/3/2010 của Chính phủ về bán đấu giá tài sản.',
      // "… và biện pháp thi hành" (dev64 gk12), "… một số điều và biện pháp thi hành".
      'Nghị định số 33/2021/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Nghị quyết số 131/2020/QH14.',
      'quy định chi tiết một số điều và biện pháp thi hành Luật số 15/2023/QH15 của Quốc hội.',
      // "… và hướng dẫn một số điều của …" (dev108 kl14).
      'Thông tư số 12/2022/TT-BTTTT quy định chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ.',
    ],
    counterExamples: ['hướng tới', 'quy định chung', 'hướng dẫn tại', 'hướng dẫn của'],
  },
  // Reviews: "sơ kết, tổng kết 10 năm thực hiện".
  {
    phrase: String.raw`(?:sơ\skết|tổng\skết)(?:,?\s(?:sơ\skết|tổng\skết))?\s${NUM}(?:việc\s)?(?:triển\skhai\s)?(?:thực\shiện|thi\shành|triển\skhai)|(?:sau|qua|đánh\sgiá|kết\squả)\s\d{1,3}\snăm\s(?:triển\skhai\s)?(?:thực\shiện|thi\shành|triển\skhai)`,
    type: 'REVIEWS',
    nests: 'strong',
    examples: [
      'Tổ chức sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
      'Sau 10 năm thực hiện Nghị quyết số 13-NQ/TU ngày 05/4/2012 của Tỉnh ủy, kết quả đạt được là cơ bản.',
      'Ban Thường vụ Thành ủy tổ chức Hội nghị tổng kết 10 năm triển khai thực hiện Chỉ thị số 29-CT/TU ngày 6-11-2013.',
      // A span of years of carrying out, judged: "qua", "đánh giá", "kết quả" N năm thực hiện.
      'Qua 15 năm thực hiện Nghị quyết số 09-NQ/TW ngày 08/01/2002 của Bộ Chính trị, công tác Cựu chiến binh có bước phát triển mới.',
      'Hội nghị trực tuyến toàn quốc đánh giá 10 năm thực hiện Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư.',
      'Các đại biểu cho ý kiến về Báo cáo kết quả 05 năm thực hiện Nghị quyết số 19-NQ/TU ngày 05/4/2018 của Ban Chấp hành Đảng bộ tỉnh.',
    ],
    counterExamples: [
      'tổng kết năm học',
      'sơ kết quý',
      'kết quả thực hiện',
      'qua năm thực hiện',
      'đánh giá kết quả thực hiện',
    ],
  },
  // Continuing a line.
  {
    phrase: String.raw`(?:về\s)?(?:việc\s)?tiếp\stục\s(?:đẩy\smạnh\s)?(?:triển\skhai\s)?(?:tổ\schức\s)?(?:quán\striệt\s(?:và\s)?)?(?:thực\shiện|triển\skhai|thi\shành)`,
    type: 'CONTINUES',
    nests: 'strong',
    examples: ['Tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.'],
    counterExamples: ['tiếp tục theo dõi', 'tiếp nhận thực hiện'],
  },
  // A dispatch or plan that follows on earlier ones ("Tiếp theo Công điện số 217/CĐ-TTg …"): it continues them.
  {
    // Weak, like "theo": only a citation a few words after it ("Tiếp theo Công điện số …", "tiếp theo các Công điện").
    // After a span of time or a part (SEQUENCE_NOUNS) it is "the next": "năm 2011 và các năm tiếp theo ban hành tại
    // Quyết định số 414/QĐ-UBND" (dev101 ke12) names what the decision covers.
    phrase: String.raw`(?<!(?:${SEQUENCE_NOUNS.map((w) => w.replace(/ /gu, '\\s')).join('|')})\s)tiếp\stheo`,
    type: 'CONTINUES',
    nests: 'weak',
    examples: [
      'Tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ, đề nghị các địa phương tập trung ứng phó.',
    ],
    counterExamples: ['tiếp tục theo dõi', 'theo'],
  },
  // Citing a provision.
  {
    // "theo hướng dẫn tại X": following the guidance a letter or plan X gives, like "theo chỉ đạo của" (GOLD.md); the
    // citing text does not guide X. After a legal norm it is "as the norm provides" (`normType`, as for a bare "theo"):
    // "giấy tờ đúng theo hướng dẫn tại Thông tư số 08/2009/TT-BLĐTBXH" cites the circular, while "bố trí khu cách ly
    // theo hướng dẫn tại Quyết định số 878/QĐ-BYT" carries out the ministry's guidance.
    phrase: String.raw`theo\s(?:sự\s)?hướng\sdẫn\s(?:của|tại)`,
    type: 'IMPLEMENTS',
    nests: 'strong',
    normType: 'CITES',
    normFamilies: ['legal'],
    examples: [
      'Các đơn vị triển khai theo hướng dẫn tại Công văn số 4611/UBND-NC ngày 14/9/2015 của UBND tỉnh.',
    ],
    normExamples: [
      'Nộp hồ sơ theo hướng dẫn tại điểm b khoản 2 Điều 7 Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.',
    ],
    counterExamples: ['hướng dẫn tại', 'theo hướng dẫn này'],
  },
  {
    // "(the) guidance at" is a noun too: "đối chiếu với Bảng mã … và hướng dẫn tại công văn số 4032/TCHQ-GSQL" cites
    // the letter ("theo hướng dẫn tại", longer, is a row of its own).
    // A guide of "một số điều quy định tại Nghị định số 15/2007/NĐ-CP" guides the decree (yieldsTo, dev108 kl10).
    phrase: String.raw`theo\squy\sđịnh\s(?:của|tại)|được\squy\sđịnh\stại|quy\sđịnh\stại|nêu\stại|hướng\sdẫn\stại`,
    type: 'CITES',
    nests: 'no',
    yieldsTo: ['GUIDES'],
    examples: [
      'Mức hỗ trợ theo quy định tại Kế hoạch số 1138/KH-UBND ngày 14/5/2019 của UBND tỉnh.',
      'Các đơn vị báo cáo theo quy định tại Công văn số 4611/UBND-NC ngày 14/9/2015 của UBND tỉnh.',
      'Căn cứ Luật Hải quan số 54/2014/QH13, Công ty đối chiếu với hướng dẫn tại công văn số 4032/TCHQ-GSQL ngày 16/8/2021 của Tổng cục Hải quan.',
    ],
    counterExamples: ['quy định chung', 'theo dõi tại'],
  },
  // Asking others to review texts ("rà soát, sửa đổi, bổ sung, thay thế các văn bản …") does not act on them.
  {
    phrase: String.raw`rà\ssoát(?:,?\s(?:và\s)?(?:sửa\sđổi|bổ\ssung|thay\sthế|bãi\sbỏ|hủy\sbỏ)){0,4}`,
    type: 'CITES',
    nests: 'no',
    examples: [
      'Các sở rà soát, sửa đổi, bổ sung Quyết định số 20/2019/QĐ-UBND ngày 01/8/2019 của UBND tỉnh.',
    ],
    counterExamples: ['soát xét', 'kiểm tra, rà'],
  },
  // A proposal or a report is cited, not carried out ("Theo đề nghị của Giám đốc Sở … tại Tờ trình số …", "Xét Tờ
  // trình số …"); so is a text whose content is being told ("Theo nội dung Thông báo 2833-TB/TU, Thường trực Thành ủy
  // đồng ý …").
  {
    phrase: String.raw`theo\s(?:sự\s)?đề\snghị\s(?:của|tại)|theo\snội\sdung|(?<!xem\s)xét`,
    type: 'CITES',
    nests: 'no',
    examples: [
      // (A Tờ trình is cited whatever the verb, tables/kinds.ts: these examples use a letter, so the row shows.)
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; theo đề nghị của Giám đốc Sở Nội vụ tại Công văn số 116/SNV-TCBC ngày 18/11/2025.',
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; xét Công văn số 407/UBND-KT ngày 10/11/2025 của Ủy ban nhân dân tỉnh.',
      'Theo nội dung Thông báo số 2833-TB/TU ngày 24/8/2020 của Thành ủy, Thường trực Thành ủy đồng ý về chủ trương.',
    ],
    counterExamples: ['đề nghị các sở', 'xét thấy', 'xem xét', 'theo dõi nội dung'],
  },
  {
    // "hiệu lực thi hành" is a text's entry into force ("Về hiệu lực thi hành, Quyết định số 612 …"), no act.
    phrase: String.raw`(?<!hiệu\slực\s)(?:về\s)?(?:việc\s)?(?:phối\shợp\s)?(?:tổ\schức\s)?(?:triển\skhai\s)?(?:thực\shiện|thi\shành)|triển\skhai|cụ\sthể\shóa|quán\striệt`,
    type: 'IMPLEMENTS',
    nests: 'strong',
    examples: [
      'Thực hiện Kế hoạch số 98-KH/TU ngày 25/6/2019 của Ban Thường vụ Tỉnh ủy.',
      'Quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.',
    ],
    counterExamples: ['hiện thực', 'triển vọng', 'hiệu lực thi hành'],
  },
  // A bare "theo" carries out a plan, a letter or a Party text ("báo cáo theo Công văn số …", "tổng kết … theo Kế hoạch
  // số 163-KH/TU"), but is "according to" a State norm or decision cited by the document (`normType`): "(theo Quyết
  // định 1616/QĐ-TTg …)", "áp dụng … theo Nghị quyết số 1314/NQ-UBTVQH15", "xác định giá đất theo Nghị định số …"
  // cite (the real development parts: 4 of 4 such relations are CITES; GOLD.md's "theo chỉ đạo của" is a row of its
  // own). It yields to an act verb of its clause ("Triển khai … theo Quyết định số 2481/QĐ-TTg" carries it out), and
  // in a cited text's title it ties the two ("Nghị định số 72/2024/NĐ-CP … quy định chính sách giảm thuế … theo
  // Nghị quyết số 142/2024/QH15": the decree carries the resolution out).
  {
    phrase: BARE_THEO,
    type: 'IMPLEMENTS',
    nests: 'weak',
    yieldsTo: ['CONTINUES'],
    normType: 'CITES',
    examples: [
      'Các đơn vị báo cáo theo Công văn số 4611/UBND-NC ngày 14/9/2015 của UBND tỉnh.',
      'Tổ chức tổng kết công tác dân vận theo Kế hoạch số 163-KH/TU ngày 25/02/2020 của Ban Thường vụ Tỉnh ủy.',
      'Xã tổ chức đại hội theo đúng hướng dẫn của Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.',
    ],
    normExamples: [
      'Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024, các đơn vị xác định giá đất theo Nghị định số 71/2024/NĐ-CP ngày 27/6/2024 của Chính phủ.',
    ],
    counterExamples: ['theo dõi'],
  },
];

/**
 * Triggers written after the citation, in the same clause: "Quyết định số 12/2015/QĐ-UBND … hết hiệu lực",
 * "Chỉ thị số 05/CT-UBND được bãi bỏ". The passive forms followed by "bởi <citation>" are TRIGGERS above.
 */
export const POST_TRIGGERS: readonly {
  phrase: string;
  type: RelationType;
  examples: string[];
  counterExamples: string[];
}[] = [
  {
    phrase: String.raw`(?:đã\s|sẽ\s)?hết\shiệu\slực(?:\sthi\shành)?`,
    type: 'REPEALS',
    examples: ['Quyết định số 12/2015/QĐ-UBND ngày 01/3/2015 của UBND tỉnh hết hiệu lực kể từ ngày ký.'],
    counterExamples: ['có hiệu lực'],
  },
  {
    phrase: String.raw`(?:đã\s)?(?:bị|được)\sbãi\sbỏ(?!\s(?:bởi|tại|theo))`,
    type: 'REPEALS',
    examples: ['Chỉ thị số 05/CT-UBND ngày 02/4/2018 của UBND tỉnh được bãi bỏ.'],
    counterExamples: ['được bãi bỏ bởi'],
  },
  {
    phrase: String.raw`(?:đã\s)?(?:bị|được)\sthay\sthế(?!\s(?:bởi|bằng|tại|theo))`,
    type: 'REPLACES',
    examples: ['Quyết định số 30/2016/QĐ-UBND ngày 02/4/2016 của UBND tỉnh được thay thế.'],
    counterExamples: ['được thay thế bằng'],
  },
  {
    phrase: String.raw`(?:đã\s)?được\ssửa\sđổi(?:,\s?|\s)(?:và\s)?bổ\ssung(?!\s(?:bởi|tại|theo))`,
    type: 'AMENDS',
    examples: [
      'Điều 2 của Quyết định số 31/2016/QĐ-UBND ngày 02/4/2016 của UBND tỉnh được sửa đổi, bổ sung như sau.',
    ],
    counterExamples: ['được sửa đổi, bổ sung bởi'],
  },
  {
    phrase: String.raw`(?:bị|được)\sđình\schỉ(?:\sthi\shành)?(?!\s(?:bởi|tại|theo))`,
    type: 'SUSPENDS',
    examples: ['Quyết định số 33/2017/QĐ-UBND ngày 02/4/2017 của UBND tỉnh bị đình chỉ thi hành.'],
    counterExamples: ['bị đình chỉ bởi'],
  },
];

/**
 * Nouns a status verb after a citation may have for its subject instead of the cited text: a decision's title that
 * announces administrative procedures ("Quyết định 2546/QĐ-BTP năm 2022 công bố thủ tục hành chính mới ban hành,
 * thủ tục hành chính bị bãi bỏ trong lĩnh vực …"; dev81 jk07, dev78 jh10) speaks of procedures repealed, not of itself.
 * Once the clause after the citation names one, POST_TRIGGERS after it are the noun's.
 */
export const POST_TRIGGER_OTHER_SUBJECTS: {
  nouns: readonly string[];
  examples: string[];
  counterExamples: string[];
} = {
  nouns: ['thủ tục hành chính', 'TTHC'],
  examples: [
    // A legal database's list of bases, the verb "Căn cứ" left to the list's heading.
    'Quyết định 2546/QĐ-BTP năm 2022 công bố thủ tục hành chính mới ban hành, thủ tục hành chính bị bãi bỏ trong lĩnh vực nuôi con nuôi.',
    'Quyết định 44/QĐ-BTC năm 2024 công bố TTHC mới, bị bãi bỏ trong lĩnh vực thuế.',
  ],
  counterExamples: ['Chỉ thị số 05/CT-UBND ngày 02/4/2018 của UBND tỉnh được bãi bỏ.'],
};

/** When one pair of documents is related twice, the more specific type wins (relationRank). */
export const TYPE_PRIORITY: readonly RelationType[] = [
  'REPEALS',
  'REPLACES',
  'AMENDS',
  'CORRECTS',
  'SUSPENDS',
  'CONSOLIDATES',
  'GUIDES',
  'BASED_ON',
  'CONTINUES',
  'IMPLEMENTS',
  'REVIEWS',
  'CITES',
];

/**
 * A review that names the years it looks back over ("tổng kết 10 năm thực hiện Chỉ thị số 11", "sau 5 năm thực
 * hiện"): the text is that review, and the carrying out it retells is what it reviews, so it outranks IMPLEMENTS. A
 * review set as a task ("Tham mưu làm tốt công tác sơ, tổng kết việc triển khai thực hiện Chỉ thị số 32/CT-TTg", in a
 * plan that carries the directive out) names no span and keeps its rank.
 */
const REVIEWED_SPAN = /\d{1,3}\snăm/u;
export function relationRank(type: RelationType, trigger: string | null | undefined): number {
  if (type === 'REVIEWS' && trigger && REVIEWED_SPAN.test(trigger))
    return TYPE_PRIORITY.indexOf('IMPLEMENTS') - 0.5;
  return TYPE_PRIORITY.indexOf(type);
}

/**
 * Verbs that, right after a kind name and under another verb of the sentence, are part of the cited text's title,
 * not the citing text's act: "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật
 * số 87/2025/QH15" is based on 87/2025/QH15 (an amending law) and amends nothing. With no verb before them they are
 * the document's own act: the enacting formula "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật …
 * số 54/2019/QH14", a title line "NGHỊ ĐỊNH SỬA ĐỔI …". Checked by tests/unit/triggers.test.ts (each sentence gets
 * its type; without the rule the examples come out otherwise).
 */
/**
 * A rule over the trigger rows: the relation types it applies to, and sentences with the type the document gets
 * from them (examples: the rule gives it; counter-examples: the document keeps it despite the rule's words).
 */
export interface SentenceRule {
  types: readonly RelationType[];
  examples: readonly (readonly [sentence: string, type: RelationType])[];
  counterExamples: readonly (readonly [sentence: string, type: RelationType])[];
}

export const TITLE_VERBS: SentenceRule & {
  /** Before the kind name, the enacting verb makes the title the document's own ("Quốc hội ban hành Luật sửa đổi …"). */
  notAfter: string;
} = {
  types: ['AMENDS', 'REPEALS', 'REPLACES', 'GUIDES'],
  notAfter: String.raw`ban\shành`,
  examples: [
    [
      'Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;',
      'BASED_ON',
    ],
    ['Căn cứ Thông tư hướng dẫn thi hành Luật Đất đai số 31/2024/QH15;', 'BASED_ON'],
    [
      'Căn cứ Luật Đất đai số 31/2024/QH15; Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch số 28/2018/QH14;',
      'BASED_ON',
    ],
  ],
  counterExamples: [
    [
      'Sửa đổi, bổ sung một số điều của Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của UBND tỉnh.',
      'AMENDS',
    ],
    ['Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14.', 'AMENDS'],
    [
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14.',
      'AMENDS',
    ],
  ],
};

/**
 * Words that open the title written after a cited text ("Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ
 * quy định chi tiết …"): what follows them up to ", " or " và " and the next citation of the same kind is that title,
 * not a new clause (relations.ts, continuesNestedList). Examples: tests/unit/relations.test.ts.
 */
export const TITLE_OPENINGS: readonly string[] = [
  'quy định',
  'hướng dẫn',
  'về',
  'ban hành',
  'phê duyệt',
  'sửa đổi',
  'bãi bỏ',
  'thành lập',
];

/**
 * Words that open a cited text's subject after its number and date ("Công văn số 931/UBND-KT, ngày 31-3-2021, về việc
 * xây dựng Kế hoạch … thực hiện Chương trình số 03-CTr/TU", dev95 jy03): the comma before them ends the date, not a
 * list item, so a verb in the subject is the cited text's (relations.ts).
 */
export const SUBJECT_OPENINGS: readonly string[] = ['về việc', 'về', 'V/v'];

/**
 * Words right before an act verb that make it a task or a proposal, not this document's act: "tham mưu sửa đổi
 * Quyết định số X", "đề xuất bãi bỏ …", "hoàn thiện sửa đổi, bổ sung Nghị định số 113/2013/NĐ-CP": the document only
 * cites X (tests/unit/triggers.test.ts checks every sentence, and that without the rule they come out otherwise).
 */
export const PROPOSALS: SentenceRule & { words: readonly string[] } = {
  words: [
    'đề xuất',
    'kiến nghị',
    'tham mưu',
    'nghiên cứu',
    'hoàn thiện',
    'dự thảo',
    'dự kiến',
    'xây dựng',
    'trình',
    'chuẩn bị',
  ],
  types: ['AMENDS', 'REPEALS', 'REPLACES', 'SUSPENDS', 'CORRECTS'],
  examples: [
    ['Giao Sở Tư pháp tham mưu sửa đổi Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của UBND tỉnh.', 'CITES'],
    [
      'Cục Mỹ thuật khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số 113/2013/NĐ-CP ngày 02/10/2013 của Chính phủ.',
      'CITES',
    ],
    [
      'Sở Nội vụ nghiên cứu, đề xuất bãi bỏ Quyết định số 45/2019/QĐ-UBND ngày 01/3/2019 của UBND tỉnh.',
      'CITES',
    ],
    ['Nghiên cứu sửa đổi Quyết định số 46/2019/QĐ-UBND ngày 01/3/2019 của UBND tỉnh.', 'CITES'],
  ],
  counterExamples: [
    ['Sửa đổi Điều 3 Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của UBND tỉnh.', 'AMENDS'],
    ['Bãi bỏ Quyết định số 45/2019/QĐ-UBND ngày 01/3/2019 của UBND tỉnh.', 'REPEALS'],
  ],
};

/**
 * Verbs by which a cited text did something to the sentence's subject, in the passive right before "theo": "Đảng bộ
 * phường Vinh Hưng được Ban Thường vụ Tỉnh ủy thành lập theo Quyết định số 3688-QĐ/TU" tells what the decision did;
 * the document does not carry it out, it cites it (relations.ts; tests/unit/triggers.test.ts checks every sentence,
 * and that without the rule they come out otherwise). In the active voice the document acts ("Thành lập Tổ công tác
 * theo Kế hoạch số 12-KH/TU" carries the plan out).
 */
export const CONFERRED_BY: SentenceRule & { words: readonly string[] } = {
  words: ['thành lập', 'công nhận', 'bổ nhiệm', 'kiện toàn', 'sáp nhập', 'hợp nhất'],
  types: ['IMPLEMENTS'],
  examples: [
    [
      'Đảng bộ phường Vinh Hưng được Ban Thường vụ Tỉnh ủy Nghệ An thành lập theo Quyết định số 3688-QĐ/TU, ngày 18/6/2025 trên cơ sở sáp nhập đảng bộ 04 phường, xã.',
      'CITES',
    ],
    [
      'Xã Bình Phước Xuân đã được công nhận theo Quyết định số 45-QĐ/HU ngày 01/4/2025 của Huyện ủy.',
      'CITES',
    ],
  ],
  counterExamples: [
    [
      'Thành lập Tổ công tác theo Kế hoạch số 12-KH/TU ngày 01/3/2025 của Ban Thường vụ Tỉnh ủy.',
      'IMPLEMENTS',
    ],
    ['Các chi bộ được tổ chức đại hội theo Kế hoạch số 12-KH/TU ngày 01/3/2025 của Tỉnh ủy.', 'IMPLEMENTS'],
  ],
};

/**
 * A bare "theo" that opens a parenthesis names the source of what the page says ("UBND tỉnh có ý kiến như sau: …
 * (Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)"): the page cites it, it carries nothing out (relations.ts;
 * tests/unit/triggers.test.ts checks every sentence, and that without the rule they come out otherwise).
 */
export const SOURCE_NOTES: SentenceRule = {
  types: ['IMPLEMENTS'],
  examples: [
    ['Giao Sở Nông nghiệp chủ trì thực hiện. (Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)', 'CITES'],
    ['Các huyện khẩn trương triển khai (theo Kế hoạch số 12-KH/TU ngày 01/3/2025 của Tỉnh ủy).', 'CITES'],
  ],
  counterExamples: [
    ['Các đơn vị báo cáo theo Công văn số 4611/UBND-NC ngày 14/9/2015 của UBND tỉnh.', 'IMPLEMENTS'],
  ],
};

/**
 * The end of one editorial note of a legal database, where the next begins with no punctuation ("[Điểm này được
 * hướng dẫn bởi Nghị định 118/2021/NĐ-CP có hiệu lực từ ngày 01/01/2022 Nội dung hướng dẫn … được hướng dẫn bởi
 * Nghị định 106/2025/NĐ-CP có hiệu lực từ ngày 01/07/2025 Xử phạt …]"): each note has the document as its subject,
 * so a sentence ends there. `pattern` matches up to the end of the date; a capital must follow.
 */
export const NOTE_END: { pattern: string; examples: string[]; counterExamples: string[] } = {
  pattern: String.raw`có\shiệu\slực(?:\sthi\shành)?(?:(?:\skể)?\stừ\sngày)?\s(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4})(?:\s\([^()]{1,60}\))?`,
  examples: [
    'có hiệu lực từ ngày 01/01/2022',
    'có hiệu lực thi hành từ ngày 01 tháng 01 năm 2012',
    'có hiệu lực thi hành 22/03/2010',
    'có hiệu lực thi hành kể từ ngày 15/12/2025',
    'có hiệu lực từ ngày 07/09/2000 (VB hết hiệu lực: 24/12/2004)',
  ],
  counterExamples: ['có hiệu lực từ ngày ký', 'hiệu lực từ ngày 01/01/2022'],
};

/**
 * Words right before a verb of carrying out that make it the topic of a difficulty, not the document's act:
 * "tháo gỡ khó khăn, vướng mắc trong việc triển khai Nghị định số 136/2025/NĐ-CP" only cites the decree.
 */
export const TOPICS: SentenceRule & { words: readonly string[] } = {
  words: ['trong việc', 'trong quá trình', 'khó khăn', 'vướng mắc', 'khó khăn khi', 'vướng mắc khi'],
  types: ['IMPLEMENTS', 'CONTINUES'],
  examples: [
    [
      'Đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định số 136/2025/NĐ-CP ngày 12/6/2025 của Chính phủ.',
      'CITES',
    ],
    [
      'Một số vướng mắc trong quá trình thực hiện Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội.',
      'CITES',
    ],
  ],
  counterExamples: [
    ['Triển khai thực hiện Nghị định số 136/2025/NĐ-CP ngày 12/6/2025 của Chính phủ.', 'IMPLEMENTS'],
    [
      'Để tháo gỡ khó khăn, Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội.',
      'IMPLEMENTS',
    ],
  ],
};

/**
 * A cited text's entry into force, then its act on another ("Quyết định số 612 của Ủy ban Dân tộc có hiệu lực từ ngày
 * 16 tháng 9 năm 2021 và thay thế Quyết định số 433/QĐ-UBDT"): the cited text is the subject of both, so it replaces
 * the other (relations.ts), as "Quyết định này có hiệu lực … và thay thế …" is the document's own act. `gap` is
 * matched between the first text's number (with its date and issuer) and the verb; `examples` are
 * [sentence, acting symbol, acted-on symbol, type].
 */
export const EFFECT_THEN_ACT: {
  gap: string;
  types: readonly RelationType[];
  examples: readonly (readonly [string, string, string, RelationType])[];
  counterExamples: readonly (readonly [string, string, string])[];
} = {
  gap: String.raw`^[^;:.“”\n]{0,60}?(?:có|sẽ\scó)\shiệu\slực(?:\sthi\shành)?[^;:“”\n]{0,80}?(?:,|\svà|,\svà|\sđồng\sthời)\s{1,3}$`,
  types: ['REPLACES', 'REPEALS', 'AMENDS'],
  examples: [
    [
      'Về hiệu lực thi hành, Quyết định số 612/QĐ-UBDT của Ủy ban Dân tộc có hiệu lực từ ngày 16 tháng 9 năm 2021 và thay thế Quyết định số 433/QĐ-UBDT, ngày 18/6/2021 của Bộ trưởng, Chủ nhiệm Uỷ ban Dân tộc.',
      '612/QĐ-UBDT',
      '433/QĐ-UBDT',
      'REPLACES',
    ],
    [
      'Quyết định số 15/2023/QĐ-UBND ngày 02/3/2023 của UBND tỉnh có hiệu lực kể từ ngày 15/3/2023, đồng thời bãi bỏ Quyết định số 04/2018/QĐ-UBND ngày 10/01/2018 của UBND tỉnh.',
      '15/2023/QĐ-UBND',
      '04/2018/QĐ-UBND',
      'REPEALS',
    ],
  ],
  counterExamples: [
    // The first text is only the basis of the document, whose own verb comes after a new clause.
    [
      'Căn cứ Quyết định số 612/QĐ-UBDT của Ủy ban Dân tộc; Quyết định này thay thế Quyết định số 433/QĐ-UBDT ngày 18/6/2021.',
      '612/QĐ-UBDT',
      '433/QĐ-UBDT',
    ],
  ],
};

/**
 * A plan's section heading that names its bases ("I. Căn cứ pháp lý", "A. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Cơ sở pháp
 * lý") governs the list items under it as the legal basis, as "Căn cứ" opening each item would (relations.ts). The
 * heading is a numbered section of the text and holds no citation (an annex's "Căn cứ pháp lý của thủ tục hành
 * chính:" lists a procedure's bases, not the text's); `pattern` is matched case-insensitively against the sentence.
 */
export const BASIS_HEADINGS: SentenceRule & { pattern: string } = {
  pattern: String.raw`^\s{0,4}(?:[IVX]{1,4}|[A-Za-z]|\d{1,2})[.)]\s{1,3}(?![^\n]{0,80}thủ\stục)(?:căn\scứ|cơ\ssở)\s(?:pháp\slý|xây\sdựng|ban\shành|thực\shiện|chính\strị)(?:[\s,][^\n:;.\d]{0,60})?\s{0,3}:?\s{0,3}$`,
  types: ['BASED_ON'],
  examples: [
    [
      'A. CĂN CỨ XÂY DỰNG KẾ HOẠCH\nI. Căn cứ pháp lý\n- Luật Thú y số 79/2015/QH13 ngày 19/6/2015.\n- Quyết định số 193/QĐ-TTg ngày 13/02/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình quốc gia khống chế và thanh toán bệnh Dại giai đoạn 2017-2021.',
      'BASED_ON',
    ],
    [
      'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới;\n2. Thông tư 05/2022/TT-BNNPTNT ngày 25 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn.',
      'BASED_ON',
    ],
  ],
  counterExamples: [
    // A heading of tasks: its items are carried out, not the basis.
    [
      'II. NHIỆM VỤ TRỌNG TÂM\n1. Thực hiện Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính phủ.',
      'IMPLEMENTS',
    ],
    // Not a section of the text: an annex's "Căn cứ pháp lý" of each administrative procedure it publishes.
    [
      'Căn cứ pháp lý của thủ tục hành chính:\n- Luật Đấu thầu số 22/2023/QH15 ngày 29/6/2023 của Quốc hội.',
      'CITES',
    ],
    [
      '8. Căn cứ pháp lý của thủ tục hành chính:\n- Luật Đấu thầu số 22/2023/QH15 ngày 29/6/2023 của Quốc hội.',
      'CITES',
    ],
    // An item that is not a list item ends the heading's reach.
    [
      'I. Căn cứ pháp lý\n- Luật Thú y số 79/2015/QH13 ngày 19/6/2015.\nII. MỤC TIÊU\nTriển khai Quyết định số 193/QĐ-TTg ngày 13/02/2017 của Thủ tướng Chính phủ.',
      'IMPLEMENTS',
    ],
  ],
};

/**
 * A verb whose object is the list after it governs every item of the list (relations.ts): "bãi bỏ các văn bản sau:",
 * "thay thế các Quyết định sau đây:", "được sửa đổi, bổ sung bởi:"; not a verb that announces instructions ("hướng dẫn
 * việc thực hiện như sau:"). The object is a determiner, a kind name or "văn bản", then one of `ends`, then ":".
 */
export const LIST_OBJECTS: SentenceRule & {
  determiners: readonly string[];
  ends: readonly string[];
  /** An article's title may name the list with no colon ("Điều 1. Bãi bỏ toàn bộ các quyết định" / "1. …"). */
  articleWord: string;
  quantifiers: readonly string[];
} = {
  types: [
    'AMENDS',
    'REPEALS',
    'REPLACES',
    'SUSPENDS',
    'CORRECTS',
    'GUIDES',
    'BASED_ON',
    'IMPLEMENTS',
    'CONTINUES',
  ],
  determiners: ['các', 'những'],
  ends: ['sau đây', 'dưới đây', 'sau'],
  articleWord: 'Điều',
  quantifiers: ['toàn bộ'],
  examples: [
    [
      'Điều 4. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.\n2. Quyết định này thay thế các Quyết định sau đây:\na) Quyết định số 27/2009/QĐ-UBND ngày 26 tháng 8 năm 2009 của Ủy ban nhân dân tỉnh Hoà Bình về việc quy định thời gian mở cửa;\nb) Quyết định số 39/2019/QĐ-UBND ngày 29 tháng 8 năm 2019 của Ủy ban nhân dân tỉnh Vĩnh Phúc quy định thời gian hoạt động.',
      'REPLACES',
    ],
    [
      'Điều 1. Bãi bỏ các văn bản sau:\na) Quyết định số 12/2015/QĐ-UBND ngày 01/3/2015 của UBND tỉnh;\nb) Quyết định số 13/2016/QĐ-UBND ngày 01/3/2016 của UBND tỉnh.',
      'REPEALS',
    ],
    [
      'Điều 1. Bãi bỏ toàn bộ các quyết định\n1. Quyết định số 43/2017/QĐ-UBND ngày 29/9/2017 của UBND tỉnh quy định một số nội dung về trình tự, thủ tục;\n2. Quyết định số 40/2013/QĐ-UBND ngày 13/9/2013 của UBND tỉnh ban hành Quy định trình tự, thủ tục.',
      'REPEALS',
    ],
    [
      'Điều 2. Bãi bỏ các văn\nbản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh Đồng Nai, cụ thể\nnhư sau:\n\n1. Quyết định số\n76/2006/QĐ-UBND ngày 20 tháng 10 năm 2006 của Ủy ban nhân dân tỉnh Đồng Nai về việc ban hành Quy định.\n\n2. Quyết định số 136/1998/QĐ-UB\nngày 09 tháng 11 năm 1998 của Ủy ban nhân dân tỉnh Bình Phước về việc tách hệ điều trị.',
      'REPEALS',
    ],
  ],
  counterExamples: [
    [
      'Cục Thuế hướng dẫn việc thực hiện như sau:\n- Khai theo mẫu tại Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính.',
      'CITES',
    ],
  ],
};

/**
 * What an act verb may act on that is no document: "bãi bỏ thủ tục hành chính", "sửa đổi, bổ sung thủ tục …" (a
 * procedure, in the tables of decisions that publish administrative procedures). Such a verb says nothing of the
 * citation after it, which keeps the verb before (or none).
 */
export const NON_DOCUMENT_OBJECTS: SentenceRule & { words: readonly string[]; partOf: readonly string[] } = {
  words: ['thủ tục hành chính', 'TTHC', 'thủ tục'],
  // "Bãi bỏ thủ tục hành chính có số thứ tự 8, 9, 10 tại Quyết định số 1127/QĐ-UBND": the procedures are items of the
  // decision's list, so the verb acts on the decision in part.
  partOf: ['tại', 'trong'],
  types: ['AMENDS', 'REPEALS', 'REPLACES'],
  examples: [
    [
      'Tên VBQPPL quy định việc bãi bỏ thủ tục hành chính Cấp lại chứng chỉ Quyết định số 3740/QĐ-BTC ngày 05 tháng 11 năm 2025 của Bộ trưởng Bộ Tài chính.',
      'CITES',
    ],
  ],
  counterExamples: [
    ['Bãi bỏ Quyết định số 45/2019/QĐ-UBND ngày 01/3/2019 của UBND tỉnh.', 'REPEALS'],
    [
      'Bãi bỏ thủ tục hành chính có số thứ tự 8, 9, 10 tại Quyết định số 1127/QĐ-UBND ngày 06 tháng 5 năm 2025 của Chủ tịch Ủy ban nhân dân thành phố Cần Thơ.',
      'REPEALS',
    ],
  ],
};

/**
 * What "Thực hiện" may carry out that is no document: an instruction ("Thực hiện ý kiến chỉ đạo của Lãnh đạo UBND
 * tỉnh, Sở … báo cáo UBND tỉnh bằng Văn bản số 989/STNMT-TTr"): the text cited later is the subject's own, cited; the
 * instruction given "tại" a text is that text's (counter-example).
 */
export const NON_DOCUMENT_INSTRUCTIONS: SentenceRule & {
  words: readonly string[];
  partOf: readonly string[];
} = {
  words: ['ý kiến chỉ đạo'],
  partOf: ['tại'],
  types: ['IMPLEMENTS'],
  examples: [
    [
      'Thực hiện ý kiến chỉ đạo của Lãnh đạo UBND tỉnh Quảng Bình, Sở Tài nguyên và Môi trường đã phối hợp với Phòng Tài nguyên và Môi trường huyện Bố Trạch tổ chức kiểm tra, xác minh thông tin và báo cáo UBND tỉnh bằng Văn bản số 989/STNMT-TTr ngày 01/6/2017.',
      'CITES',
    ],
  ],
  counterExamples: [
    [
      'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ Nguyễn Xuân Phúc tại Thông báo số 253/TB-VPCP ngày 25/7/2020 của Văn phòng Chính phủ về Kết luận cuộc họp.',
      'IMPLEMENTS',
    ],
  ],
};

/**
 * Openings by which a news item retells the document it has just reported ("UBND tỉnh vừa ban hành công văn … (Công
 * văn số 1483/UBND-THNC …). Theo đó, UBND tỉnh yêu cầu … triển khai thực hiện Chương trình hành động số 04-CTr/TU"):
 * the verbs of that sentence are the reported document's, not the item's; "Cụ thể, …" / "Cụ thể:" goes on the same
 * way (extract.ts; examples in tests/unit/extract.test.ts). Regular-expression fragments.
 */
export const REPORT_CONTINUATIONS: readonly string[] = [
  'Theo đó',
  'Cụ thể[,:]',
  // The reported text named again by its kind alone ("Theo Kế hoạch, Chủ tịch UBND tỉnh giao Sở TN&MT … theo hướng dẫn
  // … tại Công văn số 4984/BTNMT-TTTNMT", dev94 jx12).
  String.raw`Theo[ \t](?:Kế[ \t]hoạch|Công[ \t]văn|Quyết[ \t]định|Chỉ[ \t]thị|Công[ \t]điện|Thông[ \t]báo|Nghị[ \t]quyết|Hướng[ \t]dẫn|Kết[ \t]luận)(?:[ \t]này)?,`,
];

/**
 * Words by which a news item's sentence opens on the document it goes on to retell ("Theo Công văn số 3517/UBND ngày
 * 18/7/2022, UBND huyện đề nghị … thực hiện nghiêm Kế hoạch số 3091/KH-UBND", "Tại Công văn số …, UBND tỉnh yêu cầu
 * …", "Theo nội dung Thông báo 2833-TB/TU, …"): what the sentence says and cites is that document's, and the item
 * only cites it (extract.ts; examples in tests/unit/extract.test.ts). Followed by a kind name, then the number.
 */
export const REPORT_OPENINGS: readonly string[] = ['Theo', 'Theo nội dung', 'Tại'];

/**
 * Openings of a sentence that go on from the one before ("Thực hiện Kế hoạch số 149/KH-MTTQ-BTT … . Trên tinh thần
 * đó, Ban Thường trực … huyện đã xây dựng Kế hoạch số 15/KH-MTTQ-BTT …"): a text the new sentence says was made
 * (FRONTED_ACTS) carries out what the sentence before opened by carrying out (relations.ts; examples in
 * tests/fixtures/extraction/relations.json).
 */
export const FRONTED_CONTINUATIONS: readonly string[] = [
  'Trên tinh thần đó',
  'Trên cơ sở đó',
  'Theo tinh thần đó',
];

/**
 * After a sentence opens with "Thực hiện A …,", the words that give its subject a text of its own ("…, Bộ Nội vụ đã
 * có Văn bản số B", "…, UBND tỉnh đã ban hành Kế hoạch số B"): B carries out A (relations.ts; examples in
 * tests/fixtures/extraction/relations.json). An act may coordinate a verb of carrying out ("…, UBND thành phố đã xây
 * dựng và thực hiện Kế hoạch số 35/KH-UBND"): that verb is the act's, not a new one of the subject.
 */
export const FRONTED_ACTS: readonly string[] = [
  'đã xây dựng và thực hiện',
  'đã có',
  'đã ban hành',
  'đã xây dựng',
  'đã triển khai',
  'ban hành',
];

/**
 * Verbs whose object is one text: after "quy định chi tiết một số điều của Luật Quản lý ngoại thương," a citation is a
 * new item of the list around it, while after "hướng dẫn thực hiện một số điều của Luật Quản lý thuế …," it is the
 * verb's next object (relations.ts NAMED_ITEM_BEFORE).
 */
export const SINGLE_OBJECT_VERBS: readonly string[] = ['quy định chi tiết'];

/** Phrases that end a list of citations under one verb (a new clause starts). */
/**
 * Words after which a trigger phrase names documents instead of acting: "các văn bản hướng dẫn thi hành công tác bảo
 * vệ bí mật nhà nước, nhất là: … Chỉ thị số 32/CT-TTg …" (the guiding texts, which the plan carries out), "các văn
 * bản sửa đổi, bổ sung (nếu có)". `examples` are texts whose phrase after these words must not be read as a verb;
 * `counterExamples` texts whose phrase must.
 */
export const NOUN_BEFORE_TRIGGER: { words: string[]; examples: string[]; counterExamples: string[] } = {
  words: ['văn bản'],
  examples: [
    'Triển khai có hiệu quả các văn bản hướng dẫn thi hành công tác bảo vệ bí mật nhà nước, nhất là Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ.',
  ],
  counterExamples: [
    'Thông tư này hướng dẫn thi hành Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ.',
  ],
};

/**
 * Words naming parts of a text: a comma or "và" between such parts right after a verb ("sửa đổi, bổ sung một số điều,
 * phụ lục của Nghị định số 94/2016/NĐ-CP", "sửa đổi, bổ sung tiêu đề và một số nội dung Quyết định số 78/2016/…") lies
 * inside the verb's object, not between two items of a list: the citation after them is still that verb's object
 * (relations.ts lastSeparator). `examples`: sentences whose last citation gets `type` from the citation before it;
 * `counterExamples`: sentences whose last citation does not.
 */
export const OBJECT_PARTS: {
  words: readonly string[];
  quantifiers: readonly string[];
  examples: readonly (readonly [sentence: string, type: RelationType])[];
  counterExamples: readonly (readonly [sentence: string, type: RelationType])[];
} = {
  words: [
    // An article, not a word that opens with it ("điều chỉnh mức trợ cấp", "điều kiện", "Điều lệ": dev5 x14).
    String.raw`điều(?![ \t](?:chỉnh|kiện|hành|động|tra|phối|trị|lệ|khiển))`,
    'khoản',
    'điểm',
    'phụ lục',
    'nội dung',
    'tiêu đề',
    'tên gọi',
    'mức chi',
    'chương',
    'mục',
    'biểu mẫu',
  ],
  quantifiers: ['một số', 'một vài', 'một phần', 'các', 'toàn bộ', String.raw`\d{1,3} số`],
  examples: [
    [
      'Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ và Nghị định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ sửa đổi, bổ sung một số điều, phụ lục của Nghị định số 94/2016/NĐ-CP ngày 01/7/2016 của Chính phủ.',
      'AMENDS',
    ],
    [
      'Căn cứ Quyết định số 48/2020/QĐ-UBND ngày 30 tháng 7 năm 2020 của Ủy ban nhân dân tỉnh Bình Định sửa đổi, bổ sung tiêu đề và một số nội dung Quyết định số 78/2016/QĐ-UBND ngày 21 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh.',
      'AMENDS',
    ],
    [
      'Thực hiện theo quy định tại Nghị quyết 05/2025/NQ-HĐND sửa đổi bổ sung 1 số nội dung sửa đổi, bổ sung một số nội dung, mức chi tại Phụ lục 03 Nghị quyết số 09/2017/NQ-HĐND ngày 05/12/2017 của HĐND Thành phố.',
      'AMENDS',
    ],
  ],
  counterExamples: [
    [
      'Căn cứ Nghị định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 94/2016/NĐ-CP, khoản 3 Điều 1 Thông tư số 12/2019/TT-BTC ngày 01/7/2019 của Bộ Tài chính.',
      'AMENDS',
    ],
    [
      'Căn cứ Nghị định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ sửa đổi, bổ sung một số điều; khoản 3 Điều 1 Thông tư số 12/2019/TT-BTC ngày 01/7/2019 của Bộ Tài chính.',
      'AMENDS',
    ],
  ],
};

/**
 * Words that open a quotation of wording ("Sửa đổi, bổ sung khoản 1 Điều 3 như sau: “1. … Nghị định số 27/2022/NĐ-CP;
 * …”", "Thay thế cụm từ “Thông tư số 36/2018/TT-BTC” bằng …"): a citation inside is part of the words the verb writes
 * or replaces, not its object, so the verb before the quotation gives it nothing (relations.ts). `examples`: sentences
 * whose quoted citation the document only cites; `counterExamples`: sentences whose citation keeps the verb's type.
 */
export const QUOTED_WORDING: {
  openers: readonly string[];
  examples: readonly (readonly [sentence: string, type: RelationType])[];
  counterExamples: readonly (readonly [sentence: string, type: RelationType])[];
} = {
  // A phrase quoted after another ("cụm từ “…” và “…”") is quoted too.
  openers: ['như sau:', 'cụm từ', '” và', '”,'],
  examples: [
    [
      'Sửa đổi Quy chế như sau: “Kinh phí: Nghị định số 27/2022/NĐ-CP ngày 01/4/2022 của Chính phủ; Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ.”',
      'CITES',
    ],
    [
      'Thay thế cụm từ “Thông tư số 36/2018/TT-BTC ngày 30 tháng 3 năm 2018 của Bộ Tài chính” và “Thông tư số 06/2023/TT-BTC ngày 31 tháng 01 năm 2023 của Bộ Tài chính” bằng cụm từ “Thông tư số 100/2025/TT-BTC ngày 28 tháng 10 năm 2025 của Bộ Tài chính”.',
      'CITES',
    ],
  ],
  counterExamples: [
    ['Sửa đổi, bổ sung Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của UBND tỉnh như sau:', 'AMENDS'],
    ['Thay thế Thông tư số 36/2018/TT-BTC ngày 30/3/2018 của Bộ Tài chính.', 'REPLACES'],
  ],
};

/**
 * A law that amends laws it names without their numbers, which the text cites by name and number elsewhere: its own
 * name ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15") or its
 * title ("Luật số 97/2025/QH15 … về sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn")
 * names them after `opening` (relations.ts namedAmendments). `examples`: texts where the second law amends the first.
 */
export const AMENDING_LAW: {
  opening: string;
  lawWords: readonly string[];
  examples: readonly string[];
  counterExamples: readonly string[];
} = {
  opening: 'sửa đổi, bổ sung(?: một số điều)?(?: của)?',
  lawWords: ['Bộ luật', 'Luật', 'Pháp lệnh'],
  examples: [
    'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;',
    'Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015 và Luật số 97/2025/QH15, ngày 27/6/2025 về sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên;',
    // The last name cut by a hard wrap the layout could not join (relations.ts cutName).
    'Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, ngày 09/6/2015 và Luật số 97/2025/QH15, ngày 27/6/2025 về sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc\nViệt Nam, Luật Công đoàn, Luật Thanh niên;',
  ],
  counterExamples: [
    'Căn cứ Luật Đất đai số 31/2024/QH15; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;',
    // A cut name that begins two laws' names names neither for sure.
    'Căn cứ Luật Thuế giá trị gia tăng số 48/2024/QH15; Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15; Luật số 90/2025/QH15 về sửa đổi, bổ sung một số điều của Luật Thuế\nGiá trị gia tăng;',
  ],
};

export const LIST_SEPARATOR = /[;,]|(?<![\p{L}\p{N}])(?:và|hoặc|cùng|với|VÀ|HOẶC)(?![\p{L}\p{N}])/gu;

/** A trigger table compiled: longest phrases first, so "tiếp tục thực hiện" wins over "thực hiện". */
export function compileTriggers(rows: readonly Trigger[]): {
  ORDERED: readonly Trigger[];
  ALTERNATION: string;
  TRIGGER_AT_START: RegExp;
} {
  const ordered = [...rows].sort((a, b) => b.phrase.length - a.phrase.length);
  const alternation = ordered.map((t) => `(?:${widen(t.phrase)})`).join('|');
  return {
    ORDERED: ordered,
    ALTERNATION: alternation,
    TRIGGER_AT_START: new RegExp(`^(?:${alternation})(?![\\p{L}\\p{N}])`, 'iu'),
  };
}
/** Tolerate runs of spaces between the words of a phrase. */
export function widen(p: string): string {
  let out = p.replace(/\\s(?![{*+?])/gu, '\\s{1,3}');
  for (const [word, read] of OCR_MISREADINGS) out = out.replaceAll(word, `(?:${word}|${read})`);
  return out;
}

/**
 * Words of the trigger phrases as OCR misreads them in scans of this corpus ("hướng dân" for "hướng dẫn"): a
 * phrase matches either spelling. Each pair is checked by tests/unit/triggers.test.ts.
 */
export const OCR_MISREADINGS: readonly (readonly [word: string, read: string])[] = [
  ['dẫn', 'dân'],
  // "Can cứ Nghị định số 59/2015/NĐ-CP" (a Bình Phước decision that lost the breve).
  ['căn', 'can'],
  // "sửa đổi, bé sung", "sửa đổi, bd sung", "sửa đổi, bỗ sung" in OCR'd tax letters (the real development parts).
  ['bổ', 'bé'],
  ['bổ', 'bd'],
  ['bổ', 'bỗ'],
];
/** The table compiled once; `TRIGGER_AT_START` tells whether a string opens with a trigger ("Thực hiện …"). */
export const { ORDERED, ALTERNATION, TRIGGER_AT_START } = compileTriggers(TRIGGERS);
