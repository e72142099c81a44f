/**
 * Extraction library API: text → ExtractionGraph (src/model.ts).
 *   normalise (text/normalize) → header, citations, relations (parse/) → scope, identity, merge (resolve/).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { DocumentRecord, ExtractionGraph, ReferenceRecord, RelationRecord, Warning } from './model';
import { normalizeText, toOriginalSpan, type NormalizedText } from './text/normalize';
import { layoutText } from './layout';
import { foldSpaces } from './text/spaces';
import { LETTER_KIND, firstCitationType } from './tables/kinds';
import { lookupIssuerCode } from './tables/issuers';
import { pageStamp } from './tables/dates';
import { decodeDocument, DecodeError } from './read/decode';
import { parseHeader, type HeaderInfo } from './parse/header';
import { localParty } from './parse/symbol';
import { findReferences, findNamedReferences, latestFullDate, type RawReference } from './parse/references';
import { findRelations, type Party } from './parse/relations';
import { splitSentences, sentenceAt, type SentenceSpan } from './parse/sentences';
import { namesPlace } from './parse/issuer';
import { defaultPlaces, type PlaceLookup } from './resolve/places';
import {
  documentLocality,
  issuerFromCodes,
  partyCentral,
  withoutDistrictAfterReform,
  issuerName,
  referenceLocality,
  localityAt,
  scopeOf,
  type Locality,
} from './resolve/scope';
import { documentId } from './resolve/identity';
import { documentIssuer } from './resolve/letterhead';
import { attributeReports } from './resolve/reports';
import { applyRelationRules } from './resolve/relation-rules';
import { mergeGraphs } from './resolve/dedupe';
import { readSource, ReadError, type ReadPage, type ReadResult } from './read';
import { defaultJobs } from './read/ocr';

/**
 * "Nghị quyết 19/2018/NQ-HĐND …" in a legal database's title above a letterhead whose number line reads "Số:
 * 19/2018/NQ-ND": the number line's body code is no body's (a typo), and the title gives the same number, year and
 * kind with a body's code: that is the text's number, and the title names the text itself.
 */
function typoInOwnNumber(header: HeaderInfo, refs: RawReference[], headerStart: number): void {
  const own = header.symbol;
  if (!own || own.issuerCodes.length === 0) return;
  if (own.issuerCodes.every((c) => lookupIssuerCode(c, own.kindCode))) return;
  const title = refs.find(
    (r) =>
      r.start < headerStart &&
      r.parsed.number === own.number &&
      r.parsed.year === own.year &&
      r.parsed.kindCode === own.kindCode &&
      r.parsed.issuerCodes.length > 0 &&
      r.parsed.issuerCodes.every((c) => lookupIssuerCode(c, own.kindCode)),
  );
  if (title) header.symbol = title.parsed;
}

export interface ExtractOptions {
  /** File name recorded as `source`. */
  source?: string;
  places?: PlaceLookup;
  /** Texts longer than this (UTF-16 units) are refused with a warning. Default 10 M. */
  maxChars?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Extract one document and everything it cites. */
export function extractDocument(text: string, options: ExtractOptions = {}): ExtractionGraph {
  const source = options.source ?? null;
  const maxChars = options.maxChars ?? DEFAULT_MAX_BYTES;
  if (text.length > maxChars) {
    return {
      documents: [],
      relations: [],
      references: [],
      namedReferences: [],
      warnings: [
        {
          code: 'TOO_LARGE',
          message: `text of ${text.length} characters is over the limit of ${maxChars}; not extracted`,
          source,
        },
      ],
    };
  }
  const places = options.places ?? defaultPlaces;
  const norm = layoutText(normalizeText(text));
  const titleBlock = norm.blocks.find((b) => b.kind === 'title');
  const preambleBlock = norm.blocks.find((b) => b.kind === 'preamble');
  const header = parseHeader(
    norm.text,
    norm.bodyEnd,
    norm.headerStart,
    titleBlock?.end ?? Infinity,
    preambleBlock?.start ?? Infinity,
  );
  const headerIssuer = documentIssuer(header, norm, places);
  // "Số 445-KL/TƯ" under "TỈNH ỦY THỪA THIÊN HUẾ": TƯ is the Tỉnh ủy's code here, not Trung ương's.
  const localIssuer = headerIssuer !== null && !headerIssuer.central;
  if (header.symbol?.typedTu && localIssuer) header.symbol = localParty(header.symbol);
  const refs = findReferences(norm.text, {
    places,
    skip: header.symbolSpan ? [header.symbolSpan, ...header.echoSpans] : [],
    stamp: pageStamp(norm.text),
  });
  typoInOwnNumber(header, refs, norm.headerStart);
  // Named as its province was on the document's date: scope and issuer ("Tỉnh ủy Thừa Thiên Huế" in 2022). A text
  // with no date of its own is no older than the latest text it cites: that says which era's communes it names.
  const loc = localityAt(
    documentLocality({
      issuer: headerIssuer,
      place: header.place,
      symbol: header.symbol,
      body: norm.text.slice(0, norm.bodyEnd),
      places,
      date: header.date ?? latestFullDate(refs),
    }),
    header.date,
    header.year ?? header.symbol?.year ?? null,
  );
  const scope = scopeOf(loc);
  const warnings: Warning[] = [];
  if (scope === 'unknown') {
    warnings.push({
      code: 'NO_LOCALITY',
      message: 'could not tell which province issued the document',
      source,
    });
  }
  const docIssuer = headerIssuer
    ? issuerName(headerIssuer, loc, places)
    : header.symbol
      ? issuerFromCodes(header.symbol, loc, places)
      : null;
  // The kind line of a consolidated text names the consolidated law ("LUẬT …"): its symbol (…/VBHN-…) says what it is.
  const symbolKind = header.symbol?.kind ?? null;
  // A text addressed to someone ("Kính gửi: …") with no kind line and no kind in its number is a letter.
  const kind = firstCitationType(symbolKind)
    ? symbolKind
    : (header.kind ?? symbolKind ?? (header.addressees.length > 0 ? LETTER_KIND : null));
  const idOfYear = (year: number | null): string =>
    documentId({ scope, symbol: header.symbol, year, kind, title: header.title, source });
  const doc: DocumentRecord = {
    id: idOfYear(header.year),
    symbol: header.symbol?.symbol ?? null,
    number: header.symbol?.number ?? null,
    kind,
    issuer: docIssuer,
    scope,
    date: header.date,
    year: header.year ?? header.symbol?.year ?? null,
    title: header.title,
    place: header.place,
    signer: header.signature?.name ?? null,
    signature: header.signature,
    addressees: header.addressees,
    recipients: header.recipients,
    source,
  };

  const sentences = splitSentences(norm.text);
  // A citation typed with "TƯ" is local when its issuer is, or, named without one, in a local Party document.
  const localPartyDoc = localIssuer && header.symbol?.family === 'party';
  for (const r of refs) {
    if (r.parsed.typedTu && (r.issuers.some((m) => !m.central) || (r.issuers.length === 0 && localPartyDoc)))
      r.parsed = localParty(r.parsed);
  }
  const placed = refs.map((r) => referenceDocument(r, loc, places, header.date));
  const refDocs = placed.map((p) => p.doc);
  // Its own number cited in its text ("Chỉ thị số 02/CT-UBND này") is itself, unless dated another year.
  const isSelf = (d: DocumentRecord): boolean =>
    d.symbol === doc.symbol && d.scope === doc.scope && (!d.year || !doc.year || d.year === doc.year);
  // A page that dates its own number only where it names it again ("Đêm 22/9, UBND tỉnh ban hành Công văn số
  // 13417/UBND-VP …" over "… xin giới thiệu toàn văn Công văn số 13417/UBND-VP"): that date is its own.
  if (doc.symbol !== null && doc.date === null) {
    const dated = refs.find((r, i) => r.date !== null && isSelf(refDocs[i]));
    if (dated?.date) {
      doc.date = dated.date;
      if (doc.year === null) {
        doc.year = Number(dated.date.slice(0, 4));
        doc.id = idOfYear(doc.year);
      }
    }
  }

  const raw = findRelations(norm, refs, { selfSymbol: doc.symbol, selfYear: doc.year, sentences });
  // A citation named inside another's title ("Quyết định số 48/2020/QĐ-UBND … của UBND tỉnh Bình Định sửa đổi, bổ sung
  // … Quyết định số 78/2016/QĐ-UBND … của Ủy ban nhân dân tỉnh"): a body it names without a place is the one of the
  // citation it is nested in, not of the text citing both. Outer citations first, so a chain passes its place down.
  const nestedIn = new Map<number, number>();
  for (const r of raw) if (typeof r.from === 'number' && typeof r.to === 'number') nestedIn.set(r.to, r.from);
  for (const [child, parent] of [...nestedIn].sort((a, b) => a[1] - b[1])) {
    const outer = placed[parent].loc;
    if (
      outer.level === 'central' ||
      !outer.province ||
      // The same place, down to the commune: a city's decision cited by one of its communes is the city's.
      (outer.province === loc.province &&
        outer.district === loc.district &&
        (outer.commune ?? null) === (loc.commune ?? null))
    )
      continue;
    placed[child] = referenceDocument(refs[child], outer, places, refs[parent].date ?? header.date);
    refDocs[child] = placed[child].doc;
  }
  const idOf = (p: Party): string => (p === 'doc' ? doc.id : refDocs[p].id);
  // The title states the document's purpose ("BÁO CÁO sơ kết 02 năm thực hiện Kết luận số 21-KL/TW"): for a pair
  // it names with a verb, the title's type stands over passing mentions in the body.
  const titled = new Set(
    raw
      .filter((r) => r.from === 'doc' && r.sentence.start < header.bodyStart && r.type !== 'CITES')
      .map((r) => idOf(r.to)),
  );
  // A news item's lead may name again what its headline names ("Chỉ đạo tổ chức thực hiện Công điện số 441/CĐ-TTg" over
  // "… thực hiện Công điện số 441/CĐ-TTg … (Công văn số 2326/VP-KT …)"): what the reported text does is moved first,
  // and only what stays the page's own gives way to its title.
  attributeReports(raw, {
    text: norm.text,
    header,
    refs,
    sentences,
    symbol: doc.symbol,
    kind: doc.kind,
    places,
  });
  const kept = raw.filter(
    (r) => !(r.from === 'doc' && r.sentence.start >= header.bodyStart && titled.has(idOf(r.to))),
  );
  applyRelationRules(kept, {
    refs,
    refDocs,
    sentences,
    kind,
    headerKind: header.kind,
    baseFrom: header.symbolSpan?.end ?? norm.headerStart,
    year: doc.year,
    isSelf,
    idOf,
  });
  const relations: RelationRecord[] = kept.map((r) => ({
    from: idOf(r.from),
    to: idOf(r.to),
    type: r.type,
    evidence: evidenceAround(norm, r.sentence, refs[r.cited]),
    trigger: r.trigger,
    span: toOriginalSpan(norm, refs[r.cited].start, refs[r.cited].attrEnd),
    source,
  }));
  const references: ReferenceRecord[] = refs
    .map((r, i) => ({ r, i }))
    .filter(({ i }) => !isSelf(refDocs[i]))
    .map(({ r, i }) => {
      const span = toOriginalSpan(norm, r.start, r.attrEnd);
      return {
        target: refDocs[i].id,
        // As written, without markup; the span may also cover a footnote lifted out of the citation.
        text: foldSpaces(norm.text.slice(r.start, r.attrEnd)),
        span,
        sentence: evidenceAround(norm, sentences[sentenceAt(sentences, r.symbolStart)], r),
        source,
      };
    });
  const seenNames = new Set<string>();
  const named = findNamedReferences(norm.text, header.bodyStart, norm.text.length)
    .filter((n) => !seenNames.has(n.text) && seenNames.add(n.text) !== undefined)
    .map((n) => ({
      from: doc.id,
      text: n.text,
      sentence: evidenceAround(norm, sentences[sentenceAt(sentences, n.start)], {
        start: n.start,
        attrEnd: n.start + n.text.length,
      }),
      source,
    }));
  const documents = [doc, ...refDocs.filter((d) => !isSelf(d))];
  return mergeGraphs([{ documents, relations, references, namedReferences: named, warnings }]);
}

/** A short sentence's text, made once per document: a sentence often states several relations. */
const sentenceCache = new WeakMap<NormalizedText, Map<SentenceSpan, string>>();
function wholeSentence(norm: NormalizedText, s: SentenceSpan): string {
  let cache = sentenceCache.get(norm);
  if (!cache) sentenceCache.set(norm, (cache = new Map()));
  let t = cache.get(s);
  if (t === undefined) {
    t = foldSpaces(norm.text.slice(s.start, s.end)).trim();
    cache.set(s, t);
  }
  return t;
}

/** Longest evidence stored: a sentence up to this length is kept whole, a longer one is a window around the citation. */
export const MAX_EVIDENCE = 600;
/**
 * The evidence of a relation or reference: its sentence, capped. A run-on "sentence" (a table flattened into text,
 * an adversarial line repeating one citation) would otherwise be stored whole on every edge it yields.
 */
function evidenceAround(
  norm: NormalizedText,
  s: SentenceSpan,
  cited: { start: number; attrEnd: number },
): string {
  if (s.end - s.start <= MAX_EVIDENCE) return wholeSentence(norm, s);
  const room = Math.max(0, MAX_EVIDENCE - (cited.attrEnd - cited.start)) >> 1;
  let from = Math.max(s.start, cited.start - room);
  let to = Math.min(s.end, Math.max(cited.attrEnd, cited.start) + room);
  // Whole words at the cut ends.
  for (let k = 0; k < 40 && from > s.start && /\S/u.test(norm.text[from - 1]); k++) from--;
  for (let k = 0; k < 40 && to < s.end && /\S/u.test(norm.text[to]); k++) to++;
  const body = foldSpaces(norm.text.slice(from, to)).trim();
  return `${from > s.start ? '… ' : ''}${body}${to < s.end ? ' …' : ''}`;
}

/** A citation's document, and the place it was given (which a citation nested in its title inherits). */
function referenceDocument(
  r: RawReference,
  citing: Locality,
  places: PlaceLookup,
  citingDate: string | null,
): { doc: DocumentRecord; loc: Locality } {
  // Named as its province was on its own date; an undated citation is no younger than the text citing it.
  const year = r.date ? Number(r.date.slice(0, 4)) : (r.parsed.year ?? r.toldYear ?? null);
  const loc = withoutDistrictAfterReform(
    localityAt(
      referenceLocality(r.issuers, r.parsed, citing, places, r.date ?? citingDate),
      r.date ?? (year ? null : citingDate),
      year,
    ),
    r.date,
  );
  const scope = scopeOf(loc);
  let issuer: string | null = null;
  // A local body with its place named after a central Party number is another phrase's (see referenceLocality).
  const issuers = partyCentral(r.parsed) ? r.issuers.filter((m) => m.central || !namesPlace(m)) : r.issuers;
  if (issuers.length > 0) {
    const named = issuers.map((m) => (r.term && !m.term && m.central ? { ...m, term: r.term } : m));
    issuer = named.map((m) => issuerName(m, loc, places)).join('; ');
    if (r.issuerCut) issuer = issuerFromCodes(r.parsed, loc, places) ?? issuer;
  } else {
    issuer = issuerFromCodes(r.parsed, loc, places);
  }
  const doc: DocumentRecord = {
    id: documentId({ scope, symbol: r.parsed, year, kind: r.kind, title: r.title }),
    symbol: r.parsed.symbol,
    number: r.parsed.number,
    kind: r.kind,
    issuer,
    scope,
    date: r.date,
    year,
    title: r.title,
  };
  return { doc, loc };
}

/** Merge the graphs of several documents. */
export function mergeExtractions(graphs: ExtractionGraph[]): ExtractionGraph {
  return mergeGraphs(graphs);
}

export interface ExtractFilesOptions {
  /** Files larger than this are refused with a warning. Default 10 MB. */
  maxBytes?: number;
  places?: PlaceLookup;
  /** OCR scanned PDFs and images (default true; needs tesseract, see src/read/ocr.ts). */
  ocr?: boolean;
  /** OCR processes at once (default: the number of cores). */
  jobs?: number;
  /** Called after each document read (progress), with the text it was extracted from. */
  onFile?: (file: string, graph: ExtractionGraph, text?: string) => void;
}

/** What a folder walk picks up: the formats src/read reads. A file named on the command line is read whatever its name. */
const READABLE_FILE = /\.(?:txt|md|pdf|docx|doc|html?|zip|png|jpe?g|tiff?)$/iu;

/**
 * Walk files and folders, read each (src/read: text, PDF, OCR, Word, web pages, zip archives), decode and
 * extract, merge. A file that fails becomes a warning naming the file, the reason and its code.
 */
export async function extractFiles(
  paths: string[],
  options: ExtractFilesOptions = {},
): Promise<ExtractionGraph> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const graphs: ExtractionGraph[] = [];
  const warnings: Warning[] = [];
  const files: { file: string; name: string }[] = [];
  for (const p of paths) {
    try {
      const st = await fs.stat(p);
      if (st.isDirectory()) {
        for (const f of await walk(p)) files.push({ file: f, name: path.relative(p, f) });
      } else files.push({ file: p, name: path.basename(p) });
    } catch (error) {
      warnings.push({ code: 'UNREADABLE', message: `${p}: ${(error as Error).message}`, source: p });
    }
  }
  // Files are read a few ahead of the one being extracted (OCR runs in child processes meanwhile, a folder of
  // one-page scans uses every core) and extracted in order, so warnings and graphs keep the file order.
  const readOne = async ({ file, name }: { file: string; name: string }): Promise<ReadResult[] | Warning> => {
    try {
      const st = await fs.stat(file);
      if (st.size > maxBytes)
        return {
          code: 'TOO_LARGE',
          message: `${name}: ${st.size} bytes is over the limit of ${maxBytes}; skipped`,
          source: name,
        };
      return await readSource(name, await fs.readFile(file), {
        maxBytes,
        ocr: options.ocr,
        jobs: options.jobs,
      });
    } catch (error) {
      return readWarning(name, error);
    }
  };
  const ahead: Promise<ReadResult[] | Warning>[] = [];
  let next = 0;
  const readNext = (): void => {
    if (next < files.length) ahead.push(readOne(files[next++]));
  };
  for (let i = 0; i < Math.max(1, options.jobs ?? defaultJobs()); i++) readNext();
  while (ahead.length > 0) {
    const results = await ahead.shift()!;
    readNext();
    if (!Array.isArray(results)) {
      warnings.push(results);
      continue;
    }
    for (const r of results) {
      if (r.error) {
        warnings.push(readWarning(r.name, new ReadError(r.error.code, r.error.message)));
        continue;
      }
      try {
        const { text, graph } = extractRead(r, { places: options.places, maxBytes });
        graphs.push(graph);
        options.onFile?.(r.name, graph, text);
      } catch (error) {
        const code = error instanceof DecodeError ? `DECODE_${error.code}` : 'EXTRACT_FAILED';
        warnings.push({ code, message: `${r.name}: ${(error as Error).message}`, source: r.name });
      }
    }
  }
  const merged = mergeGraphs(graphs);
  merged.warnings.unshift(...warnings);
  return merged;
}

/** "encrypted-pdf" → READ_ENCRYPTED_PDF, in the message the file and what to do. */
function readWarning(name: string, error: unknown): Warning {
  if (error instanceof ReadError)
    return { code: `READ_${upperSnake(error.code)}`, message: `${name}: ${error.message}`, source: name };
  return { code: 'UNREADABLE', message: `${name}: ${(error as Error).message}`, source: name };
}

function upperSnake(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]+/gu, '_');
}

/**
 * One read document → its graph: text-reader bytes through the decoder, other readers' text as it is; the reader's
 * provenance (reader, pages, OCR confidence) kept on the document and a page on every citation. Shared by
 * extractFiles here and the pipeline's workers (src/pipeline/work.ts), so both give the same graph for a file.
 */
export function extractRead(
  r: ReadResult,
  options: { places?: PlaceLookup; maxBytes: number },
): { text: string; graph: ExtractionGraph } {
  let text: string;
  const extra: Warning[] = r.warnings.map((w) => ({
    code: upperSnake(w.code),
    message: w.message,
    source: r.name,
  }));
  if (r.reader === 'text') {
    const decoded = decodeDocument(r.bytes ?? new Uint8Array(), r.name, { maxBytes: options.maxBytes });
    text = decoded.text;
    for (const w of decoded.warnings) extra.push({ ...w, source: w.source ?? r.name });
  } else text = r.text ?? '';
  const g = extractDocument(text, { source: r.name, places: options.places, maxChars: options.maxBytes });
  g.warnings.push(...extra);
  for (const d of g.documents) {
    if (d.source !== r.name) continue;
    d.reader = r.reader;
    if (r.pageCount !== undefined) d.pageCount = r.pageCount;
    if (r.ocrConfidence !== undefined) d.ocrConfidence = r.ocrConfidence;
  }
  const pages = r.pages;
  if (pages && pages.length > 0) {
    for (const ref of g.references ?? []) ref.page = pageAt(pages, ref.span.start);
    for (const rel of g.relations) rel.page = rel.span ? pageAt(pages, rel.span.start) : null;
  }
  return { text, graph: g };
}

/** The number of the page holding `offset`: the last page starting at or before it (binary search). */
export function pageAt(pages: ReadPage[], offset: number): number | null {
  let lo = 0;
  let hi = pages.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : pages[found].number;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && READABLE_FILE.test(e.name)) out.push(full);
  }
  return out;
}
