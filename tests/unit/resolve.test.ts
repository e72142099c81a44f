/** Scope, identity and merging of documents and relations. */
import { describe, expect, it } from 'vitest';
import { extractDocument, mergeExtractions } from '../../src/extract';
import {
  documentLocality,
  issuerName,
  referenceLocality,
  scopeOf,
  type Locality,
  withoutDistrictAfterReform,
} from '../../src/resolve/scope';
import { datelessId, documentId } from '../../src/resolve/identity';
import { mergeGraphs } from '../../src/resolve/dedupe';
import { extractDocument } from '../../src/extract';
import { parseIssuers } from '../../src/parse/issuer';
import { NEWS_TAGS, newsTagProvince } from '../../src/tables/reposts';
import { parseSymbol } from '../../src/parse/symbol';
import { defaultPlaces } from '../../src/resolve/places';
import type { DocumentRecord, ExtractionGraph, RelationRecord } from '../../src/model';

const KON_TUM: Locality = { province: 'Kon Tum', district: null, level: 'province' };
const PHU_GIAO: Locality = { province: 'Bình Dương', district: 'Phú Giáo', level: 'district' };

describe('scope of a cited document', () => {
  it.each([
    ['98-KH/TU', '', KON_TUM, 'Kon Tum'],
    ['10-QC/TU', 'Tỉnh ủy Bình Dương', KON_TUM, 'Bình Dương'],
    ['25-NQ/TW', '', KON_TUM, 'national'],
    ['04/2015/NĐ-CP', '', PHU_GIAO, 'national'],
    ['104/KH-UBND', 'UBND huyện', PHU_GIAO, 'Bình Dương/Phú Giáo'],
    ['104/KH-UBND', '', PHU_GIAO, 'Bình Dương/Phú Giáo'],
    ['1138/KH-UBND', 'UBND tỉnh', PHU_GIAO, 'Bình Dương'],
    ['12-KH/HU', '', PHU_GIAO, 'Bình Dương/Phú Giáo'],
    ['56/KH-UBND', 'Ủy ban nhân dân huyện Dầu Tiếng', PHU_GIAO, 'Bình Dương/Dầu Tiếng'],
    ['2352-KH/BDVTW-BCSĐCP', 'Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ', KON_TUM, 'national'],
    ['133-KH/BDVTU-BCSĐ', 'Ban cán sự đảng UBND tỉnh và Ban dân vận Tỉnh ủy', KON_TUM, 'Kon Tum'],
    ['6888/VPCP-V.I', '', KON_TUM, 'national'],
    ['01/2007/TT-BKH', '', KON_TUM, 'national'],
    ['131/TGPL-NV', '', PHU_GIAO, 'Bình Dương'],
    ['77/SNV-TCBC', '', KON_TUM, 'Kon Tum'],
  ] as const)('%s "%s" cited from %o → %s', (symbol, issuer, citing, scope) => {
    const mentions = issuer ? (parseIssuers(issuer, defaultPlaces)?.issuers ?? []) : [];
    expect(scopeOf(referenceLocality(mentions, parseSymbol(symbol)!, citing))).toBe(scope);
  });

  const NOWHERE: Locality = { province: null, district: null, level: 'province' };
  it.each([
    // A commune cited where nothing else places it: the one unit of that name in the era of the date.
    ['16/KH-UBND', 'UBND xã Lương Minh', NOWHERE, '2025-11-18', 'Quảng Ninh/Lương Minh'],
    ['16/KH-UBND', 'UBND xã Lương Minh', NOWHERE, '2019-03-01', 'Quảng Ninh/Ba Chẽ/Lương Minh'],
    // In a provincial text the commune's district comes from the gazetteer too.
    [
      '02-NQ/ĐU',
      'Đảng ủy xã Phú Mỹ',
      { province: 'Cà Mau', district: null, level: 'province' },
      '2020-01-10',
      'Cà Mau/Phú Tân/Phú Mỹ',
    ],
    // Counter-example: eleven communes are called Phú Mỹ, and nothing says which.
    ['02-NQ/ĐU', 'Đảng ủy xã Phú Mỹ', NOWHERE, '2020-01-10', 'unknown'],
  ] as const)('%s "%s" cited from %o on %s → %s', (symbol, issuer, citing, date, scope) => {
    const mentions = parseIssuers(issuer, defaultPlaces)?.issuers ?? [];
    expect(scopeOf(referenceLocality(mentions, parseSymbol(symbol)!, citing, defaultPlaces, date))).toBe(
      scope,
    );
  });

  it("a commune's Party committee named without its commune is not given a province's level word", () => {
    const m = parseIssuers('Đảng ủy xã', defaultPlaces)!.issuers[0];
    expect(issuerName(m, NOWHERE, defaultPlaces)).toBe('Đảng ủy xã');
  });
});

describe('a text whose issuer names no place', () => {
  const scopeOf = (text: string): string =>
    extractDocument(text, { source: 'x.txt' }).documents.find((d) => d.source === 'x.txt')!.scope;
  it('is of the province of the district it names, when only one province has it', () =>
    expect(
      scopeOf(
        'Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025.\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:\n',
      ),
    ).toBe('Phú Yên'));
  it('with no letterhead, is of the district body its title names', () =>
    expect(
      scopeOf(
        'KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023\nTriển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi số năm 2023.\n',
      ).toLowerCase(),
    ).toBe("đắk nông/đắk r'lấp"));
  it('with no letterhead, of the city its body names with a capital ("Thành phố Hồ Chí Minh")', () =>
    expect(
      scopeOf(
        'Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Sở Tài chính.\nThực hiện Kết luận số 15-KL/ĐU ngày 29 tháng 10 năm 2025 về áp dụng cơ chế đặc thù trên địa bàn Thành phố Hồ Chí Minh; danh mục mỏ tại xã Thường Tân, xã Thường Tân và xã Phú Giáo.\n',
      ),
    ).toBe('Hồ Chí Minh'));
  it('with no letterhead, of the city its body names by its abbreviation ("UBND TPHCM", "TP. HCM")', () => {
    for (const city of ['TPHCM', 'TP.HCM', 'TP. HCM', 'TP Hồ Chí Minh'])
      expect(
        scopeOf(
          `(Thanhuytphcm.vn) - Chiều 25/10, Cụm thi đua 3 UBND ${city} gồm các quận: 7, 12, Bình Tân, Tân Phú, Gò Vấp, đã tổ chức tổng kết 10 năm thực hiện Chỉ thị số 25-CT/TU ngày 12/8/2014 của Thành ủy về đổi mới công tác thi đua.`,
        ),
        city,
      ).toBe('Hồ Chí Minh');
  });
  it("a news item is of the district its lead has for subject, after the agency's tag", () =>
    expect(
      scopeOf(
        'Triển khai nghị quyết của Thành ủy\n\n(CT) - Ngày 19-4, Thường trực Quận ủy Ninh Kiều tổ chức hội nghị triển khai, quán triệt Nghị quyết số 15-NQ/TU của Thành ủy Cần Thơ và các kế hoạch của Quận ủy.\n',
      ),
    ).toBe('Cần Thơ/Ninh Kiều'));
  it("a news item is of the district its headline names, under the page's time stamp", () =>
    expect(
      scopeOf(
        '19/04/2023 - 21:12\n\nTriển khai nghị quyết xây dựng và phát triển quận Ninh Kiều\n\nCác đại biểu được quán triệt Nghị quyết số 15-NQ/TU của Thành ủy Cần Thơ và Kế hoạch số 151-KH/QU của Ban Thường vụ Quận ủy.\n',
      ),
    ).toBe('Cần Thơ/Ninh Kiều'));
  it('names a district many provinces have, and a commune only one of them has', () =>
    expect(
      scopeOf(
        'Kiểm tra công tác chuẩn bị tổ chức Đại hội Đảng tại xã Vĩnh An\n\nSáng ngày 28-10-2024, đồng chí Lê Bích Phượng, Tỉnh ủy viên, Bí thư Huyện ủy Châu Thành làm Trưởng đoàn công tác, đến kiểm tra công tác chuẩn bị Đại hội Đảng bộ xã Vĩnh An lần thứ XVIII. Ban Chấp hành Đảng ủy xã Vĩnh An cũng ban hành Kế hoạch số 78-KH/ĐU ngày 7 tháng 10 năm 2024.\n',
      ),
    ).toBe('An Giang/Châu Thành'));
  it('names its district with a capitalised level word ("Huyện Giồng Riềng")', () =>
    expect(
      scopeOf(
        'Thực hiện Kế hoạch số 99-KH/ĐTN ngày 14 tháng 10 năm 2024 của Ban chấp hành đoàn Huyện Giồng Riềng về việc chỉ đạo tổ chức Đại hội các chi đoàn; Đoàn xã Hòa Hưng đã xây dựng Kế hoạch số 31-KH/ĐTN.\n',
      ),
    ).toBe('Kiên Giang/Giồng Riềng'));
  it('is of the province whose Party newspaper re-publishes it', () =>
    expect(
      scopeOf(
        'LTS: Ngày 25-11-2019, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU về nhiệm vụ phát triển kinh tế - xã hội năm 2020. Báo Nam Định xin giới thiệu toàn văn Nghị quyết của Ban Chấp hành Đảng bộ tỉnh.\n\nI. ĐÁNH GIÁ TÌNH HÌNH\n',
      ),
    ).toBe('Nam Định'));
  it('calling its province\'s bodies "UBND tỉnh", of no centrally-run city it names as a place', () => {
    const item = (own: string): string =>
      `Tổ chức chương trình văn hóa\n\nTrên cơ sở văn bản của Tổng Lãnh sự quán Ấn Độ tại thành phố Hồ Chí Minh, ${own} vừa ban hành văn bản số 4099/UBND-KGVX về tổ chức chương trình văn hóa.\n`;
    expect(scopeOf(item('UBND tỉnh'))).toBe('unknown');
    expect(scopeOf(item('UBND Thành phố'))).toBe('Hồ Chí Minh');
  });
  it('with no other sign, of the one province its words name bare more than once (dev84 jn10)', () => {
    const item = (a: string, b: string): string =>
      `Cán bộ, đảng viên và các tầng lớp nhân dân ${a} đang hướng về Đại hội XIV của Đảng. ${b} đang hội tụ "dư địa phát triển lớn".\n(ĐN)- Phó Bí thư Tỉnh ủy vừa ký ban hành Quy định số 155-QĐ/TU ngày 23/12/2025 về sinh hoạt chi bộ.\n`;
    expect(scopeOf(item('Đồng Nai', 'Đồng Nai'))).toBe('Đồng Nai');
    // Counter-examples: named once; two provinces named as often; the battle, not the province.
    expect(scopeOf(item('Đồng Nai', 'Đất nước'))).toBe('unknown');
    expect(scopeOf(item('Đồng Nai', 'Bình Dương'))).toBe('unknown');
    expect(scopeOf(item('Điện Biên Phủ', 'Điện Biên Phủ'))).toBe('unknown');
  });
  it('names its city with "Thành Phố" capitalised, as a campaign title does (dev85 jo14)', () =>
    expect(
      scopeOf(
        'Đoàn phường 13 tổ chức ra quân\n\nThực hiện chỉ thị số 19-CT/TU ngày 19/10/2018 của Ban Thường vụ Thành ủy về thực hiện Cuộc vận động "Người dân Thành Phố Hồ Chí Minh rèn luyện ý thức chấp hành pháp luật".\n',
      ),
    ).toBe('Hồ Chí Minh'));
  it('with no other sign, of the province its headline has for subject (dev87 jq14)', () => {
    const item = (headline: string): string =>
      `${headline}\n\nThứ 2, 28.09.2020 | 09:48:47\n\nNgay sau khi bắt tay vào thực hiện chương trình, Tỉnh ủy đã ban hành Chỉ thị số 21-CT/TU năm 2013 về việc tiếp tục dồn thửa đổi ruộng.\n`;
    expect(scopeOf(item('Hưng Yên nhiều sáng tạo trong xây dựng Nông thôn mới'))).toBe('Hưng Yên');
    // Counter-examples: a headline opening on no place; a place further into the headline.
    expect(scopeOf(item('Nhiều sáng tạo trong xây dựng Nông thôn mới'))).toBe('unknown');
    expect(scopeOf(item('Nông dân Hưng Yên nhiều sáng tạo'))).toBe('unknown');
  });
  it("of the district a media site's masthead names, and so is the district committee's text it cites (dev112 kp05)", () => {
    const item = (masthead: string): string =>
      `${masthead}\n\nỦy ban MTTQVN huyện triển khai công tác chuẩn bị Đại hội\n\nChiều ngày 14/9, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị quán triệt Chỉ thị số 29-CT/HU về lãnh đạo Đại hội MTTQ Việt Nam cấp cơ sở.\n`;
    const g = extractDocument(item('Truyền hình Đại Lộc'), { source: 'tin.txt' });
    expect(g.documents.find((d) => d.symbol === '29-CT/HU')?.scope).toBe('Quảng Nam/Đại Lộc');
    // A masthead naming no district.
    const national = extractDocument(item('Truyền hình Việt Nam'), { source: 'tin.txt' });
    expect(national.documents.find((d) => d.symbol === '29-CT/HU')?.scope).toBe('unknown');
  });
  it('dated after 1 July 2025, of the province that the one it names merged into', () =>
    expect(
      scopeOf(
        'Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 10-QĐ/TU, ngày 01/02/2023 của Ban Thường vụ Tỉnh ủy Hà Giang, về khen thưởng. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về khen thưởng tổ chức đảng, đảng viên.\n',
      ),
    ).toBe('Tuyên Quang'));
});

describe('a citation nested in the title of another', () => {
  const text = (body: string): string =>
    `ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 48/2025/QĐ-UBND\n\nGia Lai, ngày 10 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\nvề hỗ trợ học sinh\n\n${body}\n`;
  const scopeOfCited = (body: string, symbol: string): string | undefined =>
    extractDocument(text(body), { source: 'n.txt' }).documents.find((d) => d.symbol === symbol)?.scope;
  it("its body named without a place is the outer citation's, not the citing text's", () => {
    const body =
      'Căn cứ Quyết định số 48/2020/QĐ-UBND ngày 30 tháng 7 năm 2020 của Ủy ban nhân dân tỉnh Bình Định sửa đổi, bổ sung một số nội dung Quyết định số 78/2016/QĐ-UBND ngày 21 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh về việc quy định điều kiện hỗ trợ;';
    expect(scopeOfCited(body, '78/2016/QĐ-UBND')).toBe('Bình Định');
  });
  it("but a citation that is only the next item of a list is the citing text's", () => {
    const body =
      'Căn cứ Quyết định số 48/2020/QĐ-UBND ngày 30 tháng 7 năm 2020 của Ủy ban nhân dân tỉnh Bình Định về hỗ trợ học sinh; Quyết định số 78/2016/QĐ-UBND ngày 21 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh về việc quy định điều kiện hỗ trợ;';
    expect(scopeOfCited(body, '78/2016/QĐ-UBND')).toBe('Gia Lai');
  });
  it("cited by one of the outer body's communes, a text named without a body is the outer body's (dev88 jr12)", () => {
    const item =
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẮC KẠN\nỦY BAN NHÂN DÂN\nXÃ DƯƠNG QUANG\n\nSố: 12/BC-UBND\n\nDương Quang, ngày 10 tháng 10 năm 2018\n\nBÁO CÁO\nThu ngân sách năm 2018\n\nĐến tháng 9 năm 2018, theo Quyết định số 1948/QĐ-UBND ngày 21/9/2018 của UBND thành phố Bắc Kạn về việc điều chỉnh một số nội dung tại điều 1 của Quyết định số 2384/QĐ-UBND ngày 20/12/2017, giao tăng thêm thu ngân sách đối với xã Dương Quang là 80 triệu đồng. Hội đồng nhân dân xã Dương Quang đã họp.\n';
    const docs = extractDocument(item, { source: 'dq.txt' }).documents;
    expect(docs.find((d) => d.source === 'dq.txt')?.scope).toBe('Bắc Kạn/Bắc Kạn/Dương Quang');
    expect(docs.find((d) => d.symbol === '2384/QĐ-UBND')?.scope).toBe('Bắc Kạn/Bắc Kạn');
  });
});

describe('locality of the document being read', () => {
  it('a district office: place line, gazetteer and the body subject', () => {
    const loc = documentLocality({
      issuer: null,
      place: 'Phú Giáo',
      symbol: parseSymbol('02/CT-UBND'),
      body: 'Chủ tịch Ủy ban nhân dân huyện yêu cầu các đơn vị',
      places: defaultPlaces,
    });
    expect(loc).toEqual(PHU_GIAO);
  });

  it.each([
    // dev42 ex07: a portal's headline opening with the province it is about.
    [
      'Xuất bản thông tin\n\nĐồng Tháp: Huy động các nguồn lực hỗ trợ, chăm lo mọi người, mọi nhà đều có Tết\n\nChiều ngày 20/01, Ủy ban MTTQ Việt Nam Tỉnh tổ chức hội nghị.',
      'Đồng Tháp',
    ],
    // Counter-example: a word before a colon that is no province.
    [
      'Thông báo: Huy động các nguồn lực hỗ trợ, chăm lo mọi người, mọi nhà đều có Tết\n\nChiều ngày 20/01, hội nghị.',
      'unknown',
    ],
  ])('a headline that opens with its province (HEADLINE_PLACE): %#', (body, scope) => {
    const loc = documentLocality({ issuer: null, place: null, symbol: null, body, places: defaultPlaces });
    expect(scopeOf(loc)).toBe(scope);
  });

  it.each([
    // dev49 ge12: a provincial paper's item naming no province, its photo captioned with a commune and its district.
    [
      'Chủ tịch UBND tỉnh vừa có Công văn số 2080/UBND-KTTH về việc phòng cháy rừng.\n\nNgười dân xã Phước Bình (Bác Ái) trồng cây xanh gắn với bảo vệ rừng.',
      'Ninh Thuận',
    ],
    // Counter-example: a commune and a district the gazetteer does not pair.
    ['UBND tỉnh yêu cầu các huyện triển khai.\n\nNgười dân xã Phước Bình (Bắc Hà) trồng rừng.', 'unknown'],
  ])('a caption naming a commune with its district (COMMUNE_IN_DISTRICT): %#', (body, scope) => {
    const loc = documentLocality({ issuer: null, place: null, symbol: null, body, places: defaultPlaces });
    expect(scopeOf(loc)).toBe(scope);
  });

  it.each([
    // dev48 gd06: a city council's resolution with no letterhead; its bodies are "the city's", the city named bare.
    [
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\nSau khi xem xét Tờ trình số 33/TTr-UBND của Ủy ban nhân dân thành phố; ý kiến của các đại biểu Hội đồng nhân dân thành phố,\nQUYẾT NGHỊ:\nPhấn đấu Hải Phòng luôn là một trong những địa phương đi đầu.',
      'Hải Phòng',
    ],
    // Counter-examples: a province's text naming a city bare; a city's text naming only the person.
    ['Ủy ban nhân dân tỉnh yêu cầu các sở làm việc với Hải Phòng về cảng biển.', 'unknown'],
    ['Ủy ban nhân dân thành phố phát động học tập tư tưởng Hồ Chí Minh.', 'unknown'],
  ])(
    'a city text that calls its bodies "thành phố" and names the city bare (BARE_CITY): %#',
    (body, scope) => {
      const loc = documentLocality({ issuer: null, place: null, symbol: null, body, places: defaultPlaces });
      expect(scopeOf(loc)).toBe(scope);
    },
  );

  it("a province written with a hyphen glued to its second word, named as a body's place (BODY_PLACE; dev50 gf15)", () => {
    const body = 'Đó là nội dung công văn của Tỉnh ủy Bà Rịa-Vũng Tàu về việc bố trí thời gian họp.';
    const loc = documentLocality({ issuer: null, place: null, symbol: null, body, places: defaultPlaces });
    expect(scopeOf(loc)).toBe('Bà Rịa - Vũng Tàu');
  });

  it.each([
    // dev40 ev05: the district's Party committee issued what the item reports; the district is the one it names.
    [
      'Tiếp tục đẩy mạnh triển khai thực hiện Nghị quyết số 02 của Ban chấp hành Đảng bộ huyện khóa XV\n\nBan Chấp hành Đảng bộ huyện ban hành Nghị quyết số 02 về “Tập trung huy động các nguồn lực nhằm xây dựng và phát triển huyện Lắk trở thành khu du lịch trọng điểm của tỉnh Đắk Lắk vào năm 2030”.',
      'Đắk Lắk/Lắk',
    ],
    // dev37 es02: a mass organisation's provincial standing committee is the subject; a district is named as a place.
    [
      'Ban Thường vụ LĐLĐ tỉnh đã tổ chức Hội nghị cán bộ chuyên trách toàn tỉnh, ban hành Kế hoạch số 02/KH-LĐLĐ về thực hiện chủ đề năm. LĐLĐ tỉnh hỗ trợ 300 triệu đồng để sửa chữa Trường Mầm non xã Triệu Giang (huyện Triệu Phong).',
      'Quảng Trị',
    ],
    // Counter-example: the province's committee issued it; the district is what it is about.
    [
      'Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 02 về “Tập trung huy động các nguồn lực nhằm xây dựng và phát triển huyện Lắk trở thành khu du lịch trọng điểm của tỉnh Đắk Lắk vào năm 2030”.',
      'Đắk Lắk',
    ],
  ])(
    'an item reporting what a Party committee or a mass organisation did, by its level (BODY_SUBJECT): %#',
    (body, scope) => {
      const loc = documentLocality({ issuer: null, place: null, symbol: null, body, places: defaultPlaces });
      expect(scopeOf(loc)).toBe(scope);
    },
  );

  it.each([
    // "TỈNH ĐOÀN THANH HÓA / BCH ĐOÀN HUYỆN / THỌ XUÂN": only the parent body was read; a huyện is no province's seat.
    ['Thọ Xuân', 'Thanh Hóa/Thọ Xuân'],
    // A city or a town may be: the provincial body stays provincial.
    ['Thanh Hóa', 'Thanh Hóa'],
    ['Sầm Sơn', 'Thanh Hóa'],
  ])('a provincial body dated from %s', (place, scope) => {
    const loc = documentLocality({
      issuer: parseIssuers('Tỉnh đoàn Thanh Hóa', defaultPlaces)?.issuers[0] ?? null,
      place,
      symbol: parseSymbol('46-KH/ĐTN'),
      body: 'Thực hiện chương trình công tác Đoàn năm 2015',
      places: defaultPlaces,
      date: '2015-02-25',
    });
    expect(scopeOf(loc)).toBe(scope);
  });

  it.each([
    [
      'Ngày 18/02/2022, Ban Thường vụ Hội Nông dân huyện Kiên Lương (Kiên Giang), tổ chức Hội nghị triển khai Kế hoạch số 81-KH/HNDH.',
      'Kiên Giang/Kiên Lương',
    ],
    // Counter-example: a provincial body leads; the district is only where it acts.
    [
      'Ngày 18/02/2022, UBND tỉnh Kiên Giang tổ chức Hội nghị triển khai Kế hoạch số 81-KH/UBND tại huyện Kiên Lương và các huyện.',
      'Kiên Giang',
    ],
  ])('a news item with no letterhead takes the district its lead has for subject: %s', (lead, scope) => {
    const loc = documentLocality({
      issuer: null,
      place: null,
      symbol: null,
      // A provincial portal's page (dev23 ee13): its name line above the headline.
      body: `Cổng thông tin điện tử Hội Nông Dân tỉnh Kiên Giang\n\nPhong trào nông dân\n\nTHÔNG QUA KẾ HOẠCH HỘI THI NĂM 2022\n\n(15:37 | 25/02/2022)\n\n${lead}\n`,
      places: defaultPlaces,
      date: '2022-02-25',
    });
    expect(scopeOf(loc)).toBe(scope);
  });

  it('a provincial office dated in its capital city stays provincial', () => {
    const loc = documentLocality({
      issuer: null,
      place: 'Buôn Ma Thuột',
      symbol: parseSymbol('15/UBND-TH'),
      body: 'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành',
      places: defaultPlaces,
    });
    expect(scopeOf(loc)).toBe('Đắk Lắk');
  });

  it.each([
    // A commune's letterhead with nothing above it (the header hands its lines over title-cased): the gazetteer's
    // one commune of that name.
    ['Đảng ủy xã Nghĩa Tá', '2019-08-01', '', 'Bắc Kạn/Chợ Đồn/Nghĩa Tá'],
    ['Ủy ban nhân dân xã Lương Minh', '2025-11-18', '', 'Quảng Ninh/Lương Minh'],
    // A commune portal's news item that names no district or province: the commune it names.
    [
      null,
      null,
      'Thực hiện kế hoạch số 37-KH/ĐTN của Ban thường vụ xã Đoàn Ngọc Thành về việc',
      'Kiên Giang/Giồng Riềng/Ngọc Thành',
    ],
    // A district portal's item that mentions one of its wards and calls its own body "UBND Quận": the district's.
    [
      null,
      null,
      'Chủ tịch UBND Quận chủ trì phiên họp; Chủ tịch UBND phường Ngọc Lâm dự họp',
      'Hà Nội/Long Biên',
    ],
    // A numbered city district after its Party committee, written with its kind: "Quận ủy Quận 3".
    [
      null,
      null,
      'Kế hoạch số 221-KH/QU ngày 12/11/2019 của Ban Thường vụ Quận ủy Quận 3 về đại hội',
      'Hồ Chí Minh/Quận 3',
    ],
    // A news item whose headline names the commune it is about, in the province its body names.
    [
      null,
      null,
      'Công tác chuẩn bị Đại hội Đảng bộ xã Nghĩa Tá, nhiệm kỳ 2020-2025\n\nThực hiện Kế hoạch số 153-KH/TU của Ban Thường vụ Tỉnh ủy Bắc Kạn',
      'Bắc Kạn/Chợ Đồn/Nghĩa Tá',
    ],
    // Counter-example: a commune named only further down the text is not what the item is about.
    [
      null,
      null,
      'Tỉnh ủy Bắc Kạn sơ kết công tác năm 2019\n\nĐoàn công tác làm việc tại xã Nghĩa Tá; Tỉnh ủy Bắc Kạn chỉ đạo',
      'Bắc Kạn',
    ],
    // A headline's commune in the district the body names, with no province named (dev58 gn01).
    [
      null,
      null,
      'Đảng ủy phường Phúc La triển khai kế hoạch tổ chức Đại hội Chi bộ\n\nThực hiện Kế hoạch số 256-KH/QU, ngày 06/8/2019 của Quận ủy Hà Đông về tổ chức đại hội',
      'Hà Nội/Hà Đông/Phúc La',
    ],
    // Counter-example: a commune the district's body only visits.
    [
      null,
      null,
      'Quận ủy làm việc tại phường Phúc La\n\nThực hiện Kế hoạch số 256-KH/QU, ngày 06/8/2019 của Quận ủy Hà Đông về tổ chức đại hội',
      'Hà Nội/Hà Đông',
    ],
    // Counter-examples: a commune many provinces have, and a text that names its province.
    [null, null, 'Đảng ủy xã Phú Mỹ tổ chức hội nghị', 'unknown'],
    [null, null, 'xã Ngọc Thành phối hợp với tỉnh Hải Dương', 'Hải Dương'],
  ] as const)('issuer %s of %s, body "%s" → %s', (issuer, date, body, scope) => {
    const loc = documentLocality({
      issuer: issuer ? parseIssuers(issuer, defaultPlaces)!.issuers[0] : null,
      place: null,
      symbol: null,
      body,
      places: defaultPlaces,
      date,
    });
    expect(scopeOf(loc)).toBe(scope);
  });

  it('no place line: the province named most in the body', () => {
    const loc = documentLocality({
      issuer: parseIssuers('Ban Thường vụ Tỉnh ủy', defaultPlaces)!.issuers[0],
      place: null,
      symbol: null,
      body: 'của tỉnh Hải Dương trong thời kỳ mới; các cấp tỉnh Hải Dương; Tỉnh ủy Bắc Ninh',
      places: defaultPlaces,
    });
    expect(scopeOf(loc)).toBe('Hải Dương');
  });
});

describe('identity', () => {
  const sym = (s: string) => parseSymbol(s);
  it('scope + symbol + year; legal symbols carry their year', () => {
    expect(
      documentId({ scope: 'Kon Tum', symbol: sym('98-KH/TU'), year: 2019, kind: null, title: null }),
    ).toBe('Kon Tum|98-KH/TU|2019');
    expect(
      documentId({ scope: 'national', symbol: sym('04/2015/NĐ-CP'), year: 2015, kind: null, title: null }),
    ).toBe('national|04/2015/NĐ-CP');
    expect(datelessId('Kon Tum|98-KH/TU|2019')).toBe('Kon Tum|98-KH/TU');
  });

  it('unnumbered documents are named by kind and a stable hash of the title', () => {
    const a = documentId({ scope: 'Hải Dương', symbol: null, year: null, kind: 'Chỉ thị', title: 'về X' });
    expect(a).toMatch(/^Hải Dương\|\(unnumbered Chỉ thị\)\|[0-9a-f]{8}$/u);
    expect(documentId({ scope: 'Hải Dương', symbol: null, year: null, kind: 'Chỉ thị', title: 'về X' })).toBe(
      a,
    );
    expect(
      documentId({ scope: 'Hải Dương', symbol: null, year: null, kind: 'Chỉ thị', title: 'về Y' }),
    ).not.toBe(a);
  });

  it('43-CTr/TU and 43-KL/TW are different documents; a central document cited from two provinces is one', () => {
    const a = extractDocument(
      'Số: 1/UBND-VP\n\nQuảng Ngãi, ngày 01 tháng 01 năm 2020\n\nThực hiện Chương trình số 43-CTr/TU ngày 19/9/2013 của Tỉnh ủy và Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.',
      { source: 'a.txt' },
    );
    const b = extractDocument(
      'Số: 2/UBND-VP\n\nKon Tum, ngày 01 tháng 01 năm 2020\n\nThực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.',
      { source: 'b.txt' },
    );
    const g = mergeExtractions([a, b]);
    const ids = g.documents.map((d) => d.id).sort();
    expect(ids).toEqual(
      [
        'Kon Tum|2/UBND-VP|2020',
        'Quảng Ngãi|1/UBND-VP|2020',
        'Quảng Ngãi|43-CTr/TU|2013',
        'national|43-KL/TW|2019',
      ].sort(),
    );
    expect(g.relations.filter((r) => r.to === 'national|43-KL/TW|2019')).toHaveLength(2);
  });
});

const doc = (over: Partial<DocumentRecord>): DocumentRecord => ({
  id: 'x',
  symbol: null,
  number: null,
  kind: null,
  issuer: null,
  scope: 'national',
  date: null,
  year: null,
  title: null,
  ...over,
});
const rel = (from: string, to: string, type: RelationRecord['type']): RelationRecord => ({
  from,
  to,
  type,
  evidence: 'e',
  source: null,
});
const graph = (documents: DocumentRecord[], relations: RelationRecord[] = []): ExtractionGraph => ({
  documents,
  relations,
  warnings: [],
});

describe('merging', () => {
  it('fills nulls and keeps the most specific issuer', () => {
    const g = mergeGraphs([
      graph([
        doc({
          id: 'n|34/2007/PL-UBTVQH11',
          symbol: '34/2007/PL-UBTVQH11',
          issuer: 'Ủy ban Thường vụ Quốc hội',
        }),
      ]),
      graph([
        doc({
          id: 'n|34/2007/PL-UBTVQH11',
          issuer: 'Ủy ban Thường vụ Quốc hội (khóa XI)',
          date: '2007-04-20',
          title: 'thực hiện dân chủ ở xã, phường, thị trấn',
        }),
      ]),
    ]);
    expect(g.documents).toHaveLength(1);
    expect(g.documents[0]).toMatchObject({
      symbol: '34/2007/PL-UBTVQH11',
      issuer: 'Ủy ban Thường vụ Quốc hội (khóa XI)',
      date: '2007-04-20',
      title: 'thực hiện dân chủ ở xã, phường, thị trấn',
    });
    expect(g.warnings).toEqual([]);
  });

  it('warns on conflicting issuers and dates, keeping the first', () => {
    const g = mergeGraphs([
      graph([doc({ id: 'k', symbol: 'S', issuer: 'Bộ Chính trị', date: '2013-12-12' })]),
      graph([doc({ id: 'k', symbol: 'S', issuer: 'Ban Bí thư', date: '2013-12-13' })]),
    ]);
    expect(g.documents[0]).toMatchObject({ issuer: 'Bộ Chính trị', date: '2013-12-12' });
    expect(g.warnings.map((w) => w.code).sort()).toEqual(['DATE_CONFLICT', 'ISSUER_CONFLICT']);
  });

  it('the full text of a document wins over what citations say of it', () => {
    const g = mergeGraphs([
      graph([doc({ id: 'k', symbol: 'S', title: 'a longer title written by someone citing it' })]),
      graph([doc({ id: 'k', symbol: 'S', title: 'its own title', source: 'k.txt' })]),
    ]);
    expect(g.documents[0]).toMatchObject({ title: 'its own title', source: 'k.txt' });
  });

  it('merges a dateless citation into the one dated document of that scope and symbol', () => {
    const g = mergeGraphs([
      graph(
        [doc({ id: 'a' }), doc({ id: 'Kon Tum|98-KH/TU', symbol: '98-KH/TU' })],
        [rel('a', 'Kon Tum|98-KH/TU', 'IMPLEMENTS')],
      ),
      graph([doc({ id: 'Kon Tum|98-KH/TU|2019', symbol: '98-KH/TU', date: '2019-06-25' })]),
    ]);
    expect(g.documents.map((d) => d.id).sort()).toEqual(['Kon Tum|98-KH/TU|2019', 'a']);
    expect(g.relations[0].to).toBe('Kon Tum|98-KH/TU|2019');
  });

  it('keeps a dateless citation apart when two dated documents share its symbol', () => {
    const g = mergeGraphs([
      graph([
        doc({ id: 'K|1/KH-UBND', symbol: '1/KH-UBND' }),
        doc({ id: 'K|1/KH-UBND|2019', symbol: '1/KH-UBND', date: '2019-01-02' }),
        doc({ id: 'K|1/KH-UBND|2020', symbol: '1/KH-UBND', date: '2020-01-03' }),
      ]),
    ]);
    expect(g.documents).toHaveLength(3);
    expect(g.warnings.map((w) => w.code)).toEqual(['AMBIGUOUS_CITATION']);
  });

  it('one relation per ordered pair, the most specific type', () => {
    const g = mergeGraphs([
      graph(
        [doc({ id: 'a' }), doc({ id: 'b' })],
        [rel('a', 'b', 'CITES'), rel('a', 'b', 'IMPLEMENTS'), rel('b', 'a', 'CITES')],
      ),
      graph([], [rel('a', 'b', 'REVIEWS'), rel('a', 'a', 'CITES')]),
    ]);
    expect(g.relations.map((r) => `${r.from}>${r.to}:${r.type}`).sort()).toEqual([
      'a>b:IMPLEMENTS',
      'b>a:CITES',
    ]);
  });

  it('flags a document carrying out a later one', () => {
    const g = mergeGraphs([
      graph(
        [
          doc({ id: 'a', symbol: '739/KH-UBND', date: '2018-03-28' }),
          doc({ id: 'b', symbol: '51-CTr/TU', date: '2018-08-09' }),
        ],
        [rel('a', 'b', 'IMPLEMENTS')],
      ),
    ]);
    expect(g.warnings).toMatchObject([{ code: 'CHRONOLOGY' }]);
    expect(g.warnings[0].message).toContain('739/KH-UBND');
  });
});

describe('a text with no date of its own', () => {
  it('is no older than the latest text it cites: its commune is of that era', () => {
    const text = (cited: string): string =>
      `ỦY BAN NHÂN DÂN\nXÃ LƯƠNG MINH\n\nSố: 16/KH-UBND\n\nKẾ HOẠCH\nvề việc tổ chức\n\nCăn cứ Kế hoạch số 12/KH-UBND ngày ${cited} của Ủy ban nhân dân tỉnh Quảng Ninh;\n`;
    const own = (t: string) => extractDocument(t, { source: 'kh.txt' }).documents.find((d) => d.source);
    expect(own(text('20/9/2025'))?.scope).toBe('Quảng Ninh/Lương Minh');
    expect(own(text('20/9/2019'))?.scope).toBe('Quảng Ninh/Ba Chẽ/Lương Minh');
  });
});

describe("a cited text dated after districts were abolished is no district's (withoutDistrictAfterReform)", () => {
  const locHa = { province: 'Hà Tĩnh', district: 'Lộc Hà', level: 'district' } as const;
  it('"Nghị quyết 159/2025/NQ-HĐND ngày 29/10/2025" cited in a Lộc Hà item is the province\'s', () => {
    expect(withoutDistrictAfterReform(locHa, '2025-10-29')).toEqual({
      province: 'Hà Tĩnh',
      district: null,
      level: 'province',
    });
  });
  it.each([
    ['dated before the reform', '2025-06-30'],
    ['with no written date', null],
  ])("counter-example: %s it stays the district's", (_why, date) => {
    expect(withoutDistrictAfterReform(locHa, date)).toEqual(locHa);
  });
});

describe("a provincial newspaper's tag gives the province of an item that names none (NEWS_TAGS)", () => {
  it.each(NEWS_TAGS.map((t) => [t.tag, t.example, t.province] as const))(
    '%s: %s',
    (_tag, example, province) => {
      expect(newsTagProvince(example)).toBe(province);
    },
  );
  it.each([
    '(ĐCSVN) - Ngày 5/3, Bộ Chính trị ban hành',
    '(CT) - Sáng 5/3, Quận ủy tổ chức',
    'Ngày 5/3 (QBĐT) - UBND',
  ])('counter-example: %s', (line) => {
    expect(newsTagProvince(line)).toBeNull();
  });
  it("a dispatch reported under the tag is that province's", () => {
    const g = extractDocument(
      '(QBĐT) - Ngày 13-11, Chủ tịch UBND tỉnh có Công điện số 19/CĐ-UBND, điện Chủ tịch UBND các huyện.\nNội dung Công điện cụ thể như sau:\nThực hiện Công điện số 1597/CĐ-TTg ngày 12-11-2020 của Thủ tướng Chính phủ, yêu cầu các địa phương chủ động ứng phó.\n',
      { source: 'qb.txt' },
    );
    expect(g.documents.find((d) => d.source)).toMatchObject({ symbol: '19/CĐ-UBND', scope: 'Quảng Bình' });
  });
});
