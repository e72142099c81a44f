import { describe, expect, it } from 'vitest';
import {
  PROVINCES,
  PROVINCES_2025,
  findDistrict,
  findProvince,
  normalizePlaceName,
  provinceNameAt,
  provinceOfDistrict,
  provinceTitle,
  successorOf,
} from '../../src/resolve/gazetteer';

describe('the data', () => {
  it('has the 63 provincial units before 1 July 2025, each once, with GSO codes', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(63);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(63);
    expect(
      PROVINCES.filter((p) => p.kind === 'thành phố')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Cần Thơ', 'Hà Nội', 'Huế', 'Hải Phòng', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
    expect(findProvince('Kon Tum')?.code).toBe('62');
  });

  it('has the 34 units of Nghị quyết 202/2025/QH15', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(new Set(PROVINCES_2025.map((p) => p.name)).size).toBe(34);
    // 23 of them were formed by merging, 11 kept their territory.
    expect(PROVINCES_2025.filter((p) => p.formedFrom.length === 1)).toHaveLength(11);
  });

  it('links every pre-2025 province to a successor among the 34, which lists it in formedFrom', () => {
    const units = new Map(PROVINCES_2025.map((u) => [u.name, u]));
    for (const p of PROVINCES) {
      expect(p.successor, p.name).not.toBeNull();
      const unit = units.get(p.successor as string);
      expect(unit, `${p.name} → ${p.successor}`).toBeDefined();
      expect(unit?.formedFrom).toContain(p.name);
    }
    const listed = PROVINCES_2025.flatMap((u) => u.formedFrom).sort();
    expect(listed).toEqual(PROVINCES.map((p) => p.name).sort());
  });

  it('marks as abolished exactly the provinces whose name did not survive', () => {
    for (const p of PROVINCES) expect(Boolean(p.abolished), p.name).toBe(p.successor !== p.name);
    expect(PROVINCES.filter((p) => p.abolished)).toHaveLength(29);
  });

  it('has every district-level unit: about 700, each in its own province, of the four kinds', () => {
    const districts = PROVINCES.flatMap((p) => p.districts);
    expect(districts.length).toBeGreaterThanOrEqual(690);
    for (const p of PROVINCES) {
      expect(p.districts.length, p.name).toBeGreaterThanOrEqual(5);
      for (const d of p.districts) expect(d.province).toBe(p.name);
    }
    expect(new Set(districts.map((d) => d.kind))).toEqual(new Set(['quận', 'huyện', 'thị xã', 'thành phố']));
  });
});

describe('successorOf', () => {
  it.each([
    ['Kon Tum', 'Quảng Ngãi'],
    ['Quảng Ngãi', 'Quảng Ngãi'],
    ['Bình Dương', 'Hồ Chí Minh'],
    ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
    ['Hải Dương', 'Hải Phòng'],
    ['Quảng Bình', 'Quảng Trị'],
    ['Quảng Nam', 'Đà Nẵng'],
    ['Hà Giang', 'Tuyên Quang'],
    ['Thừa Thiên Huế', 'Huế'],
    ['tỉnh Hà Nam', 'Ninh Bình'],
    ['Đắk Nông', 'Lâm Đồng'],
    ['Bạc Liêu', 'Cà Mau'],
  ])('%s → %s', (province, successor) => expect(successorOf(province)).toBe(successor));

  it('is null for unknown names', () => expect(successorOf('Atlantis')).toBeNull());
});

describe('provinceNameAt: the name a province had on a date', () => {
  it.each([
    ['Huế', '2017-05-03', null, 'Thừa Thiên Huế'],
    ['Hà Giang', '2025-12-25', null, 'Tuyên Quang'],
    ['Hà Giang', '2025-06-30', null, 'Hà Giang'],
    ['Hà Giang', null, 2026, 'Tuyên Quang'],
    ['Hà Giang', null, 2025, 'Hà Giang'],
    ['Quảng Ngãi', '2025-12-01', null, 'Quảng Ngãi'],
  ] as const)('%s on %s (year %s) → %s', (name, date, year, want) =>
    expect(provinceNameAt(name, date, year)).toBe(want),
  );
});

describe('findProvince by any spelling', () => {
  it.each([
    ['Kon Tum', 'Kon Tum'],
    ['tỉnh Kon Tum', 'Kon Tum'],
    ['TỈNH KON TUM', 'Kon Tum'],
    ['Kontum', 'Kon Tum'],
    ['TP. HCM', 'Hồ Chí Minh'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['TP Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['thành phố  Hồ  Chí Minh', 'Hồ Chí Minh'],
    ['Tp. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Thừa Thiên - Huế', 'Huế'],
    ['Thành phố Huế', 'Huế'],
    ['Q. NGÃI', 'Quảng Ngãi'],
    ['Q. Ngãi', 'Quảng Ngãi'],
    ['Đắk Lắk', 'Đắk Lắk'],
    ['Đăk Lăk', 'Đắk Lắk'],
    ['Dak Lak', 'Đắk Lắk'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Bà Rịa – Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Ha Noi', 'Hà Nội'],
    ['Bắc Cạn', 'Bắc Kạn'],
    ['Khánh Hòa'.normalize('NFD'), 'Khánh Hòa'],
  ])('%s → %s', (input, name) => expect(findProvince(input)?.name).toBe(name));

  it.each(['', '   ', 'Quảng', 'Atlantis', 'Phú Giáo'])('%j → null', (input) =>
    expect(findProvince(input)).toBeNull(),
  );

  it('finds every province by its own name, by its full title and by its name without diacritics', () => {
    for (const p of PROVINCES) {
      expect(findProvince(p.name)).toBe(p);
      expect(findProvince(provinceTitle(p))).toBe(p);
      const plain = p.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
      expect(findProvince(plain), plain).toBe(p);
    }
  });
});

describe('districts', () => {
  it('Phú Giáo is a huyện of Bình Dương', () => {
    expect(findDistrict('Phú Giáo')).toEqual({ name: 'Phú Giáo', kind: 'huyện', province: 'Bình Dương' });
    expect(findDistrict('huyện Phú Giáo')?.province).toBe('Bình Dương');
    expect(provinceOfDistrict('Phú Giáo')).toBe('Bình Dương');
  });

  it('ambiguous names are null without a province and found with one (pre-2025 or present-day)', () => {
    expect(findDistrict('Châu Thành')).toBeNull();
    expect(provinceOfDistrict('Châu Thành')).toBeNull();
    expect(findDistrict('Châu Thành', 'Tiền Giang')).toMatchObject({ province: 'Tiền Giang', kind: 'huyện' });
    expect(findDistrict('Châu Thành', 'tỉnh Long An')?.province).toBe('Long An');
    expect(findDistrict('Sơn Tây')).toBeNull();
    expect(findDistrict('Sơn Tây', 'Quảng Ngãi')?.province).toBe('Quảng Ngãi');
    expect(findDistrict('Sơn Tây', 'Hà Nội')).toMatchObject({ kind: 'thị xã', province: 'Hà Nội' });
    // Present-day name: Phú Giáo lay in Bình Dương, now part of Thành phố Hồ Chí Minh.
    expect(findDistrict('Phú Giáo', 'Thành phố Hồ Chí Minh')?.province).toBe('Bình Dương');
    expect(findDistrict('Phú Giáo', 'Kon Tum')).toBeNull();
  });

  it('a huyện and a thị xã of the same name in one province need the kind; their province is still known', () => {
    expect(findDistrict('Kỳ Anh', 'Hà Tĩnh')).toBeNull();
    expect(findDistrict('thị xã Kỳ Anh')).toMatchObject({ kind: 'thị xã', province: 'Hà Tĩnh' });
    expect(findDistrict('TX. Kỳ Anh')).toMatchObject({ kind: 'thị xã' });
    expect(findDistrict('huyện Kỳ Anh')).toMatchObject({ kind: 'huyện' });
    expect(provinceOfDistrict('Kỳ Anh')).toBe('Hà Tĩnh');
  });

  it.each([
    ['Quận 1', 'Hồ Chí Minh'],
    ['Q.1', 'Hồ Chí Minh'],
    ['Thủ Đức', 'Hồ Chí Minh'],
    ['TP. Thủ Dầu Một', 'Bình Dương'],
    ['Đăk Hà', 'Kon Tum'],
    ['Dak Ha', 'Kon Tum'],
    ['Ngọc Hồi', 'Kon Tum'],
    ['Thành phố Quảng Ngãi', 'Quảng Ngãi'],
    ['Đông Hà', 'Quảng Trị'],
    ['Chí Linh', 'Hải Dương'],
    ['Quận 2', 'Hồ Chí Minh'], // merged into Thủ Đức in 2021: older documents still resolve
  ])('%s is in %s', (district, province) => expect(provinceOfDistrict(district)).toBe(province));

  // A syllable written with its tone is that syllable: "Chủ" (of "XÃ HỘI CHỦ NGHĨA") is not the town Chũ.
  it.each([['Chủ'], ['Đắk Hả']])('%s is no district', (name) => expect(provinceOfDistrict(name)).toBeNull());
  it('a syllable written without a tone stands for any ("Chu" is Chũ)', () =>
    expect(provinceOfDistrict('Chu')).toBe('Bắc Giang'));

  it('prefers a unit that existed on 30 June 2025 over a same-named one merged away earlier', () => {
    expect(findDistrict('Thủ Đức')).toMatchObject({ kind: 'thành phố', province: 'Hồ Chí Minh' });
    expect(findDistrict('quận Thủ Đức')).toMatchObject({ kind: 'quận', former: true });
    expect(findDistrict('Quận 2')?.former).toBe(true);
  });

  it('finds every district by its name within its province', () => {
    for (const p of PROVINCES) {
      for (const d of p.districts) {
        const sameName = p.districts.filter((o) => o.name === d.name);
        const found = findDistrict(`${d.kind} ${d.name}`, p.name);
        if (sameName.filter((o) => o.kind === d.kind).length === 1)
          expect(found, `${d.kind} ${d.name}`).toBe(d);
      }
    }
  });

  it('unknown districts are null', () => {
    expect(findDistrict('Atlantis')).toBeNull();
    expect(findDistrict('')).toBeNull();
    expect(provinceOfDistrict('Atlantis')).toBeNull();
  });
});

describe('normalizePlaceName', () => {
  it.each([
    ['  Khánh   Hoà ', 'Khánh Hòa'],
    ['KHÁNH HOÀ', 'Khánh Hòa'],
    ['tp. hồ chí minh', 'Thành phố Hồ Chí Minh'],
    ['TP.Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['T.P Huế', 'Thành phố Huế'],
    ['tx. kỳ anh', 'Thị xã Kỳ Anh'],
    ['tỉnh kon tum', 'Tỉnh Kon Tum'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ["Ia H'Drai", "Ia H'Drai"],
    ['TP. HCM', 'Thành phố HCM'],
    ['Thuỷ Nguyên'.normalize('NFD'), 'Thủy Nguyên'],
  ])('%j → %j', (input, expected) => expect(normalizePlaceName(input)).toBe(expected));

  it('is idempotent on every name in the gazetteer', () => {
    for (const p of PROVINCES) {
      expect(normalizePlaceName(normalizePlaceName(p.name))).toBe(normalizePlaceName(p.name));
      for (const d of p.districts)
        expect(normalizePlaceName(normalizePlaceName(d.name))).toBe(normalizePlaceName(d.name));
    }
  });

  it('handles a 100,000-character input without trouble', () => {
    const long = 'Hoà '.repeat(25_000);
    expect(normalizePlaceName(long)).toBe('Hòa '.repeat(25_000).trim());
    expect(findProvince(long)).toBeNull();
  });
});

describe('a province renamed: Thừa Thiên Huế until Huế became a city (2025-01-01)', () => {
  it('names the scope as it was on the date', async () => {
    const { scopeAt } = await import('../../src/resolve/scope');
    expect(scopeAt('Huế', '2017-05-03', 2017)).toBe('Thừa Thiên Huế');
    expect(scopeAt('Huế/Phú Vang', null, 2016)).toBe('Thừa Thiên Huế/Phú Vang');
    expect(scopeAt('Huế', '2025-11-21', 2025)).toBe('Huế');
    expect(scopeAt('Huế', null, null)).toBe('Huế');
    expect(scopeAt('Kon Tum', '2017-05-03', 2017)).toBe('Kon Tum');
  });
  it('gives the former unit a jurisdiction of its own, succeeded by the renamed one', async () => {
    const { jurisdictionRows } = await import('../../src/graph/jurisdictions');
    const tth = jurisdictionRows().find((r) => r.id === 'Thừa Thiên Huế');
    expect(tth).toMatchObject({ level: 'province', abolished: '2025-01-01', successorId: 'Huế' });
  });
});

describe('a syllable ending in "y" after a consonant, spelt "i" alike (FINAL_Y; dev51 gg15)', () => {
  it.each([
    ['Bạch Long Vỹ', 'Bạch Long Vĩ'],
    ['Bạch Long Vĩ', 'Bạch Long Vĩ'],
  ])('%s is the district %s', (typed, name) => expect(findDistrict(typed, 'Hải Phòng')?.name).toBe(name));
  it('but a "y" after a vowel stays ("Thủy Nguyên" is no "Thủi Nguyên")', () => {
    expect(findDistrict('Thủy Nguyên', 'Hải Phòng')?.name).toBe('Thủy Nguyên');
    expect(findDistrict('Thủi Nguyên', 'Hải Phòng')).toBeNull();
  });
});
