/** Header and footer: number, place and date, kind and title, issuer block, Kính gửi, Nơi nhận, signature. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_TEXT_MARKS, REPOST_LEADS, SUMMARY_MARKS } from '../../src/tables/reposts';
import { itChecksPatternRows } from './pattern-rows';
import { DISTRICT_MEDIA_MASTHEAD, RELATED_LINKS_HEADING } from '../../src/tables/site-chrome';
import { parseHeader, type HeaderInfo } from '../../src/parse/header';
import { normalizeText } from '../../src/text/normalize';
import { layoutText } from '../../src/layout';

const SEED = path.resolve(__dirname, '../../seed');
const read = (text: string): HeaderInfo => {
  const n = normalizeText(text);
  return parseHeader(n.text, n.bodyEnd);
};
/** As extractDocument reads it: after layout, which says where the title and the preamble start. */
const laidOut = (text: string): HeaderInfo => {
  const n = layoutText(normalizeText(text));
  const block = (kind: string) => n.blocks.find((b) => b.kind === kind);
  return parseHeader(
    n.text,
    n.bodyEnd,
    n.headerStart,
    block('title')?.end ?? Infinity,
    block('preamble')?.start ?? Infinity,
  );
};
const seed = (name: string): HeaderInfo => read(readFileSync(path.join(SEED, `${name}.txt`), 'utf8'));

function view(h: HeaderInfo) {
  return {
    symbol: h.symbol?.symbol ?? null,
    number: h.symbol?.number ?? null,
    place: h.place,
    date: h.date,
    year: h.year,
    kind: h.kind,
    title: h.title,
    issuerLines: h.issuerLines,
    signature: h.signature,
  };
}

describe('seed headers', () => {
  it('a Công văn with a stamp and a V/v line (000)', () => {
    const h = seed('000_70c127e0a27932bb');
    expect(view(h)).toEqual({
      symbol: '4611/UBND-NC',
      number: '4611',
      place: 'Quảng Ngãi',
      date: '2015-09-14',
      year: 2015,
      kind: 'Công văn',
      title: 'nâng cao hiệu quả công tác dân vận của cơ quan nhà nước',
      issuerLines: [],
      signature: { name: 'Lê Việt Chữ', authority: null, role: 'CHỦ TỊCH' },
    });
    expect(h.addressees).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố']);
    expect(h.recipients[0]).toBe('Như trên');
    expect(h.recipients).toContain('Lưu: VT, NC20150554');
  });

  it('a Party directive without number or date, issuer in the "CỦA …" line, stamp not taken (001)', () => {
    expect(view(seed('001_ec6cdaf992dc6320'))).toEqual({
      symbol: null,
      number: null,
      place: null,
      date: null,
      year: null,
      kind: 'Chỉ thị',
      title:
        'về tiếp tục đổi mới, tăng cường công tác dân vận của cơ quan nhà nước và chính quyền các cấp trong tình hình mới',
      issuerLines: ['BAN THƯỜNG VỤ TỈNH ỦY'],
      signature: { name: 'Phạm Xuân Thăng', authority: null, role: null },
    });
  });

  it('a draft with blank number and date (002)', () => {
    expect(view(seed('002_6cf038721f193c12'))).toEqual({
      symbol: '/UBND-KGVX',
      number: null,
      place: 'Kon Tum',
      date: null,
      year: null,
      kind: 'Công văn',
      title: 'nâng cao hiệu quả hoạt động công tác dân vận chính quyền các cấp',
      issuerLines: [],
      signature: { name: 'Nguyễn Văn Hòa', authority: 'TM. ỦY BAN NHÂN DÂN', role: 'CHỦ TỊCH' },
    });
  });

  it('a district directive with "Số: 02 /CT-UBND" (003)', () => {
    const h = seed('003_9ac44cf077a342da');
    expect(view(h)).toMatchObject({
      symbol: '02/CT-UBND',
      place: 'Phú Giáo',
      date: '2018-04-05',
      kind: 'Chỉ thị',
      signature: { name: 'Đoàn Văn Đông', authority: null, role: 'CHỦ TỊCH' },
    });
    expect(h.title).toMatch(/^Về việc tiếp tục thực hiện .* đến năm 2020$/u);
  });

  it('an issuer block, bold number and day, and a KT. signature (004)', () => {
    expect(view(seed('004_8800843da0d968ee'))).toEqual({
      symbol: '1225/UBND-NC',
      number: '1225',
      place: 'Quảng Trị',
      date: '2020-03-24',
      year: 2020,
      kind: 'Công văn',
      title: 'tiếp tục đẩy mạnh thực hiện công tác dân vận chính quyền',
      issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'],
      signature: { name: 'Hoàng Nam', authority: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', role: 'PHÓ CHỦ TỊCH' },
    });
  });
});

describe('other header layouts', () => {
  it.each([
    [
      'an OCR\'d motto that lost its accent ("CỘNG HOA"), and the body with its place under it after the motto line',
      'TONG CỤC THUẾ\nCỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC THUẾ TP HÀ NỘI\nĐộc lập - Tự do - Hạnh phúc\nV/v nộp hồ sơ khai thuế\n\nKính gửi: Người nộp thuế\n\nNội dung.',
      { issuerLines: ['TONG CỤC THUẾ', 'CỤC THUẾ TP HÀ NỘI'] },
    ],
    [
      // Counter-example: the wrapped end of a name after the motto line is not another body.
      'a name wrapped beside the motto',
      'ỦY BAN THƯỜNG VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUỐC HỘI\nĐộc lập - Tự do - Hạnh phúc\nSố: 1673/NQ-UBTVQH15\nHà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nvề việc sắp xếp\n\nCăn cứ Hiến pháp;',
      { issuerLines: ['ỦY BAN THƯỜNG VỤ'] },
    ],
    [
      'a motto wrapped over two lines is no part of the issuer',
      'ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nCỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập\n- Tự do - Hạnh phúc\nSố: 12/HD-MTTQ-BTT\nLương Minh, ngày 22 tháng 12 năm 2025\n\nHƯỚNG DẪN\nCác cơ quan giới thiệu người ứng cử\n\nCăn cứ Luật Bầu cử;',
      { issuerLines: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ LƯƠNG MINH', 'BAN THƯỜNG TRỰC'] },
    ],
    [
      "two columns flattened line by line: the place after the motto line is still the issuer's",
      'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CHÂU THÀNH\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 850/UBND\nChâu Thành, ngày 12 tháng 9 năm 2017\nV/v tham mưu xây dựng phương án\n\nKính gửi: Phòng Nông nghiệp.\n\nNội dung.',
      { symbol: '850/UBND', issuerLines: ['ỦY BAN NHÂN DÂN', 'HUYỆN CHÂU THÀNH'] },
    ],
    [
      'number and place on one line (two columns)',
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 123/UBND-VP\t\tHà Nội, ngày 05 tháng 01 năm 2024\nV/v tổ chức Tết Nguyên đán\n\nKính gửi: Các sở, ngành Thành phố.\n\nNội dung.',
      {
        symbol: '123/UBND-VP',
        place: 'Hà Nội',
        date: '2024-01-05',
        kind: 'Công văn',
        title: 'tổ chức Tết Nguyên đán',
      },
    ],
    [
      'Party number without colon, dotted blank day',
      'ĐẢNG BỘ TỈNH KON TUM\nTỈNH ỦY\n*\nSố 45-NQ/TU\n\nKon Tum, ngày ...... tháng ..... năm 2021\n\nNGHỊ QUYẾT\n\nvề phát triển kinh tế - xã hội\n\nCăn cứ Điều lệ Đảng;',
      {
        symbol: '45-NQ/TU',
        place: 'Kon Tum',
        date: null,
        year: 2021,
        kind: 'Nghị quyết',
        title: 'về phát triển kinh tế - xã hội',
      },
    ],
    [
      'a legal document with a multi-line title',
      'BỘ Y TẾ\n\nSố: 15/2023/TT-BYT\n\nHà Nội, ngày 03 tháng 7 năm 2023\n\nTHÔNG TƯ\n\nQuy định giá dịch vụ khám bệnh, chữa bệnh\ntheo yêu cầu tại cơ sở khám bệnh\n\nCăn cứ Luật Khám bệnh, chữa bệnh;',
      {
        symbol: '15/2023/TT-BYT',
        date: '2023-07-03',
        kind: 'Thông tư',
        title: 'Quy định giá dịch vụ khám bệnh, chữa bệnh theo yêu cầu tại cơ sở khám bệnh',
        issuerLines: ['BỘ Y TẾ'],
      },
    ],
  ])('%s', (_name, text, want) => {
    expect(view(read(text))).toMatchObject(want);
  });

  it.each([
    [
      'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn An',
      { name: 'Nguyễn Văn An', authority: 'TL. CHỦ TỊCH', role: 'CHÁNH VĂN PHÒNG' },
    ],
    ['Q. GIÁM ĐỐC\n\nTrần Thị Bích', { name: 'Trần Thị Bích', authority: 'Q. GIÁM ĐỐC', role: null }],
    [
      'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Minh Hưng',
      { name: 'Lê Minh Hưng', authority: 'T/M BAN THƯỜNG VỤ', role: 'PHÓ BÍ THƯ' },
    ],
  ])('signature block %#', (block, want) => {
    expect(read(`Số: 1/UBND\n\nNội dung văn bản.\n\n${block}\n`).signature).toEqual(want);
  });
});

describe('a title longer than a name', () => {
  it('is cut at a word under 400 characters and ends with "…"', () => {
    const long = Array.from({ length: 60 }, (_, i) => `QUYẾT ĐỊNH SỐ ${i + 1}/2014/QĐ-UBND`).join(' VÀ ');
    const h = parseHeader(
      `Số: 81/2025/QĐ-UBND\nĐà Nẵng, ngày 17 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBÃI BỎ ${long}\n\nCăn cứ Luật.`,
    );
    expect(h.title?.length).toBeLessThanOrEqual(400);
    expect(h.title?.endsWith('…')).toBe(true);
    expect(h.title?.startsWith('BÃI BỎ QUYẾT ĐỊNH SỐ 1/2014/QĐ-UBND')).toBe(true);
  });
});

describe('a place-date line indented by a space', () => {
  it('still gives the date', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 54/KH-UBND\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \nKẾ HOẠCH\nthử\n';
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).date).toBe('2020-03-27');
  });
});

describe('number lines as converted or scanned headers lay them out', () => {
  it.each([
    [
      'indented deep by a converted two-column table',
      '    BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\n\n            Số 60-NQ/TW              Hà Nội, ngày 12 tháng 4 năm 2025\n\nNGHỊ QUYẾT\n\nHỘI NGHỊ LẦN THỨ 11\n',
      '60-NQ/TW',
    ],
    [
      'with the place-date after one space and an OCR-garbled date',
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CYC THUE Độc lập - Tự do - Hanh phúc\nSố: 4046 /TCT-TTKT Hà Nội, ngàyA2 thang 3 năm 2020\n\nV/v triển khai công tác thanh tra\n',
      '4046/TCT-TTKT',
    ],
    [
      'a letter after the number, spaced from the slash',
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 06b /NQ-TLĐ\nHà Nội, ngày 03 tháng 8 năm 2015\n\nNGHỊ QUYẾT\n',
      '06b/NQ-TLĐ',
    ],
    [
      'a State number whose kind code was left out, put back from the kind line',
      'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1281/-UBND\n\nHà Tĩnh, ngày 13 tháng 05 năm 2014\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH\n',
      '1281/QĐ-UBND',
    ],
    [
      'a full stop where a page joined the header into sentences (dev103 kg02)',
      'HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc. Số: 47/2012/NQ-HĐND. Hà Giang, ngày 14 tháng 7 năm 2012. NGHỊ QUYẾT Về việc ban hành một số chính sách\n',
      '47/2012/NQ-HĐND',
    ],
    [
      'and on a line of its own',
      'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/QĐ-UBND.\nHà Giang, ngày 14 tháng 7 năm 2012\n\nQUYẾT ĐỊNH\n',
      '12/QĐ-UBND',
    ],
  ])('%s', (_what, text, symbol) => {
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).symbol?.symbol).toBe(symbol);
  });
});

describe('a repost titled by its own citation, with no number line', () => {
  const text =
    'Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế TP Đà Nẵng về thời hạn nộp hồ sơ quyết toán thuế TNDN\n\nTrả lời văn bản số 02-2014/CV-NVW ngày 24/01/2014 của Công ty, Cục Thuế có ý kiến như sau:\n';
  it('is that document: number, date, kind and subject', () => {
    const n = normalizeText(text);
    const h = parseHeader(n.text, n.bodyEnd);
    expect(view(h)).toMatchObject({
      symbol: '481/CT-TTHT',
      date: '2014-01-27',
      kind: 'Công văn',
      title: 'thời hạn nộp hồ sơ quyết toán thuế TNDN',
    });
  });
  it('but a text that opens by citing another with a verb is not', () => {
    const n = normalizeText(
      'Thực hiện Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế về thời hạn nộp hồ sơ\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).symbol).toBeNull();
  });
});

describe('the lead of a re-post or news item names its document (REPOST_LEADS)', () => {
  it.each(REPOST_LEADS.map((r) => [r.name, r] as const))(
    '%s: examples match, counter-examples do not',
    (_n, row) => {
      for (const e of row.examples) {
        const g = row.pattern.exec(e)?.groups;
        expect(g?.sym ?? g?.num, e).toBeTruthy();
      }
      for (const c of row.counterExamples) expect(row.pattern.test(c), c).toBe(false);
    },
  );
  it("a page titled by its bare citation with the preamble right under it is that text, past a portal's menu lines", () => {
    // dev48 gd06: the council's resolution on Hải Phòng's portal, under eight lines of counters and links.
    const page =
      'Thông tin truy cập\n\nSố lượt truy cập : 2934349\nKhách trực tuyến : 585\nThành viên trực tuyến : 0\n\nLiên kết Website\nSkip Navigation Links.\n07/08/2012 - 15:39\n\nNghị quyết số 06/2012/NQ-HĐND về đẩy mạnh cải cách hành chính nhà nước thành phố giai đoạn 2012 - 2015\n\n';
    expect(
      laidOut(`${page}Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n`).symbol
        ?.symbol,
    ).toBe('06/2012/NQ-HĐND');
    // The same line over a news item's text is its headline: the page is no resolution of its own.
    expect(
      laidOut(`${page}Sáng nay, HĐND thành phố tổ chức hội nghị triển khai nghị quyết.\n`).symbol,
    ).toBeNull();
  });
  it('a dated report of the issue before the re-posted text is that document', () => {
    const n = normalizeText(
      'Chương trình thực hiện Chỉ thị 13-CT/TW\nNgày cập nhật 30/10/2017\n\nNgày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.\n\nCHƯƠNG TRÌNH\nThực hiện Chỉ thị 13-CT/TW\n',
    );
    expect(view(parseHeader(n.text, n.bodyEnd))).toMatchObject({
      symbol: '27-CTr/TU',
      date: '2017-08-23',
      kind: 'Chương trình',
    });
  });
  it('news of a letter just sent, followed by its text, is the letter (its date after the number)', () => {
    const n = normalizeText(
      'Tiếp tục tăng cường phòng, chống dịch\nNgày cập nhật 27/05/2021\n\nChủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu UBND các huyện tiếp tục tăng cường phòng, chống dịch. Nội dung Công văn như sau:\n\n1. Các huyện tổ chức thực hiện nghiêm.\n',
    );
    expect(view(parseHeader(n.text, n.bodyEnd))).toMatchObject({
      symbol: '4306/UBND-VH',
      date: '2021-05-24',
    });
  });
  it('but followed by a summary it is a news item, not the letter (FULL_TEXT_MARKS)', () => {
    const n = normalizeText(
      'Tiếp tục tăng cường phòng, chống dịch\nNgày cập nhật 27/05/2021\n\nChủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu UBND các huyện tiếp tục tăng cường phòng, chống dịch.\nCụ thể, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND huyện chỉ đạo các lực lượng triển khai.\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).symbol).toBeNull();
  });
  it('a summary before an editor’s “như sau:” owns it: the list is the summary’s (yieldsToSummary; dev102 kf14)', () => {
    const lead =
      'Sáp nhập xã TP Cần Thơ năm 2025\n\nNgày 14/4/2025, Sở Nội vụ TP Cần Thơ có Thông báo 864/TB-SNV năm 2025 về việc cung cấp thông tin sắp xếp đơn vị hành chính cấp xã.\n\nTheo đó, tại Mục 2 Thông báo 864/TB-SNV năm 2025 có nêu về sắp xếp ĐVHC cấp xã của thành phố Cần Thơ.\n\n';
    const news = normalizeText(
      `${lead}Thực hiện sắp xếp 80 ĐVHC cấp xã để thành lập 32 ĐVHC cấp xã cụ thể như sau:\n(1) Phường Tân An sáp nhập với phường Thới Bình.\n`,
    );
    expect(parseHeader(news.text, news.bodyEnd).symbol).toBeNull();
    // A letterhead after the summary is the document's own text all the same (dev72 jb10).
    const own = normalizeText(
      `${lead}SỞ NỘI VỤ\n\nSố: 864/TB-SNV\n\nCần Thơ, ngày 14 tháng 4 năm 2025\n\nTHÔNG BÁO\n`,
    );
    expect(parseHeader(own.text, own.bodyEnd).symbol?.symbol).toBe('864/TB-SNV');
  });
  it('and followed by neither a summary nor its text it stays the letter (SUMMARY_MARKS)', () => {
    const n = normalizeText(
      'Tiếp tục tăng cường phòng, chống dịch\nNgày cập nhật 27/05/2021\n\nChủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu UBND các huyện tiếp tục tăng cường phòng, chống dịch.\nCác huyện chỉ đạo các lực lượng triển khai ngay các biện pháp phòng, chống dịch tại cơ sở; kiểm tra, giám sát chặt chẽ người về từ vùng dịch; tuyên truyền để người dân thực hiện nghiêm thông điệp 5K và khai báo y tế.\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).symbol?.symbol).toBe('4306/UBND-VH');
  });
  it('a lead that writes the kind in lower case is the document only where its own text follows (dev90 jt08)', () => {
    const lead =
      'Ban Tuyên giáo Huyện ủy: Công tác định hướng tuyên truyền tháng 6/2021\n\nNgày 03.6.2021 Ban Tuyên giáo Huyện ủy đã ban hành văn bản số Số 26-CV/BTGHU về việc định hướng tuyên truyền tháng 6/2021.\n\n';
    const own = normalizeText(
      lead +
        'Thực hiện Hướng dẫn số 01-HD/HU, ngày 13/01/2021 của Ban Thường vụ Huyện ủy, Ban Tuyên giáo Huyện ủy định hướng nội dung công tác tuyên truyền tháng 6 năm 2021 như sau:\n\nI. NỘI DUNG TUYÊN TRUYỀN\n',
    );
    expect(view(parseHeader(own.text, own.bodyEnd))).toMatchObject({
      symbol: '26-CV/BTGHU',
      date: '2021-06-03',
    });
    // The same lead followed by the reporter's account (dev21 ec16): a news item, though no summary mark says so.
    const news = normalizeText(
      lead +
        'Nội dung tuyên truyền về thân thế, sự nghiệp cách mạng của đồng chí Lê Văn Lương, người cộng sản kiên trung, bất khuất; cán bộ lãnh đạo tiền bối tiêu biểu, có nhiều đóng góp quan trọng trong công tác xây dựng Đảng.\n\nThông qua các hoạt động tuyên truyền kỷ niệm góp phần giáo dục truyền thống cách mạng cho cán bộ, đảng viên.\n',
    );
    expect(parseHeader(news.text, news.bodyEnd).symbol).toBeNull();
  });
  it('but a page that is the lead alone, with a byline after it, is a news item (LEAD_ALONE_REST)', () => {
    // dev37 es06, Cần Thơ: the stored page is its headline, its lead and nothing more.
    const n = normalizeText(
      'Rà soát quy hoạch đô thị và đánh giá chất lượng đô thị trong giai đoạn sắp xếp đơn vị hành chính\n\n(CT) - Văn phòng UBND TP Cần Thơ vừa ban hành Công văn số 1560/VPUB-XDĐT gửi Sở Xây dựng, Sở Nội vụ và UBND quận, huyện về việc rà soát quy hoạch đô thị và đánh giá chất lượng đô thị trong giai đoạn thực hiện sắp xếp, tổ chức lại đơn vị hành chính (ĐVHC) các cấp.\n\nH.A\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).symbol).toBeNull();
  });
  it('nor is a page that offers the document as an attached file (SUMMARY_MARKS: the document is attached)', () => {
    const n = normalizeText(
      'Quyết định công nhận xã đạt chuẩn nông thôn mới kiểu mẫu năm 2022\n\nNgày 08/2/2023, UBND tỉnh Hưng Yên ban hành Quyết định số 240/QĐ-UBND công nhận 13 xã đạt chuẩn nông thôn mới kiểu mẫu năm 2022 trên địa bàn tỉnh Hưng Yên.\n\nCác huyện có xã được công nhận gồm: Phù Cừ, Văn giang, Tiên lữ.\n\nChi tiết như Quyết định đính kèm:240 qd.pdf\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).symbol).toBeNull();
  });
  it('nor is a page that goes on to cite a text issued after the one its lead reports (dev41 ew08, Bắc Kạn)', () => {
    const text =
      'Dừng không tổ chức Diễn đàn trẻ em huyện Bạch Thông lần thứ bảy, năm 2020\n\nNgày 16 tháng 7 năm 2020, Ủy ban nhân dân huyện Bạch Thông ban hành Kế hoạch số 118/KH-UBND về tổ chức Diễn đàn trẻ em huyện Bạch Thông lần thứ bảy, năm 2020, theo đó lịch tổ chức vào ngày 02/8 và 03/8/2020.\nTuy nhiên, do diễn biến phức tạp của dịch COVID-19, để đảm bảo thực hiện nghiêm công tác phòng chống dịch bệnh trên địa bàn huyện theo Chỉ thị số 05/CT-UBND ngày 28/7/2020 của UBND tỉnh Bắc Kạn về việc tăng cường công tác phòng, chống dịch COVID-19 trong giai đoạn mới.\nBan Tổ chức Diễn đàn trẻ em huyện Bạch Thông thông báo dừng không tổ chức các hoạt động Diễn đàn.\n';
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).symbol).toBeNull();
    // A text it cites of the same day or before says nothing.
    const earlier = normalizeText(text.replace('ngày 28/7/2020', 'ngày 08/7/2020'));
    expect(parseHeader(earlier.text, earlier.bodyEnd).symbol?.symbol).toBe('118/KH-UBND');
  });
  it('a page titled by its citation names its document, with the body left to the page (dev43 ey09)', () => {
    const n = normalizeText(
      'Thứ Tư, 24/4/2024\nCông văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối hợp giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về công tác dân vận, giai đoạn 2016 – 2021\n\nNgày 11/10/2016, Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ đã ký Chương trình phối hợp số 79-Ctr/BDVTW – BCSĐCP về công tác dân vận, giai đoạn 2016 – 2021, để triển khai thực hiện có hiệu quả Chương trình phối hợp, Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy, thành ủy triển khai thực hiện một số nhiệm vụ sau:\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).symbol?.symbol).toBe('490-CV/BDVTW');
  });
  itChecksPatternRows('RELATED_LINKS_HEADING', [RELATED_LINKS_HEADING]);
  itChecksPatternRows('DISTRICT_MEDIA_MASTHEAD', [DISTRICT_MEDIA_MASTHEAD]);
  it("a citation under a portal's list of other items titles another page, not this one (dev55 gk11)", () => {
    const n = normalizeText(
      'Xã Hộ Độ hiện mới chỉ hoàn thành 12/20 tiêu chí.\nTheo: Đinh Thanh/baohatinh.vn\nNhững tin mới hơn\nNhững tin cũ hơn\nNghị quyết số 165/2025/NQ-HĐND ngày 29/10/2025 về sửa đổi, bổ sung một số điều của Nghị quyết số 51/2021/NQ-HĐND ngày 16/12/2021 của HĐND tỉnh.\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).symbol).toBeNull();
    // Without the heading, the line titles the page (REPOST_LEADS, "titled by its citation").
    const m = normalizeText(n.text.replace('Những tin mới hơn\nNhững tin cũ hơn\n', ''));
    expect(parseHeader(m.text, m.bodyEnd).symbol?.symbol).toBe('165/2025/NQ-HĐND');
  });
  itChecksPatternRows('FULL_TEXT_MARKS', FULL_TEXT_MARKS);
  itChecksPatternRows('SUMMARY_MARKS', SUMMARY_MARKS);
  it("a lead after a portal's menu lines and headline is still the lead", () => {
    const n = normalizeText(
      'Tìm kiếm tin tức\nLiên kết website\nSở, Ban, Ngành\nUBND Huyện, Thị xã, Thành phố\nBan Tuyên giáo Huyện uỷ hướng dẫn công tác tuyên truyền quý IV năm 2020\nNgày cập nhật 30/09/2020\n\nNgày 11/9/2020 Ban Tuyên giáo Huyện ủy ban hành Công văn số 07-CV/BTGHU về việc "Đẩy mạnh công tác tuyên truyền", nội dung cụ thể như sau:\n\n1. Thực hiện nghiêm túc Kế hoạch số 112-KH/HU, ngày 22/01/2020 của Ban Thường vụ Huyện ủy.\n',
    );
    expect(view(parseHeader(n.text, n.bodyEnd))).toMatchObject({
      symbol: '07-CV/BTGHU',
      date: '2020-09-11',
    });
  });
  it('but not a report of an issue after the preamble: the body cites that text', () => {
    const n = layoutText(
      normalizeText(
        'ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\nLượt xem: 14\n\nI. CHỦ TRƯƠNG SẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n\nCăn cứ Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII;\n\nNgày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số 1587-KL/TU ngày 16/4/2025 về chủ trương sắp xếp ĐVHC cấp xã.\n',
      ),
    );
    const preamble = n.blocks.find((b) => b.kind === 'preamble');
    expect(preamble).toBeDefined();
    expect(parseHeader(n.text, n.bodyEnd, n.headerStart, Infinity, preamble?.start).symbol).toBeNull();
  });
  it('but not a lead past the first lines, nor a text with its own number line', () => {
    const late = normalizeText(
      'Tin 1\nTin 2\nTin 3\nTin 4\nTin 5\nTin 6\nTin 7\nTin 8\nTin 9\nTin 10\nNgày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về rừng.\n',
    );
    expect(parseHeader(late.text, late.bodyEnd).symbol).toBeNull();
    // Past the sixth line, a lead that goes on to report what was done (no ":" announcing the text) is a news item's.
    const reported = normalizeText(
      'Tin 1\nTin 2\nTin 3\nTin 4\nTin 5\nTin 6\nNgày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về rừng.\n',
    );
    expect(parseHeader(reported.text, reported.bodyEnd).symbol).toBeNull();
    const own = normalizeText(
      'ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 12/UBND-VH\nHuế, ngày 25 tháng 5 năm 2021\nChủ tịch UBND tỉnh vừa có Công văn số 4306/UBND-VH ngày 24/5/2021 yêu cầu các huyện.\n',
    );
    expect(parseHeader(own.text, own.bodyEnd).symbol?.symbol).toBe('12/UBND-VH');
  });
});

describe('a page that re-publishes a text names it before its body', () => {
  it("the editors' line introducing the full text", () => {
    const n = normalizeText(
      'Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng, phát triển thị xã Sông Cầu lên thành phố trực thuộc tỉnh vào năm 2025.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n',
    );
    const h = parseHeader(n.text, n.bodyEnd);
    expect(view(h)).toMatchObject({ symbol: '10-NQ/TU', date: '2021-08-18', kind: 'Nghị quyết' });
    expect(h.issuerLines.map((l) => l.toLowerCase())).toEqual(['ban thường vụ tỉnh ủy']);
  });
  it("an editor's note (LTS) reporting the issue before the full text", () => {
    const n = normalizeText(
      'Nghị quyết về nhiệm vụ năm 2020\n\nLTS: Ngày 25-11-2019, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU về nhiệm vụ phát triển kinh tế - xã hội năm 2020. Báo Nam Định xin giới thiệu toàn văn Nghị quyết.\n',
    );
    expect(view(parseHeader(n.text, n.bodyEnd))).toMatchObject({ symbol: '19-NQ/TU', date: '2019-11-25' });
  });
  it('a Party text named in the lead by its number alone, on a day of the month', () => {
    const n = normalizeText(
      'CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo của các cấp ủy.\nNội dung Chỉ thị như sau:\n',
    );
    expect(view(parseHeader(n.text, n.bodyEnd))).toMatchObject({
      symbol: '17-CT/TU',
      date: null,
      kind: 'Chỉ thị',
    });
    const state = normalizeText(
      'Ngày 6/8, Ủy ban nhân dân tỉnh Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường phòng cháy.\n',
    );
    expect(parseHeader(state.text, state.bodyEnd).symbol).toBeNull();
  });
  it("a State body's telegram named by its number alone, after a dateline and a tag (STATE_BODY_CODES; dev41 ew05)", () => {
    const n = normalizeText(
      'Công điện của Chủ tịch UBND tỉnh Yên Bái về việc ứng phó với cơn bão số 6\n\nYênBái - YBĐT - Chủ tịch UBND tỉnh vừa ra Công điện số 09 gửi các ngành thành viên Ban Chỉ huy.\n\nSau đây là nội dung Công điện:\n\nThực hiện Công điện số 43/CĐ-TW ngày 22/8/2017 của Ban Chỉ đạo Trung ương về Phòng, chống thiên tai - Ủy ban Quốc gia tìm kiếm cứu nạn; để chủ động ứng phó với bão số 6, Chủ tịch UBND tỉnh yêu cầu các ngành, các địa phương theo dõi chặt chẽ diễn biến mưa, lũ.\n',
    );
    expect(view(parseHeader(n.text, n.bodyEnd))).toMatchObject({ symbol: '09/CĐ-UBND', kind: 'Công điện' });
  });
  it("an annex's heading names the text whose header was lost; running text does not", () => {
    const annexed = normalizeText(
      'Kính gửi:\n- Sở Tài chính.\nThực hiện Kết luận số 15-KL/ĐU ngày 29 tháng 10 năm 2025.\n**Phụ lục:**\n*(kèm theo Công văn số 4001/UBND-ĐT ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)*\n',
    );
    expect(view(parseHeader(annexed.text, annexed.bodyEnd))).toMatchObject({
      symbol: '4001/UBND-ĐT',
      date: '2025-11-24',
    });
    const cited = normalizeText(
      'Kính gửi:\n- Sở Tài chính.\nThực hiện Quy chế ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 01/3/2025 của UBND tỉnh.\n',
    );
    expect(parseHeader(cited.text, cited.bodyEnd).symbol).toBeNull();
  });
  it('"Số" that lost its accented letter keeps its colon ("S :3661/VPCP-KTN")', () => {
    const n = normalizeText(
      'VĂN PHÒNG CHÍNH PHỦ\n-------\n\nS :3661/VPCP-KTN\nV/v chủ trương điều chỉnh cục bộ quy hoạch.\n\nHà Nội, ngày 19 tháng 05 năm 2016\n',
    );
    const laid = layoutText(n);
    expect(parseHeader(laid.text, laid.bodyEnd, laid.headerStart).symbol?.symbol).toBe('3661/VPCP-KTN');
    // Counter-example: an S without its colon is no number line.
    const m = normalizeText('VĂN PHÒNG CHÍNH PHỦ\nS 3661 đơn vị đã báo cáo\n');
    const laid2 = layoutText(m);
    expect(parseHeader(laid2.text, laid2.bodyEnd, laid2.headerStart).symbol).toBeNull();
  });
  it('a number line with the subject line glued to it ("Số: 2597/VPCP-NCV/v tổ chức …"; dev42 ex01)', () => {
    const n = normalizeText(
      'VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 2597/VPCP-NCV/v tổ chức họp mặt mừng Tết Chôl Chnăm Thmây năm 2017\n\nHà Nội, ngày 21 tháng 3 năm 2017\n',
    );
    const laid = layoutText(n);
    expect(parseHeader(laid.text, laid.bodyEnd, laid.headerStart).symbol?.symbol).toBe('2597/VPCP-NC');
  });
  it('a number line that ends on the border of its table cell ("Số: 1666/NQ-UBTVQH15 |")', () => {
    const n = normalizeText(
      '|\nỦY BAN THƯỜNG VỤ QUỐC HỘI __________ Số: 1666/NQ-UBTVQH15 |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM ______________________ |\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hưng Yên năm 2025\n',
    );
    const laid = layoutText(n);
    expect(parseHeader(laid.text, laid.bodyEnd, laid.headerStart).symbol?.symbol).toBe('1666/NQ-UBTVQH15');
  });
  it('a page that opens with the annex holds the annex alone: its own text, issued by the same body', () => {
    const alone = normalizeText(
      'ĐỀ CƯƠNG TUYÊN TRUYỀN KỶ NIỆM 20 NĂM TÁI LẬP TỈNH\n16/12/2016 07:53:54\n\n(Kèm theo Hướng dẫn số 33-HD/BTGTU ngày 18/11/2016 của Ban Tuyên giáo Tỉnh ủy Hải Dương)\n\nI. KHÁI QUÁT ĐIỀU KIỆN TỰ NHIÊN\n',
    );
    const h = parseHeader(alone.text, alone.bodyEnd);
    expect(h.symbol).toBeNull();
    expect(h.issuerLines).toContain('Ban Tuyên giáo Tỉnh ủy Hải Dương');
  });
  it('a preamble ending in the sentence that enacts the text', () => {
    const n = normalizeText(
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, ngày 25/12/2025 về khen thưởng tổ chức đảng, đảng viên.\n',
    );
    expect(view(parseHeader(n.text, n.bodyEnd))).toMatchObject({
      symbol: '19-QĐ/TU',
      date: '2025-12-25',
      kind: 'Quy định',
    });
  });
});

describe('a text with no number and no kind line, titled by its kind', () => {
  it.each([
    ['Kế hoạch tiếp tục triển khai thực hiện chủ đề năm 2020\nNgày đăng 21/02/2020\n', 'Kế hoạch'],
    [
      'HƯỚNG DẪN: Công tác phòng, chống tội phạm năm 2019\n\nThực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010;\n',
      'Hướng dẫn',
    ],
    [
      'ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025\n\nĐăng ngày 17 - 05 - 2024\n',
      'Đề cương',
    ],
  ])('%s', (text, kind) => {
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).kind).toBe(kind);
  });
  it.each([
    // Under a portal's short lines (dev67 gw01, dev45 ga13), or the kind alone over the subject (dev61 gq10).
    [
      'Hôm nay, ngày 15 tháng 12 năm 2018\nCỡ chữ: A+ A-\nHUYỆN UỶ HÀM THUẬN BẮC | VĂN KIỆN, TƯ LIỆU\n\nHướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn năm 2018\n\nThực hiện Hướng dẫn số 52-HD/BTGTU;\n',
      'Hướng dẫn',
    ],
    [
      'Tìm kiếm tin tức\nLiên kết website\nTHÔNG BÁO Về việc lấy ý kiến về Nội dung tóm tắt Đề án điều chỉnh địa giới hành chính\nNgày cập nhật 24/04/2020\n',
      'Thông báo',
    ],
    [
      '08/05/2024 - 21:10\n\nNghị quyết\nVề chủ trương sắp xếp đơn vị hành chính cấp xã\n\nCăn cứ Luật;\n',
      'Nghị quyết',
    ],
  ])("under a portal's short lines: %s", (text, kind) => {
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).kind).toBe(kind);
  });
  // dev69 gy05: a provincial portal's long menu, then the headline over its time stamp.
  const menu =
    'Tìm kiếm tin tức\nLiên kết website\nSở, Ban, Ngành\nUBND Huyện, Thị xã, Thành phố\nTrường Học\nVăn bản quy phạm pháp luật\nBộ thủ tục hành chính\nTRUNG TÂM GIÁM SÁT ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH TỈNH THỪA THIÊN HUẾ\n';
  it('under a longer menu, the line over the time stamp', () => {
    const n = normalizeText(
      `${menu}Kế hoạch Triển khai thực hiện “Ngày Chủ nhật xanh” trên địa bàn thị trấn năm 2020\nNgày cập nhật 09/03/2020\n\nThực hiện Chỉ thị số 24-CT/TU;\n`,
    );
    expect(parseHeader(n.text, n.bodyEnd).kind).toBe('Kế hoạch');
  });
  it('but not a line under the menu that no time stamp follows', () => {
    const n = normalizeText(`${menu}Kế hoạch năm 2020 của các xã\nThực hiện Chỉ thị số 24-CT/TU;\n`);
    expect(parseHeader(n.text, n.bodyEnd).kind).toBeNull();
  });
  it('but not a title that names no kind, nor a text whose number line gives it', () => {
    const n = normalizeText('Kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\nNội dung công văn.\n');
    expect(parseHeader(n.text, n.bodyEnd).kind).toBeNull();
  });
  it("nor a line opening on a kind under a sentence of the text (not the portal's short lines)", () => {
    const n = normalizeText(
      'Sáng nay, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác tuyên truyền sáu tháng đầu năm.\nKế hoạch năm sau được thông qua.\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).kind).toBeNull();
  });
});

describe('a kind line a converter ran into the body ("CHỈ THỊ VỀ CÔNG TÁC … Ngày 24 tháng 6 …")', () => {
  it('names the kind of a text whose number gives none', () => {
    const text = `PHỦ THỦ TƯỚNG\nSố: 299/TTg\nHà Nội, ngày 10 tháng 11 năm 1980\nCHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT ${'Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra. '.repeat(3)}\n`;
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).kind).toBe('Chỉ thị');
  });
});

describe('a place-date whose month a converted table split ("ngày 26 tháng 0 6 năm 2018")', () => {
  it('gives the date', () => {
    const text = 'THỦ TƯỚNG CHÍNH PHỦ\nSố: 773/QĐ-TTg\nHà Nội, ngày 26 tháng 0 6 năm 2018\nQUYẾT ĐỊNH\nthử\n';
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).date).toBe('2018-06-26');
  });
});

describe('the number line of a law ("Luật số: 67/2020/QH14")', () => {
  it.each([
    ['Luật số: 67/2020/QH14', '67/2020/QH14'],
    ['Nghị quyết số: 12/2020/QH14', '12/2020/QH14'],
    ['Số hiệu: 67/2020/QH14', '67/2020/QH14'],
    ['Số: 67/2020/QH14', '67/2020/QH14'],
    // A title in capitals split after its kind line ("HƯỚNG DẪN / SỐ 11-HD/VPTW", a document-sharing site's page).
    ['SỐ 67/2020/QH14', '67/2020/QH14'],
  ])('%s', (line, symbol) => {
    const text = `QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${line}\nHà Nội, ngày 13 tháng 11 năm 2020\nLUẬT\nSỬA ĐỔI LUẬT XỬ LÝ VI PHẠM HÀNH CHÍNH\n`;
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).symbol?.symbol).toBe(symbol);
  });
  it('a citation opening a line without the colon is not the number', () => {
    const text = 'QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNghị quyết số 12/2020/QH14 của Quốc hội\n';
    const n = normalizeText(text);
    expect(parseHeader(n.text, n.bodyEnd).symbol).toBeNull();
  });
});

describe("a portal's record of the document before its letterhead", () => {
  // xacamha.hatinh.gov.vn (dev8 m02): the record's number line, then the letterhead, whose number the page cut.
  const text =
    'Kế hoạch Đại hội các Chi bộ\n\nSố kí hiệu\nSố: 18 - KH/ĐU\nNgày ban hành 02/08/2022\nCơ quan ban hành Khác\n\nNội dung\n\nĐẢNG BỘ HUYỆN CẨM XUYÊN\nĐẢNG ỦY XÃ CẨM HÀ\n*\nSố: 18 - KH/Đ\nĐẢNG CỘNG SẢN VIỆT NAM\n\nCẩm Hà, ngày 02 tháng 8 năm 2022\nKẾ HOẠCH\nĐại hội các Chi bộ\n\nCăn cứ Điều lệ Đảng;\n';
  it('the letterhead after the number is still the issuer', () => {
    const h = read(text);
    expect(h.symbol?.symbol).toBe('18-KH/ĐU');
    expect(h.issuerLines).toEqual(['ĐẢNG BỘ HUYỆN CẨM XUYÊN', 'ĐẢNG ỦY XÃ CẨM HÀ']);
  });
  it("the letterhead's number line is the same number again, not a citation", () => {
    const n = normalizeText(text);
    const h = parseHeader(n.text, n.bodyEnd);
    expect(h.echoSpans.map((s) => n.text.slice(s.start, s.end))).toEqual(['18 - KH/Đ']);
  });
  it('but a body read before the number is not extended by capitals after it', () => {
    const h = read(
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/QĐ-UBND\nKHẨN\nQuảng Ngãi, ngày 01 tháng 12 năm 2025\nQUYẾT ĐỊNH\nvề việc thử\n',
    );
    expect(h.issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI']);
  });
  it('nor is another number on a later line an echo', () => {
    const n = normalizeText(
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/QĐ-UBND\nQuảng Ngãi, ngày 01 tháng 12 năm 2025\nSố: 13/QĐ-UBND\nQUYẾT ĐỊNH\nthử\n',
    );
    expect(parseHeader(n.text, n.bodyEnd).echoSpans).toEqual([]);
  });
});

describe('a header a document-sharing site ran into one line', () => {
  it('gives the number, place and date that stand together', () => {
    const h = read(
      'Nội dung Text: Quyết định số 05/2019/QĐ-UBND tỉnh Trà Vinh\n\n  1. ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH TRÀ VINH Độc lập  Tự do  Hạnh phúc    Số: 05/2019/QĐUBND Trà Vinh, ngày 12 tháng 3 năm 2019   QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ ĐIỀU KIỆN NUÔI TÔM Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n',
    );
    expect([h.symbol?.symbol, h.place, h.date]).toEqual(['05/2019/QĐ-UBND', 'Trà Vinh', '2019-03-12']);
  });
  it('but a number in running text is not the header', () => {
    const h = read(
      'Tin tức\n\nTheo Công văn số: 12/UBND-VP Hà Nội đề nghị các sở thực hiện ngay trong tháng 3 năm 2019 việc rà soát.\n',
    );
    expect(h.symbol).toBeNull();
  });
});

describe('a number line wrapped at its separator (WRAPPED_NUMBER)', () => {
  // dev73 jc13: a flattened two-column letterhead whose cell wrapped the number after its hyphen.
  it('joins the number and the code on the next line', () =>
    expect(
      read(
        'BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n|\nĐẢNG CỘNG SẢN VIỆT NAM\n|\nSố: 16 -\nHD/BTCTW\n|\nHà Nội, ngày 24 tháng 9 năm 2018\nHƯỚNG DẪN\nKiểm điểm\n',
      ).symbol?.symbol,
    ).toBe('16-HD/BTCTW'));
  it('but not a line after it that is no code', () =>
    expect(
      read('ỦY BAN NHÂN DÂN\nSố: 16 -\nHà Nội, ngày 24 tháng 9 năm 2018\nKẾ HOẠCH\n').symbol,
    ).toBeNull());
});

describe('a subject line ("V/v …") under a number that names its kind (dev71 ja08)', () => {
  it('is of the kind the number names', () =>
    expect(
      read(
        'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 61/2003/QĐ-UB\nĐà Lạt, ngày 08 tháng 05 năm 2003\nV/V PHÊ DUYỆT DỰ ÁN QUY HOẠCH\n- Căn cứ Luật;\n',
      ).kind,
    ).not.toBe('Công văn'));
  it('but a letter when the number names none', () =>
    expect(
      read(
        'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 612/UBND-VX\nĐà Lạt, ngày 08 tháng 05 năm 2003\nV/v phê duyệt dự án\nKính gửi: Sở Tài chính\n',
      ).kind,
    ).toBe('Công văn'));
});

describe('a page titled by its citation, then its sections (dev86 jp06)', () => {
  const page = (heading: string): HeaderInfo =>
    read(
      `Báo cáo Kết quả thực hiện cải cách hành chính năm 2023\n\nBáo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả thực hiện cải cách hành chính năm 2023;\n\n${heading}\n\n1. Tình hình quán triệt và tuyên truyền cải cách hành chính\n\nPhường Hà Phong luôn quan tâm công tác lãnh đạo, chỉ đạo.\n`,
    );
  it('is that report, its issuer the body the citation names, not a section heading in capitals', () => {
    const h = page('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    expect(h.symbol?.symbol).toBe('228/BC-UBND');
    expect(h.issuerLines).toEqual(['UBND phường Hà Phong']);
  });
  it('counter-example: an unnumbered line in capitals there is still read as a letterhead line', () =>
    expect(page('ỦY BAN NHÂN DÂN PHƯỜNG HÀ PHONG').issuerLines).toEqual(['ỦY BAN NHÂN DÂN PHƯỜNG HÀ PHONG']));
});
