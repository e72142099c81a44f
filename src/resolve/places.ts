/**
 * The place lookups the parsers need, over the gazetteer (resolve/gazetteer.ts). Parsers take a `PlaceLookup`
 * so they can be tested with any table; `defaultPlaces` is the gazetteer.
 */
import type { CommuneHit, CommuneWhere, DistrictHit, PlaceLookup } from '../model';

export type { CommuneHit, CommuneWhere, DistrictHit, PlaceLookup };

import { PROVINCES, findCommune, findDistrict, findProvince, normalizePlaceName } from './gazetteer';

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
// Under a former name a place is what it was then: "Thừa Thiên Huế" was a province, not the city Huế became.
const centralCity = memo((name) => {
  const p = findProvince(name);
  const key = normalizePlaceName(name);
  return p?.kind === 'thành phố' && !p.formerNames?.some((f) => normalizePlaceName(f.name) === key);
});
const communeHit = memo((k): CommuneHit | null => {
  const [name, province, district, date] = k.split('\u0000');
  const c = findCommune(name, { province: province || null, district: district || null, date: date || null });
  return c ? { province: c.province, district: c.district, commune: c.name } : null;
});
const knownDistrict = memo((name) => DISTRICT_NAMES.has(normalizePlaceName(name)));

/** Province and district lookups over the gazetteer. */
export const defaultPlaces: PlaceLookup = {
  province: provinceName,
  district: (name: string, province?: string | null) => districtHit(`${name}\u0000${province ?? ''}`),
  isCentralCity: centralCity,
  knownDistrictName: knownDistrict,
  commune: (name: string, w: CommuneWhere) =>
    communeHit([name, w.province ?? '', w.district ?? '', w.date ?? ''].join('\u0000')),
};
