/**
 * Who acts in a news item: a page that reports a document ("Ngày 13/3/2019, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị
 * số 35-CT/TU về …") cites it, and what the page then retells of it ("Theo đó, …", "Kế hoạch yêu cầu …") is that
 * document's doing, not the page's. Works on the relations parse found, moving their `from` and `type`; GOLD.md and
 * tests/fixtures/real/ANNOTATION.md ("The news-item convention") say what the graph should hold.
 */
import type { HeaderInfo } from '../parse/header';
import type { RawReference } from '../parse/references';
import type { RawRelation } from '../parse/relations';
import { sentenceAt, type SentenceSpan } from '../parse/sentences';
import { CAPITALISED_KIND_NAMES } from '../tables/kinds';
import {
  ASKING_VERBS,
  ELIDED_SUBJECT_VERBS,
  FRONTED_CLAUSE,
  LISTED_WITH,
  RETELLING_ADVERBS,
  RETELLING_VERBS,
  PURPOSE_OF,
} from '../tables/reposts';
import { wholeIssuers } from '../parse/issuer';
import type { PlaceLookup } from './places';
import { REPORT_CONTINUATIONS, REPORT_OPENINGS } from '../tables/triggers';

/** The verb of a body that asks or assigns, after its name ("… yêu cầu", "… giao"): RETELLING_VERBS and ASKING_VERBS. */
const ASKS = `(?:${[...RETELLING_VERBS, ...ASKING_VERBS].join('|')})`;
const SUBJECT_ASKS = new RegExp(`[ \\t]${ASKS}[ \\t]`, 'u');

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
 * RETELLING_VERBS, or "Chỉ thị này thay thế …"), or its aim ("Mục đích của Kế hoạch nhằm …", PURPOSE_OF); after a
 * colon the rest of its paragraph is what the document says.
 */
const RETOLD_BY_KIND = new RegExp(
  `^[ \\t]{0,4}(?:(?:${PURPOSE_OF.join('|')})[ \\t]của[ \\t])?(?<kind>${CAPITALISED_KIND_NAMES.join('|')})[ \\t]{1,2}(?:này(?=[ \\t])|(?:này[ \\t]{1,2})?(?:(?:${RETELLING_ADVERBS.join('|')})[ \\t]{1,2})?(?:${RETELLING_VERBS.join('|')})(?<colon>[ \\t]{0,2}:)?(?![\\p{L}\\p{N}]))`,
  'u',
);

/** What the news-item rules read: the text, its header, its citations and sentences, and its own number and kind. */
export interface ReportedText {
  text: string;
  header: HeaderInfo;
  refs: RawReference[];
  sentences: SentenceSpan[];
  symbol: string | null;
  kind: string | null;
  places: PlaceLookup;
}

/**
 * Moves to the reported documents what a news item says they do, in place: the document its lead reports, the
 * sentences that retell a document, and the leads of a digest of items.
 */
export function attributeReports(kept: RawRelation[], page: ReportedText): void {
  reportedLead(kept, page);
  // A news item (no number, no kind but what its headline opens with: "Chỉ thị của Ban Thường vụ Tỉnh ủy về …") that
  // has reported a document goes on to retell it: "Theo đó, UBND tỉnh yêu cầu … triển khai thực hiện Chương trình số
  // 04-CTr/TU" is what the reported letter does (REPORT_CONTINUATIONS).
  if (!page.symbol && (!page.kind || page.header.kindFromTitle)) retold(kept, page);
  digestLeads(kept, page);
}

/**
 * The document a news item's lead reports ("Ngày 13/3/2019, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 35-CT/TU về
 * việc triển khai …") is cited by the item: the verbs of its title are its own.
 */
function reportedLead(kept: RawRelation[], { text, header, refs, sentences }: ReportedText): void {
  const reported =
    header.reportedAt === null ? -1 : refs.findIndex((x) => x.symbolStart === header.reportedAt);
  if (reported >= 0) {
    const lead = sentenceAt(sentences, refs[reported].start);
    // Further numbers listed with it ("ban hành Quyết định số 2051/QĐ-UBND, 2052/QĐ-UBND về việc …") are reported alike.
    const listed = (k: number): boolean =>
      refs[k].start > refs[reported].start &&
      LISTED_WITH.test(text.slice(refs[reported].attrEnd, refs[k].start));
    for (const r of kept) {
      if (r.from !== 'doc') continue;
      if (r.to === reported || (typeof r.to === 'number' && listed(r.to))) r.type = 'CITES';
      // What its title says it acts on ("… ban hành Kế hoạch số 30-KH/TU về sơ kết thực hiện … Chương trình số
      // 15-CTr/TU") and the bases told of it ("Căn cứ Kế hoạch số 01/KH-BTCKN …; … đã ban hành Kế hoạch số 67/…"):
      // a news item has no bases of its own.
      else if (
        typeof r.to === 'number' &&
        (sentenceAt(sentences, r.sentence.start) === lead || r.type === 'BASED_ON')
      )
        r.from = reported;
    }
  }
}

/** The sentences of a news item that retell a document, and which document each retells when it says so. */
interface Retelling {
  /** Sentences that open by retelling (REPORT_CONTINUATIONS, a kind as subject, an opening "Theo Công văn số …"), and
   * the list items or paragraph they announce. */
  sentences: Set<number>;
  /** Sentences that open on the document they retell (and the items they announce): its first citation. */
  openedOn: Map<number, number>;
  /** The sentences that open so themselves (not their items): the document they open on is cited, not acted on. */
  opening: Set<number>;
  /** Sentences that name the retold document by its kind ("Kết luận nêu: …"), with that kind: all they cite is its. */
  toldKind: Map<number, string>;
}

/**
 * The retelling sentences: one that opens so, and when it ends in ":", the list items after it ("… một số nhiệm vụ
 * trọng tâm sau: / - Tiếp tục … thực hiện Nghị quyết số 59-NQ/TW …").
 */
function retellingSentences({ text, header, refs, sentences, places }: ReportedText): Retelling {
  const retelling = new Set<number>();
  const openedOn = new Map<number, number>();
  const opening = new Set<number>();
  const toldKind = new Map<number, string>();
  for (let si = 0, list = false, announced = false, paragraph = false; si < sentences.length; si++) {
    const t = text.slice(sentences[si].start, sentences[si].end);
    const byKind = RETOLD_BY_KIND.exec(t.slice(0, 60));
    // After a lead reporting a document, a body that asks or assigns ("Chủ tịch UBND thành phố giao giám đốc các sở …
    // triển khai thực hiện Nghị quyết số 02-NQ/TU"): what the reported document says.
    // Not the lead itself, whose subject asks in the reported document ("UBND tỉnh chỉ đạo … (Công văn số 1307/UBND-KGVX,
    // ngày 15/9/2021)."): it is the report that what retells it goes back to.
    const lead =
      header.reportedAt !== null &&
      header.reportedAt >= sentences[si].start &&
      header.reportedAt < sentences[si].end;
    const bySubject = header.reportedAt !== null && !lead && asksAsSubject(t, places);
    // The paragraph a "Công văn nêu rõ:" or a "Ban Thường vụ Thành ủy giao Ban Tổ chức Thành ủy: …" opened goes on
    // retelling until a line break.
    paragraph =
      byKind?.groups?.colon !== undefined ||
      (bySubject && ASSIGNED_WITH_COLON.test(t)) ||
      (paragraph && !text.slice(sentences[si - 1].end, sentences[si].start).includes('\n'));
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
    if (CONTINUATION.test(t.slice(0, 24)) || openedOn.has(si) || byKind || paragraph || bySubject)
      retelling.add(si);
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
  return { sentences: retelling, openedOn, opening, toldKind };
}

/** An asking verb and whom it asks, then a colon: what follows in the paragraph is asked ("… giao Ban Tổ chức Thành ủy: …"). */
const ASSIGNED_WITH_COLON = new RegExp(`[ \\t]${ASKS}[ \\t][^:\\n]{0,120}:[ \\t]`, 'u');

/** A sentence that opens on the verb, its subject left out ("Yêu cầu các sở, ban, ngành … triển khai …"). */
const ELIDED_SUBJECT_ASKS = new RegExp(`^[ \\t]{0,4}(?:${ELIDED_SUBJECT_VERBS.join('|')})[ \\t]`, 'u');

/**
 * A sentence whose subject, read whole as one body, asks or assigns (SUBJECT_ASKS): "Chủ tịch UBND thành phố giao …";
 * or one that leaves its subject out ("Yêu cầu các sở, ban, ngành … triển khai …", ELIDED_SUBJECT_ASKS).
 */
function asksAsSubject(sentence: string, places: PlaceLookup): boolean {
  if (ELIDED_SUBJECT_ASKS.test(sentence)) return true;
  const m = SUBJECT_ASKS.exec(sentence.slice(0, 360));
  if (!m) return false;
  // Past a fronted purpose or basis ("Để chuẩn bị chu đáo …, Thủ tướng Chính phủ yêu cầu …").
  const subject = sentence.slice(0, m.index).replace(FRONTED_CLAUSE, '');
  return subject.length <= 160 && wholeIssuers(subject.trim(), places) !== null;
}

/** What the retelling sentences cite by a verb is the retold document's doing. */
function retold(kept: RawRelation[], page: ReportedText): void {
  const { refs, sentences } = page;
  const { sentences: retelling, openedOn, opening, toldKind } = retellingSentences(page);
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

/** A digest of news items cites what each lead reports; no item's document acts on another's. */
function digestLeads(kept: RawRelation[], { header, refs }: ReportedText): void {
  if (header.digestLeads.length === 0) return;
  const leads = new Set(header.digestLeads.map((at) => refs.findIndex((x) => x.symbolStart === at)));
  for (const r of kept)
    if (typeof r.to === 'number' && leads.has(r.to) && (r.from === 'doc' || leads.has(r.from as number))) {
      r.from = 'doc';
      r.type = 'CITES';
    }
}
