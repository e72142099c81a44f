/**
 * Lines that open a legal database's page furniture after a saved document (its notices, consent pop-ups, account
 * messages): from the line that holds one of them to the end, the text is the site's, not the document's. Pages of
 * thuvienphapluat.vn saved as text end in a personal-data notice ("Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập
 * nhật Quy chế …") that would otherwise make every such document carry out that decree.
 * `examples` are lines each marker must be found in; `counterExamples` document lines it must not be found in.
 */
export const SITE_CHROME_MARKERS: {
  marker: string;
  site: string;
  examples: string[];
  counterExamples: string[];
}[] = [
  {
    marker: 'THƯ VIỆN PHÁP LUẬT đã bật Thông báo này',
    site: 'thuvienphapluat.vn',
    examples: [
      'Đúng 14 tháng trước, ngày 31/3/2020, THƯ VIỆN PHÁP LUẬT đã bật Thông báo này, và nay 31/5/2021 xin bật lại.',
    ],
    counterExamples: ['Thông báo này được gửi đến các sở, ngành.'],
  },
  {
    marker: 'về Lưu trữ, Sử dụng Thông tin Khách hàng',
    site: 'thuvienphapluat.vn',
    examples: ['**về Lưu trữ, Sử dụng Thông tin Khách hàng**'],
    counterExamples: ['về lưu trữ hồ sơ, tài liệu của cơ quan'],
  },
  {
    marker: 'Cảm ơn đã dùng ThuVienPhapLuat.vn',
    site: 'thuvienphapluat.vn',
    examples: ['Cảm ơn đã dùng ThuVienPhapLuat.vn'],
    counterExamples: ['Cảm ơn các đơn vị đã phối hợp.'],
  },
];

/** Where a site's page furniture starts in a text (the start of the line holding the first marker), or -1. */
export function siteChromeStart(text: string): number {
  let at = -1;
  for (const { marker } of SITE_CHROME_MARKERS) {
    const i = text.indexOf(marker);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at < 0 ? -1 : text.lastIndexOf('\n', at) + 1;
}

/**
 * A portal's heading over its list of other items ("Những tin cũ hơn", "Tin liên quan"): the lines under it are links to
 * other pages, so a citation there titles another page, never this one (parse/header.ts looks for the page's lead only
 * above it). Matched as a whole line; `examples` are such lines, `counterExamples` lines of a text.
 */
export const RELATED_LINKS_HEADING = {
  name: 'a list of other items',
  pattern:
    /^[ \t*#]{0,4}(?:Những[ \t]tin[ \t](?:cũ|mới)[ \t]hơn|Tin[ \t](?:bài[ \t])?liên[ \t]quan|Các[ \t]tin[ \t](?:khác|đã[ \t]đưa)|Tin[ \t]cùng[ \t]chuyên[ \t]mục|Bài[ \t]viết[ \t]liên[ \t]quan|Tin[ \t]khác|Xem[ \t]thêm)[ \t]{0,4}:?[ \t*]{0,4}$/iu,
  examples: [
    'Những tin cũ hơn',
    'Những tin mới hơn',
    'Tin liên quan',
    'TIN LIÊN QUAN',
    'Các tin khác:',
    '**Tin cùng chuyên mục**',
  ],
  counterExamples: [
    'Những tin cũ hơn được lưu trữ tại chuyên mục',
    'Tin liên quan đến công tác phòng cháy, chữa cháy rừng',
    'Nghị quyết số 165/2025/NQ-HĐND ngày 29/10/2025 về sửa đổi, bổ sung',
  ],
};

/**
 * A district's media site over a page ("Truyền hình Đại Lộc", "Đài Truyền thanh - Truyền hình Hương Sơn", dev112 kp05):
 * its masthead names the district the page is from when the text names its bodies only as "huyện". Matched as a whole
 * line of the page's first lines; the name is looked up as a district (resolve/scope.ts).
 */
export const DISTRICT_MEDIA_MASTHEAD = {
  name: "a district media site's masthead",
  pattern:
    /^[ \t*#]{0,4}(?:Truyền[ \t]hình|Đài[ \t]Truyền[ \t]thanh(?:[ \t]{0,2}[-–][ \t]{0,2}Truyền[ \t]hình)?|Trung[ \t]tâm[ \t]Văn[ \t]hóa[ \t]{0,2}[-–,]?[ \t]{0,2}Thể[ \t]thao[ \t]và[ \t]Truyền[ \t]thanh(?:[ \t]{0,2}[-–][ \t]{0,2}Truyền[ \t]hình)?)[ \t]{1,2}(?<name>\p{Lu}\p{Ll}{0,7}(?:[ \t]\p{Lu}\p{Ll}{0,7}){0,3})[ \t*]{0,4}$/u,
  examples: [
    'Truyền hình Đại Lộc',
    'Đài Truyền thanh - Truyền hình Hương Sơn',
    'Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình Đông Hòa',
  ],
  counterExamples: [
    'Truyền hình Việt Nam đưa tin về hội nghị',
    'Truyền hình trực tiếp Đại hội',
    'Đài Truyền thanh xã phát sóng',
  ],
};
