/**
 * Symbols as people type them (issue 9, class 2): one document, one symbol, whatever the spelling. The spelling
 * table's rows are checked with their own examples; the typed forms below come from real texts' shapes.
 */
import { describe, expect, it } from 'vitest';
import { SYMBOL_RE, classifySymbol, parseSymbol } from '../../src/parse/symbol';
import { SEGMENT_SPELLINGS, LOOKALIKE_LETTERS } from '../../src/tables/symbol-spellings';

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
    ['01- HD/TW', '01-HD/TW', 'a space after the hyphen'],
    ['3212/QĐ- BKHCN', '3212/QĐ-BKHCN', 'a space after the hyphen'],
    ['214/2025/NĐCP', '214/2025/NĐ-CP', 'a lost hyphen'],
    ['1961/QĐUBND', '1961/QĐ-UBND', 'a lost hyphen'],
    ['183/2010/TTLT/BTC-BNN', '183/2010/TTLT-BTC-BNN', 'a slash for the hyphen'],
    ['2367/QD-UBND', '2367/QĐ-UBND', 'Latin D for Đ'],
    ['25-NQ/ТW', '25-NQ/TW', 'a Cyrillic Т'],
    ['4814/CCTKV.05-TTKT3', '4814/CCTKV.05-TTKT3', 'a dotted unit code'],
    ['02/CT-UBND', '02/CT-UBND', 'unchanged'],
  ])('%s → %s (%s)', (typed, official) => {
    expect(parseSymbol(typed)?.symbol).toBe(official);
  });

  const scan = (text: string): string[] => {
    const out: string[] = [];
    SYMBOL_RE.lastIndex = 0;
    for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
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
  });
  it('leaves periods and dates alone', () => {
    expect(scan('giai đoạn 2016-2020, ngày 12/3/2021')).toEqual([]);
  });
});
