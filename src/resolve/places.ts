/**
 * The place lookups the parsers need, over the gazetteer (resolve/gazetteer.ts). Parsers take a `PlaceLookup`
 * so they can be tested with any table; `defaultPlaces` is the gazetteer.
 */
export interface DistrictHit {
  province: string;
  district: string;
}

export interface PlaceLookup {
  /** Canonical province name for "Quảng Ngãi", "tỉnh Quảng Ngãi", "QUẢNG NGÃI"; null if none. */
  province(name: string): string | null;
  /**
   * The district and its province; `name` may carry its kind ("thị xã Cai Lậy") and `province` narrows names
   * shared by several provinces.
   */
  district(name: string, province?: string | null): DistrictHit | null;
  /** A centrally-run city ("Hồ Chí Minh"): its "thành phố" is province-level. */
  isCentralCity(name: string): boolean;
  /** Some district has this name (even if several provinces share it). */
  knownDistrictName?(name: string): boolean;
}

import { PROVINCES, findDistrict, findProvince, normalizePlaceName } from './gazetteer';

const DISTRICT_NAMES = new Set(
  PROVINCES.flatMap((p) =>
    [...p.districts, ...(p.formerDistricts ?? [])].map((d) => normalizePlaceName(d.name)),
  ),
);

/** Memoised: the parsers ask about the same few names over and over. */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = f(key);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, v);
    }
    return v as T;
  };
}

const provinceName = memo((name) => findProvince(name)?.name ?? null);
const districtHit = memo((key): DistrictHit | null => {
  const [name, province] = key.split('\u0000');
  const d = province ? findDistrict(name, province) : findDistrict(name);
  return d ? { province: d.province, district: d.name } : null;
});
const centralCity = memo((name) => findProvince(name)?.kind === 'thành phố');
const knownDistrict = memo((name) => DISTRICT_NAMES.has(normalizePlaceName(name)));

/** Province and district lookups over the gazetteer. */
export const defaultPlaces: PlaceLookup = {
  province: provinceName,
  district: (name: string, province?: string | null) => districtHit(`${name}\u0000${province ?? ''}`),
  isCentralCity: centralCity,
  knownDistrictName: knownDistrict,
};
