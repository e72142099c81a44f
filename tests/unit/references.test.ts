/** Citations in running text: table-driven over tests/fixtures/extraction/references.json. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNamedReferences, findReferences, type RawReference } from '../../src/parse/references';
import { normalizeText } from '../../src/text/normalize';
import { defaultPlaces } from '../../src/resolve/places';
import { AT_CLAUSE, PARTY_BODY_CODES, SAID_NOUNS, STATE_BODY_CODES } from '../../src/tables/issuers';
import { extractDocument } from '../../src/extract';
import { FORM_WORDS } from '../../src/tables/kinds';
import { itChecksPatternRows } from './pattern-rows';
import { PAGE_STAMPS, dateInPageYear, pageStamp } from '../../src/tables/dates';

interface Expected {
  symbol: string;
  kind?: string;
  family?: string;
  date?: string | null;
  issuerHead?: string | null;
  issuerProvince?: string;
  issuerLevel?: string;
  issuerCount?: number;
  term?: string;
  title?: string;
}
const fixtures: { positive: { text: string; refs: Expected[] }[]; negative: string[] } = JSON.parse(
  readFileSync(path.join(__dirname, '../fixtures/extraction/references.json'), 'utf8'),
);

function scan(text: string): RawReference[] {
  return findReferences(normalizeText(text).text, { places: defaultPlaces });
}

/** The fields a case names, read from a reference. */
function view(r: RawReference, e: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = { symbol: r.parsed.symbol };
  if ('kind' in e) out.kind = r.kind;
  if ('family' in e) out.family = r.parsed.family;
  if ('date' in e) out.date = r.date;
  if ('issuerHead' in e) out.issuerHead = r.issuers[0]?.head ?? null;
  if ('issuerProvince' in e) out.issuerProvince = r.issuers[0]?.province;
  if ('issuerLevel' in e) out.issuerLevel = r.issuers[0]?.level;
  if ('issuerCount' in e) out.issuerCount = r.issuers.length;
  if ('term' in e) out.term = r.term;
  if ('title' in e) out.title = r.title;
  return out;
}

describe('citations', () => {
  it.each(fixtures.positive.map((c) => [c.text, c.refs] as const))('%s', (text, refs) => {
    const got = scan(text);
    expect(got.map((r, i) => view(r, refs[i] ?? { symbol: '' }))).toEqual(refs);
  });

  it.each(fixtures.negative)('not a citation: %s', (text) => {
    expect(scan(text).map((r) => r.parsed.symbol)).toEqual([]);
  });

  it('reports the span of the whole citation, from the kind name to the issuer', () => {
    const text = 'Thực hiện Kế hoạch số 98-KH/TU ngày 25 tháng 6 năm 2019 của Ban Thường vụ Tỉnh ủy về việc';
    const [r] = scan(text);
    expect(text.slice(r.start, r.attrEnd)).toBe(
      'Kế hoạch số 98-KH/TU ngày 25 tháng 6 năm 2019 của Ban Thường vụ Tỉnh ủy',
    );
  });

  it('reads symbols written with markup', () => {
    expect(scan('theo Công văn số **1225**/UBND-NC ngày 24/3/2020').map((r) => r.parsed.symbol)).toEqual([
      '1225/UBND-NC',
    ]);
  });
});

describe('laws cited by name', () => {
  it.each([
    ['Thực hiện nghiêm Luật Tiếp công dân; tăng cường đối thoại', ['Luật Tiếp công dân']],
    [
      'theo quy định của Luật Tổ chức chính quyền địa phương năm 2015 và Quy chế',
      ['Luật Tổ chức chính quyền địa phương năm 2015'],
    ],
    ['Căn cứ Bộ luật Lao động và Luật Đất đai;', ['Bộ luật Lao động', 'Luật Đất đai']],
    ['Căn cứ Luật Đất đai số 45/2013/QH13;', []],
  ])('%s', (text, names) => {
    expect(findNamedReferences(text).map((n) => n.text)).toEqual(names);
  });
});

describe('a Party document cited by its number alone (PARTY_BODY_CODES)', () => {
  const symbolsOf = (sentence: string): (string | null)[] =>
    extractDocument(`Báo cáo\n\n${sentence}.\n`, { source: 'x.txt' })
      .documents.filter((d) => !d.source)
      .map((d) => d.symbol);
  it.each(PARTY_BODY_CODES.flatMap((row) => row.examples.map(([t, want]) => [row.code, t, want] as const)))(
    '%s: %s → %s',
    (_code, sentence, want) => {
      expect(symbolsOf(sentence)).toContain(want);
    },
  );
  it.each(PARTY_BODY_CODES.flatMap((row) => row.counterExamples.map((t) => [row.code, t] as const)))(
    '%s: no Party document in "%s"',
    (_code, sentence) => {
      // Any number in the Party's form ("<number>-<kind code>/<body code>").
      expect(symbolsOf(sentence).filter((s) => s && /^\d{1,5}-\p{Lu}/u.test(s))).toEqual([]);
    },
  );
  it.each(STATE_BODY_CODES.flatMap((row) => row.examples.map(([t, want]) => [row.code, t, want] as const)))(
    'State %s: %s → %s',
    (_code, sentence, want) => {
      expect(symbolsOf(sentence)).toContain(want);
    },
  );
  it.each(STATE_BODY_CODES.flatMap((row) => row.counterExamples.map((t) => [row.code, t] as const)))(
    'State %s: no number taken from "%s"',
    (_code, sentence) => {
      expect(symbolsOf(sentence).filter((s) => s && /^\d{1,5}\//u.test(s))).toEqual([]);
    },
  );
  it.each([
    // dev35 eq10, Tuyên Quang.
    [
      'Tháng 5/2021, Ban Thường vụ Tỉnh ủy Tuyên Quang đã ban hành Đề án 02 về “Tiếp tục đổi mới nội dung”',
      '02-ĐA/TU',
    ],
    ['thực hiện Chương trình số 15 của Tỉnh ủy về phát triển du lịch', '15-CTr/TU'],
    // An action programme is numbered as the committee's programmes are (dev46 gb12), and "đã có" says who made it.
    [
      'Tỉnh uỷ đã có Chương trình hành động số 15 về thực hiện Nghị quyết số 08 của Bộ Chính trị về phát triển du lịch',
      '15-CTr/TU',
    ],
    // A regulation is numbered "QĐ" (dev56 gl05) …
    [
      'Huyện ủy tổ chức Hội nghị quán triệt Quy định số 144, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức',
      '144-QĐ/TW',
    ],
  ])('a project or programme by its number (PARTY_KINDS_CITED_BY_NUMBER): %s', (sentence, want) =>
    expect(symbolsOf(sentence)).toContain(want),
  );
  it('… but not in 2018–2019, when a second series was "QĐi" (PARTY_CODE_UNSURE_YEARS)', () =>
    expect(
      symbolsOf(
        'quán triệt Quy định số 08 ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương',
      ),
    ).toEqual([]));
  it.each([
    ['10 năm thực hiện NQ 28 của Ban Thường vụ Thành ủy, Hải Phòng đạt nhiều kết quả', '28-NQ/TU'],
    [
      'tổng kết 10 năm thực hiện Nghị quyết (NQ) 28 của Ban Thường vụ Thành ủy về xây dựng tổ chức Đảng',
      '28-NQ/TU',
    ],
    ['tiếp tục quán triệt CT 05 của Bộ Chính trị về đẩy mạnh học tập', '05-CT/TW'],
  ])('a kind written as its code before a bare number (PARTY_KIND_ABBREVIATIONS): %s', (sentence, want) =>
    expect(symbolsOf(sentence)).toEqual([want]),
  );
  it.each([
    // "TT" is Thông tri's code but also Thông tư's short name: left out.
    'thực hiện TT 200 của Bộ Tài chính về chế độ kế toán',
    // A code with no body after it, or glued to the number, is no citation.
    'đạt kết quả theo NQ 28 đề ra',
    'khu KH 28 của thị trấn',
  ])('not a by-code citation: %s', (sentence) => expect(symbolsOf(sentence)).toEqual([]));
  it("a Central Committee board's guide by its number ('Hướng dẫn 35 của Ban Tổ chức Trung ương'; dev40 ev15)", () =>
    expect(
      symbolsOf(
        'hoàn thành nhiệm vụ này theo Hướng dẫn 35 của Ban Tổ chức Trung ương về tổ chức và hoạt động của chi bộ quân sự',
      ),
    ).toEqual(['35-HD/BTCTW']));
  it('past a day and month with no year to the body after them ("Công điện số 208, ngày 4-11 của Thủ tướng"; dev66 gv03)', () =>
    expect(
      symbolsOf('Thực hiện Công điện số 208, ngày 4-11 của Thủ tướng Chính phủ về chủ động phòng, tránh bão'),
    ).toEqual(['208/CĐ-TTg']));
  it('but not a national programme named by its number ("Chương trình 135 của Chính phủ")', () =>
    expect(symbolsOf('thực hiện Chương trình 135 của Chính phủ giai đoạn 3')).toEqual([]));
  it('a list of numbers with one body after it: each is a document', () => {
    expect(
      symbolsOf(
        'sơ kết 5 năm thực hiện Nghị quyết số 04, 05, 06 của Ban chấp hành Trung ương Hội Nông dân Việt Nam khóa VII về xây dựng tổ chức Hội',
      ),
    ).toEqual(expect.arrayContaining(['04-NQ/HNDTW', '05-NQ/HNDTW', '06-NQ/HNDTW']));
    expect(symbolsOf('quán triệt Chỉ thị số 35 và 36 của Bộ Chính trị về Đại hội')).toEqual(
      expect.arrayContaining(['35-CT/TW', '36-CT/TW']),
    );
  });
  it('counter-example: numbers with no body after them are no list ("Nghị quyết số 5, 6 tháng đầu năm")', () => {
    expect(
      symbolsOf('Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 5, 6 tháng đầu năm đạt kết quả tốt'),
    ).toEqual(['5-NQ/TU']);
  });
  it('the body named before "đã ban hành" gives it too', () => {
    expect(
      symbolsOf(
        'Để nâng cao chất lượng đảng viên, Ban Tổ chức Tỉnh ủy đã ban hành Hướng dẫn số 16 ngày 18/3/2024 về thực hiện mô hình “Chi bộ bốn tốt”',
      ),
    ).toContain('16-HD/BTCTU');
    // Not a body in another clause.
    expect(
      symbolsOf(
        'Ban Tổ chức Tỉnh ủy chủ trì, các huyện đã ban hành Hướng dẫn số 16 ngày 18/3/2024 về thi đua',
      ),
    ).not.toContain('16-HD/BTCTU');
  });
  it.each([
    // "Quy định" had two series in 2018–2019 (QĐ and QĐi): a number of those years alone does not say which.
    'theo Quy định số 24 ngày 30/7/2018 của Ban Chấp hành Trung ương',
    // A number that starts a symbol is read as that symbol, never twice.
    'Nghị quyết số 84 QĐ/TWĐTN của Ban Chấp hành Trung ương Đoàn',
  ])('not a by-number citation: %s', (sentence) => {
    expect(symbolsOf(sentence)).not.toContain('24-QĐ/TW');
    expect(symbolsOf(sentence)).not.toContain('84-NQ/TW');
  });
});

describe('numbers that share the code written after the last one', () => {
  const symbols = (s: string): string[] =>
    findReferences(normalizeText(s).text, { places: defaultPlaces }).map((r) => r.parsed.symbol);
  it.each([
    [
      'Thực hiện Phương án số 2 và 3/PA-UBND ngày 5 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh Hậu Giang',
      ['2/PA-UBND', '3/PA-UBND'],
    ],
    [
      'Căn cứ các Nghị quyết số 01, 02 và 03/2021/NQ-HĐND ngày 10/3/2021',
      ['01/2021/NQ-HĐND', '02/2021/NQ-HĐND', '03/2021/NQ-HĐND'],
    ],
    // A comma before the last number (dev46 gb15).
    ['lần lượt tại các Quyết định số 2165, 2166/QĐ-UBND, ngày 31/10/2018', ['2165/QĐ-UBND', '2166/QĐ-UBND']],
    // Counter-examples: numbers that are not after "số", or a full symbol already.
    ['theo Điều 2 và 3/PA-UBND', ['3/PA-UBND']],
    ['Kế hoạch số 12/KH-UBND và 13/KH-UBND', ['12/KH-UBND', '13/KH-UBND']],
  ] as const)('%s', (text, want) => {
    expect(symbols(text)).toEqual(want);
  });
});

describe('a text cited in full, named again by kind and number alone', () => {
  const symbols = (text: string): string[] => scan(text).map((r) => r.parsed.symbol);
  it('is the same document', () =>
    expect(
      symbols(
        'Ủy ban Dân tộc đã phê duyệt danh sách tại Quyết định số 612/QĐ-UBDT. Quyết định số 612 của Ủy ban Dân tộc có hiệu lực từ ngày 16 tháng 9 năm 2021.',
      ),
    ).toEqual(['612/QĐ-UBDT', '612/QĐ-UBDT']));
  it('but not before the full citation, nor when two texts share the kind and number, nor of another kind', () => {
    expect(symbols('Quyết định số 612 của Ủy ban Dân tộc; Quyết định số 612/QĐ-UBDT.')).toEqual([
      '612/QĐ-UBDT',
    ]);
    expect(
      symbols('Quyết định số 12/QĐ-UBND; Quyết định số 12/QĐ-SYT; Quyết định số 12 có hiệu lực từ ngày ký.'),
    ).toEqual(['12/QĐ-UBND', '12/QĐ-SYT']);
    expect(symbols('Quyết định số 612/QĐ-UBDT; Kế hoạch số 612 của Sở Y tế.')).toEqual(['612/QĐ-UBDT']);
  });
});

describe("the place of a council or committee written right after the number's code", () => {
  it('"Nghị quyết 21/NQ-HĐND tỉnh Cà Mau" is the provincial council\'s', () => {
    const [r] = scan('Nghị quyết 21/NQ-HĐND tỉnh Cà Mau; Luật Tổ chức chính quyền địa phương 2025.');
    expect(r.issuers.map((m) => [m.head, m.province])).toEqual([['Hội đồng nhân dân tỉnh', 'Cà Mau']]);
  });
  it('but not a date, a year or a title after it', () => {
    for (const t of [
      'Quyết định 891/QĐ-UBND 2019 của tỉnh.',
      'Quyết định số 13/QĐ-UBND về việc ban hành quy chế.',
      'Quyết định số 13/QĐ-UBND ngày 02/01/2020 của UBND huyện.',
    ])
      expect(
        scan(t)[0].issuers.filter((m) => m.province === 'Cà Mau'),
        t,
      ).toEqual([]);
  });
});

describe('a space typed inside the last code of a number', () => {
  const symbols = (text: string): string[] => scan(text).map((r) => r.parsed.symbol);
  it('is joined when only the joined code is a body\'s ("01/2016/TT-BGD ĐT")', () =>
    expect(symbols('Điều 18 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng.')).toEqual([
      '01/2016/TT-BGDĐT',
    ]));
  it("but a body's code followed by a word in capitals is left alone", () =>
    expect(symbols('Quyết định số 12/QĐ-UBND UBND tỉnh ban hành.')).toEqual(['12/QĐ-UBND']));
});

describe('the date and the body of a citation told before it ("ngày …, <body> ban hành <kind> số …")', () => {
  it("after a comma, the body's name holding commas of its own", () => {
    const [r] = scan(
      'Nhân dịp kỷ niệm 130 năm Ngày sinh của Người, ngày 29/4/2020, Sở Văn hóa, Thể thao và Du lịch ban hành công văn số 495/SVHTTDL - QLVH về tuyên truyền.',
    );
    expect(r.date).toBe('2020-04-29');
    expect(r.issuers.map((m) => m.head)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });
  it('after a byline ("(QBĐT) - Ngày …") and a long signer naming his offices', () => {
    const [r] = scan(
      '(QBĐT) - Ngày 7-9-2021, đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh đã ký ban hành Quyết định số 355-QĐ/TU về việc thành lập Ban Chỉ đạo.',
    );
    expect(r.date).toBe('2021-09-07');
  });
  it('after a caption the page glued to the sentence ("Ảnh minh họaNgày …")', () => {
    const [r] = scan(
      'Ảnh minh họaNgày 19/9/2013, Ủy ban Dân tộc ban hành Quyết định số 447/QĐ-UBDT về việc công nhận thôn.',
    );
    expect(r.date).toBe('2013-09-19');
  });
  it('signed with "đã ký" alone, after a byline glued to the date ("(QNP) -Ngày …")', () => {
    // dev57 gm01.
    const [r] = scan(
      '(QNP) -Ngày 28/2/2025, Thường trực Ban Bí thư Trần Cẩm Tú đã ký kết luận 127-KL/TW của Bộ Chính trị, Ban Bí thư về việc triển khai nghiên cứu.',
    );
    expect(r.date).toBe('2025-02-28');
  });
  it('after an agency\'s tag with no brackets, in the year of a headline ending on its stamp ("… (20:32 27/12/2019)")', () => {
    // dev57 gm04.
    const text =
      'Thống nhất tổ chức đại hội điểm đảng bộ cấp trên cơ sở, nhiệm kỳ 2020-2025 (20:32 27/12/2019)\n\nHNP - Ngày 24/12, Thành ủy Hà Nội ban hành Thông báo số 2414-TB/TU, truyền đạt kết luận của Ban Thường vụ Thành ủy.\n';
    const n = normalizeText(text).text;
    expect(findReferences(n, { places: defaultPlaces, stamp: pageStamp(n) })[0].date).toBe('2019-12-24');
  });
  it("a day and month without a year, in the year of the page's stamp (PAGE_STAMPS)", () => {
    const text =
      'Sắp xếp đơn vị hành chính\nCập nhật lúc: 15:29 21/04/2025\nNgày 14/4, Sở Nội vụ thành phố Cần Thơ đã ban hành Thông báo số 864/TB-SNV về việc cung cấp thông tin.\n';
    const n = normalizeText(text).text;
    const [r] = findReferences(n, { places: defaultPlaces, stamp: pageStamp(n) });
    expect(r.date).toBe('2025-04-14');
    expect(findReferences(n, { places: defaultPlaces })[0].date).toBeNull();
  });
  it("after the number too ('công điện khẩn số 24/CĐ-UBND ngày 27/9 về việc …'), unless the number gives another year", () => {
    // dev37 es10: a stored page with its date line, a provincial portal's item.
    const text =
      ' date 2025-09-27 Công điện khẩn của Chủ tịch UBND tỉnh\n\nChủ tịch UBND tỉnh vừa ban hành công điện khẩn số 24/CĐ-UBND ngày 27/9 về việc tập trung ứng phó với bão số 10 năm 2025; Quyết định số 12/2024/QĐ-UBND ngày 3/5 của UBND tỉnh.\n';
    const n = normalizeText(text).text;
    const refs = findReferences(n, { places: defaultPlaces, stamp: pageStamp(n) });
    expect(refs.map((r) => r.date)).toEqual(['2025-09-27', null]);
  });
  it("but not a print view's stamp, the day it was printed", () =>
    expect(
      pageStamp('Thứ tư 3/3/2021\nin trang\nHướng dẫn nội dung tuyên truyền tháng 4/2015\n'),
    ).toBeNull());
  it('the year before when that day is after the stamp (a January page telling of December)', () =>
    expect(dateInPageYear('28', '12', { y: 2025, m: 1, d: 3 })).toBe('2024-12-28'));
  itChecksPatternRows('PAGE_STAMPS', PAGE_STAMPS);
  it('a date in parentheses right after the number ("Nghị quyết số 60-NQ/TW (12/4/2025)"), not a period', () => {
    const refs = scan(
      'Văn bản pháp lý:Nghị quyết số 60-NQ/TW (12/4/2025); theo Kế hoạch số 12/KH-UBND (2/9/2022-3/9/2022).',
    );
    expect(refs.map((r) => r.date)).toEqual(['2025-04-12', null]);
  });
  it('a parenthesis that opens on "ngày <date>" and goes on with its issuer or its plenum (dev50 gf13)', () => {
    const refs = scan(
      'theo tinh thần Nghị quyết 21-NQ/TW (ngày 16-6-2022, Hội nghị Trung ương 5, khóa XIII); đổi mới sinh hoạt chi bộ theo Chỉ thị 50-CT/TW (ngày 23-7-2025 của Ban Bí thư); đẩy mạnh học tập',
    );
    expect(refs.map((r) => [r.date, r.issuers.map((i) => i.head)])).toEqual([
      ['2022-06-16', []],
      ['2025-07-23', ['Ban Bí thư']],
    ]);
    // Without "ngày" the parenthesis must close after the one date.
    expect(scan('Quyết định số 12/QĐ-UBND (21/9/2002, 21/9/2022) về')[0].date).toBeNull();
  });
  it('inside a parenthesis or an emphasis ("*(Ngày 23/10/2025, … ban hành …)*")', () => {
    const [r] = scan(
      'Ghi chú: *(Ngày 23/10/2025, Ngân hàng Nhà nước tiếp tục ban hành Quyết định số 3539/QĐ-NHNN bổ sung phương án).*',
    );
    expect(r.date).toBe('2025-10-23');
  });
  it('after its codes typed twice ("37-NQ/TW NQ/TW ngày …"), or in a text that lost its diacritics ("ngy")', () => {
    const refs = scan(
      'Quán triệt Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018 của Bộ Chính trị; Thc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014 ca Ban chp hnh.',
    );
    expect(refs.map((r) => r.date)).toEqual(['2018-12-24', '2014-06-09']);
  });
  it('but not a date of something else in the clause', () => {
    const [r] = scan(
      'Hội nghị ngày 29/4/2020, các đại biểu thảo luận Công văn số 495/SVHTTDL-QLVH về tuyên truyền.',
    );
    expect(r.date).toBeNull();
  });
});

describe("a form's number is no document (FORM_WORDS)", () => {
  it.each(FORM_WORDS.examples.map((e) => [e]))('%s: no citation', (e) => expect(scan(e)).toEqual([]));
  it.each(FORM_WORDS.counterExamples.map((e) => [e]))('%s: a citation', (e) =>
    expect(scan(e).length).toBe(1),
  );
});

describe('a date told before the body that issued a citation', () => {
  const dateOf = (text: string, symbol: string) =>
    extractDocument(`Tin tức\n\n${text}\n`, { source: 'x.txt' }).documents.find((d) => d.symbol === symbol)
      ?.date;
  it('past a mandate after the body\'s name ("…khóa XIX, nhiệm kỳ 2020 - 2025 đã ban hành …")', () => {
    expect(
      dateOf(
        'Ngày 21/4/2025, Ban Chấp hành Đảng bộ tỉnh Phú Thọ khóa XIX, nhiệm kỳ 2020 - 2025 đã ban hành Nghị quyết Số 154- NQ/TU thống nhất thông qua Đề án.',
        '154-NQ/TU',
      ),
    ).toBe('2025-04-21');
  });
  it('counter-example: a clause after a comma is no part of the name ("…, các cấp ủy đã ban hành …")', () => {
    expect(
      dateOf(
        'Ngày 21/4/2025, Tỉnh ủy tổ chức hội nghị, các cấp ủy đã ban hành Nghị quyết số 154-NQ/TU để thực hiện.',
        '154-NQ/TU',
      ),
    ).toBeNull();
  });
});

describe('a day and month with no year on a page with no stamp (dateNearCited; dev30 ej14, dev55 gk03)', () => {
  const dateOf = (text: string, symbol: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces }).find(
      (r) => r.parsed.symbol === symbol,
    )?.date;
  it('takes the year that puts it nearest the latest full date the page cites', () => {
    expect(
      dateOf(
        'Tối 15-4, Chủ tịch UBND tỉnh Bạc Liêu ban hành Công văn số 1582/UBND-KGVX triển khai thực hiện Thông báo số 155/TB-VPCP ngày 15/4/2020 của Văn phòng Chính phủ.',
        '1582/UBND-KGVX',
      ),
    ).toBe('2020-04-15');
    expect(
      dateOf(
        'Chiều 5-1, UBND tỉnh ban hành Công điện số 01/CĐ-UBND thực hiện Công điện số 120/CĐ-TTg ngày 28/12/2024 của Thủ tướng Chính phủ.',
        '01/CĐ-UBND',
      ),
    ).toBe('2025-01-05');
  });
  it('counter-example: a text cited months before says nothing of the year ("ngày 19/6" after 31/3/2020; dev63 gs10)', () => {
    expect(
      dateOf(
        'Đó là chỉ đạo của UBND tỉnh tại Công văn số 4079/UBND-KT ngày 19/6 về việc tiếp tục thực hiện các biện pháp theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.',
        '4079/UBND-KT',
      ),
    ).toBeNull();
  });
  it('counter-example: a page citing only an old text says nothing of its year', () => {
    expect(
      dateOf(
        'Ngày 20/3, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND thực hiện Luật số 55/2014/QH13 ngày 23/6/2014.',
        '12/KH-UBND',
      ),
    ).toBeNull();
  });
  it('a date opening an indented line ("          Ngày 11/11/2019, UBND huyện … vừa ban hành …"; dev41 ex04)', () => {
    expect(
      dateOf(
        'Huyện Thới Bình phấn đấu\n\n          Ngày 11/11/2019, UBND huyện Thới Bình vừa ban hành Kế hoạch số 120/KH-UBND, thực hiện Chương trình.',
        '120/KH-UBND',
      ),
    ).toBe('2019-11-11');
  });
});

describe('two citations with one number, one body code and one date are one document (dev61 gq04)', () => {
  const symbols = (text: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces }).map((r) => r.parsed.symbol);
  it('the later typo is read as the first', () => {
    expect(
      symbols(
        'UBND tỉnh Đồng Nai ban hành công văn số 4630/UBND-KGVX ngày 26/4/2024 về việc lấy ý kiến cử tri. Tải về: Công văn số 4630/UBND-KGXV ngày 26/4/2024 của UBND tỉnh Đồng Nai.',
      ),
    ).toEqual(['4630/UBND-KGVX', '4630/UBND-KGVX']);
  });
  it('counter-example: another date, or another kind, is another document', () => {
    expect(
      symbols('Công văn số 4630/UBND-KGVX ngày 26/4/2024; Công văn số 4630/UBND-KGXV ngày 26/4/2023.'),
    ).toEqual(['4630/UBND-KGVX', '4630/UBND-KGXV']);
    expect(symbols('Quyết định số 12/QĐ-UBND ngày 5/1/2024; Kế hoạch số 12/KH-UBND ngày 5/1/2024.')).toEqual([
      '12/QĐ-UBND',
      '12/KH-UBND',
    ]);
  });
});

describe('the body named before "tại" and a citation is its issuer only after what it said (SAID_NOUNS; dev53 gi12)', () => {
  const heads = (text: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces })[0]?.issuers.map((m) => m.head);
  it.each(SAID_NOUNS.examples)('%s → %s', (text, head) => expect(heads(text)).toEqual([head]));
  it.each(SAID_NOUNS.counterExamples)('no issuer before the citation in "%s"', (text) =>
    expect(heads(text)).toEqual([]),
  );
});

describe("a citation in brackets right after a body and its holder's name (dev50 gf07)", () => {
  const issuerOf = (text: string, symbol: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces })
      .find((r) => r.parsed.symbol === symbol)
      ?.issuers.map((m) => [m.head, m.province]);
  it("is that body's", () => {
    expect(
      issuerOf(
        'xã nông thôn mới kiểu mẫu đầu tiên của huyện Chợ Mới đã được Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng (Quyết định 455/QĐ-UBND ngày 1/4/2025) công nhận đạt chuẩn.',
        '455/QĐ-UBND',
      ),
    ).toEqual([['Chủ tịch Ủy ban nhân dân tỉnh', 'An Giang']]);
  });
  it('counter-example: brackets after a clause that does not end on a body', () => {
    expect(
      issuerOf(
        'Bộ Chính trị đã ký ban hành Chỉ thị mới về đại hội (Quyết định 455/QĐ-UBND ngày 1/4/2025).',
        '455/QĐ-UBND',
      ),
    ).toEqual([]);
  });
});

describe('a citation fronted by "Tại" is the text of the body the sentence names next (AT_CLAUSE; dev68 gx03)', () => {
  it.each(AT_CLAUSE.examples)('%s → %s is %s', (text, symbol, scope) => {
    const g = extractDocument(`Tin tức\n\n${text}\n`, { source: 'x.txt' });
    expect(g.documents.find((d) => d.symbol === symbol)?.scope).toBe(scope);
  });
  it.each(AT_CLAUSE.counterExamples)('no issuer read for %s in "%s"', (text, symbol) => {
    const r = findReferences(normalizeText(text).text, { places: defaultPlaces }).find(
      (x) => x.parsed.symbol === symbol,
    );
    expect(r?.issuers).toEqual([]);
  });
});

describe('the body named as the subject of the verb before a citation (issuedBy)', () => {
  it.each([
    // dev36 er01, Huế: the ward wrote the letter it proposed in.
    [
      'theo đó UBND phường Phú Thượng đề xuất tại Công văn số 18/UBND-ĐC ngày 10/8/2021 với 20 tuyến đường',
      ['Ủy ban nhân dân phường', 'phường Phú Thượng'],
    ],
    [
      'Thủ tướng Chính phủ đã chỉ đạo tại Công điện số 86/CĐ-TTg ngày 10/6/2025 về ứng phó bão',
      ['Thủ tướng Chính phủ', null],
    ],
  ])(
    'the body that says what it wrote in the text after "… đề xuất tại" gives its issuer (SAID_IN_VERBS): %s',
    (text, want) => {
      const [r] = findReferences(normalizeText(text).text, { places: defaultPlaces });
      expect(r.issuers.map((i) => [i.head, i.commune ?? null])).toEqual([want]);
    },
  );
  it('"… đã xây dựng Kế hoạch số …" gives it too (MADE_VERBS; dev38 et04, Đồng Nai)', () => {
    const [r] = findReferences(
      normalizeText(
        'trong tình hình mới, Ban Thường vụ Tỉnh ủy đã xây dựng Kế hoạch số 391-KH/TU ngày 25/9/2020 về lãnh đạo cuộc bầu cử',
      ).text,
      { places: defaultPlaces },
    );
    expect(r.issuers.map((i) => i.head)).toEqual(['Ban Thường vụ Tỉnh ủy']);
  });
  it.each([
    // dev70 gz11: a history's bare "ra" (BARE_MADE_VERBS).
    [
      'Ngày 8-1-2002, Bộ Chính trị ra Nghị quyết số 09 về tăng cường sự lãnh đạo của Đảng',
      '09-NQ/TW',
      'Bộ Chính trị',
    ],
    // dev69 gy09: the body a signer signs for (ON_BEHALF_WORDS).
    [
      'Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm vừa ký ban hành Chỉ thị số 01 về nghiên cứu, học tập',
      '01-CT/TW',
      'Bộ Chính trị',
    ],
  ])('a bare number takes its code from the body that made it: %s', (text, symbol, head) => {
    const refs = findReferences(normalizeText(text).text, { places: defaultPlaces });
    expect(refs.map((r) => [r.parsed.symbol, r.issuers.map((i) => i.head).join('; ')])).toEqual([
      [symbol, head],
    ]);
  });
  it('a Party number glossed with its year is the Party number (GLOSSED_YEAR; dev74 jd11)', () =>
    expect(
      findReferences(
        normalizeText('triển khai Nghị quyết 57/2024 của Bộ Chính trị, đánh dấu bước đi quan trọng').text,
        { places: defaultPlaces },
      ).map((r) => r.parsed.symbol),
    ).toEqual(['57-NQ/TW']));
  it('but a State number with a year is not guessed (its year may be part of it: 34/2025/NQ-CP)', () =>
    expect(
      findReferences(normalizeText('theo Nghị quyết số 34/2025 của Chính phủ về việc').text, {
        places: defaultPlaces,
      }),
    ).toEqual([]));
  it.each([
    'Tỉnh ủy đề ra Nghị quyết số 09 về phát triển kinh tế',
    'Hội nghị đưa ra Nghị quyết số 09 về phát triển kinh tế',
    'Thay mặt gia đình, ông Nguyễn Văn A vừa ký ban hành Chỉ thị số 01 về việc',
  ])('but not "ra" inside another verb, nor a signer for no body: %s', (text) =>
    expect(findReferences(normalizeText(text).text, { places: defaultPlaces })).toEqual([]),
  );
  it('but not a body in another clause ("Các sở thực hiện theo hướng dẫn tại …")', () => {
    const [r] = findReferences(
      normalizeText('Các sở, ngành thực hiện theo hướng dẫn tại Công văn số 18/UBND-ĐC ngày 10/8/2021').text,
      { places: defaultPlaces },
    );
    expect(r.issuers).toEqual([]);
  });
});

describe('citations of one code listed together share the body named after the last (shareAcrossConjunction)', () => {
  const scanned = (text: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces }).map((r) => [
      r.parsed.symbol,
      r.date,
      r.issuers.map((i) => i.head).join('; '),
    ]);
  it('"… và …": the date and the body', () =>
    expect(
      scanned('Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị'),
    ).toEqual([
      ['217-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['218-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
    ]));
  it('one with a date of its own, or after ";", the body only (dev35 eq06)', () =>
    expect(
      scanned(
        'Kế hoạch số 81-KH/ĐUK ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK, ngày 28/11/2019 của Đảng ủy Khối Doanh nghiệp Trung ương',
      ),
    ).toEqual([
      ['81-KH/ĐUK', '2019-08-15', 'Đảng ủy Khối Doanh nghiệp Trung ương'],
      ['23-HD/ĐUK', '2019-11-28', 'Đảng ủy Khối Doanh nghiệp Trung ương'],
    ]));
  it('but not one of another code', () =>
    expect(
      scanned(
        'Kế hoạch số 81-KH/TU ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK, ngày 28/11/2019 của Đảng ủy Khối Doanh nghiệp Trung ương',
      )[0][2],
    ).toBe(''));
});

describe('a mark of urgency between a kind and its number (URGENCY_MARKS)', () => {
  it('"UBND tỉnh ban hành Kế hoạch (HỎA TỐC) số 1141/KH-UBND": the kind, the date told before it and the body (dev35 eq02)', () => {
    const [r] = findReferences(
      normalizeText(
        'Ngày 03/9/2013, UBND tỉnh ban hành Kế hoạch (HOẢ TỐC) số 1141/KH-UBND về việc Kiểm tra và làm việc với UBND huyện Tam Đường.',
      ).text,
      { places: defaultPlaces },
    );
    expect([r.kind, r.date, r.issuers.map((i) => i.head)]).toEqual([
      'Kế hoạch',
      '2013-09-03',
      ['Ủy ban nhân dân tỉnh'],
    ]);
  });
  it('"vào chiều ngày 02/11/2017, UBND tỉnh đã có Thông báo khẩn số 342/TB-UBND": without brackets too (dev76 jf01)', () => {
    const [r] = findReferences(
      normalizeText(
        'Được biết, vào chiều ngày 02/11/2017, UBND tỉnh đã có Thông báo khẩn số 342/TB-UBND về việc chỉ đạo ứng phó với bão số 12.',
      ).text,
      { places: defaultPlaces },
    );
    expect([r.kind, r.date, r.issuers.map((i) => i.head)]).toEqual([
      'Thông báo',
      '2017-11-02',
      ['Ủy ban nhân dân tỉnh'],
    ]);
  });
  it('but not any words in brackets', () => {
    const [r] = findReferences(
      normalizeText('UBND tỉnh ban hành Kế hoạch (kèm theo) số 1141/KH-UBND về việc kiểm tra.').text,
      {
        places: defaultPlaces,
      },
    );
    expect(r.issuers).toEqual([]);
  });
});

describe('a word of purpose between a kind and its number (KIND_QUALIFIERS; dev80 jj08)', () => {
  it('"… có Văn bản chỉ đạo số 398/BTTTT-TTCS": the date and the body told before are the citation\'s', () => {
    const [r] = findReferences(
      normalizeText(
        'Ngày 14 tháng 02 năm 2017 Bộ Thông tin và Truyền thông có Văn bản chỉ đạo số 398/BTTTT-TTCS về việc tuyên truyền.',
      ).text,
      { places: defaultPlaces },
    );
    expect(r.date).toBe('2017-02-14');
  });
});

describe('the date after a number (NGAY_DATE)', () => {
  it('with the month glued to "năm" ("ngày 22 tháng 1năm 2009"; dev41 ew03)', () => {
    const [r] = findReferences(
      normalizeText('Nghị định số 07/2009/NĐ-CP ngày 22 tháng 1năm 2009 về việc sửa đổi một số điều').text,
      { places: defaultPlaces },
    );
    expect(r.date).toBe('2009-01-22');
  });
  it('with the day glued to "tháng" ("ngày 04tháng 5 năm 2013"; dev78 jh02)', () => {
    const [r] = findReferences(
      normalizeText('Căn cứ Quyết định số 692/QĐ-TTg ngày 04tháng 5 năm 2013 của Thủ tướng Chính phủ').text,
      { places: defaultPlaces },
    );
    expect(r.date).toBe('2013-05-04');
  });
  it('with "tháng" typed for "năm" before the year ("ngày 11 tháng 11 tháng 2021"; dev111 ko04)', () => {
    const [r] = findReferences(
      normalizeText('Căn cứ Nghị định số 99/2021/NĐ-CP ngày 11 tháng 11 tháng 2021 của Chính phủ quy định')
        .text,
      { places: defaultPlaces },
    );
    expect(r.date).toBe('2021-11-11');
    // Counter-example: a third number that is no year.
    const [s] = findReferences(
      normalizeText('Căn cứ Nghị định số 99/2021/NĐ-CP ngày 11 tháng 11 tháng 12 của Chính phủ').text,
      { places: defaultPlaces },
    );
    expect(s.date).toBeNull();
  });
  it('after the hour a telegram was sent ("hồi 19 giờ ngày 31/7/2013"; dev91 ju04)', () => {
    const dates = findReferences(
      normalizeText(
        "Thực hiện nghiêm túc công điện số: 27/CĐ-TW hồi 19 giờ ngày 31/7/2013 của Ban chỉ đạo phòng chống lụt bão Trung ương; Công điện số 16/CĐ-CLB hồi 11 giờ 00' ngày 11/8/2013 của Ban Chỉ huy",
      ).text,
      { places: defaultPlaces },
    ).map((r) => r.date);
    expect(dates).toEqual(['2013-07-31', '2013-08-11']);
  });
});

describe('the plenum that adopted a resolution, named after its date without "của" (dev29 ek01)', () => {
  const read = (text: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces }).map((r) => [
      r.parsed.symbol,
      r.issuers.map((i) => i.head),
      r.term,
    ]);
  it('is its issuer, with the term', () =>
    expect(
      read(
        'Triển khai thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp',
      ),
    ).toEqual([['20-NQ/TW', ['Ban Chấp hành Trung ương Đảng'], 'XIII']]));
  it('but a meeting that is no plenum of a committee is not', () =>
    expect(read('theo Kế hoạch số 12-KH/TU ngày 5/3/2022 Hội nghị cán bộ toàn tỉnh đã thông qua')).toEqual([
      ['12-KH/TU', [], null],
    ]));
});

describe('a number listed right after one the date before it names (dev34 ep06)', () => {
  const dates = (text: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces }).map((r) => [r.parsed.symbol, r.date]);
  it('shares that date', () =>
    expect(
      dates(
        'Ngày 08/06/2017, UBND tỉnh ban hành Quyết định số 2051/QĐ-UBND, 2052/QĐ-UBND về việc công nhận các thị trấn.',
      ),
    ).toEqual([
      ['2051/QĐ-UBND', '2017-06-08'],
      ['2052/QĐ-UBND', '2017-06-08'],
    ]));
  it('but not one of other codes, nor one further on in the sentence', () =>
    expect(
      dates(
        'Ngày 08/06/2017, UBND tỉnh ban hành Quyết định số 2051/QĐ-UBND, 12/KH-SNV và triển khai theo Công văn số 2052/QĐ-UBND.',
      ),
    ).toEqual([
      ['2051/QĐ-UBND', '2017-06-08'],
      ['12/KH-SNV', null],
      ['2052/QĐ-UBND', null],
    ]));
});

describe('the date written after the cited text’s subject (DATE_AFTER_TITLE; dev68 gx03)', () => {
  const read = (text: string) =>
    findReferences(normalizeText(text).text, { places: defaultPlaces }).map((r) => [
      r.parsed.symbol,
      r.date,
      r.title,
    ]);
  it('ends the title where a clause begins, and dates the text', () =>
    expect(
      read(
        'Tại Công văn số 59-CV/BCĐ về việc sắp xếp đơn vị sự nghiệp và đầu mối bên trong các cơ quan ngày 12/9/2025, Ban Chỉ đạo Trung ương đề nghị các tỉnh',
      )[0],
    ).toEqual(['59-CV/BCĐ', '2025-09-12', 'sắp xếp đơn vị sự nghiệp và đầu mối bên trong các cơ quan']));
  it('but a date the subject runs on from is the subject’s', () =>
    expect(
      read(
        'Theo Kế hoạch số 12/KH-UBND về việc tổ chức hội nghị ngày 12/9/2025 tại hội trường của UBND tỉnh',
      )[0][1],
    ).toBeNull());
});

describe('an item of a list announced by its kind ("các Nghị quyết của Quốc hội: số …; số …")', () => {
  const kinds = (text: string): Record<string, string | null> =>
    Object.fromEntries(
      findReferences(normalizeText(text).text, { places: defaultPlaces }).map((r) => [
        r.parsed.symbol,
        r.kind,
      ]),
    );
  it('takes the list’s kind, unless it names its own ("Luật … số 65/2025/QH15"; dev81 jk10)', () =>
    expect(
      kinds(
        'Căn cứ các Nghị quyết của Quốc hội: số 55/2010/QH12 ngày 24/11/2010; số 28/2016/QH14 ngày 11/11/2016; Luật Tổ chức chính quyền địa phương số 65/2025/QH15;',
      ),
    ).toEqual({ '55/2010/QH12': 'Nghị quyết', '28/2016/QH14': 'Nghị quyết', '65/2025/QH15': 'Luật' }));
});
