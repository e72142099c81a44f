/** Issuer codes and issuer phrases in running text. */
import { describe, expect, it } from 'vitest';
import { ISSUER_CODES, OFFICE_TITLES, SELF_INTRODUCTION, lookupIssuerCode } from '../../src/tables/issuers';
import { parseIssuers } from '../../src/parse/issuer';
import { parseSymbol } from '../../src/parse/symbol';
import { defaultPlaces } from '../../src/resolve/places';
import { issuerFromCodes, issuerName } from '../../src/resolve/scope';
import { extractDocument } from '../../src/extract';
import { NEWSPAPER_SITE } from '../../src/tables/reposts';

describe('issuer code table', () => {
  it.each(ISSUER_CODES.map((c) => [c.code, c] as const))('%s', (code, entry) => {
    expect(lookupIssuerCode(code)?.entry).toBe(entry);
    if (entry.level === 'central') expect(entry.name === null || !entry.name.includes('{')).toBe(true);
    if (entry.level === 'province') expect(entry.name).toContain('{province}');
    if (entry.level === 'district') expect(entry.name).toContain('{district}');
  });

  it("reads the Front's central committee from its code (MTTW; dev44 ez13)", () => {
    const g = extractDocument(
      'Bà Hà Thị Nga, Trưởng ban Vận động cứu trợ Trung ương, đã ký ban hành Thông báo số 57/TB-MTTW- BVĐCTTW về việc tiếp tục vận động, ủng hộ đồng bào.\n',
      { source: 'tb.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '57/TB-MTTW-BVĐCTTW')?.scope).toBe('national');
  });

  it("reads an association's central committee from its generic code (TWH; dev100 kd07)", () => {
    const g = extractDocument(
      'HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM\nUỶ BAN TRUNG ƯƠNG\nSố: 09-HD/TWH\nHà Nội, ngày 20 tháng 7 năm 2023\n\nHƯỚNG DẪN\nTổ chức đại hội\n\nCăn cứ Kế hoạch số 85-KH/TWH ngày 17/7/2023 của Ủy ban Trung ương Hội.\n',
      { source: 'hd.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '09-HD/TWH')?.scope).toBe('national');
    expect(g.documents.find((d) => d.symbol === '85-KH/TWH')?.scope).toBe('national');
  });

  it('reads a ministry department and a Prime Minister’s task force from their codes (BVTV, CCTTHC; dev114 kr12, kr01)', () => {
    const g = extractDocument(
      'Cục bảo vệ thực vật vừa có công văn số 1066/BVTV-QLT ngày 03/5/2019 gửi các Sở nông nghiệp & PTNT. Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009 về cơ sở dữ liệu quốc gia.\n',
      { source: 'tin.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '1066/BVTV-QLT')?.scope).toBe('national');
    expect(g.documents.find((d) => d.symbol === '285/CCTTHC')?.scope).toBe('national');
  });

  it('reads the National Assembly term from the code', () => {
    expect(lookupIssuerCode('UBTVQH11')).toMatchObject({ entry: { code: 'UBTVQH' }, term: 11 });
    expect(lookupIssuerCode('QH15')).toMatchObject({ entry: { code: 'QH' }, term: 15 });
    // Its committees are numbered the same way ("432/BC-UBPLTP15").
    expect(lookupIssuerCode('UBPLTP15')).toMatchObject({
      entry: { code: 'UBPLTP', level: 'central' },
      term: 15,
    });
  });

  it('reads the People\'s Committee\'s code before the 2000s ("13/CT-UB": a directive, not the tax department)', () => {
    const g = extractDocument(
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSố: 01/CT-UB\nThực hiện các Chỉ thị số 13/CT-UB ngày 12/5/1982 của Ủy ban nhân dân thành phố.\n',
      { source: 'hcm.txt' },
    );
    expect(g.documents.map((d) => `${d.scope}|${d.symbol}|${d.kind}`)).toEqual([
      'Hồ Chí Minh|01/CT-UB|Chỉ thị',
      'Hồ Chí Minh|13/CT-UB|Chỉ thị',
    ]);
  });

  it('reads a code after a kind code as its issuer ("QĐ-CT": the chairman, not the tax department)', () => {
    expect(lookupIssuerCode('CT', 'QĐ')?.entry.level).toBe('province');
    expect(lookupIssuerCode('CT')?.entry).toMatchObject({ level: 'central', name: 'Cục Thuế' });
    expect(lookupIssuerCode('XYZ')).toBeUndefined();
  });

  it.each([
    ['04/2015/NĐ-CP', { province: null, district: null, level: 'central' }, 'Chính phủ'],
    [
      '34/2007/PL-UBTVQH11',
      { province: null, district: null, level: 'central' },
      'Ủy ban Thường vụ Quốc hội (khóa XI)',
    ],
    ['12/2020/TTLT-BNV-BTC', { province: null, district: null, level: 'central' }, 'Bộ Nội vụ; Bộ Tài chính'],
    [
      '1138/KH-UBND',
      { province: 'Kon Tum', district: null, level: 'province' },
      'Ủy ban nhân dân tỉnh Kon Tum',
    ],
    [
      '104/KH-UBND',
      { province: 'Bình Dương', district: 'Phú Giáo', level: 'district' },
      'Ủy ban nhân dân huyện Phú Giáo',
    ],
    ['456/SYT-NVY', { province: 'Đồng Nai', district: null, level: 'province' }, 'Sở Y tế tỉnh Đồng Nai'],
    ['25-NQ/TW', { province: null, district: null, level: 'central' }, null],
    ['45-KH/HU', { province: 'Bình Dương', district: 'Phú Giáo', level: 'district' }, 'Huyện ủy Phú Giáo'],
  ] as const)('issuer of %s from its codes', (symbol, loc, name) => {
    expect(issuerFromCodes(parseSymbol(symbol)!, { ...loc })).toBe(name);
  });
});

describe('issuer phrases', () => {
  it.each([
    [
      'Ban Bí thư Trung ương Đảng về nâng cao',
      [{ head: 'Ban Bí thư', central: true }],
      'Ban Bí thư Trung ương Đảng',
    ],
    [
      'Ban Chấp hành Trung ương Đảng khóa XI “về',
      [{ head: 'Ban Chấp hành Trung ương Đảng', term: 'XI' }],
      'Ban Chấp hành Trung ương Đảng khóa XI',
    ],
    ['Bộ Chính trị (khóa X) về Quy chế', [{ head: 'Bộ Chính trị', term: 'X' }], 'Bộ Chính trị (khóa X)'],
    [
      'Tỉnh ủy Bình Dương; tập trung',
      [{ head: 'Tỉnh ủy', province: 'Bình Dương', level: 'province' }],
      'Tỉnh ủy Bình Dương',
    ],
    ['Tỉnh ủy Quy định về trách nhiệm', [{ head: 'Tỉnh ủy', province: null }], 'Tỉnh ủy'],
    // A body of any level with its commune after its name (dev26).
    [
      'Ban Chỉ đạo xây dựng nông thôn mới xã Nhân Khang về việc',
      [{ head: 'Ban Chỉ đạo xây dựng nông thôn mới', level: 'commune', commune: 'xã Nhân Khang' }],
      'Ban Chỉ đạo xây dựng nông thôn mới xã Nhân Khang',
    ],
    // The Party's ideology and culture board of 1989–2007, old tone and all (dev76 jf07).
    [
      'Ban Tư tưởng - Văn hóa Trung ương về tổ chức cuộc vận động',
      [{ head: 'Ban Tư tưởng - Văn hóa Trung ương', central: true }],
      'Ban Tư tưởng - Văn hóa Trung ương',
    ],
    // Its presidium is the Women's Union's centre (dev69 gy01).
    [
      'Đoàn Chủ tịch Hội LHPN Việt Nam về việc chỉ đạo',
      [{ head: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam', central: true }],
      'Đoàn Chủ tịch Hội LHPN Việt Nam',
    ],
    // A local military command, at its level (dev59 go09).
    [
      'BCH Quân sự huyện về tổ chức huấn luyện',
      [{ head: 'Ban Chỉ huy Quân sự huyện', level: 'district' }],
      'BCH Quân sự huyện',
    ],
    [
      'Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh về',
      [{ head: 'Bộ Chỉ huy Quân sự tỉnh', province: 'Hà Tĩnh', level: 'province' }],
      'Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh',
    ],
    [
      'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về thực hiện công tác bầu cử',
      [{ head: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', central: true }],
      'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
    ],
    [
      'Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ',
      [{ head: 'Ban Chỉ đạo Trung ương', central: true }],
      'Ban chỉ đạo Trung ương',
    ],
    [
      'Trung ương Hội CCB Việt Nam về việc tổ chức các hoạt động kỷ niệm',
      [{ head: 'Trung ương Hội Cựu chiến binh Việt Nam', central: true }],
      'Trung ương Hội CCB Việt Nam',
    ],
    [
      'Ban thư ký UB Hội LHTN tỉnh Thanh Hoá. Ủy ban',
      [{ head: 'Ban Thư ký Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh', province: 'Thanh Hóa' }],
      'Ban thư ký UB Hội LHTN tỉnh Thanh Hoá',
    ],
    [
      'Ban Kinh tế - Xã hội Hội đồng nhân dân huyện và ý kiến thảo luận',
      [{ head: 'Ban Kinh tế - Xã hội Hội đồng nhân dân huyện', level: 'district' }],
      'Ban Kinh tế - Xã hội Hội đồng nhân dân huyện',
    ],
    [
      'Ban Pháp chế HĐND tỉnh Hà Nam về',
      [{ head: 'Ban Pháp chế Hội đồng nhân dân tỉnh', province: 'Hà Nam', level: 'province' }],
      'Ban Pháp chế HĐND tỉnh Hà Nam',
    ],
    [
      'Ủy ban Hội LHTN huyện Thọ Xuân về',
      [{ head: 'Ủy ban Hội Liên hiệp Thanh niên Việt Nam huyện', district: 'Thọ Xuân', level: 'district' }],
      'Ủy ban Hội LHTN huyện Thọ Xuân',
    ],
    [
      'Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam về',
      [{ head: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam', central: true }],
      'Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    ],
    [
      'Đảng bộ xã Mỹ Hưng Kế hoạch đại hội các Chi bộ',
      [{ head: 'Đảng bộ xã', commune: 'xã Mỹ Hưng', level: 'commune' }],
      'Đảng bộ xã Mỹ Hưng',
    ],
    [
      'UBND huyện Phú Giáo về',
      [{ head: 'Ủy ban nhân dân huyện', district: 'Phú Giáo', province: 'Bình Dương', level: 'district' }],
      'UBND huyện Phú Giáo',
    ],
    [
      'Ủy ban nhân dân huyện ban hành',
      [{ head: 'Ủy ban nhân dân huyện', level: 'district', bareLevel: false }],
      'Ủy ban nhân dân huyện',
    ],
    ['UBND về việc', [{ head: 'Ủy ban nhân dân', bareLevel: true }], 'UBND'],
    [
      'Ban cán sự đảng UBND tỉnh và Ban dân vận Tỉnh ủy về phối hợp',
      [{ head: 'Ban cán sự đảng Ủy ban nhân dân tỉnh' }, { head: 'Ban Dân vận Tỉnh ủy' }],
      'Ban cán sự đảng UBND tỉnh và Ban dân vận Tỉnh ủy',
    ],
    [
      'Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về',
      [{ head: 'Ban Dân vận Trung ương' }, { head: 'Ban cán sự đảng Chính phủ' }],
      'Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ',
    ],
    [
      'Bộ Tài nguyên và Môi trường hướng dẫn',
      [{ head: 'Bộ Tài nguyên và Môi trường', central: true }],
      'Bộ Tài nguyên và Môi trường',
    ],
    [
      'Ủy ban nhân dân thành phố Hồ Chí Minh về',
      [{ head: 'Ủy ban nhân dân thành phố', province: 'Hồ Chí Minh' }],
      'Ủy ban nhân dân thành phố Hồ Chí Minh',
    ],
    [
      'Sở Y tế tỉnh Đồng Nai về',
      [{ head: 'Sở Y tế', province: 'Đồng Nai', central: false }],
      'Sở Y tế tỉnh Đồng Nai',
    ],
    ['Thủ tướng Chính phủ về', [{ head: 'Thủ tướng Chính phủ' }], 'Thủ tướng Chính phủ'],
    [
      'Ban Thường vụ Tỉnh ủy Quảng Ngãi về việc',
      [{ head: 'Ban Thường vụ Tỉnh ủy', province: 'Quảng Ngãi' }],
      'Ban Thường vụ Tỉnh ủy Quảng Ngãi',
    ],
    // A hyphen glued to the next word still joins one place name (dev50 gf15) …
    [
      'Tỉnh ủy Bà Rịa-Vũng Tàu về việc',
      [{ head: 'Tỉnh ủy', province: 'Bà Rịa - Vũng Tàu', level: 'province' }],
      'Tỉnh ủy Bà Rịa-Vũng Tàu',
    ],
    [
      'UBND thành phố Phan Rang-Tháp Chàm về',
      [{ head: 'Ủy ban nhân dân thành phố', province: 'Ninh Thuận', district: 'Phan Rang-Tháp Chàm' }],
      'UBND thành phố Phan Rang-Tháp Chàm',
    ],
    // … and where the whole is no place, the name before it is read.
    [
      'UBND tỉnh Quảng Nam-Đà Nẵng',
      [{ head: 'Ủy ban nhân dân tỉnh', province: 'Quảng Nam' }],
      'UBND tỉnh Quảng Nam',
    ],
  ] as const)('%s', (text, want, consumed) => {
    const got = parseIssuers(text, defaultPlaces);
    expect(
      got?.issuers.map((i, k) => {
        const w = want[k] as Record<string, unknown>;
        return Object.fromEntries(
          Object.keys(w ?? {}).map((key) => [key, (i as unknown as Record<string, unknown>)[key]]),
        );
      }),
    ).toEqual(want);
    expect(text.slice(0, got?.length)).toBe(consumed);
  });

  it.each(['nhân dân tỉnh về', 'các cơ quan, đơn vị', '14/7/2015'])('not an issuer: %s', (text) => {
    expect(parseIssuers(text, defaultPlaces)).toBeNull();
  });
});

describe('office titles before the body they head', () => {
  const re = new RegExp(`^(?:${OFFICE_TITLES.pattern})`, 'u');
  it('match every example and no counter-example', () => {
    for (const e of OFFICE_TITLES.examples) expect(re.test(e), e).toBe(true);
    for (const c of OFFICE_TITLES.counterExamples) expect(re.test(c), c).toBe(false);
  });
  it('give the body as the issuer ("của Bộ trưởng Bộ Tài chính" is Bộ Tài chính)', () => {
    expect(parseIssuers('Bộ trưởng Bộ Tài chính về việc', defaultPlaces)?.issuers[0].head).toBe(
      'Bộ Tài chính',
    );
    const vpcp = parseIssuers('Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn', defaultPlaces);
    expect(vpcp?.issuers[0].head).toBe('Văn phòng Chính phủ');
    expect(vpcp?.length).toBe('Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'.length);
  });
  it('national units under a ministry are central unless a province follows', () => {
    expect(parseIssuers('Cục Thuế', defaultPlaces)?.issuers[0].central).toBe(true);
    expect(parseIssuers('Cục Thống kê tỉnh Nghệ An', defaultPlaces)?.issuers[0].central).toBe(false);
  });
  it('a ministry named short or abbreviated is national; a provincial command under "Bộ" is not', () => {
    const short = parseIssuers('Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng', defaultPlaces);
    expect(short?.issuers[0]).toMatchObject({
      central: true,
      head: 'Bộ Nông nghiệp và Phát triển nông thôn',
    });
    expect(parseIssuers('Bộ Kế hoạch về việc', defaultPlaces)?.issuers[0].central).toBe(true);
    expect(parseIssuers('Bộ Chỉ huy Quân sự tỉnh Hà Nam', defaultPlaces)?.issuers[0].central).toBe(false);
  });
  it("a body named without a place under a ministry's code is the ministry's, not the citing province's", () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 3600/QĐ-UBND\n\nThành phố Hồ Chí Minh, ngày 14 tháng 8 năm 2007\n\nQUYẾT ĐỊNH\n\nCăn cứ Công văn số 2193/BTP-ĐA4 ngày 21 tháng 5 năm 2007 của Ban Điều hành Đề án 4 Bộ Tư pháp về việc hướng dẫn thực hiện Đề án;\n';
    const cited = extractDocument(text, { source: 'qd.txt' }).documents.find(
      (d) => d.symbol === '2193/BTP-ĐA4',
    );
    expect(cited?.scope).toBe('national');
  });
  it("a district department named without a place ('Phòng Tư pháp') is the citing district's", () => {
    const text =
      'ỦY BAN NHÂN DÂN\nQUẬN 1\n\nSố: 12/QĐ-UBND\n\nQuận 1, ngày 28 tháng 3 năm 2014\n\nQUYẾT ĐỊNH\n\nXét ý kiến thẩm định của Phòng Tư pháp tại tờ trình số 28/TTr-TP ngày 27 tháng 3 năm 2014,\n';
    const cited = extractDocument(text, { source: 'q1.txt' }).documents.find((d) => d.symbol === '28/TTr-TP');
    expect(cited?.scope).toBe('Hồ Chí Minh/Quận 1');
  });
  it('a letter of a ministry cited in a provincial plan is national', () => {
    const text =
      'Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch. Ban điều hành Chương trình tỉnh Hà Nam xây dựng kế hoạch.\n';
    const cited = extractDocument(text, { source: 'kh.txt' }).documents.find(
      (d) => d.symbol === '2191/BNN-TCTL',
    );
    expect(cited).toMatchObject({ scope: 'national', issuer: 'Bộ Nông nghiệp và Phát triển nông thôn' });
  });
});

describe('a code that is both a kind and a body', () => {
  it('is the kind before a known body, the body before a unit', () => {
    expect(parseSymbol('02/CT-UBND')).toMatchObject({ kind: 'Chỉ thị', issuerCodes: ['UBND'] });
    expect(parseSymbol('16/CT-TTg')).toMatchObject({ kind: 'Chỉ thị' });
    expect(parseSymbol('5662/CT-CS')).toMatchObject({ kind: 'Công văn', issuerCodes: ['CT'], unit: 'CS' });
  });
});

describe('issuers named as they were on the date', () => {
  const header = (issuer: string, number: string, date: string): string =>
    `${issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: ${number}\n${date}\nQUYẾT ĐỊNH\nVề việc thử\n`;
  it("a Thừa Thiên Huế body before 2025 is the province's, not the city Huế's", () => {
    const text = `${header('ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ', '383/QĐ-UBND', 'Thừa Thiên Huế, ngày 10 tháng 2 năm 2017')}Căn cứ Quyết định số 17/2016/QĐ-UBND ngày 05/3/2016 của UBND tỉnh;\n`;
    const g = extractDocument(text, { source: 'tth.txt' });
    const own = g.documents.find((d) => d.symbol === '383/QĐ-UBND');
    expect(own).toMatchObject({ scope: 'Thừa Thiên Huế', issuer: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế' });
    expect(g.documents.find((d) => d.symbol === '17/2016/QĐ-UBND')?.issuer).toBe(
      'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
    );
  });
  it('the same body after the 2025 change is the city Huế', () => {
    const text = header('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ', '12/QĐ-UBND', 'Huế, ngày 10 tháng 2 năm 2025');
    expect(extractDocument(text, { source: 'hue.txt' }).documents[0]).toMatchObject({
      scope: 'Huế',
      issuer: 'Ủy ban nhân dân thành phố Huế',
    });
  });
  it('a body name wrapped over two header lines is one body ("VĂN PHÒNG / CHÍNH PHỦ")', () => {
    const text = header('VĂN PHÒNG\nCHÍNH PHỦ', '659/TB-VPCP', 'Hà Nội, ngày 29 tháng 11 năm 2025');
    expect(extractDocument(text, { source: 'vpcp.txt' }).documents[0].issuer).toBe('Văn phòng Chính phủ');
    const unit = header('BỘ TÀI CHÍNH\nCỤC THUẾ', '12/CT-CS', 'Hà Nội, ngày 29 tháng 11 năm 2025');
    expect(extractDocument(unit, { source: 'ct.txt' }).documents[0].issuer).toBe('Cục Thuế');
  });
  it("the Youth Union's Central Committee is not the Party's", () => {
    const g = extractDocument(
      `${header('BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH', '367-QĐ/TWĐTN', 'Hà Nội, ngày 29 tháng 10 năm 2013')}- Căn cứ Quyết định số 84-QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;\n`,
      { source: 'doan.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '84-QĐ/TWĐTN')?.issuer).toBe(
      'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh',
    );
  });
});

describe('a letterhead whose two lines a web page flattened into one', () => {
  const party = (issuerLine: string): string =>
    `${issuerLine}\n*\nSố 30 -KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nNga Hải, ngày 05 tháng 01 năm 2022\nKẾ HOẠCH\nThực hiện Kết luận số 01-KL/TW\n` +
    'Thực hiện Kế hoạch số 24-KH/HU, ngày 01/11/2021 của Ban Chấp hành Đảng bộ về việc thực hiện Kết luận số 01-KL/TW của Bộ Chính trị;\n';
  it('is the lower body, placed by the upper one ("ĐẢNG BỘ HUYỆN NGA SƠN ĐẢNG ỦY XÃ NGA HẢI")', () => {
    const g = extractDocument(party('ĐẢNG BỘ HUYỆN NGA SƠN ĐẢNG ỦY XÃ NGA HẢI'), { source: 'ngahai.txt' });
    expect(g.documents.find((d) => d.source === 'ngahai.txt')).toMatchObject({
      issuer: 'Đảng ủy xã Nga Hải',
      scope: 'Thanh Hóa/Nga Sơn/Nga Hải',
    });
    // The same as the two lines on paper.
    const paper = extractDocument(party('ĐẢNG BỘ HUYỆN NGA SƠN\nĐẢNG ỦY XÃ NGA HẢI'), {
      source: 'ngahai.txt',
    });
    expect(paper.documents[0].scope).toBe(g.documents[0].scope);
  });
  it('a unit under its parent: the Central Committee\'s inspection commission ("BAN CHẤP HÀNH TRUNG ƯƠNG / ỦY BAN KIỂM TRA"; dev43 ey11)', () => {
    const text =
      'BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n-------\nSố: 1403-QĐ/UBKTTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 29 tháng 7 năm 2013\nQUYẾT ĐỊNH\nVề việc ban hành hệ thống mẫu văn bản\n';
    expect(extractDocument(text, { source: 'ubkt.txt' }).documents[0].issuer).toBe(
      'Ủy ban Kiểm tra Trung ương',
    );
  });
  it('a portal\'s list bullet before a letterhead line is no part of the name ("• ỦY BAN MTTQ VIỆT NAM"; dev78 jh14)', () => {
    const text =
      'ĐOÀN KẾT, ĐOÀN KẾT, ĐẠI ĐOÀN KẾT - THÀNH CÔNG, THÀNH CÔNG, ĐẠI THÀNH CÔNG\n • ỦY BAN MTTQ VIỆT NAM\n\n  TỈNH ĐIỆN BIÊN\n\n  BAN THƯỜNG TRỰC\n\n  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n  Độc lập – Tự do – Hạnh phúc\n\n  Số: 1031/MTTQ-BTT\n\n  Điện Biên, ngày 25 tháng 02 năm 2022\n\n  V/v củng cố các trang mạng xã hội\n';
    expect(extractDocument(text, { source: 'mttq.txt' }).documents[0]).toMatchObject({
      issuer: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên',
      scope: 'Điện Biên',
    });
  });
  it('a name and the motto wrapped after their first word in narrow table cells ("ỦY / BAN NHÂN DÂN |", "CỘNG / HÒA XÃ HỘI …"; dev82 jl02)', () => {
    const text =
      'ỦY\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 82/KH-UBND |\nThừa Thiên Huế, ngày 13 tháng 3 năm 2020 |\nTHỰC HIỆN CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY NĂM 2020\nThực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy và chữa cháy.\n';
    expect(extractDocument(text, { source: 'hue.txt' }).documents[0]).toMatchObject({
      issuer: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
      scope: 'Thừa Thiên Huế',
    });
  });
  it('a line that opens with a body and runs on is not split inside that body ("THỦ TƯỚNG CHÍNH PHỦ SỐ 188/2004/QĐ-TTG …"; dev82 jl07)', () => {
    const text =
      'THỦ TƯỚNG CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 188/2004/QĐ-TTg | Hà Nội, ngày 01 tháng 11 năm 2004 |\nQUYẾT ĐỊNH\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 188/2004/QĐ-TTG NGÀY 01 THÁNG 11 NĂM 2004 PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN CÔNG NGHIỆP\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n';
    expect(extractDocument(text, { source: 'ttg188.txt' }).documents[0].issuer).toBe('Thủ tướng Chính phủ');
  });
  it('a body whose name is one line stays whole ("THỦ TƯỚNG CHÍNH PHỦ")', () => {
    const text =
      'THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 719/QĐ-TTg\nHà Nội, ngày 14 tháng 6 năm 2012\nQUYẾT ĐỊNH\nVề việc thử\n';
    expect(extractDocument(text, { source: 'ttg.txt' }).documents[0].issuer).toBe('Thủ tướng Chính phủ');
  });
  it('but a news lead\'s subject in running case is one body, not a flattened letterhead ("Thủ tướng Chính phủ Phạm Minh Chính"; dev63 gs08)', () => {
    const text =
      'Chuẩn bị tốt nhất các điều kiện đón Tết\n\nThủ tướng Chính phủ Phạm Minh Chính vừa ký ban hành Chỉ thị số 36/CT-TTg ngày 31/12/2025 về việc tổ chức Tết Nguyên đán Bính Ngọ năm 2026.\n\n' +
      'Năm 2025 kinh tế thế giới tiếp tục đối mặt với nhiều thách thức. '.repeat(6);
    expect(extractDocument(text, { source: 'ct36.txt' }).documents[0]).toMatchObject({
      symbol: '36/CT-TTg',
      issuer: 'Thủ tướng Chính phủ',
    });
  });
  it("a Huyện ủy's plan cited with its body unplaced is the citing district's (the code HU says the level)", () => {
    const g = extractDocument(party('ĐẢNG BỘ HUYỆN NGA SƠN ĐẢNG ỦY XÃ NGA HẢI'), { source: 'ngahai.txt' });
    expect(g.documents.find((d) => d.symbol === '24-KH/HU')?.scope).toBe('Thanh Hóa/Nga Sơn');
  });
});

describe("a news item whose lead opens on a provincial newspaper's site (NEWSPAPER_SITE; dev78 jh05)", () => {
  const lead = (site: string): string =>
    `Tạm dừng đón công dân về quê\n(${site}) - UBND tỉnh vừa có công văn về việc tạm dừng đón công dân, theo tinh thần Công điện số 23/CĐ-UBND ngày 01/8/2021 của Chủ tịch UBND tỉnh.\n`;
  it('is that province\'s, and so are the texts of its "UBND tỉnh"', () => {
    const g = extractDocument(lead('Baothanhhoa.vn'), { source: 'th.txt' });
    expect(g.documents.find((d) => d.symbol === '23/CĐ-UBND')?.scope).toBe('Thanh Hóa');
  });
  it("counter-example: a national paper's site names no province", () => {
    const g = extractDocument(lead('Baochinhphu.vn'), { source: 'cp.txt' });
    expect(g.documents.find((d) => d.symbol === '23/CĐ-UBND')?.scope).toBe('unknown');
  });
});

describe('a news item that names its district but no province', () => {
  it('is placed by the district, and so are the local texts it cites', () => {
    const text =
      '(QBĐT) - Ngày 30-9, Huyện ủy Bố Trạch tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW, ngày 30-5-2019 của Bộ Chính trị và Chỉ thị số 34-CT/TU ngày 5/9/2019 của Ban Thường vụ Tỉnh ủy về đại hội Đảng bộ các cấp.\n';
    const g = extractDocument(text, { source: 'bt.txt' });
    expect(g.documents.find((d) => d.source === 'bt.txt')?.scope).toBe('Quảng Bình/Bố Trạch');
    expect(g.documents.find((d) => d.symbol === '34-CT/TU')?.scope).toBe('Quảng Bình');
  });
  it('by its subject ("UBND huyện chỉ đạo …"), the district of its province it names most', () => {
    const text =
      'UBND huyện chỉ đạo tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV\n\nẢnh: Đại hội các DTTS tỉnh Đồng Nai lần thứ III\n\nĐại hội đại biểu các dân tộc thiểu số huyện Định Quán lần thứ IV năm 2024 là sự kiện quan trọng; ngày 14/3/2024 UBND huyện đã ban hành văn bản số 688/UBND-VX chỉ đạo các cơ quan.\n';
    const g = extractDocument(text, { source: 'dq.txt' });
    expect(g.documents.map((d) => d.scope)).toEqual(['Đồng Nai/Định Quán', 'Đồng Nai/Định Quán']);
  });
  it("and its lead's subject may run long before its first comma", () => {
    const text =
      'Hải Phòng, ngày 21 tháng 11 năm 2019\nNgày 14-9-2018, Ban Thường vụ Hội Liên hiệp Phụ nữ quận Đồ Sơn đã phối hợp với Trung tâm Bồi dưỡng chính trị quận, tổ chức Lớp tập huấn nghiệp vụ công tác Hội theo Kế hoạch số 50/KH-BTV, ngày 08-8-2018 của Ban Thường vụ Hội LHPN quận.\n';
    const g = extractDocument(text, { source: 'ds.txt' });
    expect(g.documents.map((d) => d.scope)).toEqual(['Hải Phòng/Đồ Sơn', 'Hải Phòng/Đồ Sơn']);
  });
  it("a portal's header line that is its province's name alone, in a text of its own province's bodies", () => {
    const text =
      'THÔNG TIN Ý KIẾN\nQuảng Trị\n\nV/v Chuyển đổi mục đích sử dụng rừng\n\nUBND tỉnh có ý kiến như sau:\n\nGiao Sở Nông nghiệp và Phát triển nông thôn chủ trì.\n\n(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)\n';
    const g = extractDocument(text, { source: 'qt.txt' });
    expect(g.documents.map((d) => d.scope)).toEqual(['Quảng Trị', 'Quảng Trị']);
  });
  it('a district name several provinces have places nothing', () => {
    const text = 'UBND huyện Châu Thành tổ chức triển khai Kế hoạch số 12/KH-UBND ngày 5/9/2019.\n';
    const g = extractDocument(text, { source: 'ct.txt' });
    expect(g.documents.find((d) => d.source === 'ct.txt')?.scope).toBe('unknown');
  });
  it('by its district Youth Union ("Huyện đoàn Giồng Riềng"), and a commune Youth Union\'s text it cites by that district (dev79 ji15)', () => {
    const text =
      'Căn cứ kế hoạch số 109-KH/ĐTN ngày 20/01/2025 của Ban chấp hành Huyện đoàn Giồng Riềng về việc tổ chức "Tháng Thanh niên" năm 2025; Căn cứ Kế hoạch số 22-KH/ĐTN ngày 25/01/2025 của Ban chấp hành Đoàn xã Thạnh Lộc về việc tổ chức Tháng Thanh niên năm 2025;\nChiều ngày 13/03/2025, BCH Đoàn xã Thạnh Lộc tổ chức mở lớp bồi dưỡng nhận thức về Đoàn.\n';
    const g = extractDocument(text, { source: 'tl.txt' });
    expect(g.documents.find((d) => d.symbol === '22-KH/ĐTN')?.scope).toBe('Kiên Giang/Giồng Riềng/Thạnh Lộc');
  });
});

describe('a city\'s Party committee ("Thành ủy …") is placed by the city it names', () => {
  it('a provincial city\'s is a district\'s ("Thành ủy Pleiku")', () => {
    const g = extractDocument(
      'Ngay sau khi có Đề án số 01-ĐA/TU ngày 18/01/2013 của Thành ủy Pleiku, Đảng ủy phường Diên Hồng đã triển khai.\n',
      { source: 'dh.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '01-ĐA/TU')).toMatchObject({
      scope: 'Gia Lai/Pleiku',
      issuer: 'Thành ủy Pleiku',
    });
  });
  it('a centrally-run city\'s is the province\'s ("Thành ủy Hải Phòng")', () =>
    expect(parseIssuers('Thành ủy Hải Phòng về', defaultPlaces)?.issuers[0]).toMatchObject({
      province: 'Hải Phòng',
      level: 'province',
    }));
  it('alone it names no city: the code says the level', () =>
    expect(parseIssuers('Thành ủy về chuyển đổi số', defaultPlaces)).toBeNull());
});

describe('a steering committee named without a place ("Ban Chỉ đạo …", BODIES_OF_EVERY_LEVEL)', () => {
  it("is the citing district's in a district's text", () => {
    const g = extractDocument(
      'HUYỆN ỦY TAM ĐƯỜNG\nBAN TUYÊN GIÁO\nHƯỚNG DẪN\ntuyên truyền kỷ niệm\nThực hiện Kế hoạch số 123-KH/BCĐ, ngày 28/4/2022 của Ban Chỉ đạo tổ\nchức Lễ kỷ niệm 20 năm thành lập huyện; Ban Tuyên giáo Huyện ủy hướng dẫn như sau:\n',
      { source: 'td.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '123-KH/BCĐ')?.scope).toBe('Lai Châu/Tam Đường');
  });
  it('but national under a central code, and named as written', () => {
    const g = extractDocument(
      'UBND TỈNH NAM ĐỊNH\nSố: 15/KH-UBND\nThực hiện Kế hoạch số 02-KH/BCĐTW ngày 10/3/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, UBND tỉnh ban hành kế hoạch.\n',
      { source: 'nd.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '02-KH/BCĐTW')).toMatchObject({
      scope: 'national',
      issuer: 'Ban Chỉ đạo',
    });
  });
});

describe('a numbered city district named with a capital ("Quận ủy Quận 3")', () => {
  it('is the district', () => {
    const p = parseIssuers('Ban Thường vụ Quận ủy Quận 3 về tổ chức Đại hội', defaultPlaces);
    expect(p?.issuers[0]).toMatchObject({ province: 'Hồ Chí Minh', district: '3', level: 'district' });
  });
});

describe('a city district under a bare body ("ỦY BAN NHÂN DÂN" over "Quận 9, ngày …")', () => {
  it('is the district, named as a quận, through a header table with a bar closing each row', () => {
    const text =
      'ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 01/2011/QĐ-UBND |\nQuận 9, ngày 04 tháng 01 năm 2011 |\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN QUẬN 9\nCăn cứ Nghị quyết số 26/2008/QH12 ngày 15 tháng 11 năm 2008 của Quốc hội;\n';
    const g = extractDocument(text, { source: 'q9.txt' });
    const own = g.documents.find((d) => d.source === 'q9.txt');
    expect(own).toMatchObject({ symbol: '01/2011/QĐ-UBND', scope: 'Hồ Chí Minh/Quận 9' });
    expect(own?.issuer?.toLowerCase()).toBe('ủy ban nhân dân quận 9');
    expect(g.relations.some((r) => r.from === own?.id && r.type === 'BASED_ON')).toBe(true);
  });
  it('a provincial seat in the place line says nothing about the level', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/QĐ-UBND\nBiên Hòa, ngày 04 tháng 01 năm 2011\nQUYẾT ĐỊNH\nVề việc thử\n';
    expect(extractDocument(text, { source: 'dn.txt' }).documents[0].scope).toBe('Đồng Nai');
  });
});

describe('a central Party text is issued by the body that signs or speaks for it', () => {
  const head =
    'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 35-CT/TW\nHà Nội, ngày 14 tháng 6 năm 2024\nCHỈ THỊ\nvề đại hội đảng bộ các cấp\n';
  it('"Ban Bí thư yêu cầu …" in the body: the Secretariat', () => {
    const g = extractDocument(`${head}Ban Bí thư yêu cầu các cấp ủy thực hiện tốt.\n`, { source: 'ct.txt' });
    expect(g.documents[0].issuer).toMatch(/^Ban Bí thư/u);
  });
  it('signed "T/M BỘ CHÍNH TRỊ": the Politburo', () => {
    const g = extractDocument(
      `${head}Các cấp ủy tổ chức thực hiện.\nNơi nhận:\n- Như trên.\nT/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\nTô Lâm\n`,
      { source: 'ct.txt' },
    );
    expect(g.documents[0].issuer).toMatch(/^Bộ Chính trị/u);
  });
  it('says nothing more when neither signs nor speaks', () => {
    const g = extractDocument(`${head}Các cấp ủy tổ chức thực hiện.\n`, { source: 'ct.txt' });
    expect(g.documents[0].issuer).toMatch(/^Ban Chấp hành Trung ương Đảng/u);
  });
});

describe('a body read by its head word stops where its name does', () => {
  it.each([
    ['Ban Chấp hành Đảng bộ tỉnh về Đề án sắp xếp đơn vị', 'Ban Chấp hành Đảng bộ tỉnh', null],
    ['Ban Chấp hành Đảng bộ tỉnh Ninh Thuận về', 'Ban Chấp hành Đảng bộ tỉnh', 'Ninh Thuận'],
    ['Văn phòng UBND thành phố);', 'Văn phòng Ủy ban nhân dân thành phố', null],
    ['Sở Khoa học và Công nghệ tỉnh Lâm Đồng', 'Sở Khoa học và Công nghệ', 'Lâm Đồng'],
    ['Ban Chỉ đạo tỉnh về phòng, chống thiên tai', 'Ban Chỉ đạo', null],
    ['Ban Quản lý dự án của Sở Xây dựng', 'Ban Quản lý dự án', null],
    // A verb of sending ends it (dev80 jj09); the name's own lower-case words do not.
    ['Cục Thông tin cơ sở gửi kèm theo)', 'Cục Thông tin cơ sở', null],
  ])('%s → %s', (text, head, province) => {
    const m = parseIssuers(text, defaultPlaces)?.issuers[0];
    expect(m?.head).toBe(head);
    expect(m?.province ?? null).toBe(province);
  });
});

describe('a letter whose header was cut off', () => {
  const text =
    'Kính gửi: Thuế tỉnh Tây Ninh.\nCục Thuế nhận được công văn số 2094/TNI-CNTK ngày 14/10/2025 của Thuế tỉnh Tây Ninh về lệ phí trước bạ. Về vấn đề này, Cục Thuế có ý kiến như sau:\nTại khoản 2 Điều 7 Nghị định số 10/2022/NĐ-CP quy định như sau.\n';
  it('is a letter (Công văn) written by the body its opening names', () => {
    const own = extractDocument(text, { source: 'cv.txt' }).documents.find((d) => d.source === 'cv.txt');
    expect(own).toMatchObject({ kind: 'Công văn', issuer: 'Cục Thuế', scope: 'national' });
  });
  it('without an addressee it stays unknown', () => {
    const own = extractDocument(text.replace('Kính gửi: Thuế tỉnh Tây Ninh.\n', ''), {
      source: 'cv.txt',
    }).documents.find((d) => d.source === 'cv.txt');
    expect(own?.kind ?? null).toBeNull();
  });
});

describe('a text with no letterhead introduces its writer (SELF_INTRODUCTION; dev58 gn08)', () => {
  const own = (text: string) =>
    extractDocument(text, { source: 'own.txt' }).documents.find((d) => d.source === 'own.txt');
  it.each(SELF_INTRODUCTION.examples)('%s → %s', (text, issuer) => expect(own(text)?.issuer).toBe(issuer));
  it.each(SELF_INTRODUCTION.counterExamples)('no writer in "%s"', (text) =>
    expect(own(text)?.issuer ?? null).toBeNull(),
  );
  it("what the writer lists as issued, with no body named, is the writer's (the commune's)", () => {
    const text = `${SELF_INTRODUCTION.examples[0][0]}\n- Ban hành Kế hoạch số 01/KH-UBND về thực hiện các nhiệm vụ chuyển đổi số năm 2024.\n`;
    const g = extractDocument(text, { source: 'own.txt' });
    expect(g.documents.find((d) => d.symbol === '01/KH-UBND')?.scope).toBe('Hưng Yên/Ân Thi/Hồ Tùng Mậu');
  });
});

describe('a decision whose header was lost names its issuer over the preamble', () => {
  it('"ỦY BAN NHÂN DÂN QUẬN 1" before "Căn cứ …": the district, and what it cites of its own bodies is the district\'s', () => {
    const text =
      'QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Ủy ban nhân dân Quận 1.\n_______________\nỦY BAN NHÂN DÂN QUẬN 1\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\nXét đề nghị của Trưởng phòng Nội vụ tại tờ trình số 175/TTr-NV ngày 27 tháng 3 năm 2014,\nQUYẾT ĐỊNH:\n';
    const g = extractDocument(text, { source: 'q1.txt' });
    expect(g.documents.find((d) => d.source === 'q1.txt')?.scope).toBe('Hồ Chí Minh/Quận 1');
    expect(g.documents.find((d) => d.symbol === '175/TTr-NV')?.scope).toBe('Hồ Chí Minh/Quận 1');
  });
});

describe('a letterhead cut to its head ("ỦY BAN NHÂN DÂN |") is named in full over the preamble', () => {
  // dev111 ko01: a legal database's flattened header; the enacting authority names the district.
  const text =
    'ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 03/2017/QĐ-UBND |\nBình Chánh, ngày 25 tháng 02 năm 2017 |\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH\nỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n';
  it('the district, not the city its place line lies in', () => {
    const self = extractDocument(text, { source: 'qd.txt' }).documents.find((d) => d.source === 'qd.txt');
    expect(self).toMatchObject({
      scope: 'Hồ Chí Minh/Bình Chánh',
      issuer: 'Ủy ban nhân dân huyện Bình Chánh',
    });
  });
});

describe('a number after a body is a city district only after "quận"', () => {
  it.each([
    ['Ủy ban nhân dân quận 1 về', 'Hồ Chí Minh'],
    ['UBND tỉnh\n1. Bổ sung Điều 6a', null],
    ['UBND tỉnh 2. Thay thế cụm từ', null],
  ])('%s', (text, province) => {
    expect(parseIssuers(text, defaultPlaces)?.issuers[0].province ?? null).toBe(province);
  });
});

describe('a province named across a hard line wrap ("của UBND tỉnh\\nBình Thuận"; dev79 ji06)', () => {
  it('places the item', () =>
    expect(
      extractDocument(
        'Đề án 939 là tên gọi tắt của Đề án “Hỗ trợ phụ nữ khởi nghiệp”.\nBám sát Kế hoạch số 4163 ngày 01/10/2018 của UBND tỉnh\nBình Thuận và Kế hoạch số 13051 ngày 28/11/2018 của UBND thành phố về triển\nkhai thực hiện Đề án, Hội Liên hiệp Phụ nữ thành phố đã cụ thể hóa thành các kế hoạch.\n',
        { source: 'bt.txt' },
      ).documents[0].scope,
    ).toBe('Bình Thuận'));
});

describe('an unplaced item that names one commune (dev79 ji07, dev69 gy08)', () => {
  const item = (last: string): string =>
    'Triển khai thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp” trên địa bàn tỉnh\n\nNgày 9-5-2022, Ban Chỉ đạo Đề án 939 tỉnh vừa ban hành Kế hoạch số 1944/KH-BCĐ triển khai thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp” năm 2022.\n\nPhụ nữ thôn Tuấn Tú, xã An Hải tích cực sản xuất măng tây xanh. Ảnh: Văn Nỷ\n\n' +
    last;
  it("is the province's when it speaks of the province's own bodies (\"UBND tỉnh đề ra …\"): the commune is only a caption's", () =>
    expect(
      extractDocument(item('Để thực hiện các mục tiêu trên, UBND tỉnh đề ra một số giải pháp.\n'), {
        source: 'a.txt',
      }).documents[0].scope,
    ).toBe('Ninh Thuận'));
  it('counter-example: a provincial body named as a citation\'s issuer ("… của Ban Thường vụ Tỉnh ủy về …") leaves it the commune\'s', () =>
    expect(
      extractDocument(
        item(
          'Quyết định số 320-QĐ/TU, ngày 13/6/2016 của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế đối thoại.\n',
        ),
        { source: 'b.txt' },
      ).documents[0].scope,
    ).toBe('Ninh Thuận/Ninh Phước/An Hải'));
});

describe('commune documents are scoped down to the commune', () => {
  const text =
    'UBND HUYỆN ĐỒNG PHÚ\nỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nTân Phú, ngày 12 tháng 3 năm 2021\nKẾ HOẠCH\nThực hiện Kế hoạch số 120/KH-UBND của UBND huyện\nCăn cứ Kế hoạch số 120/KH-UBND ngày 01/3/2021 của UBND huyện Đồng Phú;\nThực hiện Công văn số 15/UBND-VP ngày 02/3/2021 của UBND xã Tân Lập;\n';
  const g = extractDocument(text, { source: 'xa.txt' });
  const doc = (symbol: string) => g.documents.find((d) => d.symbol === symbol);
  it('its own document: province/district/commune, issued by the commune body', () => {
    expect(doc('45/KH-UBND')).toMatchObject({
      scope: 'Bình Phước/Đồng Phú/Tân Phú',
      issuer: 'Ủy ban nhân dân xã Tân Phú',
    });
  });
  it('the district above it and another commune of the district it cites', () => {
    expect(doc('120/KH-UBND')?.scope).toBe('Bình Phước/Đồng Phú');
    expect(doc('15/UBND-VP')).toMatchObject({
      scope: 'Bình Phước/Đồng Phú/Tân Lập',
      issuer: 'Ủy ban nhân dân xã Tân Lập',
    });
  });
  it('a commune body named with its district', () => {
    const m = parseIssuers('Ủy ban nhân dân xã Tân Phú, huyện Đồng Phú về', defaultPlaces)?.issuers[0];
    expect(m).toMatchObject({ level: 'commune', commune: 'xã Tân Phú', district: 'Đồng Phú' });
  });
});

describe('a Youth Union letterhead under the provincial one ("TỈNH ĐOÀN ĐỒNG THÁP / BCH ĐOÀN THÀNH PHỐ SA ĐÉC")', () => {
  it('is the city committee’s text, placed in the city (dev110 kn01)', () => {
    const text =
      'TỈNH ĐOÀN ĐỒNG THÁP\nBCH ĐOÀN THÀNH PHỐ SA ĐÉC\n***\nSố:  25 -KH/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\nSa Đéc, ngày  05 tháng 3 năm 2018\nKẾ HOẠCH\nĐổi mới nội dung, phương thức hoạt động\n';
    const self = extractDocument(text, { source: 'kh.txt' }).documents.find((d) => d.source === 'kh.txt');
    expect(self).toMatchObject({ scope: 'Đồng Tháp/Sa Đéc', issuer: 'Ban Chấp hành Đoàn thành phố Sa Đéc' });
  });
});

describe('Youth Union, Front and unlevelled Party committees', () => {
  it.each([
    [
      'BCH Huyện đoàn Thọ Xuân V/v “Tổ chức',
      { head: 'Ban Chấp hành Huyện đoàn', level: 'district', district: 'Thọ Xuân' },
    ],
    [
      'Ban Thường vụ Tỉnh đoàn Quảng Nam về',
      { head: 'Ban Thường vụ Tỉnh đoàn', level: 'province', province: 'Quảng Nam' },
    ],
    ['Đoàn xã Ngọc Thành về', { head: 'Đoàn xã', level: 'commune', commune: 'xã Ngọc Thành' }],
    // The committee named by its level word ("TỈNH ĐOÀN ĐỒNG THÁP / BCH ĐOÀN THÀNH PHỐ SA ĐÉC", dev110 kn01).
    [
      'Ban Chấp hành Đoàn thành phố Sa Đéc về',
      { head: 'Ban Chấp hành Đoàn thành phố', level: 'district', district: 'Sa Đéc', province: 'Đồng Tháp' },
    ],
    [
      'Ban Chấp hành Đoàn huyện Lai Vung về',
      { head: 'Ban Chấp hành Đoàn huyện', level: 'district', district: 'Lai Vung' },
    ],
    [
      'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau về',
      {
        head: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        level: 'province',
        province: 'Cà Mau',
      },
    ],
    [
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện U Minh',
      {
        head: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
        level: 'district',
        district: 'U Minh',
      },
    ],
    // "Đảng ủy" with no level word: the citing document's level.
    ['Ban Thường vụ Đảng ủy “về thực hiện', { head: 'Ban Thường vụ Đảng ủy', bareLevel: true }],
    ['Ban Chấp hành Đảng bộ về tổ chức Đại hội', { head: 'Ban Chấp hành Đảng bộ', bareLevel: true }],
    // Counter-examples: with a level word or a named organisation it is that committee.
    ['Ban Chấp hành Đảng bộ tỉnh về', { head: 'Ban Chấp hành Đảng bộ tỉnh', bareLevel: false }],
    // Counter-example: a named Party committee is another body, read by its own words.
    ['Đảng ủy Quân sự tỉnh về', { head: 'Đảng ủy Quân sự', bareLevel: false }],
  ] as const)('%s', (text, want) => {
    expect(parseIssuers(text, defaultPlaces)?.issuers[0]).toMatchObject(want);
  });

  it('a commune news item: the plan of "Ban Thường vụ Đảng ủy" is the commune\'s', () => {
    const g = extractDocument(
      'Tuyên truyền đại hội Đảng bộ xã Lơ Ku\n\nThực hiện Kế hoạch số 136-KH/ĐU, ngày 01/10/2019 của Ban Thường vụ Đảng ủy “về thực hiện Chỉ thị số 35-CT/TW; Ban Thường vụ Đảng ủy xã Lơ Ku xây dựng kế hoạch.\n',
      { source: 'news.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '136-KH/ĐU')).toMatchObject({
      scope: 'Gia Lai/KBang/Lơ Ku',
      issuer: 'Ban Thường vụ Đảng ủy xã Lơ Ku',
    });
  });
});

describe('"Ban Chấp hành Đảng bộ" with no level word is the citing document\'s own committee', () => {
  it("in a commune news item, the commune's (dev52 gh07)", () => {
    const g = extractDocument(
      'Đảng bộ xã Đơn Dương chuẩn bị Đại hội\n\nVề công tác xây dựng văn kiện, ngay sau khi ban hành Kế hoạch 01-KH/ĐU, ngày 01/7/2025, của Ban Chấp hành Đảng bộ về tổ chức Đại hội Đảng bộ xã Đơn Dương lần thứ 1, nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy xã đã ban hành quyết định thành lập tiểu ban. Tỉnh Lâm Đồng.\n',
      { source: 'dd.txt' },
    );
    expect(g.documents.find((d) => d.symbol === '01-KH/ĐU')).toMatchObject({
      scope: 'Lâm Đồng/Đơn Dương',
      issuer: 'Ban Chấp hành Đảng bộ xã Đơn Dương',
    });
  });
});

describe('central Party boards and working groups', () => {
  it('a steering committee\'s working group "của Tổ giúp việc Ban chỉ đạo Trung ương" is central', () => {
    expect(
      parseIssuers('Tổ giúp việc Ban chỉ đạo Trung ương về phát triển', defaultPlaces)?.issuers[0],
    ).toMatchObject({ head: 'Tổ giúp việc Ban chỉ đạo Trung ương', central: true });
  });

  it('"BAN CHẤP HÀNH / TRUNG ƯƠNG / BAN TỔ CHỨC" over "Hà Nội, ngày …" is the central board, not Hà Nội\'s', () => {
    const g = extractDocument(
      'BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TỔ CHỨC\n*****\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-HD/BTCTW\nHà Nội, ngày 21 tháng 11 năm 2025\n\nHƯỚNG DẪN\nmột số nội dung\n\nThực hiện Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị.\n',
      { source: 'hd45.txt' },
    );
    expect(g.documents.find((d) => d.source)).toMatchObject({
      symbol: '45-HD/BTCTW',
      scope: 'national',
      issuer: 'Ban Tổ chức Trung ương',
    });
  });
});

describe('a standing board under its committee, below what a saved Word file puts above the letterhead', () => {
  it('"ỦY BAN MTTQ / VIỆT NAM / XÃ LƯƠNG / MINH / BAN THƯỜNG TRỰC" is the commune Front\'s standing board', () => {
    const g = extractDocument(
      'EN-US\nX-NONE\n2025-11-17T10:53:00Z\n\nỦY BAN MTTQ\nVIỆT NAM\n\nXÃ LƯƠNG\nMINH\n\nBAN THƯỜNG TRỰC\n\nSố: 16/KH-MTTQ-BTT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLương Minh, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\nThực hiện công tác bầu cử\n\nCăn cứ Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị;\n',
      { source: 'kh16.txt' },
    );
    expect(g.documents.find((d) => d.source)).toMatchObject({
      scope: 'Quảng Ninh/Lương Minh',
      issuer: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh',
    });
  });
});

describe("a national body's provincial office", () => {
  it.each([
    ['Cục Thuế TP Hà Nội', 'Cục Thuế thành phố Hà Nội', 'Hà Nội'],
    ['Cục Thuế tỉnh Hải Dương', 'Cục Thuế tỉnh Hải Dương', 'Hải Dương'],
  ])('"%s" is %s (%s)', (text, name, province) => {
    const m = parseIssuers(text, defaultPlaces)!.issuers[0];
    expect(m).toMatchObject({ central: false, province });
    expect(issuerName(m, { province, district: null, level: 'province' }, defaultPlaces)).toBe(name);
  });
  it('counter-example: "Cục Thuế" alone is the national department', () => {
    expect(parseIssuers('Cục Thuế về việc', defaultPlaces)!.issuers[0]).toMatchObject({ central: true });
  });
});

describe('place names with an apostrophe, and a steering committee named at length', () => {
  it.each([
    ['UBND huyện Đăk R’lấp', "Đắk R'Lấp", 'Đắk Nông'],
    ['Ủy ban nhân dân huyện Ia H’Drai', "Ia H'Drai", 'Kon Tum'],
    ['Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp', "Đắk R'Lấp", 'Đắk Nông'],
  ])('%s is in %s, %s', (text, district, province) => {
    expect(parseIssuers(text, defaultPlaces)?.issuers[0]).toMatchObject({
      district,
      province,
      level: 'district',
    });
  });
});

describe('a run of spaces a converted page left inside a name', () => {
  it('reads as one space, and the length is counted in the text as written', () => {
    const raw = 'Bộ trưởng Bộ Nông  nghiệp và Phát triển nông thôn ban hành Quy chuẩn';
    const got = parseIssuers(raw, defaultPlaces);
    expect(got?.issuers[0].head).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(raw.slice(0, got?.length)).toBe('Bộ trưởng Bộ Nông  nghiệp và Phát triển nông thôn');
  });
  it('a place after a doubled space too', () => {
    const got = parseIssuers('UBND   tỉnh  Quảng Nam về việc', defaultPlaces);
    expect([got?.issuers[0].province, got?.length]).toEqual(['Quảng Nam', 'UBND   tỉnh  Quảng Nam'.length]);
  });
});

describe('mass organisations at each level (Hội Nông dân, Hội LHPN, Hội CCB, LĐLĐ)', () => {
  it.each([
    ['Ban chấp hành Hội Nông dân huyện về việc tổ chức', 'Ban Chấp hành Hội Nông dân huyện', 'district'],
    ['Hội LHPN tỉnh Bắc Ninh về', 'Hội Liên hiệp Phụ nữ tỉnh', 'province'],
    ['Ban Thường vụ Hội Cựu chiến binh xã về', 'Ban Thường vụ Hội Cựu chiến binh xã', 'commune'],
    ['BTV LĐLĐ thành phố về', 'Ban Thường vụ Liên đoàn Lao động thành phố', 'province'],
  ])('%s', (text, head, level) => {
    const got = parseIssuers(text, defaultPlaces)?.issuers[0];
    expect([got?.head, got?.level]).toEqual([head, level]);
  });
  it('but the central committee is not a local one', () => {
    expect(parseIssuers('Trung ương Hội Nông dân Việt Nam về', defaultPlaces)?.issuers[0].central).toBe(true);
  });
});

describe('a central body by its short name (CODE_BODY_ALIASES)', () => {
  // dev37 es09: "Công văn số 43-CV/BCĐ ngày 20/3/2025 của BCĐ Trung ương về tổng kết Nghị quyết số 18-NQ/TW".
  // dev42 ex14: "Kế hoạch số 21/KH-MTTW-BTT ngày 08/8/2025 của Ban Thường trực UBTW MTTQ Việt Nam về việc …".
  it.each(['Ban Thường trực UBTW MTTQ Việt Nam về việc', 'UBTW MTTQ Việt Nam về'])('%s', (text) =>
    expect(parseIssuers(text, defaultPlaces)?.issuers[0].central).toBe(true),
  );
  it.each(['BCĐ Trung ương về tổng kết', 'Ban chỉ đạo Trung ương về'])('%s', (text) => {
    const got = parseIssuers(text, defaultPlaces)?.issuers[0];
    expect([got?.head, got?.central]).toEqual(['Ban Chỉ đạo Trung ương', true]);
  });
});

describe('an excerpt that stops inside the issuer of its last citation', () => {
  const doc = (text: string) =>
    extractDocument(text, { source: 'cut.txt' }).documents.find((d) => d.symbol === '2992/BNNMT-ĐĐ');
  it('"… văn bản số 2992/BNNMT-ĐĐ của Bộ Nông nghi" (cut): the code names the body', () => {
    const text = 'UBND tỉnh Quảng Trị đề nghị thực hiện văn bản số 2992/BNNMT-ĐĐ của Bộ Nông nghi';
    expect(doc(text)?.issuer).toBe('Bộ Nông nghiệp và Môi trường');
  });
  it('counter-example: a name that ends the text at a full stop is read as written', () => {
    const text = 'UBND tỉnh Quảng Trị đề nghị thực hiện văn bản số 2992/BNNMT-ĐĐ của Bộ Nông nghiệp.';
    expect(doc(text)?.issuer).toBe('Bộ Nông nghiệp');
  });
});

describe('a city named with its kind (NAMED_WITH_KIND) and a city Party organisation', () => {
  const hcm = { province: 'Hồ Chí Minh', district: null, level: 'province' } as const;
  const named = (text: string, province: string) =>
    issuerName(
      parseIssuers(text, defaultPlaces)!.issuers[0],
      { province, district: null, level: 'province' },
      defaultPlaces,
    );
  it.each([
    ['Ban Thường vụ Thành ủy về', 'Hồ Chí Minh', 'Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh'],
    [
      'Ban Chấp hành Đảng bộ thành phố triển khai',
      'Hồ Chí Minh',
      'Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh',
    ],
    ['Ban Chấp hành Đảng bộ thành phố triển khai', 'Hải Phòng', 'Ban Chấp hành Đảng bộ thành phố Hải Phòng'],
    // Counter-examples: a city whose bare name is right, and a name that has the kind already.
    ['Ban Thường vụ Thành ủy về', 'Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội'],
    ['Ủy ban nhân dân Thành phố về', 'Hồ Chí Minh', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
  ])('"%s" (%s) is %s', (text, province, name) => {
    expect(named(text, province)).toBe(name);
  });
  it('from the code alone: "25-CT/TU" cited in a text of the city is the Thành ủy Thành phố Hồ Chí Minh', () => {
    expect(issuerFromCodes(parseSymbol('25-CT/TU')!, hcm, defaultPlaces)).toBe(
      'Thành ủy Thành phố Hồ Chí Minh',
    );
  });
  it('counter-example: the Youth Union named after Hồ Chí Minh is not a city body', () => {
    expect(issuerFromCodes(parseSymbol('84-QĐ/TWĐTN')!, hcm, defaultPlaces)).toBe(
      'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh',
    );
  });
});

describe("a local body named after a central Party number is another phrase's", () => {
  const cited = (text: string, symbol: string) =>
    extractDocument(text, { source: 'x.txt' }).documents.find((d) => d.symbol === symbol);
  it('"Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá": the resolution is central', () => {
    const d = cited(
      'Ngày 5/1/2026, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá, tỉnh Thái Nguyên tổ chức Hội nghị.',
      '57-NQ/TW',
    );
    expect([d?.scope, d?.issuer]).toEqual(['national', null]);
  });
  it('counter-example: a provincial office under a national code keeps its province', () => {
    const d = cited(
      'Thực hiện Công văn số 1234/CT-TTHT ngày 5/3/2021 của Cục Thuế tỉnh Bình Dương về hóa đơn.',
      '1234/CT-TTHT',
    );
    expect(d?.scope).toBe('Bình Dương');
  });
});

describe('Party committees named with "BCH" and "TW" abbreviated', () => {
  it.each([
    ['BCH TW Đảng khóa XIII về nông nghiệp', 'Ban Chấp hành Trung ương Đảng'],
    ['Ban Chấp hành TW Đảng về', 'Ban Chấp hành Trung ương Đảng'],
    ['BCH Đảng bộ tỉnh về nhiệm vụ', 'Ban Chấp hành Đảng bộ tỉnh'],
    ['BCH Đảng bộ huyện Mai Châu về', 'Ban Chấp hành Đảng bộ huyện'],
  ])('%s', (text, head) => {
    expect(parseIssuers(text, defaultPlaces)?.issuers[0].head).toBe(head);
  });
  it('counter-example: "BCH" of a mass organisation is not the Party\'s', () => {
    expect(parseIssuers('BCH Hội Nông dân huyện về', defaultPlaces)?.issuers[0].head).toBe(
      'Ban Chấp hành Hội Nông dân huyện',
    );
  });
});

describe('an abbreviation in brackets inside a name ("Hội Cựu chiến binh (CCB) Việt Nam")', () => {
  it('is passed over, and the length is counted in the text as written', () => {
    const raw = 'Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam đã ban hành';
    const got = parseIssuers(raw, defaultPlaces);
    expect(got?.issuers[0]).toMatchObject({ head: 'Trung ương Hội Cựu chiến binh Việt Nam', central: true });
    expect(raw.slice(0, got?.length)).toBe('Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam');
  });
  it('counter-example: a term in brackets after the name is read as the term', () => {
    expect(parseIssuers('Ban Chấp hành Trung ương Đảng (khóa XI) về', defaultPlaces)?.issuers[0].term).toBe(
      'XI',
    );
  });
});

describe('a citation with no body after it: the subject of "ban hành" right before it', () => {
  const cited = (text: string, symbol: string) =>
    extractDocument(text, { source: 'x.txt' }).documents.find((d) => d.symbol === symbol);
  it('"Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam đã ban hành Hướng dẫn số 13/HD-CCB" is national', () => {
    const d = cited(
      'Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam đã ban hành Hướng dẫn số 13/HD-CCB ngày 25/7/2025, quy định cụ thể việc tổ chức Đại hội.',
      '13/HD-CCB',
    );
    expect([d?.scope, d?.issuer]).toEqual(['national', 'Trung ương Hội Cựu chiến binh Việt Nam']);
  });
  it('counter-example: a body after the number wins', () => {
    const d = cited(
      'Sở Tư pháp đã ban hành văn bản triển khai Hướng dẫn số 13/HD-CCB ngày 25/7/2024 của Hội Cựu chiến binh tỉnh Nam Định.',
      '13/HD-CCB',
    );
    expect(d?.scope).toBe('Nam Định');
  });
});

describe('a steering committee named at length, up to its place', () => {
  it.each([
    ['Ban Chỉ đạo phát triển khoa học huyện Krông Nô về', 'Krông Nô'],
    ['Ban chỉ đạo Đại hội đại biểu các Dân tộc thiểu số huyện Krông Nô lần thứ IV - năm 2024.', 'Krông Nô'],
  ])('%s', (text, district) => {
    expect(parseIssuers(text, defaultPlaces)?.issuers[0]).toMatchObject({ level: 'district', district });
  });
  it('counter-example: the name stops at "về" and names no place', () => {
    expect(
      parseIssuers('Ban Chỉ đạo về phòng chống thiên tai huyện Krông Nô', defaultPlaces)?.issuers[0].district,
    ).toBeNull();
  });
});

describe("a People's Committee's office named with its city's short kind ('Văn phòng UBND TP Cần Thơ')", () => {
  // dev37 es06: "(CT) - Văn phòng UBND TP Cần Thơ vừa ban hành Công văn số 1560/VPUB-XDĐT …".
  it('is read, and named with the city', () => {
    const doc = extractDocument(
      '(CT) - Văn phòng UBND TP Cần Thơ vừa ban hành Công văn số 1560/VPUB-XDĐT gửi Sở Xây dựng về việc rà soát quy hoạch đô thị.\n',
      { source: 'es06.txt' },
    ).documents.find((d) => d.symbol === '1560/VPUB-XDĐT');
    expect([doc?.scope, doc?.issuer]).toEqual(['Cần Thơ', 'Văn phòng Ủy ban nhân dân thành phố Cần Thơ']);
  });
  it("and a district's office by its district", () =>
    expect(parseIssuers('Văn phòng UBND huyện Tam Đường về', defaultPlaces)?.issuers[0].district).toBe(
      'Tam Đường',
    ));
});

describe('the level word that ends a body named by a generic head (GENERIC_LEVEL_WORD)', () => {
  // dev38 et14: "Chương trình hành động số 03-CTr/ĐU … của Ban Chấp hành Đảng bộ Ủy ban nhân dân thành phố thực hiện …".
  it.each([
    [
      'Ban Chấp hành Đảng bộ Ủy ban nhân dân thành phố thực hiện',
      'Ban Chấp hành Đảng bộ Ủy ban nhân dân thành phố',
      null,
    ],
    ['Ban cán sự đảng Ủy ban nhân dân tỉnh Lai Châu về', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Lai Châu'],
  ])('%s', (text, head, province) => {
    const got = parseIssuers(text, defaultPlaces)?.issuers[0];
    expect([got?.head, got?.province]).toEqual([head, province]);
  });
});

describe("a city's Party committee by its place ('Thành ủy Ninh Bình')", () => {
  // dev35 eq05: "Theo Kế hoạch số 154 ngày 19/11/2019 của Thành ủy Ninh Bình về đại hội đảng bộ, chi bộ cơ sở …".
  it.each([
    ['Thành ủy Ninh Bình về', 'Ninh Bình', 'Ninh Bình', 'district'],
    ['Thành ủy Pleiku về', 'Gia Lai', 'Pleiku', 'district'],
    ['Thành ủy Hải Phòng về', 'Hải Phòng', null, 'province'],
    ['Ban Thường vụ Thành ủy Hà Nội về', 'Hà Nội', null, 'province'],
  ])('%s', (text, province, district, level) => {
    const got = parseIssuers(text, defaultPlaces)?.issuers[0];
    expect([got?.province, got?.district, got?.level]).toEqual([province, district, level]);
  });
  it('named alone it stays the committee its code says, named without a level word', () => {
    const doc = extractDocument(
      'Thực hiện Kế hoạch số 52-KH/TU ngày 5/3/2012 của Ban Thường vụ Thành ủy về tuyên truyền.\n',
      {
        source: 'hn.txt',
      },
    );
    expect(doc.documents.find((d) => d.symbol === '52-KH/TU')?.issuer).not.toMatch(/thành phố/u);
  });
});

describe('the central emulation and commendation board, named (dev62 gr08)', () => {
  const scopeOf = (text: string, symbol: string) =>
    extractDocument(text, { source: 'qd.txt' }).documents.find((d) => d.symbol === symbol)?.scope;
  const head =
    'ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 1650/QĐ-UBND\nYên Bái, ngày 20 tháng 7 năm 2018\nQUYẾT ĐỊNH\n';
  it('"của Ban Thi đua-Khen thưởng Trung ương" is national', () =>
    expect(
      scopeOf(
        `${head}Căn cứ Hướng dẫn số 1479/HD-BTĐKT ngày 25/7/2016 của Ban Thi đua-Khen thưởng Trung ương, hướng dẫn tổ chức cụm, khối thi đua;\n`,
        '1479/HD-BTĐKT',
      ),
    ).toBe('national'));
  it("a province's board with the same code is the province's", () =>
    expect(
      scopeOf(
        `${head}Căn cứ Hướng dẫn số 01/HD-BTĐKT ngày 5/1/2018 của Ban Thi đua - Khen thưởng tỉnh, hướng dẫn công tác thi đua;\n`,
        '01/HD-BTĐKT',
      ),
    ).toBe('Yên Bái'));
});

describe('a headline that opens on a body above the communes it names (dev53 gi12)', () => {
  const text =
    'UBND tỉnh Gia Lai vừa có Quyết định số 1165 về việc điều chỉnh phân loại lại đơn vị hành chính của phường An Phước, An Tân và phường Ngô Mây thuộc thị xã An Khê.\n\nBãi bỏ việc phân loại đơn vị hành chính của phường An Phước tại Quyết định số 415/QĐ-UBND ngày 5/9/2020, phường Ngô Mây tại Quyết định số 314/QĐ-UBND ngày 20/5/2010 của UBND tỉnh Gia Lai.\n\nChủ tịch UBND thị xã An Khê và Chủ tịch UBND các phường chịu trách nhiệm thi hành Quyết định này.\n';
  it("is that body's news: the page and what it cites without a body are the province's", () => {
    const g = extractDocument(text, { source: 'gi12.txt' });
    expect(g.documents.find((d) => d.source === 'gi12.txt')?.scope).toBe('Gia Lai');
    expect(g.documents.find((d) => d.symbol === '415/QĐ-UBND')?.scope).toBe('Gia Lai');
  });
  it("counter-example: a headline that opens on the commune's own body stays the commune's", () => {
    const g = extractDocument(
      'Đảng ủy xã Nghĩa Tá tổ chức hội nghị triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n\nBắc Kạn: các cấp ủy quán triệt nghị quyết.\n',
      { source: 'nt.txt' },
    );
    expect(g.documents.find((d) => d.source === 'nt.txt')?.scope).toBe('Bắc Kạn/Chợ Đồn/Nghĩa Tá');
  });
});

describe('"UBND thành phố" cited inside a province is one of its cities, not the province', () => {
  const cited = (head: string) => {
    const g = extractDocument(
      `${head}\nQUYẾT ĐỊNH\nCăn cứ Kế hoạch số 7722/KH-UBND ngày 14/6/2018 của UBND thành phố về việc lấy ý kiến cử tri;\n`,
      { source: 'x.txt' },
    );
    return g.documents.find((d) => d.symbol === '7722/KH-UBND');
  };
  it("in a provincial text, a city it does not name (never 'thành phố Đồng Nai')", () =>
    expect(
      cited('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 12/QĐ-UBND\nĐồng Nai, ngày 20 tháng 6 năm 2018'),
    ).toMatchObject({
      scope: 'Đồng Nai',
      issuer: 'Ủy ban nhân dân thành phố',
    }));
  it("in a city's own text, that city", () =>
    expect(
      cited('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BIÊN HÒA\nSố: 12/QĐ-UBND\nBiên Hòa, ngày 20 tháng 6 năm 2018'),
    ).toMatchObject({ scope: 'Đồng Nai/Biên Hòa', issuer: 'Ủy ban nhân dân thành phố Biên Hòa' }));
  it('in a centrally-run city, the city itself', () =>
    expect(
      cited('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/QĐ-UBND\nHà Nội, ngày 20 tháng 6 năm 2018'),
    ).toMatchObject({ scope: 'Hà Nội', issuer: 'Ủy ban nhân dân thành phố Hà Nội' }));
});

describe('NEWSPAPER_SITE rows', () => {
  it.each(NEWSPAPER_SITE.examples)('example: %s', (s) => expect(NEWSPAPER_SITE.pattern.test(s)).toBe(true));
  it.each(NEWSPAPER_SITE.counterExamples)('counter-example: %s', (s) =>
    expect(NEWSPAPER_SITE.pattern.test(s)).toBe(false),
  );
});

describe('national bodies below the Party and State centre are national wherever they are cited from', () => {
  const cited = (text: string, symbol: string): Record<string, unknown> | undefined =>
    extractDocument(text, { source: 'n.txt' }).documents.find((d) => d.symbol === symbol) as never;
  it('the Red Cross\'s central committee, its code typed with "TƯ" (dev89 js06)', () =>
    expect(
      cited(
        'Thực hiện Kế hoạch số 60/KH-TƯHCTĐ ngày 06/02/2025 về triển khai tháng Nhân đạo năm 2025, Hội Chữ thập đỏ tỉnh Đắk Lắk tổ chức lễ phát động.\n',
        '60/KH-TƯHCTĐ',
      ),
    ).toMatchObject({ scope: 'national', issuer: 'Trung ương Hội Chữ thập đỏ Việt Nam' }));
  it('the national academy, named for the person, not the city (dev86 jp10)', () =>
    expect(
      cited(
        'Thực hiện Kế hoạch số 57-KH/HVCTQG ngày 05/02/2025, Ban Tuyên giáo Tỉnh ủy Bình Định ban hành Kế hoạch số 49-KH/BTGTU.\n',
        '57-KH/HVCTQG',
      ),
    ).toMatchObject({ scope: 'national', issuer: 'Học viện Chính trị quốc gia Hồ Chí Minh' }));
});

describe("a Party committee's board on the letterhead line under it (UNITS_UNDER_PARENT)", () => {
  const own = (head: string, number: string): Record<string, unknown> =>
    extractDocument(
      `${head}\n*\nSố ${number}\n\nTriệu Sơn, ngày 20 tháng 9 năm 2021\n\nHƯỚNG DẪN\nTuyên truyền kỷ niệm các ngày lễ lớn\n\nThực hiện Hướng dẫn số 25-HD/BTGTU, ngày 16/9/2021 của Ban Tuyên giáo Tỉnh ủy Thanh Hóa.\n`,
      { source: 'own.txt' },
    ).documents.find((d) => d.source === 'own.txt') as never;
  it('under the motto of a flattened second column (dev90 jt09)', () =>
    expect(own('HUYỆN ỦY TRIỆU SƠN\nĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO', '15 - HD/BTGHU')).toMatchObject({
      issuer: 'Ban Tuyên giáo Huyện ủy Triệu Sơn',
      scope: 'Thanh Hóa/Triệu Sơn',
    }));
  it("of a provincial city's Party committee is the city's, of a centrally-run city's the city's too (dev90 jt07)", () => {
    expect(own('THÀNH ỦY BẮC NINH\nBAN TUYÊN GIÁO', '29-HD/BTG')).toMatchObject({
      issuer: 'Ban Tuyên giáo Thành ủy Bắc Ninh',
      scope: 'Bắc Ninh/Bắc Ninh',
    });
    expect(own('THÀNH ỦY HẢI PHÒNG\nBAN TUYÊN GIÁO', '29-HD/BTGTU')).toMatchObject({
      issuer: 'Ban Tuyên giáo Thành ủy Hải Phòng',
      scope: 'Hải Phòng',
    });
  });
});

describe('a letterhead body named for the nation, with no place on any line (NATION_NAME; dev86 jp09)', () => {
  const own = (head: string): Record<string, unknown> =>
    extractDocument(
      `${head}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\nSố: 13/BTC-TĐKT\nV/v bổ sung hướng dẫn công tác khen thưởng\n\nHà Nội, ngày 08 tháng 09 năm 2009\n\nKính gửi: Ban Chỉ đạo các tỉnh\n`,
      { source: 'own.txt' },
    ).documents.find((d) => d.source === 'own.txt') as never;
  it('is national, whatever city its place-date line names', () =>
    expect(
      own('BAN TỔ CHỨC\nĐẠI HỘI ĐẠI BIỂU\nCÁC DÂN TỘC THIỂU SỐ VIỆT NAM\nTIỂU BAN THI ĐUA – KHEN THƯỞNG'),
    ).toMatchObject({ scope: 'national' }));
  it("counter-example: a place on a line under it makes it that place's", () =>
    expect(own('ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG NINH')).toMatchObject({ scope: 'Quảng Ninh' }));
});
