import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isVietnameseSyllable,
  normalizeToneMarks,
  splitTone,
} from '../../src/read/legacy-encodings/syllable';

const SEEDS = join(__dirname, '..', '..', 'seed');

describe('isVietnameseSyllable', () => {
  const valid = [
    'của',
    'và',
    'thực',
    'hiện',
    'ngày',
    'tháng',
    'năm',
    'số',
    'Ủy',
    'nghị',
    'quyết',
    'người',
    'khuyến',
    'gì',
    'giữa',
    'tuổi',
    'quý',
    'hòa',
    'hoà',
    'THỰC',
    'Đảng',
    'ươn',
    'khuya',
  ];
  const invalid = [
    'thùc', // grave tone with a stop coda
    'hiÖn',
    'Vieät',
    'ngµy',
    'th¸ng',
    'Quþ',
    'kan', // k only before e, ê, i, y
    'ca\u0301\u0300', // two tones
    'strength',
    'xyz',
    'ngoàiii',
    '',
  ];
  for (const w of valid) it(`accepts ${JSON.stringify(w)}`, () => expect(isVietnameseSyllable(w)).toBe(true));
  for (const w of invalid)
    it(`rejects ${JSON.stringify(w)}`, () => expect(isVietnameseSyllable(w)).toBe(false));

  it('accepts nearly every accented word of the seeds', () => {
    const words = readdirSync(SEEDS)
      .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').match(/[\p{L}\p{M}]+/gu) ?? [])
      .filter((w) => /[^\u0000-\u007f]/u.test(w));
    expect(words.length).toBeGreaterThan(3000);
    const rejected = words.filter((w) => !isVietnameseSyllable(w));
    expect(rejected.length / words.length).toBeLessThan(0.005);
  });
});

describe('splitTone', () => {
  it.each([
    ['ệ', 'ê', '\u0323'],
    ['Ử', 'Ư', '\u0309'],
    ['ă', 'ă', ''],
    ['a', 'a', ''],
  ])('%s → %s + tone', (ch, letter, tone) => expect(splitTone(ch)).toEqual({ letter, tone }));
});

describe('normalizeToneMarks', () => {
  it.each([
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Thuỷ Nguyên', 'Thủy Nguyên'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['khoẻ', 'khỏe'],
    ['quý', 'quý'],
    ['hoàng', 'hoàng'],
    ['ngoài', 'ngoài'],
    ['Quảng Ngãi', 'Quảng Ngãi'],
    ['Ủy ban', 'Ủy ban'],
  ])('%s → %s', (input, expected) => expect(normalizeToneMarks(input)).toBe(expected));

  it('leaves seed text that is already in official spelling unchanged except for oa/oe/uy placement', () => {
    const text = readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[0]), 'utf8');
    const out = normalizeToneMarks(text);
    expect(out.length).toBe(text.length);
    const changed = [...out].filter((ch, i) => ch !== text[i]).length;
    expect(changed).toBeLessThan(10); // "văn hoá" → "văn hóa"
  });

  it('is fast and linear on a 100,000-character word', () => {
    const long = 'hoà'.repeat(33_334);
    expect(normalizeToneMarks(long)).toBe(long);
  });
});
