/**
 * Rules that settle the relations parse found, once every citation has its document: what a consolidated text
 * consolidates, which kinds can be acted on, the texts named inside a citation, and what dates forbid (no text acts on
 * a later one; a change runs from the later text to the earlier). Each moves, retypes, adds or drops relations in place.
 */
import type { DocumentRecord } from '../model';
import type { RawReference } from '../parse/references';
import type { Party, RawRelation } from '../parse/relations';
import { sentenceAt, type SentenceSpan } from '../parse/sentences';
import {
  ACTS_ONLY_ON_OWN_KIND,
  NEVER_ACTED_ON,
  NEVER_A_BASIS,
  REPORTS_UNCHANGED,
  firstCitationType,
} from '../tables/kinds';

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

/** The relation types that change the text they point to. */
const CHANGES: ReadonlySet<string> = new Set(['AMENDS', 'REPEALS', 'REPLACES', 'SUSPENDS']);

/** What the rules read: the citations with their documents, the sentences, and the citing document's kind and year. */
export interface RuleContext {
  refs: RawReference[];
  /** The document of each citation, by the citation's index. */
  refDocs: DocumentRecord[];
  sentences: SentenceSpan[];
  /** The citing document's kind, and the kind its kind line shows (a consolidated text's base is of that kind). */
  kind: string | null;
  headerKind: string | null;
  /** Where a consolidated text's base may be cited from: after its own number. */
  baseFrom: number;
  year: number | null;
  /** Whether a cited document is the citing document itself ("Chỉ thị số 02/CT-UBND này"). */
  isSelf: (d: DocumentRecord) => boolean;
  idOf: (p: Party) => string;
}

/** Applies the rules in order: each reads what the one before it left. */
export function applyRelationRules(kept: RawRelation[], cx: RuleContext): void {
  consolidatedBase(kept, cx);
  kindRules(kept, cx);
  nestedCitations(kept, cx);
  noLaterTexts(kept, cx);
  changesRunForward(kept, cx);
}

/**
 * A consolidated text consolidates the first text it cites (its base): "… LUẬT X / Luật X số 83/2015/QH13 … được
 * sửa đổi, bổ sung bởi: …".
 */
function consolidatedBase(kept: RawRelation[], cx: RuleContext): void {
  const { refs, refDocs, sentences, kind, isSelf, idOf } = cx;
  const firstType = firstCitationType(kind);
  if (firstType) {
    const after = cx.baseFrom;
    const candidates = refs.map((r, i) => i).filter((i) => refs[i].start >= after && !isSelf(refDocs[i]));
    // Its base is of the kind its own kind line shows ("THÔNG TƯ / HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 170/2008/QĐ-TTG …"
    // then "Thông tư số 24/2009/TT-BLĐTBXH …": the circular, not the decision its title names).
    const base =
      candidates.find((i) => cx.headerKind && refs[i].kind === cx.headerKind) ?? candidates[0] ?? -1;
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
}

/**
 * A letter does not repeal a decree, nor a news item a law: such verbs speak of something else.
 * A submission or a report is answered and cited: no text rests on it, carries it out or changes it.
 */
function kindRules(kept: RawRelation[], cx: RuleContext): void {
  const { refDocs, kind } = cx;
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
    // A page of no kind (a news item, a bulletin) changes no text: "Quốc hội đã ban hành Luật sửa đổi, bổ sung … Luật
    // … số 85/2015/QH13" retells a law it names without a number. Of the 1,000 edges reviewers gave from such pages
    // in the development parts, none had to be a change.
    if (r.from === 'doc' && !kind) {
      r.type = 'CITES';
      continue;
    }
    const fromKind = r.from === 'doc' ? kind : refDocs[r.from].kind;
    if (
      (toKind && REPORTS_UNCHANGED.has(toKind)) ||
      (fromKind && toKind && ACTS_ONLY_ON_OWN_KIND.has(fromKind) && fromKind !== toKind)
    )
      r.type = 'CITES';
  }
}

/**
 * A text named inside a citation ("Căn cứ Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung … Nghị định số 78/2025/NĐ-CP
 * … và Nghị định số 79/2025/NĐ-CP …", "Luật Thuế GTGT 13/2008/QH12 (đã được sửa đổi, bổ sung tại Luật số
 * 31/2012/QH13)") is named by the document too: it cites it, whatever the cited text does to it.
 * Only one level down: what a named text's own citation names is that text's business.
 */
function nestedCitations(kept: RawRelation[], cx: RuleContext): void {
  const { refDocs, isSelf } = cx;
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
}

/**
 * A text cannot rest on, carry out, change or cite one issued in a later year: a later number in it is a legal
 * database's addition (its list of the texts that changed this one, "- 1Quyết định 15/2023/QĐ-UBND bãi bỏ Quyết định
 * 04/2018/QĐ-UBND …") or a misreading. Of the 1,535 edges reviewers gave from a dated text in the development parts,
 * none goes to a text of a later year.
 */
function noLaterTexts(kept: RawRelation[], cx: RuleContext): void {
  const { refDocs } = cx;
  if (cx.year) {
    for (let k = kept.length - 1; k >= 0; k--) {
      const r = kept[k];
      if (r.from !== 'doc' || typeof r.to !== 'number') continue;
      // A cited text's year is its date's when it has one (referenceDocument).
      const year = refDocs[r.to].year;
      if (year && year > cx.year) kept.splice(k, 1);
    }
  }
}

/**
 * A text cannot change one issued after it: such an edge between two cited texts ("Luật số 32/2024/QH15 … được
 * sửa đổi, bổ sung bởi Luật số 96/2025/QH15" read the wrong way round) runs from the later to the earlier.
 */
function changesRunForward(kept: RawRelation[], cx: RuleContext): void {
  const { refDocs } = cx;
  for (const r of kept) {
    if (typeof r.from !== 'number' || typeof r.to !== 'number' || !CHANGES_A_TEXT.has(r.type)) continue;
    const [fromYear, toYear] = [refDocs[r.from].year, refDocs[r.to].year];
    if (fromYear && toYear && fromYear < toYear) [r.from, r.to] = [r.to, r.from];
  }
}
