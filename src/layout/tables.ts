/**
 * Layout patterns as data: what starts a new block, what a flattened header line is made of, and the labels that
 * a hard wrap separates from their value. Every row carries examples (lines it must match) and counter-examples
 * (lines it must not), checked by tests/unit/layout-tables.test.ts. Patterns are regex sources over NFC text,
 * anchored at the start of a (trimmed) line, bounded repetition only.
 */
export interface LayoutRow {
  name: string;
  pattern: string;
  examples: string[];
  counterExamples: string[];
}

/**
 * A line that starts one of these is a block of its own: a hard wrap never joins it to the line before.
 * (The line after it may still continue it: "Căn cứ Nghị định số 63/2010/NĐ-CP\nngày 08 tháng 6 …".)
 */
export const BLOCK_STARTS: readonly LayoutRow[] = [
  {
    name: 'preamble: legal basis and motives',
    pattern: String.raw`(?:Căn cứ|Xét[ \t](?:đề nghị|Tờ trình|tờ trình|báo cáo|Báo cáo|ý kiến|kết quả|hồ sơ|văn bản)|Theo đề nghị|Thực hiện|Triển khai|Trên cơ sở|Sau khi|Nhằm)(?![\p{L}\p{N}])`,
    examples: [
      'Căn cứ Luật Tổ chức chính quyền địa phương',
      'Xét đề nghị của Giám đốc',
      'Theo đề nghị của Sở',
    ],
    counterExamples: ['căn cứ vào tình hình', 'Thực trạng', 'Xét xử'],
  },
  {
    name: 'article, chapter, section, appendix headings',
    pattern: String.raw`(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Phụ lục|PHỤ LỤC)[ \t]{1,3}(?:\d{1,3}|[IVXLC]{1,6})(?![\p{L}\p{N}])`,
    examples: ['Điều 1. Ban hành kèm theo', 'Chương II', 'MỤC 3. QUY ĐỊNH', 'Phụ lục I'],
    counterExamples: ['Điều này có hiệu lực', 'Chương trình hành động', 'Mục tiêu'],
  },
  {
    name: 'list items: numbers, letters, dashes',
    pattern: String.raw`(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)][ \t]|[a-zđ][)][ \t]|[-–+•][ \t]{0,3}\S)`,
    examples: [
      '1. Việc hợp nhất',
      '2.3. Nội dung',
      'a) Sở Tài chính',
      'đ) Các xã',
      '- Các sở, ban, ngành',
      '+ UBND',
    ],
    counterExamples: ['2025 tháng 11', 'ngày 20', 'a Sở'],
  },
  {
    name: 'addressees, recipients, enactment formula',
    pattern: String.raw`(?:Kính gửi|Nơi nhận|QUYẾT ĐỊNH[ \t]{0,2}:|QUYẾT NGHỊ[ \t]{0,2}:|CHỈ THỊ[ \t]{0,2}:|Như trên|Lưu[ \t]{0,2}:)`,
    examples: ['Kính gửi: Các sở, ban, ngành', 'Nơi nhận:', 'QUYẾT ĐỊNH:', 'Lưu: VT, KTTH.'],
    counterExamples: ['kính gửi', 'Quyết định này'],
  },
  {
    name: 'signature authority marks',
    pattern: String.raw`(?:TM|KT|TL|TUQ|Q)\.[ \t]{0,2}\p{Lu}|T\/M[ \t]{0,2}\p{Lu}`,
    examples: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'T/M BAN THƯỜNG VỤ', 'TL. BỘ TRƯỞNG'],
    counterExamples: ['TM Ủy ban', 'Q.1, Thành phố Hồ Chí Minh'],
  },
  {
    name: 'enacting authority over the preamble',
    pattern: String.raw`(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TỔNG KIỂM TOÁN|THỐNG ĐỐC|CHÍNH PHỦ|QUỐC HỘI|HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|ỦY BAN THƯỜNG VỤ QUỐC HỘI)(?:[ \t][\p{Lu}\p{N} ,.-]{0,120})?$`,
    examples: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', 'BỘ TRƯỞNG BỘ TÀI CHÍNH', 'CHÍNH PHỦ'],
    counterExamples: ['Chủ tịch Ủy ban nhân dân tỉnh', 'CHỦ TỊCH ỦY BAN NHÂN DÂN tỉnh quyết định'],
  },
  {
    name: 'national motto',
    // "CỘNG HOA": an OCR that lost the accent of HÒA.
    pattern: String.raw`(?:CỘNG H(?:ÒA|OÀ|OA) XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập[ \t]{0,2}[-–][ \t]{0,2}Tự do)`,
    examples: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ],
    counterExamples: ['Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992'],
  },
  {
    name: 'number line',
    pattern: String.raw`(?:\p{Lu}[\p{L} ]{0,20}[ \t](?:số|Số|SỐ)|Số|SỐ)(?:[ \t]{0,2}hiệu)?[ \t]{0,3}:`,
    examples: ['Số: 2815/QĐ-UBND', 'Luật số: 22/2008/QH12', 'Số hiệu: 12/2024/TT-BTC', 'Số:'],
    counterExamples: ['Số lượng: 12', 'số 12/2024/TT-BTC'],
  },
  {
    name: 'place-date line',
    pattern: String.raw`\p{Lu}[\p{L}\p{M} .'-]{1,40}?,[ \t]{0,3}ngày(?![\p{L}\p{N}])`,
    examples: ['Đồng Nai, ngày', 'Hà Nội, ngày 19 tháng 11 năm 2025', 'Thừa Thiên Huế, ngày 2'],
    counterExamples: ['Trong ngày', 'Hà Nội ngày mai'],
  },
];

/**
 * A label that a hard wrap separated from its value: the next line is always joined to it
 * ("Số:\n2815/QĐ-UBND", "V/v:\nthực hiện …").
 */
export const DANGLING_LABELS: LayoutRow = {
  name: 'label alone on its line',
  pattern: String.raw`(?:(?:\p{Lu}[\p{L} ]{0,20}[ \t](?:số|Số|SỐ)|Số|SỐ)(?:[ \t]{0,2}hiệu)?|V\/v|V\/V|Về việc)[ \t]{0,3}:?[ \t]{0,3}$`,
  examples: ['Số:', 'Luật số:', 'V/v', 'Số hiệu:'],
  counterExamples: ['Số: 12/QĐ-UBND', 'Kính gửi:'],
};

/**
 * A header line of one word, cut from the rest of its table cell by the site's wrap ("ỦY\nBAN NHÂN DÂN", "CỘNG\nHÒA
 * XÃ HỘI …", "Hưng\nYên, ngày 18 …", "TP.\nHồ Chí Minh, ngày …"): joined to the next line in the header. A kind
 * line of one word ("LUẬT", "LỆNH") stays a line of its own (kind lines are tested first).
 */
export const LONE_HEADER_WORD: LayoutRow = {
  name: 'one word alone on a header line',
  pattern: String.raw`\p{Lu}\p{L}{0,9}\.?[ \t]{0,3}$`,
  examples: ['ỦY', 'CỘNG', 'Hưng', 'TP.', 'TỈNH'],
  counterExamples: ['QUYẾT ĐỊNH', 'BỘ TÀI CHÍNH', 'Số: 12/QĐ-UBND', '-------', '***', '|', '12'],
};

/**
 * A council's term and session on its own line, between the enacting authority and the preamble ("HỘI ĐỒNG NHÂN DÂN
 * TỈNH QUẢNG NINH / KHÓA XII-KỲ HỌP THỨ 21 / Căn cứ …"): the authority's line still opens the preamble.
 */
export const COUNCIL_SESSION_LINE: LayoutRow = {
  name: 'council term and session line',
  pattern: String.raw`(?:KH[OÓ]A|KHOÁ|Kh[oó]a|Khoá)[ \t]{1,2}[IVXLC]{1,6}(?:[ \t]{0,2}[-–,][ \t]{0,2}|[ \t]{1,2})(?:KỲ|Kỳ|kỳ)[ \t]{1,2}(?:HỌP|họp)[^\n]{0,40}$`,
  examples: [
    'KHÓA XII-KỲ HỌP THỨ 21',
    'KHOÁ XVI, KỲ HỌP THỨ 12',
    'Khoá XII , kỳ họp thứ 13',
    'KHÓA X - KỲ HỌP THỨ 9 (KỲ HỌP BẤT THƯỜNG)',
  ],
  counterExamples: [
    'KHÓA HỌC BỒI DƯỠNG',
    'Căn cứ Luật Tổ chức chính quyền địa phương',
    'khóa XII đã quyết định',
  ],
};

/**
 * "QUY ĐỊNH" opening a title in capitals whose next word is its object ("QUY ĐỊNH MỨC CHI CỤ THỂ …", the title of a
 * resolution whose kind line a legal database dropped): the verb "to regulate", not the kind line of a regulation,
 * which goes on "VỀ …" or "SỐ …". Such a line is not cut after its first words. `pattern` is anchored at the line start.
 */
export const KIND_WORD_AS_VERB: LayoutRow = {
  name: '"QUY ĐỊNH" as the verb of a title',
  pattern: String.raw`QUY ĐỊNH[ \t]{1,3}(?!VỀ[ \t]|SỐ[ \t]|SỐ:)\p{Lu}`,
  examples: ['QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG', 'QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU'],
  counterExamples: [
    'QUY ĐỊNH VỀ CÔNG TÁC KHEN THƯỞNG',
    'QUY ĐỊNH SỐ 19-QĐ/TU',
    'NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT',
  ],
};

/**
 * The parts of an administrative header that reposted texts flatten onto one line ("QUỐC HỘI ------- CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------- Luật số: 22/2008/QH12 Hà Nội, ngày 13 tháng 11
 * năm 2008 LUẬT CÁN BỘ, CÔNG CHỨC"). Each match (not at the line start) starts a new line. `pattern` is unanchored.
 */
export const HEADER_SPLITS: readonly LayoutRow[] = [
  {
    name: 'rule of dashes or underscores',
    pattern: String.raw`[-_=]{3,}[ \t]{0,3}`,
    examples: ['------- ', '---------'],
    counterExamples: ['--', 'Hà Nội'],
  },
  {
    name: 'motto',
    pattern: String.raw`(?:CỘNG H(?:ÒA|OÀ|OA) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập[ \t]{0,2}[-–][ \t]{0,2}Tự do[ \t]{0,2}[-–][ \t]{0,2}Hạnh phúc)`,
    examples: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ],
    counterExamples: ['Cộng hòa xã hội chủ nghĩa Việt Nam'],
  },
  {
    // The value may be on the next line ("… Hạnh phúc --------------- Nghị quyết số:\n132/2020/QH14"): the label
    // then ends the line, and DANGLING_LABELS joins the value to it.
    name: 'number',
    pattern: String.raw`(?:\p{Lu}\p{Ll}{0,6}(?:[ \t]\p{Ll}{1,7})?[ \t])?(?:số|Số|SỐ)(?:[ \t]hiệu)?[ \t]{0,2}:(?:[ \t]{0,3}\d|[ \t]{0,3}$)`,
    examples: ['Luật số: 22', 'Số: 1', 'Số hiệu: 3', 'Nghị quyết số: 132', 'Nghị quyết số:'],
    counterExamples: ['Số lượng: 3', 'số 12'],
  },
  {
    name: 'place and date',
    pattern: String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,7}(?:[ \t]\p{Lu}\p{Ll}{0,7}){0,3}[ \t]?,?[ \t]{0,2}ngày[ \t]{0,2}\d`,
    examples: [
      'Hà Nội, ngày 13',
      'Thừa Thiên Huế, ngày 2',
      'Đồng Nai, ngày 20',
      'NĐ-CP Hà Nội ngày 11',
      'Hà Nội , ngày 26',
    ],
    counterExamples: [', ngày 13', 'trong ngày 13', 'NĐ-CP ngày 11', 'VPCP-V.I ngày 02/8/2021'],
  },
  {
    // A legal database's editorial note inside a header line ("NGHỊ ĐỊNH [Nghị định này được hướng dẫn bởi …] CỦA
    // CHÍNH PHỦ SỐ 61-CP …"): on a line of its own, so the kind line and the title around it stay whole.
    name: 'editorial note opening',
    pattern: String.raw`\[(?=\p{Lu}[^\[\]\n]{2,600}\])`,
    examples: [
      '[Nghị định này được hướng dẫn bởi Công văn 827/TTg-KTN]',
      '[Các quy định về thu tiền bị thay thế]',
    ],
    counterExamples: ['[1]', 'Nghị định này được', '[Nghị định này không đóng'],
  },
  {
    name: 'after an editorial note',
    pattern: String.raw`(?<=\][ \t]{0,2})(?=\p{Lu}{2})`,
    examples: ['] CỦA CHÍNH PHỦ'],
    counterExamples: ['] của', 'x CỦA'],
  },
  {
    name: 'kind line after the date',
    pattern: String.raw`(?<=năm[ \t]{1,2}\d{4}[ \t]{1,3})\p{Lu}{2}`,
    examples: ['ngày 13 tháng 11 năm 2008 LUẬT CÁN BỘ'],
    counterExamples: ['năm 2008 của Quốc hội', 'năm 2008 Luật'],
  },
];
