/**
 * Vietnam's administrative units as data (gazetteer-data/provinces.json): the 63 provincial units as they stood
 * on 30 June 2025 with their district-level units, and the 34 units formed on 1 July 2025 by Nghị quyết
 * 202/2025/QH15 (districts were abolished the same day). Names are bare ("Kon Tum", "Hồ Chí Minh"): the kind
 * says whether it is a tỉnh or a thành phố. Lookups accept any usual spelling: with or without "tỉnh"/"thành
 * phố"/"TP.", any case, either tone-mark placement ("Hoà"/"Hòa"), abbreviations ("TP. HCM", "Q. NGÃI"), and as
 * a last resort no diacritics at all ("Dak Lak") when that is unambiguous.
 */
import data from './gazetteer-data/provinces.json';
import communeData from './gazetteer-data/communes.json';
import { normalizeToneMarks } from '../read/legacy-encodings/syllable';

export type ProvinceKind = 'tỉnh' | 'thành phố';
export type DistrictKind = 'quận' | 'huyện' | 'thị xã' | 'thành phố';

export interface District {
  name: string;
  kind: DistrictKind;
  /** Bare name of the pre-2025 province. */
  province: string;
  /** Merged away before 2025 (only in Province.formerDistricts); added field. */
  former?: boolean;
}

export interface Province {
  name: string;
  kind: ProvinceKind;
  /** GSO code ("62" Kon Tum). */
  code?: string;
  /** The unit it belongs to from 1 July 2025 (its own name when it kept it). */
  successor: string | null;
  /** ISO date the unit ceased to exist, null while it exists. */
  abolished?: string | null;
  /** Other spellings and abbreviations in use (added field). */
  aliases?: readonly string[];
  districts: District[];
  /** District-level units merged away between 2020 and 2025, kept so older documents resolve (added field). */
  formerDistricts?: District[];
  /** Names it had before, with the last day of each ("Thừa Thiên Huế" until Huế became a city, 2024-12-31). */
  formerNames?: readonly FormerName[];
}

export interface FormerName {
  name: string;
  kind: ProvinceKind;
  until: string;
}

export interface Province2025 {
  name: string;
  kind: ProvinceKind;
  code: string;
  formedFrom: string[];
}

interface RawProvince {
  name: string;
  kind: string;
  code: string;
  successor: string;
  abolished: string | null;
  aliases: string[];
  districts: Record<string, string[]>;
  formerDistricts: Record<string, string[]>;
  formerNames?: { name: string; kind: string; until: string }[];
}

const DISTRICT_KINDS: readonly DistrictKind[] = ['quận', 'huyện', 'thị xã', 'thành phố'];

function asProvinceKind(kind: string): ProvinceKind {
  if (kind === 'tỉnh' || kind === 'thành phố') return kind;
  throw new Error(`gazetteer data: unknown province kind ${JSON.stringify(kind)}`);
}

function districtsOf(province: string, byKind: Record<string, string[]>, former: boolean): District[] {
  return Object.entries(byKind).flatMap(([kind, names]) => {
    if (!DISTRICT_KINDS.includes(kind as DistrictKind))
      throw new Error(`gazetteer data: unknown district kind ${kind}`);
    return names.map((name) => ({
      name,
      kind: kind as DistrictKind,
      province,
      ...(former ? { former } : {}),
    }));
  });
}

/**
 * A district's name in a scope: a city district named by its number is "Quận 8", as people write it ("Hồ Chí
 * Minh/Quận 8", never ".../8"); other names as they are. The gazetteer keeps the bare number for look-ups.
 */
export function districtScopeName(name: string): string {
  return /^\d{1,2}$/u.test(name) ? `Quận ${name}` : name;
}

/**
 * A commune's name in a scope: without its kind ("xã Tân Phú" → "Tân Phú"), but a numbered ward keeps the word, as a
 * numbered district does ("phường 14" → "Phường 14", "Hồ Chí Minh/Quận 5/Phường 14").
 */
export function communeScopeName(name: string): string {
  const bare = name.replace(/^(?:xã|phường|thị trấn)[ \t]/u, '');
  return /^\d{1,2}$/u.test(bare) ? `Phường ${bare}` : bare;
}

export const PROVINCES: readonly Province[] = (data.provinces as unknown as RawProvince[]).map((p) => ({
  name: p.name,
  kind: asProvinceKind(p.kind),
  code: p.code,
  successor: p.successor,
  abolished: p.abolished,
  aliases: p.aliases,
  districts: districtsOf(p.name, p.districts, false),
  formerDistricts: districtsOf(p.name, p.formerDistricts, true),
  formerNames: (p.formerNames ?? []).map((f) => ({ ...f, kind: asProvinceKind(f.kind) })),
}));

/**
 * The name a province had on a date: "Huế" on 2017-05-03 is "Thừa Thiên Huế", "Hà Giang" on 2025-12-25 is "Tuyên
 * Quang" (merged on 1 July 2025). With only a year, the name it had for that whole year; with neither, today's.
 */
export function provinceNameAt(name: string, date: string | null, year: number | null): string {
  const p = PROVINCES.find((x) => x.name === name);
  for (const f of p?.formerNames ?? []) {
    if (date ? date <= f.until : year !== null && year <= Number(f.until.slice(0, 4))) return f.name;
  }
  // From 1 July 2025 a merged province's bodies are the province it joined: a Party regulation of December 2025 that
  // names only "Tỉnh ủy Hà Giang" (for a text of 2023) is Tuyên Quang's.
  if (date ? date >= COMMUNE_REFORM : year !== null && year > Number(COMMUNE_REFORM.slice(0, 4)))
    return successorOf(name) ?? name;
  return name;
}

export const PROVINCES_2025: readonly Province2025[] = data.provinces2025.map((p) => ({
  name: p.name,
  kind: asProvinceKind(p.kind),
  code: p.code,
  formedFrom: [...p.formedFrom],
}));

/** Written prefixes → the kind they name; longest first. Data: one line per spelling. */
const PREFIXES: readonly [RegExp, string][] = [
  [/^thành\s+phố\s+/u, 'thành phố'],
  [/^t\.\s*p\.?\s*/u, 'thành phố'],
  [/^tp\.?\s*/u, 'thành phố'],
  [/^thị\s+xã\s+/u, 'thị xã'],
  [/^t\.\s*x\.?\s*/u, 'thị xã'],
  [/^tx\.?\s*/u, 'thị xã'],
  [/^tỉnh\s+/u, 'tỉnh'],
  [/^quận\s+/u, 'quận'],
  [/^q\.?\s*(?=\d)/u, 'quận'],
  [/^huyện\s+/u, 'huyện'],
  [/^h\.\s*/u, 'huyện'],
];

const DISPLAY_PREFIX: Record<string, string> = {
  'thành phố': 'Thành phố ',
  'thị xã': 'Thị xã ',
  tỉnh: 'Tỉnh ',
  quận: 'Quận ',
  huyện: 'Huyện ',
};

function splitVowels(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function capitalizeWord(word: string): string {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (word !== lower && word !== upper) return word; // mixed case as written ("H'Drai"): keep
  if (word === upper && !/[aăâeêioôơuưy]/iu.test(splitVowels(word))) return word; // acronym: "HCM", "BR"
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Spacing, dashes, NFC and tone placement; case untouched. */
function tidy(s: string): string {
  return normalizeToneMarks(
    s
      .normalize('NFC')
      .replace(/[\u00a0\s]+/gu, ' ')
      .replace(/\s*[-\u2013\u2014]\s*/gu, ' - ')
      .trim(),
  );
}

/** Splits a leading kind prefix ("TP.", "tỉnh", "Quận", "Q.1") off a tidied name. */
function splitPrefix(tidied: string): { kind: string | null; rest: string } {
  const lower = tidied.toLowerCase();
  for (const [re, kind] of PREFIXES) {
    const m = re.exec(lower);
    if (m && m[0].length < lower.length) return { kind, rest: tidied.slice(m[0].length).trim() };
  }
  return { kind: null, rest: tidied };
}

/**
 * A place name in canonical form: NFC, official tone placement ("Hoà" → "Hòa"), every word capitalised (words
 * written in mixed case are kept), single spaces, " - " between compound names, and the prefixes "TP."/"Tp."/
 * "T.P" → "Thành phố", "TX." → "Thị xã" ("tỉnh", "quận", "huyện" capitalised).
 */
export function normalizePlaceName(s: string): string {
  const { kind, rest } = splitPrefix(tidy(s));
  const body = rest.split(' ').map(capitalizeWord).join(' ');
  return kind ? DISPLAY_PREFIX[kind] + body : body;
}

/**
 * A syllable's final "y" after a consonant, which old and new spelling write "i" alike ("Bạch Long Vỹ" for Bạch Long
 * Vĩ, "Kì Anh" for Kỳ Anh; dev51 gg15): both spellings take the same key. After a vowel ("Thủy", "Tây") it stays.
 */
const FINAL_Y = /(?<=(?:^|[ ])(?:[bcdđghklmnpqrstvx]{1,3}))[yýỳỷỹỵ](?=[ ]|$)/gu;
const Y_AS_I: Readonly<Record<string, string>> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/** Lookup key: canonical, lowercase, no dots or hyphens, a consonant's final "y" as "i". */
function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.\-'’]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(FINAL_Y, (y) => Y_AS_I[y] ?? y);
}

/** Last-resort key: no diacritics, no spaces ("Đắk Lắk", "Dak Lak", "Daklak" → "daklak"). */
function foldedKey(s: string): string {
  return key(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/[^a-z0-9]/gu, '');
}

function addTo<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k);
  if (!list) map.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

const provinceByKey = new Map<string, Province[]>();
const provinceByFolded = new Map<string, Province[]>();
for (const p of PROVINCES) {
  for (const spelling of [p.name, ...(p.aliases ?? [])]) {
    const { rest } = splitPrefix(tidy(spelling));
    addTo(provinceByKey, key(rest), p);
    addTo(provinceByKey, key(tidy(spelling)), p);
    addTo(provinceByFolded, foldedKey(rest), p);
  }
}

const districtByKey = new Map<string, District[]>();
const districtByFolded = new Map<string, District[]>();
for (const p of PROVINCES) {
  for (const d of [...p.districts, ...(p.formerDistricts ?? [])]) {
    addTo(districtByKey, key(tidy(d.name)), d);
    addTo(districtByFolded, foldedKey(tidy(d.name)), d);
  }
}

/**
 * Tone marks (grave, acute, tilde, hook, dot below) in decomposed text. A name typed without them ("Dak Lak", "Đăk
 * Hà") is looked up folded; a name written with a tone is that name: "Chủ" (of "XÃ HỘI CHỦ NGHĨA") is not "Chũ".
 */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

function lookup<T extends { name: string; aliases?: readonly string[] }>(
  exact: Map<string, T[]>,
  folded: Map<string, T[]>,
  name: string,
): T[] {
  const byKey = exact.get(key(name));
  if (byKey) return byKey;
  return (folded.get(foldedKey(name)) ?? []).filter((t) =>
    [t.name, ...(t.aliases ?? [])].some((spelling) => toneCompatible(name, splitPrefix(tidy(spelling)).rest)),
  );
}

/**
 * A syllable typed with a tone must be the place's syllable ("Chủ" is not "Chũ"); one typed without may stand for any
 * ("Đăk Hà" for "Đắk Hà", "Dak Lak" for "Đắk Lắk"). Written as one word ("Daklak"), the whole name must be toneless.
 */
function toneCompatible(typed: string, place: string): boolean {
  const a = key(typed).split(' ');
  const b = key(place).split(' ');
  if (a.length !== b.length) return !TONE_MARK.test(typed.normalize('NFD'));
  return a.every((syllable, i) => !TONE_MARK.test(syllable.normalize('NFD')) || syllable === b[i]);
}

/** A pre-2025 province (which includes all 34 present-day names) by any spelling; null when unknown. */
export function findProvince(name: string): Province | null {
  if (!name || !name.trim()) return null;
  const tidied = tidy(name);
  const whole = lookup(provinceByKey, provinceByFolded, tidied); // aliases that start like a prefix: "TP. HCM"
  const found = whole.length > 0 ? whole : lookup(provinceByKey, provinceByFolded, splitPrefix(tidied).rest);
  return found.length === 1 ? found[0] : null;
}

/** The candidates in `province`, given by its pre-2025 or its present-day name. */
function candidatesInProvince(candidates: District[], province: string): District[] {
  const p = findProvince(province);
  if (!p) return [];
  const direct = candidates.filter((d) => d.province === p.name);
  if (direct.length > 0) return direct;
  // A present-day name: the districts of every province merged into it.
  return candidates.filter((d) => successorOf(d.province) === p.name);
}

function districtCandidates(name: string): District[] {
  if (!name || !name.trim()) return [];
  const tidied = tidy(name);
  const { kind, rest } = splitPrefix(tidied);
  let found = kind ? lookup(districtByKey, districtByFolded, rest) : [];
  if (kind) found = found.filter((d) => d.kind === kind);
  if (found.length === 0) found = lookup(districtByKey, districtByFolded, tidied); // names such as "Quận 1"
  return found;
}

/** Units that existed on 30 June 2025 win over same-named ones merged away earlier. */
function preferCurrent(found: District[]): District[] {
  const current = found.filter((d) => !d.former);
  return current.length > 0 ? current : found;
}

/**
 * A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) by name, optionally with its kind ("huyện
 * Phú Giáo", "TX. Kỳ Anh") and its province (pre-2025 or present-day). Null when unknown or ambiguous: "Châu
 * Thành" names ten districts, so it needs its province.
 */
export function findDistrict(name: string, province?: string): District | null {
  let found = districtCandidates(name);
  if (province !== undefined) found = candidatesInProvince(found, province);
  found = preferCurrent(found);
  return found.length === 1 ? found[0] : null;
}

/** The pre-2025 province of a district; null when unknown or when the name is used in several provinces. */
export function provinceOfDistrict(name: string): string | null {
  const provinces = new Set(preferCurrent(districtCandidates(name)).map((d) => d.province));
  return provinces.size === 1 ? [...provinces][0] : null;
}

/** The unit a province became part of on 1 July 2025 (its own name when it kept it); null when unknown. */
export function successorOf(province: string): string | null {
  return findProvince(province)?.successor ?? null;
}

/** "Tỉnh Kon Tum", "Thành phố Hồ Chí Minh": the full name of a province. */
export function provinceTitle(p: Pick<Province, 'name' | 'kind'>): string {
  return (p.kind === 'thành phố' ? 'Thành phố ' : 'Tỉnh ') + p.name;
}

/** The province a former name stands for ("Thừa Thiên Huế" → "Huế"); the name itself when it is current. */
export function currentProvinceName(name: string): string {
  return PROVINCES.find((p) => p.formerNames?.some((f) => f.name === name))?.name ?? name;
}

export type CommuneKind = 'xã' | 'phường' | 'thị trấn' | 'đặc khu';

/** A commune-level unit: before 1 July 2025 under a district, from then on directly under one of the 34 provinces. */
export interface Commune {
  /** With its kind, as scopes and issuers write it: "xã Nga Hải", "phường 12". */
  name: string;
  kind: CommuneKind;
  province: string;
  /** Null from 1 July 2025 (districts were abolished). */
  district: string | null;
  era: 'before2025' | 'from2025';
}

const COMMUNE_KIND = /^(?<kind>xã|phường|thị trấn|đặc khu)[ \t]+/iu;
/** The day districts were abolished and communes merged (Nghị quyết 202/2025/QH15 and the Standing Committee's). */
export const COMMUNE_REFORM = '2025-07-01';

let communeIndex: Map<string, Commune[]> | null = null;

/**
 * Built on first use: 14,000 units, which most texts (national and provincial ones) never ask about. The data is a
 * JSON import (parsed at load, ~286 KB); only the index is deferred.
 */
function communesByName(): Map<string, Commune[]> {
  if (communeIndex) return communeIndex;
  const index = new Map<string, Commune[]>();
  const add = (raw: string, province: string, district: string | null, era: Commune['era']): void => {
    const m = COMMUNE_KIND.exec(raw);
    if (!m?.groups) return;
    const kind = m.groups.kind.toLowerCase() as CommuneKind;
    const c: Commune = { name: raw, kind, province, district, era };
    addTo(index, key(tidy(raw.slice(m[0].length))), c);
  };
  for (const [province, districts] of Object.entries(
    communeData.before2025 as Record<string, Record<string, string[]>>,
  ))
    for (const [district, names] of Object.entries(districts))
      for (const n of names) add(n, province, district, 'before2025');
  for (const [province, names] of Object.entries(communeData.from2025 as Record<string, string[]>))
    for (const n of names) add(n, province, null, 'from2025');
  communeIndex = index;
  return index;
}

/**
 * A commune by name ("xã Nga Hải", "Nga Hải", "phường 12"), in the era of `date` (the units of 30 June 2025 before
 * 1 July 2025, the new ones after; with no date, the older units first), narrowed by `province` (its name of either
 * era) and `district`. Null when unknown or when several units share the name: "Phú Mỹ" names eleven, so it needs
 * its district.
 */
export function findCommune(
  name: string,
  where: { province?: string | null; district?: string | null; date?: string | null } = {},
): Commune | null {
  const tidied = tidy(name);
  const m = COMMUNE_KIND.exec(tidied);
  const kind = m?.groups?.kind.toLowerCase();
  let found = communesByName().get(key(m ? tidied.slice(m[0].length) : tidied)) ?? [];
  if (kind) found = found.filter((c) => c.kind === kind);
  const province = where.province ? findProvince(where.province)?.name : null;
  if (where.province && !province) return null;
  if (province)
    found = found.filter((c) =>
      c.era === 'before2025'
        ? c.province === province || successorOf(c.province) === province
        : c.province === province || successorOf(province) === c.province,
    );
  if (where.district) {
    const d = normalizePlaceName(where.district).replace(/^(?:Quận|Huyện|Thị xã|Thành phố) /u, '');
    found = found.filter((c) => c.era === 'before2025' && c.district === d);
  }
  const eras: Commune['era'][] = where.date
    ? [where.date < COMMUNE_REFORM ? 'before2025' : 'from2025']
    : ['before2025', 'from2025'];
  for (const era of eras) {
    const inEra = found.filter((c) => c.era === era);
    if (inEra.length > 0) return inEra.length === 1 ? inEra[0] : null;
  }
  return null;
}
