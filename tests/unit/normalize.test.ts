/** Normalisation: markup, footnotes, page breaks, stamps, and the offset map back to the NFC original. */
import { repairReplacementChars } from '../../src/read/legacy-encodings/replacement';
import { SITE_CHROME_MARKERS, siteChromeStart } from '../../src/tables/site-chrome';
import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../../src/text/normalize';

/** Every copied character maps back to the same character of the original. */
function mapsBack(input: string): void {
  const n = normalizeText(input);
  for (let i = 0; i < n.text.length; i++) {
    const ch = n.text[i];
    if (/\s/u.test(ch)) continue; // joins and paragraph breaks are inserted whitespace
    expect(n.original[n.map[i]]).toBe(ch);
  }
}

describe('normalizeText', () => {
  it('composes to NFC and reports offsets into the NFC original', () => {
    const nfd = 'Thực hiện Kế hoạch số 98-KH/TU'.normalize('NFD');
    const n = normalizeText(nfd);
    expect(n.original).toBe(nfd.normalize('NFC'));
    expect(n.text).toBe('Thực hiện Kế hoạch số 98-KH/TU');
    mapsBack(nfd);
  });

  it.each([
    ['Số: **1225**/UBND-NC', 'Số: 1225/UBND-NC'],
    ['“*Dân vận khéo*”', '“Dân vận khéo”'],
    ['Lưu: VT, NC<sub>20150554</sub>.', 'Lưu: VT, NC20150554.'],
    ['Lưu: VT, KGVX₂.', 'Lưu: VT, KGVX.'],
    ['__Nơi nhận:__', 'Nơi nhận:'],
    ['PHÓ CHỦ TỊCH *tu*', 'PHÓ CHỦ TỊCH tu'],
  ])('drops markup: %s', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
    mapsBack(input);
  });

  it.each([
    ['Kế hoạch số 255 – KH/TĐTN-BTG', 'Kế hoạch số 255 - KH/TĐTN-BTG'],
    ['Kế hoạch số 255 –KH/TĐTN-BTG', 'Kế hoạch số 255 -KH/TĐTN-BTG'],
    ['Kế hoạch số 255– KH/TĐTN-BTG', 'Kế hoạch số 255- KH/TĐTN-BTG'],
    [
      'Tờ trình số 56/TTr – SCT ngày 02 tháng 02 năm 2015',
      'Tờ trình số 56/TTr - SCT ngày 02 tháng 02 năm 2015',
    ],
    // A stray space after the slash too (dev80 jj06).
    ['văn bản số 1345/ UBND –KT chỉ đạo', 'văn bản số 1345/ UBND -KT chỉ đạo'],
    // Counter-examples: a range of years, a dash between words, keep theirs.
    ['giai đoạn 2021 – 2025', 'giai đoạn 2021 – 2025'],
    ['Tháng Thanh niên – Tuổi trẻ', 'Tháng Thanh niên – Tuổi trẻ'],
    ['Hà Nội – Huế', 'Hà Nội – Huế'],
  ])('a dash in a number as typed is a hyphen, one for one: %s', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it.each([
    // A news site's typography (dev70 gz12): the fraction slash, the division slash, the full-width solidus.
    ['Công điện số 1478⁄CĐ-TTg', 'Công điện số 1478/CĐ-TTg'],
    ['Kế hoạch số 12∕KH-UBND', 'Kế hoạch số 12/KH-UBND'],
    ['Quyết định số 5／QĐ-UBND', 'Quyết định số 5/QĐ-UBND'],
  ])('a look-alike slash is a slash, one for one: %s', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
    expect(normalizeText(input).text).toHaveLength(input.length);
  });

  it.each([
    // A space lost where a page or a PDF joined two lines (dev62 gr07, dev34 ep05): it goes back.
    ['Xét đề nghị của Ủy ban nhân dân tỉnhLào Cai (công văn số 3450/UBND-CN)', 'tỉnh Lào Cai'],
    ['ban hành kèm theoQuyết định số 12/2020/QĐ-UBND', 'theo Quyết định'],
    ['Nghị định số 12/2006/NĐ-CP ngày 10/01/2006 củaChính phủ', 'của Chính phủ'],
    ['các xã ĐắkLắk, HòaTân', 'Đắk Lắk, Hòa Tân'],
    ['Báo cáo củaỦy ban nhân dân', 'của Ủy ban'],
    ['nước Cộng hòa xã hội chủ nghĩa ViệtNamChuẩn bị', 'Việt Nam Chuẩn bị'],
    // A legal database's related-texts list: the item's number glued to the kind (dev107 kk02, gluedItemNumbers).
    [
      'Văn bản liên quan\n- 6Nghị quyết 120/2020/QH14 về phê duyệt chủ trương đầu tư',
      '- 6 Nghị quyết 120/2020/QH14',
    ],
  ])('puts back a space between glued Vietnamese words: %s', (input, part) => {
    expect(normalizeText(input).text).toContain(part);
    mapsBack(input);
  });

  it.each([
    // Counter-examples: brand names and codes, words of no Vietnamese syllable, a legacy code page read as Latin-1.
    'Báo VnExpress, mạng MobiFone và ứng dụng iHanoi',
    'Tờ trình số 15/TTr-UBND và Quyết định số 2/QĐi-BNV',
    'Thời tiết 28°C CloudHà Tĩnh',
    'QuyÕt ®Þnh vÒ viÖc ChÝnh phñ',
    // A number glued to a capital that opens no list item ("mẫu 02A", "12QĐ-UBND"), a list item's year and a space.
    'Theo mẫu 02A và 12QĐ-UBND\n- 2025 Quyết định',
  ])('leaves words that are not glued Vietnamese as they are: %s', (input) => {
    expect(normalizeText(input).text).toBe(input);
  });

  it('maps a span of cleaned text back to the original', () => {
    const input = 'Số: **1225**/UBND-NC\n\nThực hiện Công văn số 1990-CV/TU';
    const n = normalizeText(input);
    const at = n.text.indexOf('1225/UBND-NC');
    const span = toOriginalSpan(n, at, at + '1225/UBND-NC'.length);
    expect(input.slice(span.start, span.end)).toBe('1225**/UBND-NC');
    const cv = n.text.indexOf('1990-CV/TU');
    const s2 = toOriginalSpan(n, cv, cv + 10);
    expect(input.slice(s2.start, s2.end)).toBe('1990-CV/TU');
  });

  it('drops footnote markers and remembers where they stood', () => {
    const n = normalizeText('Nghị quyết số 18-NQ/TW³ và theo chỉ đạo của tỉnh⁽¹⁾.');
    expect(n.text).toBe('Nghị quyết số 18-NQ/TW và theo chỉ đạo của tỉnh.');
    expect(n.anchors).toEqual([
      { number: 3, at: n.text.indexOf(' và') },
      { number: 1, at: n.text.length - 1 },
    ]);
  });

  it('lifts a footnote out of a sentence split by a page break and joins the sentence', () => {
    const input =
      'Chương trình số 53-CTr/TU ngày 21 tháng 02 năm 2018 của Tỉnh\n\n³ Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban chấp hành Trung ương Đảng (khóa XII)\n\nủy về thực hiện Nghị quyết số 19-NQ/TW⁴; đồng thời';
    const n = normalizeText(input);
    expect(n.text.slice(0, n.bodyEnd)).toBe(
      'Chương trình số 53-CTr/TU ngày 21 tháng 02 năm 2018 của Tỉnh ủy về thực hiện Nghị quyết số 19-NQ/TW; đồng thời',
    );
    expect(n.footnotes).toHaveLength(1);
    expect(n.footnotes[0].number).toBe(3);
    expect(n.text.slice(n.footnotes[0].start, n.footnotes[0].end)).toBe(
      'Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban chấp hành Trung ương Đảng (khóa XII)',
    );
    mapsBack(input);
  });

  it('keeps a multi-line footnote together', () => {
    const n = normalizeText(
      'Thân bài¹.\n\n¹ Kế hoạch số 1138/KH-UBND\nngày 14/5/2019 của UBND tỉnh\n\nTiếp theo.',
    );
    const f = n.footnotes[0];
    expect(n.text.slice(f.start, f.end)).toBe('Kế hoạch số 1138/KH-UBND ngày 14/5/2019 của UBND tỉnh');
    expect(n.text.slice(0, n.bodyEnd)).toBe('Thân bài.\n\nTiếp theo.');
  });

  it.each([
    ['là một trong\n\nnhững tiêu chí đánh giá', 'là một trong những tiêu chí đánh giá'],
    ['lấy ý kiến cộng đồng,\n\nphản biện khoa học', 'lấy ý kiến cộng đồng, phản biện khoa học'],
    ['báo cáo chung./.\n\nnơi khác', 'báo cáo chung./.\n\nnơi khác'],
    ['Điều 1. Phạm vi\n\nQuy định này', 'Điều 1. Phạm vi\n\nQuy định này'],
  ])('joins page breaks inside a sentence only: %j', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it('drops an incoming-mail stamp and carries a body word that slid into it', () => {
    const input =
      'Kính gửi:\n\n- Các sở.\n\nTRUNG TÂM CÔNG BÁO & TIN HỌC Q. NGÃI\t\nCV\tSố:.....6987.....\nĐẾN\tNgày: 15/9/15\n\tChuyên:.....Thực hiện\n\nKết luận số 114-KL/TW ngày 14/7/2015';
    const n = normalizeText(input);
    expect(n.text).not.toContain('6987');
    expect(n.text).not.toContain('15/9/15');
    expect(n.text).not.toContain('TRUNG TÂM');
    expect(n.text).toContain('Thực hiện Kết luận số 114-KL/TW');
    expect(n.stamps).toHaveLength(4);
    const at = n.text.indexOf('Thực hiện');
    expect(input.slice(n.map[at], n.map[at] + 9)).toBe('Thực hiện');
  });

  it('drops a receiving office stamp without a carried word', () => {
    const input =
      '\n\nSỞ TÀI CHÍNH HẢI DƯƠNG\t\nĐẾN\tSố: 4689\n\tNgày: 21/5/2022\nChuyển\t21/5/2022\n\n**CHỈ THỊ**';
    const n = normalizeText(input);
    expect(n.text.trim()).toBe('CHỈ THỊ');
  });

  it('handles CRLF line ends', () => {
    expect(normalizeText('dòng một\r\n\r\ndòng hai').text).toBe('dòng một dòng hai');
  });

  it('returns an empty text for empty input', () => {
    const n = normalizeText('');
    expect(n.text).toBe('');
    expect(toOriginalSpan(n, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('tone placement', () => {
  it('reads old-style tone marks the way the tables spell them, keeping offsets', () => {
    const input = 'của Uỷ ban nhân dân tỉnh và Tỉnh uỷ khoá XII về hoà giải';
    const n = normalizeText(input);
    expect(n.text).toBe('của Ủy ban nhân dân tỉnh và Tỉnh ủy khóa XII về hòa giải');
    expect(n.text.length).toBe(input.length);
  });
});

describe("the Latin letter oi that PDF converters write for ư (dev51 gg01: 'XÃ HÒA PHƢỚC')", () => {
  it('is read as ư, keeping offsets', () => {
    const input = 'ỦY BAN NHÂN DÂN\nXÃ HÒA PHƢỚC\nUBND xã Hòa Phƣớc báo cáo';
    const n = normalizeText(input);
    expect(n.text).toBe('ỦY BAN NHÂN DÂN\nXÃ HÒA PHƯỚC\nUBND xã Hòa Phước báo cáo');
    expect(n.text.length).toBe(input.length);
  });
});

describe('page feet', () => {
  it('a sentence continues after a lifted footnote even when the next page starts in capitals', () => {
    const input =
      'về việc triển khai chiến dịch tiêm vắc xin phòng\n\n¹ Kết luận số 02-KL/TW ngày 4/10/2013.\n\nCOVID-19, Nghị quyết số 03/NQ-CP ngày 19/5/2019 của Chính phủ.';
    const n = normalizeText(input);
    expect(n.text.slice(0, n.bodyEnd)).toBe(
      'về việc triển khai chiến dịch tiêm vắc xin phòng COVID-19, Nghị quyết số 03/NQ-CP ngày 19/5/2019 của Chính phủ.',
    );
  });
});

describe('line breaks written out as escapes (a page stored as a JSON string)', () => {
  it('reads three or more as line breaks, and maps the text back to the original', () => {
    const input = 'ỦY BAN NHÂN DÂN\\r\\n Số: 54/KH-UBND \\r\\n\\r\\nThực hiện Quyết định số\\r\\n1896/QĐ-TTg';
    const n = normalizeText(input);
    expect(n.text).not.toContain('\\');
    expect(n.text).toContain('ỦY BAN NHÂN DÂN\n');
    const at = n.text.indexOf('1896');
    expect(input.slice(toOriginalSpan(n, at, at + 4).start, toOriginalSpan(n, at, at + 4).end)).toBe('1896');
  });
  it('leaves a stray backslash-n in text alone', () => {
    expect(normalizeText('Đường dẫn C:\\new\\file và C:\\nam').text).toContain('\\new');
  });
});

describe("a saved page's furniture after the document (SITE_CHROME_MARKERS)", () => {
  it.each(SITE_CHROME_MARKERS.map((r) => [r.marker, r] as const))('%s', (_m, row) => {
    for (const e of row.examples) expect(siteChromeStart(`Văn bản.\n${e}\n`), e).toBe('Văn bản.\n'.length);
    for (const c of row.counterExamples) expect(siteChromeStart(`Văn bản.\n${c}\n`), c).toBe(-1);
  });
  it('is cut from the text, so its notice cites no decree', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 54/KH-UBND\nLạng Sơn, ngày 27 tháng 3 năm 2020\nKẾ HOẠCH\nthử\nCăn cứ Luật số 77/2015/QH13.\n' +
      'Đúng 14 tháng trước, ngày 31/3/2020, THƯ VIỆN PHÁP LUẬT đã bật Thông báo này, và nay 31/5/2021 xin bật lại.\n' +
      'Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế và Thỏa thuận Bảo về Dữ liệu cá nhân bên dưới.\n';
    const n = normalizeText(text);
    expect(n.text).toContain('77/2015/QH13');
    expect(n.text).not.toContain('13/2023/NĐ-CP');
  });
});

describe('letters a wrong code page turned into U+FFFD (legacy-encodings/replacement.ts)', () => {
  const lost = (s: string): string => s.replace(/\?/gu, '\uFFFD');
  it.each([
    ['Lương Minh, ng?y 18 th?ng 11 năm 2025', 'Lương Minh, ngày 18 tháng 11 năm 2025'],
    ['CỘNG H?A X? HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['c?ng t?c bầu cử v? Hội đồng nh?n d?n', 'công tác bầu cử và Hội đồng nhân dân'],
    ['Quốc hội kh?a XVI', 'Quốc hội khóa XVI'],
  ])('%s', (damaged, restored) => {
    expect(normalizeText(lost(damaged)).text).toBe(restored);
    // One character for one: offsets into the text the reader produced still hold.
    expect(repairReplacementChars(lost(damaged))?.text.length).toBe(damaged.length);
  });
  it('leaves alone what no syllable explains and text without U+FFFD', () => {
    expect(repairReplacementChars(lost('? ?Độc lập - Tự do'))).toBeNull();
    expect(repairReplacementChars(lost('x???z'))).toBeNull();
    expect(repairReplacementChars('ngày 18 tháng 11')).toBeNull();
  });
});

describe("a page's HTML pasted into a text", () => {
  it('drops its tags and reads its character references', () => {
    const text =
      '<p style="text-align: justify;"><span style="font-family: arial, helvetica, sans-serif; ">Ng&agrave;y 16 th&aacute;ng 8 năm 2021, UBND tỉnh ban h&agrave;nh Văn bản số 2882/UBND-KTTH&nbsp;về việc</span></p>';
    expect(normalizeText(text).text).toBe(
      'Ngày 16 tháng 8 năm 2021, UBND tỉnh ban hành Văn bản số 2882/UBND-KTTH về việc',
    );
  });
  it('leaves what only looks like it: an unknown name after "&", comparison signs', () => {
    const text = 'Công văn số 12/SNN&PTNT; tỷ lệ < 5% và > 2% & hơn';
    expect(normalizeText(text).text).toBe(text);
  });
});
