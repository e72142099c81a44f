/** The kind table: every entry's example symbols parse back to it; names resolve; longest names first. */
import { describe, expect, it } from 'vitest';
import { KINDS, KIND_NAMES, kindByCode, kindByName } from '../../src/tables/kinds';
import { parseSymbol } from '../../src/parse/symbol';

describe('document kinds table', () => {
  it.each(KINDS.flatMap((k) => k.examples.map((e) => [`${k.system} ${k.name}`, e, k] as const)))(
    '%s: %s',
    (_label, example, entry) => {
      const parsed = parseSymbol(example);
      expect(parsed).not.toBeNull();
      if (entry.system === 'party') expect(parsed?.family).toBe('party');
      else expect(['state', 'legal', 'letter']).toContain(parsed?.family);
      if (entry.code) {
        expect(parsed?.kindCode).toBe(entry.code);
        expect(kindByCode(entry.code, entry.system)?.name).toBe(entry.name);
      } else if (entry.name === 'Công văn') {
        expect(parsed?.family).toBe('letter');
      } else {
        expect(parsed?.family).toBe('legal');
      }
      expect(parsed?.kind === entry.name || parsed?.kind === 'Luật').toBe(true);
    },
  );

  it('has examples for every kind with a code', () => {
    expect(KINDS.filter((k) => k.code && k.examples.length === 0).map((k) => k.name)).toEqual([]);
  });

  it('covers the Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW codes', () => {
    const state = new Set(KINDS.filter((k) => k.system === 'state').map((k) => k.code));
    for (const c of [
      'NQ',
      'QĐ',
      'CT',
      'QC',
      'QyĐ',
      'TB',
      'HD',
      'CTr',
      'KH',
      'PA',
      'ĐA',
      'DA',
      'BC',
      'BB',
      'TTr',
      'HĐ',
      'CĐ',
      'BGN',
      'GM',
      'GGT',
      'PG',
      'PC',
      'PB',
      'NĐ',
      'TT',
      'TTLT',
      'PL',
      'NQLT',
    ]) {
      expect(state.has(c)).toBe(true);
    }
    const party = new Set(KINDS.filter((k) => k.system === 'party').map((k) => k.code));
    for (const c of [
      'NQ',
      'CT',
      'QĐi',
      'QC',
      'KL',
      'TB',
      'HD',
      'CV',
      'BC',
      'QĐ',
      'KH',
      'CTr',
      'TT',
      'TTr',
      'BB',
      'ĐA',
    ]) {
      expect(party.has(c)).toBe(true);
    }
    expect(kindByCode('TT', 'party')?.name).toBe('Thông tri');
    expect(kindByCode('TT', 'state')?.name).toBe('Thông tư');
  });

  it('resolves written names in any case to the table spelling', () => {
    expect(kindByName('kế hoạch')).toBe('Kế hoạch');
    expect(kindByName('CHƯƠNG TRÌNH HÀNH ĐỘNG')).toBe('Chương trình hành động');
    expect(kindByName('Thư ngỏ')).toBeNull();
  });

  it('lists names longest first so compound names win', () => {
    expect(KIND_NAMES.indexOf('Thông tư liên tịch')).toBeLessThan(KIND_NAMES.indexOf('Thông tư'));
    expect(KIND_NAMES.indexOf('Chương trình hành động')).toBeLessThan(KIND_NAMES.indexOf('Chương trình'));
  });
});
