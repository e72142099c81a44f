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
  /** The district and its province; `province` narrows names shared by several provinces. */
  district(name: string, province?: string | null): DistrictHit | null;
}

import { findDistrict, findProvince } from './gazetteer';

/** Province and district lookups over the gazetteer. */
export const defaultPlaces: PlaceLookup = {
  province(name: string): string | null {
    return findProvince(name)?.name ?? null;
  },
  district(name: string, province?: string | null): DistrictHit | null {
    const d = province ? findDistrict(name, province) : findDistrict(name);
    return d ? { province: d.province, district: d.name } : null;
  },
};
