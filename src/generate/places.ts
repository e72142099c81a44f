/**
 * Provinces and districts the corpus is spread over: the 63 pre-2025 provinces of the gazetteer with their
 * district-level units (names bare, as the extractor's scopes use them).
 */
import { PROVINCES, provinceOfDistrict } from '../resolve/gazetteer';

export interface PlaceProvince {
  name: string;
  kind: 'tỉnh' | 'thành phố';
  districts: {
    name: string;
    kind: 'quận' | 'huyện' | 'thị xã' | 'thành phố';
    /** The name alone does not say the province (several provinces have it, or the province shares it). */
    ambiguous?: boolean;
  }[];
}

let cached: PlaceProvince[] | null = null;

export function provincesForCorpus(): PlaceProvince[] {
  cached ??= PROVINCES.map((p) => ({
    name: p.name,
    kind: p.kind,
    districts: p.districts.map((d) => ({
      name: d.name,
      kind: d.kind,
      ambiguous: d.name === p.name || provinceOfDistrict(d.name) !== p.name,
    })),
  }));
  return cached;
}
