/**
 * Full-text search insensitive to Vietnamese diacritics: the folding (src/graph/fold.ts) and the index and query
 * in the real Neo4j.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldAccents, MAX_SEARCH_TERMS, searchQuery } from '../../src/graph/fold';
import { loadGraph, type LoadableDocument } from '../../src/graph/load';
import { MAX_SEARCH_RESULTS } from '../../src/api/resolvers';
import { dataOf, startApi, type TestApi } from '../fixtures/graph/api';
import { doc } from '../fixtures/graph/chain';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';

const full = (symbol: string, text: string, extra: Partial<LoadableDocument> = {}): LoadableDocument => ({
  ...doc('Quảng Ngãi', symbol),
  source: `${symbol.replace(/\W/g, '_')}.txt`,
  text,
  ...extra,
});

const DOCS: LoadableDocument[] = [
  full('1/UBND-NC', 'Xây dựng mô hình “Dân vận khéo” ở cơ sở.'),
  full('2/UBND-NC', 'ĐẨY MẠNH PHONG TRÀO DÂN VẬN KHÉO TRONG TOÀN TỈNH'),
  full('3/UBND-NC', 'Bảo đảm an ninh, trật tự; Đảng bộ lãnh đạo.'),
  full('4/UBND-NC', 'Công tác dân vận của chính quyền.'),
  // Decomposed input (NFD) must still match once folded.
  full('5/UBND-NC', 'Vận động quần chúng khéo léo.'.normalize('NFD')),
  { ...doc('national', '114-KL/TW'), title: 'nâng cao hiệu quả công tác dân vận của cơ quan nhà nước' },
  ...Array.from({ length: 120 }, (_, i) =>
    full(`${100 + i}/KH-UBND`, `Kế hoạch số ${i} về phòng chống tham nhũng`),
  ),
  // 03-KH/TU itself says little; eighty documents cite it again and again, so they score higher in full text.
  { ...doc('Kon Tum', '03-KH/TU'), title: 'Kế hoạch' },
  doc('Kon Tum', '03-KH/TU-BCĐ'),
  ...Array.from({ length: 80 }, (_, i) =>
    full(`${300 + i}/CV-UBND`, `Thực hiện Kế hoạch 03-KH/TU. ${'Theo 03 KH TU, '.repeat(5)} văn bản ${i}.`),
  ),
];

let driver: Driver;
let api: TestApi;
beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
  await loadGraph(driver, { documents: DOCS, relations: [], warnings: [] }, { database: testDatabase() });
  api = await startApi(driver);
});
afterAll(async () => {
  await api?.close();
  await driver?.close();
});

async function search(text: string, limit?: number): Promise<string[]> {
  const r = await api.gql<{ search: { symbol: string }[] }>(
    'query($t: String!, $l: Int) { search(text: $t, limit: $l) { symbol } }',
    { t: text, l: limit ?? 20 },
  );
  return dataOf(r).search.map((d) => d.symbol);
}

describe('foldAccents / searchQuery', () => {
  it.each([
    ['Dân vận khéo', 'dan van kheo'],
    ['ĐẢNG BỘ đảng ủy', 'dang bo dang uy'],
    ['Quảng Ngãi, Thừa Thiên Huế', 'quang ngai, thua thien hue'],
    ['Hòa Hoà ỦY Uỷ', 'hoa hoa uy uy'],
    ['Dân vận khéo'.normalize('NFD'), 'dan van kheo'],
  ])('%s → %s', (input, folded) => {
    expect(foldAccents(input)).toBe(folded);
  });

  it('folds character by character exactly as NFD of the whole text would (every BMP character, and mixes)', () => {
    const whole = (t: string) =>
      t
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'd')
        .toLowerCase();
    const bmp = Array.from({ length: 0xd800 }, (_, i) => String.fromCharCode(i)).join('');
    expect(foldAccents(bmp)).toBe(whole(bmp));
    const mixes = [
      'ΟΔΟΣ Σ',
      'Ω\u0301\u0323a',
      '\u{1d400}Ấ\u{1f600}',
      'Ǆ ǅ ǆ İ ẞ',
      'Ắ'.normalize('NFD') + 'Ở',
    ];
    for (const t of mixes) expect(foldAccents(t)).toBe(whole(t));
  });

  it('requires every term, boosts the phrase and keeps only letters and digits', () => {
    expect(searchQuery('Dân vận khéo')).toBe('(+dan +van +kheo) "dan van kheo"^2');
    expect(searchQuery('114-KL/TW')).toBe('(+114 +kl +tw) "114 kl tw"^2');
    expect(searchQuery('an')).toBe('+an');
    expect(searchQuery('  *:* () "" ~ ')).toBeNull();
    expect(searchQuery('a '.repeat(500))!.match(/\+a/g)).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('search', () => {
  it('finds "Dân vận khéo" typed without diacritics, in any case', async () => {
    for (const typed of ['dan van kheo', 'DAN VAN KHEO', 'Dân vận khéo', 'dân VẬN khéo']) {
      expect((await search(typed)).sort()).toEqual(['1/UBND-NC', '2/UBND-NC']);
    }
  });

  it('folds đ and keeps short Vietnamese words that are English stop words', async () => {
    expect(await search('dang bo')).toEqual(['3/UBND-NC']);
    expect(await search('an ninh')).toEqual(['3/UBND-NC']);
  });

  it('matches decomposed (NFD) texts and searches titles of documents known only from citations', async () => {
    expect(await search('khéo léo')).toEqual(['5/UBND-NC']);
    expect(await search('nang cao hieu qua')).toEqual(['114-KL/TW']);
  });

  it('finds a document by its symbol', async () => {
    expect(await search('114-KL/TW')).toEqual(['114-KL/TW']);
  });

  it('ranks an exact number first, then numbers that start with it, then the full-text score', async () => {
    const found = await search('03-KH/TU');
    expect(found.slice(0, 2)).toEqual(['03-KH/TU', '03-KH/TU-BCĐ']);
    expect(found).toHaveLength(20);
    type Hit = { matchedBy: string; highlight: string | null; document: { symbol: string } };
    const hits = dataOf(
      await api.gql<{ searchHits: Hit[] }>(
        '{ searchHits(text: "03-KH/TU", limit: 3) { matchedBy highlight document { symbol } } }',
      ),
    ).searchHits;
    expect(hits.map((h) => h.matchedBy)).toEqual(['EXACT_SYMBOL', 'SYMBOL_PREFIX', 'TEXT']);
    expect(hits[2].highlight).toMatch(/«03»-KH\/TU/);
    const words = dataOf(
      await api.gql<{ searchHits: Hit[] }>('{ searchHits(text: "dan van kheo") { matchedBy highlight } }'),
    ).searchHits;
    expect(words.map((h) => h.highlight)).toContain('Xây dựng mô hình “«Dân» vận khéo” ở cơ sở.');
    expect(words.every((h) => h.matchedBy === 'TEXT')).toBe(true);
  });

  it('needs every word: "dan van" alone finds more than "dan van kheo"', async () => {
    const both = await search('dan van');
    expect(both).toEqual(expect.arrayContaining(['1/UBND-NC', '2/UBND-NC', '4/UBND-NC', '114-KL/TW']));
    expect(both).not.toContain('3/UBND-NC');
  });

  it('respects the limit and caps it', async () => {
    expect(await search('tham nhung', 7)).toHaveLength(7);
    expect(await search('tham nhung', MAX_SEARCH_RESULTS)).toHaveLength(MAX_SEARCH_RESULTS);
    for (const limit of [101, 0, -1]) {
      const r = await api.gql(`{ search(text: "tham nhung", limit: ${limit}) { symbol } }`);
      expect(r.errors![0].message).toBe(
        `\`limit\` must be between 1 and ${MAX_SEARCH_RESULTS}, got ${limit}.`,
      );
    }
    expect(await search('   ')).toEqual([]);
  });
});
