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
import {
  ACTS_ONLY_ON_OWN_KIND,
  CAPITALISED_KIND_NAMES,
  LETTER_KIND,
  NEVER_ACTED_ON,
  NEVER_A_BASIS,
  REPORTS_UNCHANGED,
  firstCitationType,
} from './tables/kinds';
import { LETTER_OPENINGS, lookupIssuerCode } from './tables/issuers';
import { pageStamp } from './tables/dates';
import { REPORT_CONTINUATIONS, REPORT_OPENINGS } from './tables/triggers';
import { LISTED_WITH, RETELLING_VERBS } from './tables/reposts';
import { BLOCK_STARTS, COUNCIL_SESSION_LINE } from './layout/tables';
import { decodeDocument, DecodeError } from './read/decode';
import { parseHeader, type HeaderInfo } from './parse/header';
import { localParty } from './parse/symbol';
import { findReferences, findNamedReferences, type RawReference } from './parse/references';
import { findRelations, type Party } from './parse/relations';
import { splitSentences, sentenceAt, type SentenceSpan } from './parse/sentences';
import { namesPlace, parseIssuers, type IssuerMention } from './parse/issuer';
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
import { mergeGraphs } from './resolve/dedupe';
import { readSource, ReadError, type ReadPage, type ReadResult } from './read';
import { defaultJobs } from './read/ocr';

/** Relations by which a text changes another: never from an earlier text to a later one. */
const CHANGES_A_TEXT: ReadonlySet<string> = new Set([
  'AMENDS',
  'REPEALS',
  'REPLACES',
  'SUSPENDS',
  'CORRECTS',
]);

/**
 * Verbs by which a cited text's title names another text it changes or guides ("Nghị định số 187/2025/NĐ-CP sửa đổi,
 * bổ sung … Nghị định số 79/2025/NĐ-CP"): the citing document names that text too. Not the verbs of a chain of
 * carrying out ("Kế hoạch số 98-KH/TU … thực hiện Kết luận 43-KL/TW"), whose links are the cited texts' alone (GOLD.md).
 */
const NAMES_ITS_OBJECT: ReadonlySet<string> = new Set([...CHANGES_A_TEXT, 'GUIDES']);

/** A list item under a retelling sentence that ends in ":" ("- Tiếp tục …", "+ …", "a) …", "1. …"). */
const RETOLD_ITEM = /^[ \t]{0,4}(?:[-+•–]|[a-zđ]\)|\d{1,2}[.)])[ \t]/u;

/** A sentence that opens on the document it retells ("Theo Công văn số 3517/UBND …, UBND huyện đề nghị …"). */
const REPORT_OPENING = new RegExp(
  `^[ \\t]{0,4}(?:\\([^()\\n]{2,40}\\)[ \\t]{0,2})?(?:${REPORT_OPENINGS.join('|')})[ \\t]{1,2}(?:${CAPITALISED_KIND_NAMES.join('|')})[ \\t]{1,2}(?:số[ \\t]{1,2})?\\d`,
  'u',
);

/** A sentence that opens by retelling what was just reported (REPORT_CONTINUATIONS). */
const CONTINUATION = new RegExp(`^[ \\t]{0,4}(?:${REPORT_CONTINUATIONS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/**
 * A sentence whose subject is the reported document, by its kind ("Kế hoạch yêu cầu …", "Công văn nêu rõ: …",
 * RETELLING_VERBS, or "Chỉ thị này thay thế …"); after a colon the rest of its paragraph is what the document says.
 */
const RETOLD_BY_KIND = new RegExp(
  `^[ \\t]{0,4}(?<kind>${CAPITALISED_KIND_NAMES.join('|')})[ \\t]{1,2}(?:này(?=[ \\t])|(?:này[ \\t]{1,2})?(?:${RETELLING_VERBS.join('|')})(?<colon>[ \\t]{0,2}:)?(?![\\p{L}\\p{N}]))`,
  'u',
);
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
  // A letter whose header was cut off names itself in its opening ("Cục Thuế nhận được công văn số …").
  const headerIssuer =
    cachedHeaderIssuer(header, places) ??
    (header.symbol === null && header.addressees.length > 0
      ? letterWriter(
          norm.text.slice(header.bodyStart, Math.min(norm.bodyEnd, header.bodyStart + 2000)),
          places,
        )
      : null) ??
    enactingAuthority(norm.text.slice(0, Math.min(norm.bodyEnd, 4000)), places);
  // "Số 445-KL/TƯ" under "TỈNH ỦY THỪA THIÊN HUẾ": TƯ is the Tỉnh ủy's code here, not Trung ương's.
  const localIssuer = headerIssuer !== null && !headerIssuer.central;
  if (header.symbol?.typedTu && localIssuer) header.symbol = localParty(header.symbol);
  standingCommittee(headerIssuer, header, norm.text.slice(header.bodyStart, norm.bodyEnd));
  centralPartyBody(headerIssuer, header, norm.text.slice(0, Math.min(norm.bodyEnd, 6000)));
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
      date: header.date ?? latestDate(refs),
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
  const doc: DocumentRecord = {
    id: documentId({ scope, symbol: header.symbol, year: header.year, kind, title: header.title, source }),
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
      (outer.province === loc.province && outer.district === loc.district)
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
  const kept = raw.filter(
    (r) => !(r.from === 'doc' && r.sentence.start >= header.bodyStart && titled.has(idOf(r.to))),
  );
  // The document a news item's lead reports ("Ngày 13/3/2019, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 35-CT/TU về
  // việc triển khai …") is cited by the item: the verbs of its title are its own.
  const reported =
    header.reportedAt === null ? -1 : refs.findIndex((x) => x.symbolStart === header.reportedAt);
  if (reported >= 0) {
    const lead = sentenceAt(sentences, refs[reported].start);
    // Further numbers listed with it ("ban hành Quyết định số 2051/QĐ-UBND, 2052/QĐ-UBND về việc …") are reported alike.
    const listed = (k: number): boolean =>
      refs[k].start > refs[reported].start &&
      LISTED_WITH.test(norm.text.slice(refs[reported].attrEnd, refs[k].start));
    for (const r of kept) {
      if (r.from !== 'doc') continue;
      if (r.to === reported || (typeof r.to === 'number' && listed(r.to))) r.type = 'CITES';
      // What its title says it acts on ("… ban hành Kế hoạch số 30-KH/TU về sơ kết thực hiện … Chương trình số
      // 15-CTr/TU") and the bases told of it ("Căn cứ Kế hoạch số 01/KH-BTCKN …; … đã ban hành Kế hoạch số 67/…"):
      // a news item has no bases of its own.
      else if (
        typeof r.to === 'number' &&
        ((sentenceAt(sentences, r.sentence.start) === lead && refs[r.to].start > refs[reported].start) ||
          r.type === 'BASED_ON')
      )
        r.from = reported;
    }
  }
  // A news item (no number, no kind but what its headline opens with: "Chỉ thị của Ban Thường vụ Tỉnh ủy về …") that
  // has reported a document goes on to retell it: "Theo đó, UBND tỉnh yêu cầu … triển khai thực hiện Chương trình số
  // 04-CTr/TU" is what the reported letter does (REPORT_CONTINUATIONS).
  if (!doc.symbol && (!doc.kind || header.kindFromTitle)) {
    // The retelling sentences: one that opens so, and when it ends in ":", the list items after it ("… một số nhiệm vụ
    // trọng tâm sau: / - Tiếp tục … thực hiện Nghị quyết số 59-NQ/TW …").
    const retelling = new Set<number>();
    // Sentences that open on the document they retell (and the items they announce): its first citation, reported.
    const openedOn = new Map<number, number>();
    const opening = new Set<number>();
    // Sentences that name the retold document by its kind ("Kết luận nêu: …"), with that kind: all they cite is its.
    const toldKind = new Map<number, string>();
    for (let si = 0, list = false, announced = false, paragraph = false; si < sentences.length; si++) {
      const t = norm.text.slice(sentences[si].start, sentences[si].end);
      const byKind = RETOLD_BY_KIND.exec(t.slice(0, 60));
      // The paragraph a "Công văn nêu rõ:" opened goes on retelling until a line break.
      paragraph =
        byKind?.groups?.colon !== undefined ||
        (paragraph && !norm.text.slice(sentences[si - 1].end, sentences[si].start).includes('\n'));
      const kindNamed = byKind?.groups?.kind ?? (paragraph ? toldKind.get(si - 1) : undefined);
      if (kindNamed) toldKind.set(si, kindNamed);
      if (REPORT_OPENING.test(t.slice(0, 80))) {
        const first = refs.findIndex(
          (x) => x.symbolStart >= sentences[si].start && x.symbolStart < sentences[si].end,
        );
        if (first >= 0) {
          openedOn.set(si, first);
          opening.add(si);
        }
      }
      if (CONTINUATION.test(t.slice(0, 24)) || openedOn.has(si) || byKind || paragraph) retelling.add(si);
      // The list items after a retelling sentence that ends in ":", or the one paragraph it announces.
      else if (list && (RETOLD_ITEM.test(t.slice(0, 12)) || announced)) {
        retelling.add(si);
        // Items of a sentence that opened on its document retell that document.
        const from = openedOn.get(si - 1);
        if (from !== undefined) openedOn.set(si, from);
        // And of one that named it by its kind ("Kết luận nêu: … kết luận như sau: / 1. …"), that document.
        const told = toldKind.get(si - 1);
        if (told !== undefined) toldKind.set(si, told);
      } else list = false;
      announced = retelling.has(si) && t.trimEnd().endsWith(':');
      if (retelling.has(si)) list = announced || list;
    }
    for (const r of kept) {
      const si = sentenceAt(sentences, r.sentence.start);
      // The document the sentence opens on is cited by the item ("Theo Công văn số 3517 …"): reported, not carried out.
      const opened = openedOn.get(si);
      if (opening.has(si) && r.from === 'doc' && r.to === opened) {
        r.type = 'CITES';
        continue;
      }
      // All else the sentence cites, by a verb or by name alone ("… theo đề xuất … tại Tờ trình số 472/TTr-BCSĐ"), is
      // what the document it opens on says.
      if (opened !== undefined && r.from === 'doc') {
        r.from = opened;
        continue;
      }
      // Only its verbs: a document it names without one ("Theo đó, … Đảng ủy xã cũng đã ban hành Kế hoạch số …") is
      // another report.
      if (r.from !== 'doc' || !retelling.has(si)) continue;
      if (r.type === 'CITES' && !toldKind.has(si)) continue;
      // The document the last report named first ("Thành ủy có công văn số 552-CV/TU về … thực hiện Nghị quyết số
      // 59-NQ/TW": the letter, not what its subject names).
      const earlier = kept.filter(
        (o) =>
          o.from === 'doc' &&
          typeof o.to === 'number' &&
          o.sentence.start < r.sentence.start &&
          !retelling.has(sentenceAt(sentences, o.sentence.start)),
      );
      const last = Math.max(...earlier.map((o) => o.sentence.start));
      const reported = earlier
        .filter((o) => o.sentence.start === last)
        .sort((a, b) => refs[a.cited].start - refs[b.cited].start)[0];
      if (!reported || reported.to === r.to) continue;
      // A sentence that names the retold document by its kind speaks of a document of that kind only ("Kế hoạch này …"
      // after a lead reporting a resolution is another item's plan); what it only names is that document's then.
      const told = toldKind.get(si);
      if (told !== undefined && refs[reported.to as number].kind !== told) continue;
      r.from = reported.to;
    }
  }
  // A digest of news items cites what each lead reports; no item's document acts on another's.
  if (header.digestLeads.length > 0) {
    const leads = new Set(header.digestLeads.map((at) => refs.findIndex((x) => x.symbolStart === at)));
    for (const r of kept)
      if (typeof r.to === 'number' && leads.has(r.to) && (r.from === 'doc' || leads.has(r.from as number))) {
        r.from = 'doc';
        r.type = 'CITES';
      }
  }
  // A consolidated text consolidates the first text it cites (its base): "… LUẬT X / Luật X số 83/2015/QH13 … được
  // sửa đổi, bổ sung bởi: …".
  const firstType = firstCitationType(kind);
  if (firstType) {
    const after = header.symbolSpan?.end ?? norm.headerStart;
    const candidates = refs.map((r, i) => i).filter((i) => refs[i].start >= after && !isSelf(refDocs[i]));
    // Its base is of the kind its own kind line shows ("THÔNG TƯ / HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 170/2008/QĐ-TTG …"
    // then "Thông tư số 24/2009/TT-BLĐTBXH …": the circular, not the decision its title names).
    const base = candidates.find((i) => header.kind && refs[i].kind === header.kind) ?? candidates[0] ?? -1;
    if (base >= 0) {
      // The consolidated text acts on nothing: the amending laws it lists act on its base (their own edges), and
      // what else its verbs speak of is the consolidated laws' doing. It consolidates its base and cites the rest.
      const baseId = refDocs[base].id;
      const amenders = new Set(
        kept.filter((r) => r.to !== 'doc' && idOf(r.to) === baseId).map((r) => idOf(r.from)),
      );
      for (let k = kept.length - 1; k >= 0; k--) {
        const r = kept[k];
        // Its articles are its base's: "[Khoản này được sửa đổi bởi Luật Y]" is Y amending the base.
        if (r.to === 'doc') {
          if (r.from !== base) r.to = base;
          continue;
        }
        if (r.from !== 'doc') continue;
        if (amenders.has(idOf(r.to))) kept.splice(k, 1);
        // The preamble and articles it reproduces are its base's acts: "Căn cứ Nghị định số 106/2012/NĐ-CP", "Thông tư
        // này thay thế Thông tư số 07/2006/…" are the base's basis and replacements; the consolidated text cites.
        else if (r.type !== 'CITES' && r.to !== base) r.from = base;
      }
      const own = kept.find((r) => r.from === 'doc' && r.to === base);
      if (own) own.type = firstType;
      else
        kept.unshift({
          from: 'doc',
          to: base,
          cited: base,
          type: firstType,
          trigger: null,
          sentence: sentences[sentenceAt(sentences, refs[base].symbolStart)],
        });
    }
  }
  // A letter does not repeal a decree: such verbs speak of something else.
  // A submission or a report is answered and cited: no text rests on it, carries it out or changes it.
  for (const r of kept) {
    const toKind = r.to === 'doc' ? kind : refDocs[r.to].kind;
    if (
      r.type !== 'CITES' &&
      toKind &&
      (NEVER_ACTED_ON.has(toKind) || (r.type === 'BASED_ON' && NEVER_A_BASIS.has(toKind)))
    ) {
      r.type = 'CITES';
      continue;
    }
    if (!CHANGES.has(r.type)) continue;
    const fromKind = r.from === 'doc' ? kind : refDocs[r.from].kind;
    if (
      (toKind && REPORTS_UNCHANGED.has(toKind)) ||
      (fromKind && toKind && ACTS_ONLY_ON_OWN_KIND.has(fromKind) && fromKind !== toKind)
    )
      r.type = 'CITES';
  }
  // A text named inside a citation ("Căn cứ Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung … Nghị định số 78/2025/NĐ-CP
  // … và Nghị định số 79/2025/NĐ-CP …", "Luật Thuế GTGT 13/2008/QH12 (đã được sửa đổi, bổ sung tại Luật số
  // 31/2012/QH13)") is named by the document too: it cites it, whatever the cited text does to it.
  // Only one level down: what a named text's own citation names is that text's business.
  const cited = new Set(kept.filter((r) => r.from === 'doc').map((r) => r.to));
  const nestedCites: typeof kept = [];
  for (const r of kept) {
    if (typeof r.from !== 'number' || typeof r.to !== 'number' || !cited.has(r.from) || cited.has(r.to))
      continue;
    if (!NAMES_ITS_OBJECT.has(r.type) || isSelf(refDocs[r.to]) || nestedCites.some((n) => n.to === r.to))
      continue;
    nestedCites.push({ ...r, from: 'doc', type: 'CITES', trigger: null });
  }
  kept.push(...nestedCites);
  // A text cannot rest on, carry out, change or cite one issued in a later year: a later number in it is a legal
  // database's addition (its list of the texts that changed this one, "- 1Quyết định 15/2023/QĐ-UBND bãi bỏ Quyết định
  // 04/2018/QĐ-UBND …") or a misreading. Of the 1,535 edges reviewers gave from a dated text in the development parts,
  // none goes to a text of a later year.
  if (doc.year) {
    for (let k = kept.length - 1; k >= 0; k--) {
      const r = kept[k];
      if (r.from !== 'doc' || typeof r.to !== 'number') continue;
      // A cited text's year is its date's when it has one (referenceDocument).
      const year = refDocs[r.to].year;
      if (year && year > doc.year) kept.splice(k, 1);
    }
  }
  // A text cannot change one issued after it: such an edge between two cited texts ("Luật số 32/2024/QH15 … được
  // sửa đổi, bổ sung bởi Luật số 96/2025/QH15" read the wrong way round) runs from the later to the earlier.
  for (const r of kept) {
    if (typeof r.from !== 'number' || typeof r.to !== 'number' || !CHANGES_A_TEXT.has(r.type)) continue;
    const [fromYear, toYear] = [refDocs[r.from].year, refDocs[r.to].year];
    if (fromYear && toYear && fromYear < toYear) [r.from, r.to] = [r.to, r.from];
  }
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

/**
 * The header's issuer block ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ", "UBND TỈNH ĐỒNG NAI / SỞ Y TẾ", "QUẬN ỦY BÌNH
 * TÂN / … CỦA BAN THƯỜNG VỤ QUẬN ỦY"): the last body named issues the document; the others give its place.
 */
/**
 * Issuer blocks repeat across a corpus ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ"): each is read once per place table.
 * The caller gets its own copy (standingCommittee may rename the head). Bounded: cleared when full.
 */
const headerIssuerCache = new WeakMap<PlaceLookup, Map<string, IssuerMention | null>>();
const HEADER_ISSUER_CACHE_SIZE = 5000;
function cachedHeaderIssuer(header: HeaderInfo, places: PlaceLookup): IssuerMention | null {
  let cache = headerIssuerCache.get(places);
  if (!cache) {
    cache = new Map();
    headerIssuerCache.set(places, cache);
  }
  const key = header.issuerLines.join('\n');
  let m = cache.get(key);
  if (m === undefined) {
    if (cache.size >= HEADER_ISSUER_CACHE_SIZE) cache.clear();
    m = readHeaderIssuer(header, places);
    cache.set(key, m);
  }
  return m ? { ...m } : null;
}

function readHeaderIssuer(header: HeaderInfo, places: PlaceLookup): IssuerMention | null {
  if (header.issuerLines.length === 0) return null;
  const lines = header.issuerLines
    .map((l) => titleCase(l.replace(/(?<![\p{L}])UBND(?![\p{L}])/gu, 'Ủy ban nhân dân')))
    .flatMap((l) => unflattenIssuerLine(l, places));
  // A unit named alone under its parent ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG / VĂN PHÒNG") is the parent's unit.
  const lastLine = lines[lines.length - 1];
  if (lines.length > 1 && UNIT_UNDER_PARENT.test(lastLine)) {
    const parent = lines.slice(0, -1).join(' ');
    // Under "BAN CHẤP HÀNH / TRUNG ƯƠNG" it is the central board ("Ban Tổ chức Trung ương"), named so.
    if (/Trung Ương$/u.test(parent)) lines[lines.length - 1] = `${lastLine} Trung Ương`;
    else {
      // The parent is the nearest run of lines above that names a placed body ("ỦY BAN MTTQ / VIỆT NAM / XÃ LƯƠNG /
      // MINH" over "BAN THƯỜNG TRỰC"), not whatever a saved Word file put above the letterhead.
      let joined = `${lastLine} ${parent}`;
      for (let k = lines.length - 2; k >= 0; k--) {
        const candidate = `${lastLine} ${lines.slice(k, -1).join(' ')}`;
        const body = parseIssuers(candidate, places)?.issuers[0];
        if (body && namesPlace(body)) {
          joined = candidate;
          break;
        }
      }
      lines[lines.length - 1] = joined;
    }
  }
  const mentions: IssuerMention[] = [];
  let innermost = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    const parsed = parseIssuers(lines.slice(k).join(' '), places);
    if (!parsed) continue;
    // A name wrapped over two lines ("VĂN PHÒNG / CHÍNH PHỦ"): the line above names no body of its own, and with
    // it the name is a longer body ending in the inner one ("Văn phòng Chính phủ", not "Chính phủ").
    const m = parsed.issuers[0];
    if (
      innermost === k + 1 &&
      mentions.length === 1 &&
      m.head !== mentions[0].head &&
      m.head.endsWith(mentions[0].head) &&
      !parseIssuers(lines[k], places)
    )
      mentions[0] = m;
    else mentions.push(m);
    if (innermost < 0) innermost = k;
  }
  if (mentions.length === 0) return null;
  const m = { ...mentions[0] };
  if (!m.central && !m.province) {
    const placed = mentions.find((x) => x.province);
    if (placed) {
      m.province = placed.province;
      // "UBND HUYỆN ĐỒNG PHÚ / UBND XÃ TÂN PHÚ": the commune's district is the body above it.
      if (m.level === 'district' || m.level === 'commune') m.district = placed.district;
    }
  }
  if (!m.central && !m.province) {
    for (const l of lines) {
      const place = placeLine(l, places);
      if (place?.province) m.province = place.province;
      if (place?.district) m.district = place.district;
      if (m.province) break;
    }
  }
  return m;
}

/** The latest date given with a citation, or null. */
function latestDate(refs: RawReference[]): string | null {
  let latest: string | null = null;
  for (const r of refs) if (r.date && (!latest || r.date > latest)) latest = r.date;
  return latest;
}

/** A unit named alone under its parent body in a letterhead ("VĂN PHÒNG", "BAN THƯỜNG TRỰC"), title-cased. */
const UNIT_UNDER_PARENT =
  /^(?:Văn Phòng|Ban Tuyên Giáo|Ban Dân Vận|Ban Tổ Chức|Ban Nội Chính|Ban Thường Trực|Ban Thường Vụ)$/u;

/** A line that is only a place ("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "TỈNH QUẢNG NGÃI", "ĐẢNG BỘ HUYỆN NGA SƠN"), title-cased. */
function placeLine(line: string, places: PlaceLookup): { province: string; district: string | null } | null {
  const name = line.replace(
    /^(?:Đảng Bộ |Ủy Ban Nhân Dân |Ubnd )?(?:Tỉnh|Thành Phố|Huyện|Quận|Thị Xã) /u,
    '',
  );
  const p = places.province(name);
  if (p) return { province: p, district: null };
  const d = places.district(name);
  return d ? { province: d.province, district: d.district } : null;
}

/**
 * The two lines of a letterhead flattened into one by a web page or a converter ("ĐẢNG BỘ HUYỆN NGA SƠN ĐẢNG ỦY XÃ
 * NGA HẢI", "UBND TỈNH QUẢNG NAM SỞ TÀI CHÍNH"): split where a second body starts, when what comes before it is a
 * body or a place of its own. A line of one body is returned as it is.
 */
function unflattenIssuerLine(line: string, places: PlaceLookup): string[] {
  const words = line.split(' ');
  if (words.length < 4 || parseIssuers(line, places)?.length === line.length) return [line];
  for (let i = 2; i < words.length - 1; i++) {
    const before = words.slice(0, i).join(' ');
    const after = words.slice(i).join(' ');
    if (!parseIssuers(after, places)) continue;
    const upper = parseIssuers(before, places);
    if ((upper && upper.length === before.length) || placeLine(before, places)) return [before, after];
  }
  return [line];
}

/**
 * A Party committee's document signed "T/M BAN THƯỜNG VỤ", or whose body says "Ban Thường vụ Tỉnh ủy yêu cầu",
 * is issued by its standing committee.
 */
function standingCommittee(issuer: IssuerMention | null, header: HeaderInfo, body: string): void {
  if (!issuer || !/^(?:(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy|Đảng ủy Khối .{1,30})$/u.test(issuer.head)) return;
  const short = issuer.head.replace(/^(Đảng ủy Khối).*$/u, '$1');
  const signed = /BAN THƯỜNG VỤ/u.test(header.signature?.authority ?? '');
  if (
    signed ||
    bodySays(
      body.slice(0, 30000),
      [issuer.head, short].map((h) => `Ban Thường vụ ${h}`),
    )
  )
    issuer.head = `Ban Thường vụ ${issuer.head}`;
}

/**
 * Every central Party text is headed "BAN CHẤP HÀNH TRUNG ƯƠNG"; the body that issues it signs for itself ("T/M BỘ
 * CHÍNH TRỊ", "T/M BAN BÍ THƯ") and speaks in the body ("Bộ Chính trị quy định:", "Ban Bí thư yêu cầu …").
 */
function centralPartyBody(issuer: IssuerMention | null, header: HeaderInfo, body: string): void {
  if (!issuer?.central || issuer.head !== 'Ban Chấp hành Trung ương Đảng') return;
  const authority = header.signature?.authority ?? '';
  for (const [upper, name] of CENTRAL_PARTY_BODIES) {
    if (authority.includes(upper) || bodySays(body, [name])) {
      issuer.head = name;
      return;
    }
  }
}
/** The relation types that change the text they point to. */
const CHANGES: ReadonlySet<string> = new Set(['AMENDS', 'REPEALS', 'REPLACES', 'SUSPENDS']);

const COUNCIL_SESSION = new RegExp(`^[ \\t]{0,8}(?:${COUNCIL_SESSION_LINE.pattern})`, 'u');
const ENACTING_LINE = new RegExp(
  `^[ \\t]{0,8}(?:${BLOCK_STARTS.filter((r) => r.name.startsWith('enacting'))
    .map((r) => r.pattern)
    .join('|')})`,
  'u',
);
/**
 * A text whose header was lost still names its issuer in the enacting authority over the preamble ("QUYẾT ĐỊNH / Ban
 * hành Quy chế … / ỦY BAN NHÂN DÂN QUẬN 1 / Căn cứ …"): the first such line before a line of the preamble.
 */
function enactingAuthority(head: string, places: PlaceLookup): IssuerMention | null {
  const lines = head.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    // A council's term and session may stand between ("KHÓA XII-KỲ HỌP THỨ 21").
    const next = COUNCIL_SESSION.test(lines[i + 1]) ? (lines[i + 2] ?? '') : lines[i + 1];
    if (!ENACTING_LINE.test(lines[i]) || !/^[ \t]{0,8}(?:-[ \t])?Căn cứ/u.test(next)) continue;
    const parsed = parseIssuers(titleCase(lines[i].trim()), places);
    return parsed ? { ...parsed.issuers[0] } : null;
  }
  return null;
}

/** The body that writes a letter, from the formula that opens it: "<body> nhận được …", "<body> có ý kiến như sau". */
function letterWriter(opening: string, places: PlaceLookup): IssuerMention | null {
  for (const phrase of LETTER_OPENINGS) {
    const at = opening.indexOf(` ${phrase}`);
    if (at <= 0) continue;
    const stop = opening.lastIndexOf('. ', at);
    const lineStart = Math.max(opening.lastIndexOf('\n', at) + 1, stop < 0 ? 0 : stop + 2, at - 80);
    const subject = opening.slice(lineStart, at).trim();
    const parsed = parseIssuers(subject, places);
    if (parsed && parsed.length === subject.length) return { ...parsed.issuers[0] };
  }
  return null;
}

const CENTRAL_PARTY_BODIES: readonly (readonly [upper: string, name: string])[] = [
  ['BỘ CHÍNH TRỊ', 'Bộ Chính trị'],
  ['BAN BÍ THƯ', 'Ban Bí thư'],
];

const STANDING_VERBS = [
  'yêu cầu',
  'ban hành',
  'chỉ thị',
  'quyết định',
  'đề nghị',
  'giao',
  'chỉ đạo',
  'hướng dẫn',
  'kết luận',
  'thông báo',
  'xây dựng',
  'báo cáo',
  'quy định',
];

/** "<subject> <verb>" in the body ("Ban Thường vụ Tỉnh ủy yêu cầu"): plain string search (a RegExp built per document
 * cost a compile each). */
function bodySays(body: string, subjects: string[]): boolean {
  for (const subject of subjects) {
    for (let at = body.indexOf(subject); at >= 0; at = body.indexOf(subject, at + 1)) {
      const verbAt = at + subject.length + 1;
      if (body[verbAt - 1] === ' ' && STANDING_VERBS.some((v) => body.startsWith(v, verbAt))) return true;
    }
  }
  return false;
}

/** "TỈNH QUẢNG TRỊ" → "Tỉnh Quảng Trị": issuer and place tables match words that start in capitals. */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ')
    .replace(
      /^(\S+ )(Tỉnh|Huyện|Quận|Thị Xã|Thành Phố)(?= \p{Lu})/u,
      (_all, a: string, b: string) => a + b.toLowerCase(),
    );
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
