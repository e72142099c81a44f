/**
 * The data contract shared by every stage of the pipeline:
 *   text → parse (header, references, relations) → resolve (scope, identity, dedupe) → graph → api.
 * `vanban extract --json` prints an `ExtractionGraph`; the generator writes its ground truth in the same
 * shape; `vanban ingest` loads it into Neo4j.
 */

/** Typed document-to-document relations, citing → cited. See the glossary in README.md. */
export const RELATION_TYPES = [
  'IMPLEMENTS',
  'CONTINUES',
  'BASED_ON',
  'GUIDES',
  'AMENDS',
  'REPLACES',
  'REPEALS',
  'REVIEWS',
  'CONSOLIDATES',
  'CORRECTS',
  'SUSPENDS',
  'CITES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The types followed by lineage (outward) and impact (inward). */
export const LINEAGE_TYPES: readonly RelationType[] = ['IMPLEMENTS', 'CONTINUES', 'BASED_ON', 'GUIDES'];
/** The types that make a document an implementation of another ("who implements X"). */
export const IMPLEMENTING_TYPES: readonly RelationType[] = ['IMPLEMENTS', 'CONTINUES'];

/** "national" for central Party and State bodies, else "Province" or "Province/District". */
export type Scope = string;
export const NATIONAL: Scope = 'national';

/** Where a piece of text sits in the original (NFC-normalised) input: [start, end) in UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

export interface Signature {
  /** Full name of the signer, e.g. "Lê Việt Chữ". */
  name: string;
  /** Signing authority marks as written: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. …", "TL. …". */
  authority?: string | null;
  /** The signer's own position, e.g. "PHÓ CHỦ TỊCH". */
  role?: string | null;
}

/** A document: read in full from a file (`source` set), or known only from citations. */
export interface DocumentRecord {
  /** Stable identity: see resolve/identity.ts. */
  id: string;
  /** Normalised number and symbol ("số, ký hiệu"): "98-KH/TU", "04/2015/NĐ-CP", "/UBND-KGVX"; null if none. */
  symbol: string | null;
  /** The number part alone ("98"), null for unnumbered drafts. */
  number: string | null;
  /** Vietnamese kind name as in the tables: "Nghị quyết", "Kế hoạch", "Công văn", … */
  kind: string | null;
  /** Issuing body, full name: "Ban Thường vụ Tỉnh ủy Kon Tum". Joint issuers joined by "; ". */
  issuer: string | null;
  scope: Scope;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  /** Year when known even without a full date (from the symbol or the text). */
  year: number | null;
  /** Subject or title ("V/v …", "về …", the quoted name). */
  title: string | null;
  /** Place line of the header ("Quảng Ngãi" in "Quảng Ngãi, ngày …"). */
  place?: string | null;
  signer?: string | null;
  signature?: Signature | null;
  /** "Kính gửi:" addressees. */
  addressees?: string[];
  /** "Nơi nhận:" recipients. */
  recipients?: string[];
  /** File name the full text was read from; absent for documents known only from citations. */
  source?: string | null;
  /** How the file was read (src/read): 'text', 'pdf', 'ocr', 'docx', 'doc' or 'html'. */
  reader?: string;
  /** Pages of a PDF or scan. */
  pageCount?: number;
  /** Mean OCR word confidence 0..100 when the text came from OCR. */
  ocrConfidence?: number | null;
}

/** One mention of another document in a text. */
export interface ReferenceRecord {
  /** The id of the cited document after resolution. */
  target: string;
  /** The citation as written (NFC), e.g. "Kế hoạch số 98-KH/TU ngày 25 tháng 6 năm 2019". */
  text: string;
  /** Character offsets of the citation in the source text. */
  span: Span;
  /** The sentence the citation came from. */
  sentence: string;
  source: string | null;
  /** Page of the source file the citation is on, when the reader knew pages (PDF, OCR). */
  page?: number | null;
}

export interface RelationRecord {
  /** Citing/acting document id. */
  from: string;
  /** Cited document id. */
  to: string;
  type: RelationType;
  /** The sentence stating the relation. */
  evidence: string;
  /** The trigger phrase that decided the type ("Thực hiện", "Căn cứ", …), if any. */
  trigger?: string | null;
  /** Offsets of the cited reference in the source text. */
  span?: Span | null;
  source: string | null;
  /** Page of the source file the relation is stated on, when the reader knew pages (PDF, OCR). */
  page?: number | null;
}

export interface Warning {
  code: string;
  message: string;
  source: string | null;
  span?: Span | null;
}

/** What `vanban extract --json` prints, merged over all inputs. */
export interface ExtractionGraph {
  documents: DocumentRecord[];
  relations: RelationRecord[];
  references?: ReferenceRecord[];
  /** Laws and rules cited by name without a number (a plus: "Luật Tiếp công dân"). */
  namedReferences?: { from: string; text: string; sentence: string; source: string | null }[];
  warnings: Warning[];
}

/**
 * The place lookups the parsers need (implemented over the gazetteer by resolve/places.ts): an interface here so
 * that parsing takes it injected and never imports a later stage.
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
  /**
   * A commune-level unit ("xã Nga Hải", "Ngọc Thành") in the era of `date`, narrowed by province and district: where
   * it is when exactly one unit has that name there. `district` is null from July 2025 (districts were abolished).
   */
  commune?(name: string, where: CommuneWhere): CommuneHit | null;
}

export interface CommuneWhere {
  province?: string | null;
  district?: string | null;
  /** ISO date of the document: units before 1 July 2025 and after differ. */
  date?: string | null;
}

export interface CommuneHit {
  province: string;
  district: string | null;
  /** With its kind: "xã Nga Hải". */
  commune: string;
}
