/**
 * Symbols as people type them (issue 9, class 2): one document, one symbol, whatever the spelling. The spelling
 * table's rows are checked with their own examples; the typed forms below come from real texts' shapes.
 */
import { describe, expect, it } from 'vitest';
import { SYMBOL_RE, classifySymbol, parseSymbol, symbolStartsAt } from '../../src/parse/symbol';
import {
  SEGMENT_SPELLINGS,
  LOOKALIKE_LETTERS,
  PARTY_GLUED,
  PARTY_ONLY_ISSUERS,
  CAPITAL_GLUED_WORDS,
  DOTTED_KIND,
} from '../../src/tables/symbol-spellings';
import { findReferences } from '../../src/parse/references';
import { normalizeText } from '../../src/text/normalize';
import { defaultPlaces } from '../../src/resolve/places';
import { extractDocument } from '../../src/extract';

describe('spelling table: every row with its examples', () => {
  it.each(SEGMENT_SPELLINGS.map((r) => [r.typed, r] as const))('%s', (_t, row) => {
    expect(row.examples.length).toBeGreaterThan(0);
    for (const [typed, official] of row.examples) expect(parseSymbol(typed)?.symbol).toBe(official);
  });
  it('maps every look-alike letter to a Latin capital', () => {
    for (const [k, v] of Object.entries(LOOKALIKE_LETTERS)) {
      expect(k).not.toBe(v);
      expect(v).toMatch(/^[A-Z]$/u);
    }
  });
});

describe('typed forms → the official symbol', () => {
  it.each([
    ['19/CT-TTG', '19/CT-TTg', 'case of a mixed-case code'],
    ['05-QĐI/TW', '05-QĐi/TW', 'case of a mixed-case code'],
    ['25-NQ/TƯ', '25-NQ/TW', 'TƯ for TW'],
    ['78/TTr-SNN&PTNT', '78/TTr-SNN&PTNT', 'an ampersand inside a code'],
    ['84 QĐ/TWĐTN', '84-QĐ/TWĐTN', 'a space for the Party hyphen'],
    ['57-NQ TW', '57-NQ/TW', "a space for the slash before the Central Committee's code"],
    ['4436/UBND-VX.pdf', '4436/UBND-VX', "an attachment's file extension"],
    ['12/QĐ-UBND.DOCX', '12/QĐ-UBND', "an attachment's file extension"],
    ['01- HD/TW', '01-HD/TW', 'a space after the hyphen'],
    ['3212/QĐ- BKHCN', '3212/QĐ-BKHCN', 'a space after the hyphen'],
    ['214/2025/NĐCP', '214/2025/NĐ-CP', 'a lost hyphen'],
    ['1961/QĐUBND', '1961/QĐ-UBND', 'a lost hyphen'],
    ['183/2010/TTLT/BTC-BNN', '183/2010/TTLT-BTC-BNN', 'a slash for the hyphen'],
    ['2367/QD-UBND', '2367/QĐ-UBND', 'Latin D for Đ'],
    ['25-NQ/ТW', '25-NQ/TW', 'a Cyrillic Т'],
    ['4814/CCTKV.05-TTKT3', '4814/CCTKV.05-TTKT3', 'a dotted unit code'],
    ['66.7/2025/NQ-CP', '66.7/2025/NQ-CP', 'a dotted number (the Government, 2025)'],
    ['02/CT-UBND', '02/CT-UBND', 'unchanged'],
    ['44/2025/QĐ-CTUBND', '44/2025/QĐ-CTUBND', "the chairman's code since 2025, not CT glued to UBND"],
  ])('%s → %s (%s)', (typed, official) => {
    expect(parseSymbol(typed)?.symbol).toBe(official);
  });

  const scan = (text: string): string[] => {
    const out: string[] = [];
    SYMBOL_RE.lastIndex = 0;
    for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
      if (!symbolStartsAt(text, m.index)) continue;
      const p = classifySymbol(m.groups?.num ?? '', m.groups?.rest ?? '');
      if (p) out.push(p.symbol);
    }
    return out;
  };
  it('finds symbols glued to the words around them in running text', () => {
    expect(scan('theo Quyết định số68/2010/QĐ-UBND của tỉnh')).toEqual(['68/2010/QĐ-UBND']);
    expect(scan('Nghị định 83/2013/NĐ-CPcó hiệu lực')).toEqual(['83/2013/NĐ-CP']);
    expect(scan('Thông tư 75/2024/TT-BTCQuy định')).toEqual(['75/2024/TT-BTC']);
    expect(scan('Quyết định 84 QĐ/TWĐTN của Ban Bí thư')).toEqual(['84-QĐ/TWĐTN']);
    expect(scan('thực hiện Nghị quyết số 57-NQ TW, ngày 22/12/2024 của Bộ Chính trị')).toEqual(['57-NQ/TW']);
    // Not a space before another word that starts with "TW".
    expect(scan('Nghị quyết số 57-NQ TWO của')).toEqual([]);
    // "số" cut to its initial, but not a word's last letter.
    expect(scan('số 319/QĐ-TTg; s320/QĐ-TTg ngày 08/3/2022; mã hs321/QĐ-TTg')).toEqual([
      '319/QĐ-TTg',
      '320/QĐ-TTg',
    ]);
  });
  it('reads past a speck an OCR put after a hyphen', () => {
    expect(scan('Thông tư số 03/2021/TT- ‘BTC ngày 11/01/2021')).toEqual(['03/2021/TT-BTC']);
    expect(scan('Thông tư số 76/2014/TT-| BTC ngày 16/6/2014')).toEqual(['76/2014/TT-BTC']);
  });
  it('reads a space after the slash before a year (dev64 gt15) and a joint plan of nine bodies (dev63 gs05)', () => {
    expect(scan('Căn cứ Nghị định số 66/ 2023/NĐ-CP ngày 24/8/2023')).toEqual(['66/2023/NĐ-CP']);
    expect(
      scan('Kế hoạch liên tịch số 176/KHLT/BVCSTE-MT-CĐTNĐ-C68-TCTDTT-CTHSSV-HĐĐTW-ĐCT-DSGĐTE ngày 5/3/2014'),
    ).toEqual(['176/KHLT/BVCSTE-MT-CĐTNĐ-C68-TCTDTT-CTHSSV-HĐĐTW-ĐCT-DSGĐTE']);
    // A day and month told with a space after the slash stay a date.
    expect(scan('tháng 5/ 2023 và 12/ 2024.')).toEqual([]);
  });
  it('ends before a word after a dash (dev96 jz06), not before a code after a spaced hyphen', () => {
    expect(scan('(KH số 62-KH/BDVTU - Tải về)')).toEqual(['62-KH/BDVTU']);
    expect(scan('theo Quyết định số 3212/QĐ- BKHCN và Công văn số 12/UBND - VX')).toEqual([
      '3212/QĐ-BKHCN',
      '12/UBND-VX',
    ]);
  });
  it('takes a space for the Party hyphen only right after the number', () => {
    expect(scan('Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018')).toEqual(['37-NQ/TW']);
  });
  it('leaves periods and dates alone', () => {
    expect(scan('giai đoạn 2016-2020, ngày 12/3/2021')).toEqual([]);
  });
});

describe('"TƯ" in a Party symbol', () => {
  it("is Trung ương by default, and the Tỉnh ủy's code under a Tỉnh ủy header or issuer", async () => {
    const { extractDocument } = await import('../../src/extract');
    const g = extractDocument(
      'TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\n\nKẾT LUẬN\nvề hạ tầng\n\nSau 10 năm thực hiện Nghị quyết số 13-NQ/TƯ ngày 05/4/2012, thực hiện Nghị quyết số 25-NQ/TƯ ngày 03/6/2013 của Ban Chấp hành Trung ương.\n',
      { source: 'k.txt' },
    );
    const own = g.documents.find((d) => d.source === 'k.txt');
    expect(own?.symbol).toBe('445-KL/TU');
    expect(g.documents.map((d) => d.symbol)).toContain('13-NQ/TU');
    expect(g.documents.map((d) => d.symbol)).toContain('25-NQ/TW');
  });
});

describe('a dotted number', () => {
  it('is one symbol before a year, and never a thousands separator', () => {
    const text = 'thực hiện Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ; chi 1.500/QĐ-UBND';
    const found = [...text.matchAll(SYMBOL_RE)].filter((m) => symbolStartsAt(text, m.index)).map((m) => m[0]);
    expect(found).toEqual(['66.7/2025/NQ-CP']);
  });
});

describe('numbered the old way (before 2000)', () => {
  it.each([
    ['61-CP', 'CP'],
    ['64-TTg', 'TTg'],
    ['20-HĐBT', 'HĐBT'],
  ])('%s is a symbol of %s with no kind in it', (typed, code) => {
    expect(parseSymbol(typed)).toMatchObject({ symbol: typed, issuerCodes: [code], kind: null });
  });
  it('a code of no old central body is not', () => {
    expect(parseSymbol('5-UBND')).toBeNull();
  });
});

describe('a number with a letter ("36a/NQ-CP")', () => {
  it('is a text after its kind, a form number otherwise', async () => {
    const { findReferences } = await import('../../src/parse/references');
    const { defaultPlaces } = await import('../../src/resolve/places');
    const text =
      'Nghị quyết 36a/NQ-CP ngày 14 tháng 10 năm 2015 của Chính phủ; Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008; theo mẫu số 01a/TB-TSDĐ ban hành kèm theo.';
    expect(findReferences(text, { places: defaultPlaces }).map((r) => r.parsed.symbol)).toEqual([
      '36a/NQ-CP',
      '30a/2008/NQ-CP',
    ]);
  });
  it('any letter before a year ("11i/2008/NQ-HĐND"), only a-e without one', async () => {
    const { findReferences } = await import('../../src/parse/references');
    const { defaultPlaces } = await import('../../src/resolve/places');
    const text =
      'Căn cứ Nghị quyết số 11i/2008/NQ-HĐND ngày 11 tháng 12 năm 2008 của HĐND tỉnh; Quyết định số 12h/QĐ-UBND.';
    expect(findReferences(text, { places: defaultPlaces }).map((r) => r.parsed.symbol)).toEqual([
      '11i/2008/NQ-HĐND',
    ]);
  });
  it('an old number with a hyphen, its issuer named as it was then ("64b-HĐBT", "Hội đồng Chính phủ"; dev77 jg05)', async () => {
    const { extractDocument } = await import('../../src/extract');
    const g = extractDocument(
      'Căn cứ quyết định số 214-CP của Hội đồng Chính phủ ngày 21-11-1970; Căn cứ quyết định số 64b-HĐBT của Hội đồng Bộ trưởng ngày 12-9-1981;',
      { source: 'hdbt.txt' },
    );
    const doc = (s: string) => g.documents.find((d) => d.symbol === s);
    expect(doc('214-CP')).toMatchObject({ issuer: 'Hội đồng Chính phủ', date: '1970-11-21' });
    expect(doc('64b-HĐBT')).toMatchObject({ issuer: 'Hội đồng Bộ trưởng', date: '1981-09-12' });
  });
});

describe('a Party number glued to its kind code (PARTY_GLUED)', () => {
  const symbols = (s: string): string[] =>
    findReferences(normalizeText(s).text, { places: defaultPlaces }).map((r) => r.parsed.symbol);
  it.each(PARTY_GLUED.examples)('%s → %s', (text, want) => expect(symbols(text)).toEqual([want]));
  it.each(PARTY_GLUED.counterExamples)('no citation in "%s"', (text) => expect(symbols(text)).toEqual([]));
});

describe('a word in capitals glued after the last code (CAPITAL_GLUED_WORDS; dev40 ev09)', () => {
  const symbols = (s: string): string[] =>
    findReferences(normalizeText(s).text, { places: defaultPlaces }).map((r) => r.parsed.symbol);
  it.each(CAPITAL_GLUED_WORDS.examples)('%s → %s', (text, want) => expect(symbols(text)).toEqual([want]));
  it.each(CAPITAL_GLUED_WORDS.counterExamples)('"%s" keeps its code', (text) =>
    expect(symbols(text).some((s) => /VA|VAT/u.test(s))).toBe(true),
  );
});

describe('a dot typed for the hyphen after a kind code (DOTTED_KIND; dev59 go10)', () => {
  const symbols = (s: string): string[] =>
    findReferences(normalizeText(s).text, { places: defaultPlaces }).map((r) => r.parsed.symbol);
  it.each(DOTTED_KIND.examples)('%s → %s', (text, want) => expect(symbols(text)).toEqual([want]));
  it.each(DOTTED_KIND.counterExamples)('%s keeps %s', (text, want) => expect(symbols(text)).toEqual([want]));
});

describe('a Party text typed the State way (PARTY_ONLY_ISSUERS)', () => {
  it.each(PARTY_ONLY_ISSUERS.examples)('%s → %s', (typed, official) => {
    expect(parseSymbol(typed)).toMatchObject({ symbol: official, family: 'party' });
  });
  it.each(PARTY_ONLY_ISSUERS.counterExamples)('%s stays a State symbol', (typed) =>
    expect(parseSymbol(typed)?.symbol).toBe(typed),
  );
});

describe('a kind glued to a body, only in the kind position', () => {
  it.each([
    ['214/2025/NĐCP', '214/2025/NĐ-CP'],
    ['1961/QĐUBND', '1961/QĐ-UBND'],
    ['17/TB-TTHĐND', '17/TB-TTHĐND'],
  ])('%s → %s', (typed, official) => expect(parseSymbol(typed)?.symbol).toBe(official));
});

describe("a National Assembly term's last digit dropped", () => {
  it.each([
    ['43/2024/QH1', '43/2024/QH15'],
    ['71/2014/UBTVQH1', '71/2014/UBTVQH13'],
  ])('%s → %s (the year lies wholly in that term)', (typed, official) =>
    expect(parseSymbol(typed)?.symbol).toBe(official),
  );
  it.each(['31/2021/QH1', '43/2024/QH14'])(
    '%s stays as typed (a year two terms share, or no dropped digit)',
    (t) => expect(parseSymbol(t)?.symbol).toBe(t),
  );
});

describe('OCR noise inside a symbol', () => {
  const symbols = (s: string): string[] =>
    findReferences(normalizeText(s).text, { places: defaultPlaces }).map((r) => r.parsed.symbol);
  it.each([
    // A space an OCR put between two capitals of a code, right before its separator.
    ['Thông tư số 22/2010/T T-BTC ngày 12/02/2010', ['22/2010/TT-BTC']],
    ['Nghị định số 15/2020/N Đ-CP ngày 03/02/2020', ['15/2020/NĐ-CP']],
    // A space between the National Assembly's code and its term.
    ['Căn cứ Luật số 190/2025/QH 15 ngày 19/02/2025', ['190/2025/QH15']],
    // Counter-example: a capital after a symbol and a space is the next word.
    ['Công văn số 45/UBND V/v tổ chức', ['45/UBND']],
  ] as const)('%s', (text, want) => expect(symbols(text)).toEqual(want));

  it('a bar right after a hyphen near the top is a speck, not a table cell ("76/2014/TT-| BIC")', () => {
    const g = extractDocument(
      'Công văn\n\nCác văn bản:\n\n- Thông tư số 76/2014/TT-| BIC ngày 16/6/2014 của Bộ Tài chính hướng dẫn một số điều của Nghị định số 45/2014/NĐ-CP ngày 15/5/2014 của Chính phủ.\n',
      { source: 'cv.txt' },
    );
    expect(g.relations.map((r) => `${r.from.split('|')[1]} ${r.type} ${r.to.split('|')[1]}`)).toContain(
      '76/2014/TT-BTC GUIDES 45/2014/NĐ-CP',
    );
  });
});
