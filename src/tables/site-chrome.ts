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
