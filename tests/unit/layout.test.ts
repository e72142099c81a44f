/**
 * The layout stage: every table row matches its examples and none of its counter-examples; hard wraps are joined,
 * flattened headers split, blocks found, and every character still maps back to the original.
 */
import { describe, expect, it } from 'vitest';
import { layoutText } from '../../src/layout';
import {
  BLOCK_STARTS,
  COUNCIL_SESSION_LINE,
  DANGLING_LABELS,
  HEADER_SPLITS,
  KIND_WORD_AS_VERB,
  LONE_HEADER_WORD,
  type LayoutRow,
} from '../../src/layout/tables';
import { normalizeText } from '../../src/text/normalize';

const lay = (s: string) => layoutText(normalizeText(s));

describe('layout tables: every row with its examples and counter-examples', () => {
  const check = (rows: readonly LayoutRow[], anchoredAtStart: boolean) => {
    for (const row of rows) {
      const re = new RegExp(anchoredAtStart ? `^(?:${row.pattern})` : row.pattern, 'u');
      it(`${row.name}: matches ${row.examples.length} examples, none of ${row.counterExamples.length} counter-examples`, () => {
        expect(row.examples.length).toBeGreaterThan(0);
        expect(row.counterExamples.length).toBeGreaterThan(0);
        for (const e of row.examples) expect(re.test(e), `${row.name} should match "${e}"`).toBe(true);
        for (const c of row.counterExamples)
          expect(re.test(c), `${row.name} should not match "${c}"`).toBe(false);
      });
    }
  };
  check(BLOCK_STARTS, true);
  check([COUNCIL_SESSION_LINE, DANGLING_LABELS, LONE_HEADER_WORD, KIND_WORD_AS_VERB], true);
  check(HEADER_SPLITS, false);
});

// A hard-wrapped page in the shape of the real corpus (A_tvpl_docs): a site that wraps at ~80 characters.
const WRAPPED = [
  '**ỦY BAN NHÂN',
  'DÂN **',
  'TỈNH ĐỒNG NAI',
  '--------',
  '**CỘNG HÒA XÃ',
  'HỘI CHỦ NGHĨA VIỆT NAM**',
  'Độc lập - Tự do - Hạnh phúc',
  '---------------',
  'Số:',
  '2815/QĐ-UBND',
  '*Đồng Nai, ngày',
  '20 tháng 11 năm 2025*',
  '**QUYẾT ĐỊNH**',
  'VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC',
  'HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ',
  '**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI**',
  '*Căn cứ Nghị định số 63/2010/NĐ-CP',
  'ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị',
  'định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ về sửa đổi, bổ',
  'sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;*',
  '*Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng,',
  'Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;*',
  'Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình đã chủ trì cuộc họp về Báo',
  'cáo đề xuất chủ trương đầu tư Chương trình, tham dự có Bộ trưởng Bộ Tài chính và',
  'Bộ Nông nghiệp và Môi trường theo Nghị định số 214/2025/NĐ-',
  'CP của Chính phủ.',
  '1. Việc hợp nhất 03 Chương trình có ý nghĩa hết sức quan trọng đối với cả nước.',
].join('\n');

describe('layout: hard wraps', () => {
  const out = lay(WRAPPED);
  const lines = out.text.slice(0, out.bodyEnd).split('\n');
  it('detects a hard-wrapped text, and not a text with one paragraph per line', () => {
    expect(out.wrapped).toBe(true);
    expect(
      lay(
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015, được sửa đổi, bổ sung năm 2019 và các văn bản hướng dẫn thi hành.\nĐiều 1. Ban hành.',
      ).wrapped,
    ).toBe(false);
  });
  it('joins a number to its label and a date to its place', () => {
    expect(lines).toContain('Số: 2815/QĐ-UBND');
    expect(lines).toContain('Đồng Nai, ngày 20 tháng 11 năm 2025');
  });
  it('joins a title in capitals, and stops it at the enacting authority', () => {
    expect(lines).toContain(
      'VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ',
    );
    expect(lines).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI');
  });
  it('joins a paragraph wrapped inside words ("Nghị\\nđịnh", "bổ\\nsung") and keeps paragraphs apart', () => {
    const basis = lines.find((l) => l.startsWith('Căn cứ Nghị định số 63/2010'));
    expect(basis).toContain('; Nghị định số 92/2017/NĐ-CP');
    expect(basis).toContain('sửa đổi, bổ sung một số điều');
    expect(lines.some((l) => l.startsWith('Căn cứ Thông tư số 02/2017/TT-VPCP'))).toBe(true);
    expect(lines.find((l) => l.startsWith('Căn cứ Thông tư'))).toContain('Chủ nhiệm Văn phòng Chính phủ');
  });
  it('joins a wrap before a capital inside a sentence, and a symbol cut after its hyphen', () => {
    const para = lines.find((l) => l.startsWith('Phó Thủ tướng'));
    expect(para).toContain('về Báo cáo đề xuất');
    expect(para).toContain('Bộ Tài chính và Bộ Nông nghiệp');
    expect(para).toContain('214/2025/NĐ-CP của Chính phủ.');
    expect(lines.some((l) => l.startsWith('1. Việc hợp nhất'))).toBe(true);
  });
  it('maps every character back to the original', () => {
    const original = WRAPPED.normalize('NFC');
    for (let k = 0; k < out.text.length; k++) {
      const ch = out.text[k];
      if (ch === ' ' || ch === '\n') continue;
      expect(original[out.map[k]], `char ${k} "${ch}"`).toBe(ch);
    }
  });
  it('finds the blocks: header, title, preamble, body', () => {
    const kinds = out.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 3)).toEqual(['header', 'title', 'preamble']);
    expect(kinds).toContain('body');
    const title = out.blocks.find((b) => b.kind === 'title');
    expect(out.text.slice(title?.start, title?.end)).toContain('VỀ VIỆC CÔNG BỐ');
  });
});

describe('layout: a header flattened onto one line', () => {
  const flat =
    'QUỐC HỘI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------- Luật số: 22/2008/QH12 Hà Nội, ngày 13 tháng 11 năm 2008 LUẬT CÁN BỘ, CÔNG CHỨC\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;';
  const out = lay(flat);
  const lines = out.text.split('\n').map((l) => l.trim());
  it('splits it into its parts', () => {
    expect(lines[0]).toBe('QUỐC HỘI');
    expect(lines).toContain('Luật số: 22/2008/QH12');
    expect(lines).toContain('Hà Nội, ngày 13 tháng 11 năm 2008');
    expect(lines.slice(-3, -1)).toEqual(['LUẬT', 'CÁN BỘ, CÔNG CHỨC']);
  });
  it('with the number label at its end and the number on the next line, joins them', () => {
    const cut = lay(
      'QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:\n132/2020/QH14\nHà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
    );
    expect(cut.text.split('\n').map((l) => l.trim())).toContain('Nghị quyết số: 132/2020/QH14');
  });
  it('leaves a long body line with a date in it alone', () => {
    const body =
      'Thực hiện Kết luận số 01-KL/TW, ngày 18-5-2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị';
    expect(lay(`KẾ HOẠCH\nphối hợp\n\n${body}`).text).toContain(body);
  });
});

describe('layout: a kind word opening a title in capitals', () => {
  const lines = (s: string): string[] =>
    lay(s)
      .text.split('\n')
      .map((l) => l.trim());
  const head = 'HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 23/2025/NQ-HĐND\nPhú Thọ, ngày 28 tháng 10 năm 2025\n';
  it.each([
    ['QUY ĐỊNH VỀ CÔNG TÁC KHEN THƯỞNG', ['QUY ĐỊNH', 'VỀ CÔNG TÁC KHEN THƯỞNG']],
    ['NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT LUẬT ĐẤT ĐAI', ['NGHỊ ĐỊNH', 'QUY ĐỊNH CHI TIẾT LUẬT ĐẤT ĐAI']],
    // The title of a resolution whose kind line a legal database dropped: "QUY ĐỊNH" is its verb.
    [
      'QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG',
      ['QUY ĐỊNH MỨC CHI CỤ THỂ CHO CÁC HOẠT ĐỘNG KHUYẾN CÔNG'],
    ],
  ])('%s', (title, want) => {
    const got = lines(`${head}${title}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n`);
    expect(got.slice(4, 4 + want.length)).toEqual(want);
  });
});

describe('layout: a header laid out as table rows', () => {
  it('reads each cell as a line, the left column first', () => {
    const out = lay(
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 252/KH-UBND | Hà Giang, ngày 05 tháng 9 năm 2023 |\nKẾ HOẠCH\nThực hiện Kết luận số 48-KL/TW.',
    );
    expect(out.text.split('\n').slice(0, 5)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'Số: 252/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Hà Giang, ngày 05 tháng 9 năm 2023',
      'KẾ HOẠCH',
    ]);
  });
});

describe('layout: a label whose value a table cell wrapped onto its last line', () => {
  it('joins "Số" to the number on the cell\'s line ("Số\\n19780-CV/VPTW |")', () => {
    const out = lay(
      '|\nBAN\nCHẤP HÀNH TRUNG ƯƠNG |\nĐẢNG\nCỘNG SẢN VIỆT NAM |\n|\nSố\n19780-CV/VPTW |\nHà Nội, ngày 29 tháng 12 năm 2025 |\n|\nKính gửi: |\n- Các đảng ủy trực thuộc Trung ương, |\nCăn cứ Hướng dẫn số 06-HD/TW;',
    );
    expect(out.text.split('\n')).toContain('Số 19780-CV/VPTW');
  });
});

describe('layout: a word cut from its table cell', () => {
  it('joins a lone header word to the rest of its cell, and keeps a one-word kind line', () => {
    const out = lay(
      'ỦY\nBAN NHÂN DÂN\nTỈNH HƯNG YÊN\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 28/CTr-UBND\n|\nHưng\nYên, ngày 18 tháng 02 năm 2022\n|\nLUẬT\nTHUẾ THU NHẬP CÁ NHÂN\nCăn cứ Hiến pháp;',
    );
    const lines = out.text.split('\n');
    expect(lines).toContain('ỦY BAN NHÂN DÂN');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Hưng Yên, ngày 18 tháng 02 năm 2022');
    expect(lines).toContain('LUẬT');
  });
});

describe('layout: an old decree reposted with editorial notes in its header', () => {
  it('splits the place-date from the number after "Số:", and the notes from the kind line', () => {
    const out = lay(
      'CHÍNH PHỦ ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********\nSố:\n61-CP Hà Nội, ngày 05 tháng 7 năm 1994\nNGHỊ ĐỊNH [Nghị định này được hướng dẫn bởi Công văn 827/TTg-KTN năm 2008] CỦA CHÍNH PHỦ SỐ 61-CP VỀ MUA BÁN NHÀ Ở\nCăn cứ Luật Đất đai ngày 14 tháng 7 năm 1993;',
    );
    const lines = out.text.split('\n');
    expect(lines).toContain('Số: 61-CP');
    expect(lines).toContain('Hà Nội, ngày 05 tháng 7 năm 1994');
    expect(lines).toContain('NGHỊ ĐỊNH');
    expect(lines).toContain('[Nghị định này được hướng dẫn bởi Công văn 827/TTg-KTN năm 2008]');
  });
});
