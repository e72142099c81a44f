/**
 * Provinces and districts the corpus is spread over. Temporary local list until src/resolve/gazetteer.ts
 * lands; then this module only adapts the gazetteer's PROVINCES.
 */
export interface PlaceProvince {
  name: string;
  kind: 'tỉnh' | 'thành phố';
  districts: { name: string; kind: 'quận' | 'huyện' | 'thị xã' | 'thành phố' }[];
}

const LOCAL: PlaceProvince[] = [
  {
    name: 'Kon Tum',
    kind: 'tỉnh',
    districts: [
      { name: 'Đắk Hà', kind: 'huyện' },
      { name: 'Sa Thầy', kind: 'huyện' },
      { name: 'Kon Tum', kind: 'thành phố' },
    ],
  },
  {
    name: 'Bình Dương',
    kind: 'tỉnh',
    districts: [
      { name: 'Phú Giáo', kind: 'huyện' },
      { name: 'Dầu Tiếng', kind: 'huyện' },
      { name: 'Bến Cát', kind: 'thị xã' },
    ],
  },
  {
    name: 'Quảng Ngãi',
    kind: 'tỉnh',
    districts: [
      { name: 'Bình Sơn', kind: 'huyện' },
      { name: 'Sơn Tịnh', kind: 'huyện' },
      { name: 'Đức Phổ', kind: 'thị xã' },
    ],
  },
  {
    name: 'Hà Nội',
    kind: 'thành phố',
    districts: [
      { name: 'Ba Đình', kind: 'quận' },
      { name: 'Đông Anh', kind: 'huyện' },
      { name: 'Sơn Tây', kind: 'thị xã' },
    ],
  },
];

export function provincesForCorpus(): PlaceProvince[] {
  return LOCAL;
}
