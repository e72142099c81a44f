/**
 * Typed relations between the document and what it cites, and between cited documents.
 *
 * Per sentence, citations are read left to right. Between a citation and the previous one lies a gap:
 * - a trigger with no list separator before it ("… của Tỉnh ủy về thực hiện Nghị quyết …") nests: the new
 *   citation belongs to the previous one (chains such as letter → 98-KH/TU → 43-KL/TW → 25-NQ/TW);
 * - a separator (",", ";", "và") after the last trigger makes a sibling of the outer list: it takes the
 *   outer verb ("triển khai thực hiện A về thực hiện B, C" → the document → C);
 * - a passive trigger ("được sửa đổi, bổ sung bởi") makes the new citation act on the previous one.
 * A weak trigger ("theo") nests only when dates agree: a document cannot carry out a later one.
 * Footnote text is a list of sources: CITES unless it says more; a footnote that re-cites the document its
 * marker follows only adds detail.
 */
import type { RelationType } from '../model';
import type { RawReference } from './references';
import { splitSentences, sentenceAt, type SentenceSpan } from './sentences';
import { TRIGGER_AT_START, findPostTrigger, findTriggers, type TriggerHit } from './triggers';
import {
  FRONTED_ACTS,
  FRONTED_CONTINUATIONS,
  LIST_OBJECTS,
  BASIS_HEADINGS,
  EFFECT_THEN_ACT,
  LIST_SEPARATOR,
  AMENDING_LAW,
  SINGLE_OBJECT_VERBS,
  NON_DOCUMENT_OBJECTS,
  NON_DOCUMENT_INSTRUCTIONS,
  OBJECT_PARTS,
  PROPOSALS,
  BARE_THEO,
  CONFERRED_BY,
  SOURCE_NOTES,
  QUOTED_WORDING,
  TITLE_OPENINGS,
  SUBJECT_OPENINGS,
  TITLE_VERBS,
  TOPICS,
  widen,
} from '../tables/triggers';
import { CAPITALISED_KIND_NAMES, KIND_NAMES, NORM_KINDS, listKin } from '../tables/kinds';
import { BODY_HEAD_WORDS } from '../tables/issuers';
import { phrase, phrases } from '../tables/phrase';
import type { NormalizedText } from '../text/normalize';

/** "doc" is the document being read; numbers index the reference list. */
export type Party = 'doc' | number;

export interface RawRelation {
  from: Party;
  /** The document acted on: a cited one, or the document itself ("Nghị định này được hướng dẫn bởi …"). */
  to: Party;
  /** The citation the relation was read from (its span is the evidence's). */
  cited: number;
  type: RelationType;
  trigger: string | null;
  sentence: SentenceSpan;
}

export interface RelationOptions {
  /** Symbol of the document itself: citations of it are not relations. */
  selfSymbol?: string | null;
  /** Its year: the same symbol dated another year is another document (numbering restarts yearly). */
  selfYear?: number | null;
  sentences?: SentenceSpan[];
}

interface Frame {
  trigger: TriggerHit | null;
}

export function findRelations(
  norm: Pick<NormalizedText, 'text' | 'bodyEnd' | 'footnotes' | 'anchors'>,
  refs: RawReference[],
  options: RelationOptions = {},
): RawRelation[] {
  const text = norm.text;
  const sentences = options.sentences ?? splitSentences(text);
  const out: RawRelation[] = [];
  const bySentence = new Map<number, number[]>();
  refs.forEach((r, i) => {
    const s = sentenceAt(sentences, r.symbolStart);
    const list = bySentence.get(s);
    if (list) list.push(i);
    else bySentence.set(s, [i]);
  });

  // Footnote context: the citation the marker follows. Footnote text is a list of sources, not a verb's
  // object, so its citations are CITES unless the footnote itself says more.
  const footnoteAnchor = (pos: number): { anchorRef: number | null } | null => {
    const fn = norm.footnotes.find((f) => pos >= f.start && pos <= f.end);
    if (!fn) return null;
    const anchor = norm.anchors.find((a) => a.number === fn.number);
    let anchorRef: number | null = null;
    if (anchor) {
      refs.forEach((r, i) => {
        if (r.start < anchor.at && anchor.at <= r.attrEnd + 1 && r.symbolStart < norm.bodyEnd) anchorRef = i;
      });
    }
    return { anchorRef };
  };

  // A verb that ends its sentence with ":" governs the list items after it ("bãi bỏ các văn bản sau: a) …; b) …",
  // "Luật … số 83/2015/QH13 được sửa đổi, bổ sung bởi: 1. Luật …"), across line breaks and list markers.
  let carry: { trigger: TriggerHit; anchor: Party } | null = null;
  /** Where the text's quotation marks are, found once when a citation first needs them. */
  let quotes: QuoteMarks | null = null;
  const lastSentence = refs.length ? sentenceAt(sentences, refs[refs.length - 1].symbolStart) : -1;
  // The texts the sentence before carried out by a verb opening it ("Thực hiện Kế hoạch số 149 …"), and that verb.
  let frontedBefore: { trigger: TriggerHit; cited: number[] } | null = null;
  for (let si = 0; si <= lastSentence; si++) {
    const sent = sentences[si];
    const idx = bySentence.get(si) ?? [];
    const opened = frontedBefore;
    frontedBefore = null;
    // "… . Trên tinh thần đó, Ban Thường trực … đã xây dựng Kế hoạch số 15 …": the text made carries out those.
    if (opened && idx.length > 0 && FRONTED_CONTINUATION.test(text.slice(sent.start, sent.start + 40))) {
      const made = refs[idx[0]];
      if (
        CONTINUED_ACT.test(text.slice(sent.start, made.start)) &&
        !findTriggers(text, sent.start, made.start).length
      )
        for (const j of opened.cited) out.push(relation(idx[0], j, opened.trigger, sent));
    }
    if (
      carry &&
      !LIST_ITEM.test(text.slice(sent.start, sent.start + 16)) &&
      !KIND_ITEM.test(text.slice(sent.start, sent.start + 40))
    )
      carry = null;
    const governor = new Map<number, Party>();
    const nestedTrigger = new Map<number, TriggerHit | null>();
    // The agents of a passive verb inside a list ("… Luật Giao thông đường thủy nội địa số 23/2004/QH11 đã được sửa
    // đổi, bổ sung một số điều theo Luật số 48/2014/QH13 và Luật số 97/2015/QH13, Luật Tài nguyên nước số …"): the
    // list item they speak of, so that the list goes on after them under its own verb.
    const listHead = new Map<number, number>();
    // The first of a pair of texts of one kind named with one issuer ("Chỉ thị số 682/CT-UBND … và Chỉ thị số
    // 726/CT-UBND … của Chủ tịch UBND tỉnh"), by the second: a verb after the pair is both texts' (dev42 ex05).
    const pairFirst = new Map<number, number>();
    /** The list item citation k stands for: itself, or the item whose agents it names. */
    const itemOf = (k: number): number => listHead.get(k) ?? k;
    // The list item whose agents are being listed when the passive verb's subject is a text named without a number
    // ("…, Luật Dầu khí năm 1993 đã được sửa đổi, bổ sung một số điều theo Luật số 19/2000/QH10 và Luật số
    // 10/2008/QH12, Bộ luật Lao động số …"): the agents change no cited text, and the list goes on after them.
    let namelessSubjectOf: number | null = null;
    const fn = sent.start >= norm.bodyEnd ? footnoteAnchor(sent.start) : null;
    const top: Frame = { trigger: null };
    let prev: number | null = null;
    // The text a passive verb acts on, while a list of its agents goes on ("được sửa đổi, bổ sung bởi Luật số A, Luật
    // số B và Luật số C": each of A, B, C amends it).
    let passiveOn: { anchor: Party; trigger: TriggerHit } | null = null;
    // A text quoted after a citation speaks for it: "Luật số 56/2024/QH15 … có căn cứ ban hành như sau: “…; Quốc hội
    // ban hành Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14 …”" — 56/2024 amends 54/2019.
    let speaker: number | null = null;
    // Where the document's own number, named in this sentence, ends ("Quyết định 2895/QĐ-UBND 2017 … đã được thay thế
    // bởi Quyết định 891/QĐ-UBND 2019", a legal database's status line): a passive verb after it speaks of the document.
    let selfEnd = -1;
    // … when only its title lies between: no other text named, on the same line.
    const selfSubjectAt = (h: TriggerHit): boolean =>
      selfEnd >= sent.start &&
      selfEnd <= h.start &&
      !text.slice(selfEnd, h.start).includes('\n') &&
      !OTHER_TEXT.test(text.slice(selfEnd, h.start));
    for (const i of idx) {
      const r = refs[i];
      if (options.selfSymbol && r.parsed.symbol === options.selfSymbol) {
        const year = r.date ? Number(r.date.slice(0, 4)) : r.parsed.year;
        if (!year || !options.selfYear || year === options.selfYear) {
          // The document named as the object of a cited text's verb ("Quyết định 15/2023/QĐ-UBND bãi bỏ Quyết định
          // 04/2018/QĐ-UBND …", a legal database's list of what changed it): that text acts on the document.
          // Only a text of the document's year or later can act on it.
          const actorDate = prev === null ? null : refs[prev].date;
          const actorYear = actorDate
            ? Number(actorDate.slice(0, 4))
            : prev === null
              ? null
              : refs[prev].parsed.year;
          const acts =
            prev !== null &&
            !(actorYear && options.selfYear && actorYear < options.selfYear) &&
            !text.slice(refs[prev].attrEnd, r.start).includes(';')
              ? findTriggers(text, refs[prev].attrEnd, r.start).filter(
                  // Right before its number: the verb's object is the document ("bãi bỏ Quyết định 04/2018/…").
                  (h) =>
                    !h.trigger.passive &&
                    h.trigger.nests === 'strong' &&
                    h.trigger.type !== 'CITES' &&
                    wordCount(text, h.end, r.start) <= 3,
                )
              : [];
          if (acts.length > 0)
            out.push({ ...relation(prev as number, i, acts[acts.length - 1], sent), to: 'doc' });
          selfEnd = r.attrEnd;
          continue;
        }
      }
      // "(Kế hoạch số 98-KH/TU)": a short name for a citation already made.
      if (/\([ \t]{0,2}$/u.test(text.slice(Math.max(0, r.start - 3), r.start)) && prev !== null) {
        if (idx.some((j) => j < i && refs[j].parsed.symbol === r.parsed.symbol)) continue;
      }
      // A footnote that re-cites the document its marker follows only adds detail.
      if (fn && fn.anchorRef !== null && refs[fn.anchorRef].parsed.symbol === r.parsed.symbol) {
        prev = i;
        governor.set(i, 'doc');
        continue;
      }
      const gapStart = prev === null ? sent.start : refs[prev].attrEnd;
      // "theo" governs the citation right after it ("theo Kế hoạch số …"), not one five words on ("theo mẫu số 02
      // Phụ lục I của Thông tư …", "theo quy định của pháp luật về … Nghị định …").
      const found = findTriggers(text, gapStart, r.start);
      const hits = found.filter(
        (h, k) =>
          (h.trigger.nests !== 'weak' || wordCount(text, h.end, r.start) <= 4) &&
          !((k > 0 || top.trigger) && titleVerb(text, gapStart, h)) &&
          !actsOnNoDocument(text, h, r.start) &&
          !(h.trigger.passive && !selfSubjectAt(h) && namedSubject(text, gapStart, h.start, prev !== null)) &&
          !otherCell(text, h, r.start) &&
          !INSIDE_ACT.test(text.slice(Math.max(0, h.end - 40), h.end)),
      );
      const lastTrig = hits.length ? yielded(text, hits) : null;
      // A comma inside a phrase that is a name's here ("… hướng dẫn thực hiện Luật thuế thu nhập cá nhân, Luật sửa đổi,
      // bổ sung một số điều của …") separates nothing either: every phrase found counts, not only the verbs kept.
      const lastSep = lastSeparator(text, gapStart, r.start, found);
      let from: Party = 'doc';
      let trig: TriggerHit | null;
      if (lastTrig || (prev !== null && text.slice(refs[prev].attrEnd, r.start).includes(';'))) {
        passiveOn = null;
        namelessSubjectOf = null;
      }
      if (
        namelessSubjectOf !== null &&
        prev !== null &&
        !lastTrig &&
        TIGHT_LIST.test(text.slice(refs[prev].attrEnd, r.start))
      ) {
        listHead.set(i, namelessSubjectOf);
        governor.set(i, governor.get(namelessSubjectOf) ?? 'doc');
        prev = i;
        continue;
      }
      namelessSubjectOf = null;
      // Only agents listed tightly (", ", " và "): after ";" or a clause about the last one, the list is over.
      if (
        passiveOn &&
        prev !== null &&
        !lastTrig &&
        TIGHT_LIST.test(text.slice(refs[prev].attrEnd, r.start))
      ) {
        out.push({ ...relation(i, i, passiveOn.trigger, sent), to: passiveOn.anchor });
        governor.set(i, passiveOn.anchor);
        if (typeof passiveOn.anchor === 'number') listHead.set(i, passiveOn.anchor);
        // The document's own verb reaches the agents when it rests on the text they changed ("Căn cứ Luật X được sửa
        // đổi bởi Luật Y, Luật Z": based on Y and Z too) or only names them; a law amending X does not amend the laws
        // that amended X before (nor does a law that amends X in a list of a text quoted in a note).
        const anchorVerb =
          typeof passiveOn.anchor === 'number' ? nestedTrigger.get(passiveOn.anchor) : undefined;
        const outer = anchorVerb?.trigger.type ?? top.trigger?.trigger.type ?? 'CITES';
        if (passiveOn.anchor === 'doc' || (outer !== 'BASED_ON' && outer !== 'CITES')) {
          prev = i;
          continue;
        }
      }
      if (prev === null) {
        if (!lastTrig && carry) {
          // A list item under a verb that ended the sentence before.
          if (carry.trigger.trigger.passive) {
            out.push({ ...relation(i, i, carry.trigger, sent), to: carry.anchor });
            governor.set(i, carry.anchor);
            prev = i;
            continue;
          }
          top.trigger = carry.trigger;
        }
        trig = lastTrig ?? top.trigger;
        top.trigger = trig;
        // "Quyết định số 23-QĐ/TW …² / ² Thay thế Quyết định số 290-QĐ/TW": the footnote speaks of 23-QĐ/TW.
        if (fn && fn.anchorRef !== null && lastTrig) from = fn.anchorRef;
        else if (
          lastTrig?.trigger.passive &&
          !selfSubjectAt(lastTrig) &&
          !selfSubject(text, sent.start, lastTrig.start)
        ) {
          // The subject is not this document (selfSubject): the agent is only named here.
          trig = null;
          top.trigger = null;
        } else if (lastTrig?.trigger.passive) {
          // "Nghị định này được hướng dẫn bởi Thông tư X", "[Khoản này được sửa đổi bởi Luật Y]": the document
          // (or a part of it) is the subject, so the cited text acts on it.
          out.push({ ...relation(i, i, lastTrig, sent), to: 'doc' });
          governor.set(i, 'doc');
          passiveOn = { anchor: 'doc', trigger: lastTrig };
          prev = i;
          continue;
        }
      } else if (
        LIST_VERB_TYPES.has(nestedTrigger.get(itemOf(prev))?.trigger.type ?? 'CITES') &&
        typeof governor.get(itemOf(prev)) === 'number' &&
        continuesNestedList(text, refs, prev, i, governor)
      ) {
        // "Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung … Nghị định số 78/2025/NĐ-CP … quy định chi tiết … và Nghị
        // định số 79/2025/NĐ-CP …": after the title of the text before, a text of the same kind is the verb's next object
        // (after the agents of a passive verb, the object they changed: listHead).
        const head = itemOf(prev);
        from = governor.get(head) as number;
        trig = nestedTrigger.get(head) ?? top.trigger;
      } else if (
        !lastTrig &&
        prev !== null &&
        typeof governor.get(prev) === 'number' &&
        pairedWith(text, refs, prev, i, governor.get(prev) as number)
      ) {
        // "… nhằm thực hiện theo Chỉ thị 15/CT-TTg ngày 27/3/2020 và Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng
        // Chính phủ": two texts of one kind joined by "và" with the issuer and title after the second only are one pair,
        // the next object of the verb the first is under (dev83 ex05).
        from = governor.get(prev) as number;
        trig = nestedTrigger.get(prev) ?? top.trigger;
      } else if (
        !lastTrig &&
        prev !== null &&
        typeof governor.get(prev) === 'number' &&
        counterpartOf(text, refs, prev, i, governor)
      ) {
        // "Kế hoạch số 283/KH-UBND … về thực hiện Nghị quyết số 71/NQ-CP … của Chính phủ và Chương trình hành động số
        // 10-CTr/TU … của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW": the State and the Party texts
        // carrying out one resolution, named as a pair, are both what the cited plan carries out.
        from = governor.get(prev) as number;
        trig = nestedTrigger.get(prev) ?? null;
      } else if (
        !lastTrig &&
        prev !== null &&
        typeof governor.get(prev) === 'number' &&
        inOneQuotedTitle(text, refs[governor.get(prev) as number], refs[prev], r) &&
        LIST_TAIL.test(text.slice(refs[prev].attrEnd, r.start))
      ) {
        // Both inside one quoted title of the text they are nested in, of any kinds ("Kế hoạch số 129-KH/TU … về việc
        // “Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương khóa XIII và Kế hoạch số 03-KH/TW của Bộ Chính
        // trị”"): the next object of the same verb.
        from = governor.get(prev) as number;
        trig = nestedTrigger.get(prev) ?? null;
      } else if (
        lastTrig?.trigger.passive &&
        NEW_CLAUSE.test(text.slice(refs[prev].attrEnd, lastTrig.start))
      ) {
        // A passive verb in a new clause ("…;\nĐiều 3 được hướng dẫn bởi Nghị định X"): its subject is the document.
        out.push({ ...relation(i, i, lastTrig, sent), to: 'doc' });
        governor.set(i, 'doc');
        passiveOn = { anchor: 'doc', trigger: lastTrig };
        prev = i;
        continue;
      } else if (
        lastTrig?.trigger.passive &&
        lastSep < lastTrig.start &&
        typeof governor.get(itemOf(prev)) === 'number' &&
        NAMELESS_LIST_ITEM.test(text.slice(refs[prev].attrEnd, lastTrig.start))
      ) {
        // A text of a list named without its number is the passive verb's subject: its agents change no cited text.
        const head = itemOf(prev);
        listHead.set(i, head);
        governor.set(i, governor.get(head) ?? 'doc');
        namelessSubjectOf = head;
        prev = i;
        continue;
      } else if (lastTrig && lastSep < lastTrig.start && lastTrig.trigger.passive) {
        // A Party text is changed by Party texts, a State text by State texts: after "Nghị quyết số 03/NQ-CP … thực
        // hiện Nghị quyết số 57-NQ/TW …, được sửa đổi, bổ sung … tại Nghị quyết số 71/NQ-CP" the subject is 03/NQ-CP,
        // the text whose title names 57-NQ/TW.
        const head = governor.get(prev);
        const party = (k: number): boolean => refs[k].parsed.family === 'party';
        const subject =
          typeof head === 'number' && party(prev) !== party(i) && party(head) === party(i) ? head : prev;
        out.push(relation(i, subject, lastTrig, sent));
        passiveOn = { anchor: subject, trigger: lastTrig };
        // In an editorial note ("[Nội dung hướng dẫn Điều này tại Nghị định số 90/2020/NĐ-CP nay được sửa đổi bởi
        // Nghị định 48/2023/NĐ-CP]") the cited text is only the subject of the note's verb: the document does not act
        // on it.
        if (inNote(text, sent.start)) {
          const p = prev;
          const own = out.findIndex((o) => o.from === 'doc' && o.to === p && o.sentence === sent);
          if (own >= 0) out.splice(own, 1);
          // Nor does it act on the agent: the note only says who changed what.
          governor.set(i, p);
          listHead.set(i, p);
          prev = i;
          continue;
        }
        from = governor.get(prev) ?? 'doc';
        // The agent of a passive verb is governed by the document's own verb ("Căn cứ Luật X được sửa đổi, bổ sung bởi
        // Luật Y": based on Y too); under a cited text it is only named there.
        if (from !== 'doc') {
          listHead.set(i, prev);
          governor.set(i, from);
          prev = i;
          continue;
        }
        trig = top.trigger;
      } else if (
        lastTrig &&
        !lastTrig.trigger.passive &&
        EFFECT_TYPES.has(lastTrig.trigger.type) &&
        EFFECT_GAP.test(text.slice(refs[prev].attrEnd, lastTrig.start))
      ) {
        // "Quyết định số 612 … có hiệu lực từ … và thay thế Quyết định số 433/QĐ-UBDT": the cited text's own act
        // (EFFECT_THEN_ACT).
        from = prev;
        trig = lastTrig;
      } else if (
        lastTrig &&
        (lastSep < 0 ||
          ((text[lastSep] === ',' ||
            // "… hướng dẫn thực hiện Luật thuế thu nhập cá nhân và Nghị định số 65/2013/NĐ-CP": after "và" only a text
            // older than the one whose title this is ("Nghị định số 78/2025/NĐ-CP … hướng dẫn thi hành Luật Ban hành
            // văn bản … và Nghị định số 187/2025/NĐ-CP", of three months later, is the document's next basis).
            (text.startsWith('và', lastSep) &&
              !(refs[prev].date && r.date && r.date > (refs[prev].date ?? '')))) &&
            !SINGLE_OBJECT.test(lastTrig.text) &&
            NAMED_ITEM_BEFORE.test(text.slice(lastTrig.end, lastSep)))) &&
        lastTrig.trigger.nests !== 'no'
      ) {
        const p = refs[prev];
        const nestOk =
          lastTrig.trigger.nests === 'strong' || (p.date !== null && r.date !== null && r.date <= p.date);
        if (nestOk) {
          from = prev;
        } else {
          top.trigger = lastTrig;
        }
        trig = lastTrig;
      } else if (
        lastTrig &&
        lastSep < lastTrig.start &&
        typeof governor.get(prev) === 'number' &&
        COORDINATED.test(text.slice(lastSep, lastTrig.start))
      ) {
        // A second verb of the cited text's clause: "Quyết định số 08/2023/QĐ-UBND … sửa đổi, bổ sung … Quyết định số
        // 55/2014/QĐ-UBND … và bãi bỏ một phần Quyết định số 24/2019/QĐ-UBND": 08/2023 repeals 24/2019 in part.
        from = governor.get(prev) as number;
        trig = lastTrig;
      } else if (lastTrig && lastSep < lastTrig.start) {
        // A new verb after a separator starts a new list under the document.
        top.trigger = lastTrig;
        trig = lastTrig;
      } else {
        trig = top.trigger;
      }
      if (prev !== null) {
        const gap = text.slice(refs[prev].attrEnd, r.start);
        if (QUOTE_INTRO.test(gap)) speaker = prev;
        else if (gap.includes('”')) speaker = null;
      }
      if (from === 'doc' && speaker !== null && speaker !== i) from = speaker;
      // "Thực hiện Văn bản số A …, Bộ Nội vụ đã có Văn bản số B đề nghị …": the opening verb's subject is the body that
      // issued B, so B carries out A; this document only cites B.
      const fronted =
        from === 'doc' && prev !== null && FRONTED_TYPES.has(top.trigger?.trigger.type ?? 'CITES')
          ? FRONTED_ACT.exec(text.slice(refs[prev].attrEnd, r.start))
          : null;
      if (
        fronted &&
        top.trigger &&
        top.trigger.start < refs[idx[0]].start &&
        prev !== null &&
        (!lastTrig || lastTrig.end <= refs[prev].attrEnd + fronted.index)
      ) {
        trig = top.trigger;
        for (const j of idx) {
          if (j >= i) break;
          if (governor.get(j) === 'doc') out.push(relation(i, j, trig, sent));
        }
        trig = null;
        top.trigger = null;
      }
      // "Thực hiện chỉ đạo của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng ủy phường đã ban hành Kế hoạch số 14-KH/ĐU …",
      // "Để góp phần thực hiện tốt mục tiêu …, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND": the verb in the
      // sentence's opening clause has no text for object, and the text named after the act is the one its subject
      // made, which this document only cites, as it does what that sentence goes on to list.
      if (
        from === 'doc' &&
        prev === null &&
        trig &&
        trig === top.trigger &&
        FRONTED_TYPES.has(trig.trigger.type) &&
        trig.end <= r.start &&
        FRONTED_OPENING.test(text.slice(sent.start, trig.start)) &&
        FRONTED_ACT.test(text.slice(trig.end, r.start))
      ) {
        trig = null;
        top.trigger = null;
      }
      // Inside quoted wording ("… như sau: “…; Nghị định số 27/2022/NĐ-CP; …”") a verb before the quotation acts on
      // the words, not on the texts they name (QUOTED_WORDING).
      if (trig && from === 'doc') {
        quotes ??= quoteMarks(text);
        const open = quotedWordingStart(text, quotes, r.start);
        if ((open >= 0 && trig.start < open) || PART_WORDING.test(text.slice(trig.end, r.start))) trig = null;
      }
      governor.set(i, from);
      if (typeof from === 'number') nestedTrigger.set(i, trig);
      if (prev !== null && governor.get(prev) === from && onePair(text, refs, prev, i))
        pairFirst.set(i, prev);
      const rel = onNorm(relation(from, i, trig, sent), trig, r);
      if (negated(text, trig)) rel.type = 'CITES';
      if (rel.type === 'CITES' && !trig) {
        // "Quyết định số 12/2015/QĐ-UBND … hết hiệu lực": the verb comes after the citation.
        const next = idx.find((j) => j > i);
        const post = findPostTrigger(text, r.attrEnd, next !== undefined ? refs[next].start : sent.end);
        if (post) {
          rel.type = post.type;
          rel.trigger = post.text;
        }
      }
      out.push(rel);
      // "… 682/CT-UBND … và … 726/CT-UBND … của Chủ tịch UBND tỉnh nhằm thực hiện theo Chỉ thị 15/CT-TTg …": the verb
      // after the pair nests under its first text too, unless that one is older than what it would carry out.
      const first = typeof from === 'number' ? pairFirst.get(from) : undefined;
      if (first !== undefined && trig && !(refs[first].date && r.date && r.date > refs[first].date))
        out.push({ ...rel, from: first });
      prev = i;
    }
    // A section heading naming the bases ("I. Căn cứ pháp lý") governs the list items under it.
    if (
      idx.length === 0 &&
      sent.end - sent.start <= BASIS_HEADING_MAX &&
      BASIS_HEADING_TYPES.size > 0 &&
      BASIS_HEADING.test(text.slice(sent.start, sent.end))
    ) {
      const basis = findTriggers(text, sent.start, sent.end).find((h) =>
        BASIS_HEADING_TYPES.has(h.trigger.type),
      );
      if (basis) {
        carry = { trigger: basis, anchor: 'doc' };
        continue;
      }
    }
    // A sentence that opens with the verb carrying its texts out ("Thực hiện Kế hoạch số 149 …").
    if (top.trigger && FRONTED_TYPES.has(top.trigger.trigger.type) && idx.length > 0) {
      const opening = top.trigger;
      if (!/\S/u.test(text.slice(sent.start, opening.start))) {
        const cited = idx.filter((j) => governor.get(j) === 'doc' && refs[j].start >= opening.end);
        if (cited.length > 0) frontedBefore = { trigger: opening, cited };
      }
    }
    const colon = /:[ \t]{0,3}$/u.test(text.slice(sent.start, sent.end));
    const articleTitle =
      !colon && si > 0 && ARTICLE_NUMBER.test(text.slice(sentences[si - 1].start, sentences[si - 1].end));
    if (colon || articleTitle) {
      const tail = findTriggers(text, prev === null ? sent.start : refs[prev].attrEnd, sent.end);
      const last = tail[tail.length - 1];
      // Only a verb whose object is the list itself ("bãi bỏ các văn bản sau:", "được sửa đổi, bổ sung bởi:"), not
      // one that announces instructions ("hướng dẫn việc thực hiện như sau:").
      if (
        last &&
        LIST_OBJECT_TYPES.has(last.trigger.type) &&
        (colon ? LIST_OBJECT : LIST_OBJECT_TITLE).test(text.slice(last.end, sent.end))
      ) {
        // A passive's subject is the last citation the sentence itself speaks of, not one named in its title
        // ("Thông tư số 24/2009/TT-BLĐTBXH … hướng dẫn thực hiện Quyết định số 170/2008/QĐ-TTg … được sửa đổi, bổ sung
        // bởi:" lists what amended the circular).
        const subject = [...idx].reverse().find((j) => governor.get(j) === 'doc') ?? prev;
        carry = { trigger: last, anchor: last.trigger.passive && subject !== null ? subject : 'doc' };
      }
    }
  }
  out.push(...namedAmendments(text, refs, sentences));
  return out;
}

const LAW_WORD = `(?:${AMENDING_LAW.lawWords.join('|')})`;
/** A law's name before its number, from its kind word: "Luật Mặt trận Tổ quốc Việt Nam số". */
const LAW_NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<name>${LAW_WORD}\\s[^;:\\n“”]{2,160}?)\\s{1,3}(?:số\\s{0,2}:?\\s{0,2})?$`,
  'u',
);
const AMENDS_NAMED = new RegExp(
  `${AMENDING_LAW.opening.replace(/ /gu, '\\s')}\\s(?<names>${LAW_WORD}\\s.{2,400})`,
  'iu',
);
const NAMED_LAW_SPLIT = new RegExp(`\\s*(?:,|\\svà)\\s+(?=${LAW_WORD}\\s)`, 'u');
const lawKey = (name: string): string => name.replace(/\s+/gu, ' ').trim().toLowerCase();
const LAW_KINDS: ReadonlySet<string> = new Set(AMENDING_LAW.lawWords);
/** The opening's first words ("sửa đổi"), looked for before anything else is read. */
const AMEND_WORD = AMENDING_LAW.opening.split(',')[0];
const AMEND_WORD_CAPITALISED = AMEND_WORD[0].toUpperCase() + AMEND_WORD.slice(1);
/** A law, code or ordinance: by its kind, or by the National Assembly's code ("…/2025/QH15", "…/UBTVQH13"). */
const isLaw = (r: RawReference): boolean =>
  LAW_KINDS.has(r.kind ?? '') || r.parsed.issuerCodes.some((c) => /^(?:UBTV)?QH\d/u.test(c));

/**
 * Laws amended by a law that names them without numbers, cited with their numbers elsewhere in the text
 * (AMENDING_LAW): "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Căn cứ Luật sửa đổi, bổ sung một số
 * điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15" gives 87/2025 AMENDS 64/2025.
 */
function namedAmendments(text: string, refs: RawReference[], sentences: SentenceSpan[]): RawRelation[] {
  // Most texts amend nothing: the names are read only where the words can be.
  if (!text.includes(AMEND_WORD) && !text.includes(AMEND_WORD_CAPITALISED)) return [];
  const names: (string | null)[] = refs.map((r, i) => {
    if (!isLaw(r)) return null;
    const from = Math.max(i > 0 ? refs[i - 1].attrEnd : 0, r.start - 200);
    return LAW_NAME_BEFORE.exec(text.slice(from, r.symbolStart))?.groups?.name ?? null;
  });
  const byName = new Map<string, number>();
  names.forEach((n, i) => {
    if (n && !AMENDS_NAMED.test(n)) byName.set(lawKey(n), i);
  });
  if (byName.size === 0) return [];
  const out: RawRelation[] = [];
  refs.forEach((r, b) => {
    const m = AMENDS_NAMED.exec(names[b] ?? '') ?? AMENDS_NAMED.exec(r.title ?? '');
    if (!m?.groups) return;
    const named = m.groups.names;
    const trigger = m[0].slice(0, m[0].length - named.length).trim();
    const items = named.split(NAMED_LAW_SPLIT);
    items.forEach((item, k) => {
      const a =
        byName.get(lawKey(item)) ?? (k === items.length - 1 ? cutName(text, r, item, byName) : undefined);
      if (a === undefined || a === b) return;
      const ya = refs[a].parsed.year;
      const yb = r.parsed.year;
      if (ya !== null && yb !== null && yb < ya) return;
      out.push({
        from: b,
        to: a,
        cited: a,
        type: 'AMENDS',
        trigger,
        sentence: sentences[sentenceAt(sentences, r.symbolStart)],
      });
    });
  });
  return out;
}

/**
 * A title ends at a line break, and a hard wrap the layout could not join cuts the last name in it ("… sửa đổi, bổ
 * sung một số điều của Luật Mặt trận Tổ quốc\nViệt Nam, Luật Công đoàn"): the one law whose name it begins.
 */
function cutName(
  text: string,
  r: RawReference,
  item: string,
  byName: Map<string, number>,
): number | undefined {
  const tail = item.trimEnd();
  const at = text.indexOf(tail, r.attrEnd);
  if (at < 0 || !/^[ \t]{0,4}\n/u.test(text.slice(at + tail.length, at + tail.length + 6))) return undefined;
  const prefix = `${lawKey(tail)} `;
  const found = [...byName.entries()].filter(([name]) => name.startsWith(prefix));
  return found.length === 1 ? found[0][1] : undefined;
}

/** A phrase of a word table whose spaces may also be line breaks (a hard-wrapped text). */
const spaced = (words: string): string => words.replace(/ /gu, '\\s');

/**
 * A law named without its number as the first object of a verb, before a separator: the list goes on ("… hướng dẫn
 * thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm 2019, Nghị định số 123/2020/NĐ-CP …"; in running
 * text a law's name may go on in lower case: "hướng dẫn thực hiện Luật thuế thu nhập cá nhân, Luật sửa đổi, bổ sung …").
 */
const SINGLE_OBJECT = new RegExp(`^(?:${SINGLE_OBJECT_VERBS.map(spaced).join('|')})`, 'iu');
const NAMED_ITEM_BEFORE = /(?<![\p{L}\p{N}])(?:Luật|Bộ luật|Pháp lệnh)[ \t](?!này)\p{L}[^,;:.]{0,80}$/u;

const LIST_OBJECT_TYPES: ReadonlySet<RelationType> = new Set(LIST_OBJECTS.types);
const BASIS_HEADING = new RegExp(BASIS_HEADINGS.pattern, 'iu');
const EFFECT_GAP = new RegExp(EFFECT_THEN_ACT.gap, 'iu');
const EFFECT_TYPES: ReadonlySet<RelationType> = new Set(EFFECT_THEN_ACT.types);
const BASIS_HEADING_TYPES: ReadonlySet<RelationType> = new Set(BASIS_HEADINGS.types);
/** A heading is short: longer sentences are not read for one (the pattern allows ~110 characters). */
const BASIS_HEADING_MAX = 160;
/**
 * The object of a verb that governs the list after it (LIST_OBJECTS): "các văn bản sau:", "các Quyết định sau đây:",
 * and a document noun with words about it before the list ("các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế trên
 * địa bàn tỉnh Đồng Nai, cụ thể như sau:"), across the text's line breaks.
 */
const DETERMINER = `(?:${LIST_OBJECTS.determiners.map(spaced).join('|')})`;
const DOCUMENT_NOUN = `(?:${['văn bản', ...KIND_NAMES].map(spaced).join('|')})`;
/** An article's title naming the list, with no colon: "Bãi bỏ toàn bộ các quyết định" after "Điều 1.". */
const ARTICLE_NUMBER = new RegExp(`^\\s{0,3}${LIST_OBJECTS.articleWord}\\s\\d{1,3}[a-zđ]?\\.\\s{0,2}$`, 'u');
const LIST_OBJECT_TITLE = new RegExp(
  `^\\s{0,3}(?:(?:${LIST_OBJECTS.quantifiers.map(spaced).join('|')})\\s{1,2})?${DETERMINER}\\s{1,2}${DOCUMENT_NOUN}(?:\\s[^:;.]{1,80}?)?\\s{0,3}$`,
  'iu',
);
const LIST_OBJECT = new RegExp(
  // Words about the object only after "các/những" and a document noun: "việc thực hiện quyết định xử lý về thanh
  // tra:" announces no list.
  `^\\s{0,3}(?:${DETERMINER}\\s{1,2}${DOCUMENT_NOUN}(?:\\s[^:;.]{1,160}?)?\\s{0,2}|(?:${DETERMINER}\\s{1,2})?(?:${DOCUMENT_NOUN}\\s{0,2})?)(?:(?:${LIST_OBJECTS.ends.map(spaced).join('|')})\\s{0,2})?:\\s{0,3}$`,
  'iu',
);

function wordCount(text: string, from: number, to: number): number {
  return text
    .slice(from, to)
    .split(/[\s,;]+/u)
    .filter((w) => w !== '').length;
}

/** "… như sau: “", "… như sau:\n\"": a quotation of what the citation before it says. */
const QUOTE_INTRO = /như[ \t]sau[ \t]{0,2}:[\s]{0,3}[“"]/u;

/** The longest quotation of wording looked back through. */
const MAX_QUOTE = 3000;
const WORDING_OPENER = new RegExp(`(?:${QUOTED_WORDING.openers.map(spaced).join('|')})[\\s*]{0,4}$`, 'iu');
/** Where the quotation of wording that `at` lies in opens (its “), or -1 when `at` is in none. */
interface QuoteMarks {
  opens: number[];
  closes: number[];
}
function quoteMarks(text: string): QuoteMarks {
  const marks: QuoteMarks = { opens: [], closes: [] };
  for (let k = text.indexOf('“'); k >= 0; k = text.indexOf('“', k + 1)) marks.opens.push(k);
  if (marks.opens.length === 0) return marks;
  for (let k = text.indexOf('”'); k >= 0; k = text.indexOf('”', k + 1)) marks.closes.push(k);
  return marks;
}
/** The last position in sorted `xs` before `at`, or -1. */
function lastBefore(xs: number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? xs[lo - 1] : -1;
}
function quotedWordingStart(text: string, quotes: QuoteMarks, at: number): number {
  const open = lastBefore(quotes.opens, at);
  if (open < 0 || at - open > MAX_QUOTE || lastBefore(quotes.closes, at) > open) return -1;
  return WORDING_OPENER.test(text.slice(Math.max(0, open - 40), open)) ? open : -1;
}

/** The verb that governs the citation after `hits`: the last, unless it yields to an act verb before it (`yieldsTo`). */
function yielded(text: string, hits: TriggerHit[]): TriggerHit {
  const last = hits[hits.length - 1];
  const over = last.trigger.yieldsTo;
  if (!over) return last;
  for (let k = hits.length - 2; k >= 0; k--) {
    if (text.slice(hits[k].end, last.start).includes(';')) break;
    if (
      over.includes(hits[k].trigger.type) &&
      // A guide yields only where it acts on parts of the text ("hướng dẫn thực hiện một số điều của Quy chế … ban hành
      // kèm theo Quyết định số 186/2006/QĐ-TTg", "… một số điều quy định tại Nghị định số 15/2007/NĐ-CP"): "Bảng mã … và
      // hướng dẫn sử dụng được ban hành kèm theo Quyết định …" names a user guide, no act.
      (hits[k].trigger.type !== 'GUIDES' || PART_AFTER.test(text.slice(hits[k].end, hits[k].end + 40)))
    )
      return hits[k];
  }
  return last;
}

/** A new clause: ";" or a line break, but not one before a parenthesis ("Nghị định số 78/2025/NĐ-CP\n(được sửa đổi …)"). */
const NEW_CLAUSE = /;|\n(?![ \t]{0,4}\()/u;

const FRONTED_TYPES: ReadonlySet<RelationType> = new Set(['IMPLEMENTS', 'CONTINUES']);
/** A sentence that goes on from the fronted verb of the one before (FRONTED_CONTINUATIONS), and the act it reports. */
const FRONTED_CONTINUATION = new RegExp(
  `^\\s{0,4}(?:${FRONTED_CONTINUATIONS.join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** An act of making a text (FRONTED_ACTS), right before the text it made is named. */
const ACT_BEFORE = `(?<![\\p{L}])(?:${FRONTED_ACTS.join('|')})[ \\t]{1,2}(?:[\\p{Ll}]{1,8}[ \\t]{1,2}){0,2}$`;
const CONTINUED_ACT = new RegExp(ACT_BEFORE, 'u');
const FRONTED_ACT = new RegExp(`,[^,;]{0,80}?${ACT_BEFORE}`, 'u');
/** What may stand before a verb that opens its sentence: nothing, or up to three words ("Để góp phần thực hiện …"). */
const FRONTED_OPENING = /^\s{0,4}(?:[^\s,;:]{1,12}[ \t]){0,3}$/u;
/** A verb of carrying out that an act coordinates (\"đã xây dựng và thực hiện\"): the act's, not a verb of its own. */
const INSIDE_ACT = new RegExp(
  `(?<![\\p{L}])(?:${FRONTED_ACTS.filter((a) => a.includes(' và ')).join('|')})$`,
  'u',
);

/** "và" (or "VÀ") right before a verb: the verb shares the subject of the verb before it. */
const COORDINATED = /^(?:và|VÀ)[ \t]{1,3}$/u;

/** Citations listed one after the other: only a comma or "và" between them. */
const TIGHT_LIST = /^[\s,]{0,4}(?:và[ \t]{1,3})?$/u;
/** ", Luật Dầu khí năm 1993 ": a list's next item named by its kind and name, without a number. */
const NAMELESS_LIST_ITEM = new RegExp(
  `^[ \\t]{0,2}(?:,|[ \\t]và)[ \\t]{1,3}(?:${CAPITALISED_KIND_NAMES.join('|')})(?:[ \\t](?:(?!năm[ \\t]\\d)[\\p{L}]{1,12},?|năm[ \\t]\\d{4})){1,20}[ \\t]{0,3}$`,
  'u',
);

/** A list item at a sentence start: "1.", "2.3.", "a)", "-", "+". */
/** A line that opens with a kind and a number: an item of a list of documents ("Luật số 56/2024/QH15 …"). */
const KIND_ITEM = new RegExp(`^(?:${CAPITALISED_KIND_NAMES.join('|')})[ \\t]{1,2}(?:số[ \\t]{1,2})?\\d`, 'u');
const LIST_ITEM = /^[ \t]{0,4}(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]|[a-zđ]\)|[-+•–])[ \t]/u;

function relation(from: Party, to: number, trig: TriggerHit | null, sentence: SentenceSpan): RawRelation {
  return { from, to, cited: to, type: trig?.trigger.type ?? 'CITES', trigger: trig?.text ?? null, sentence };
}

/** The row's `normType` when the document acts on a State norm or decision ("theo Nghị định số …": according to it). */
function onNorm(rel: RawRelation, trig: TriggerHit | null, cited: RawReference): RawRelation {
  const normType = trig?.trigger.normType;
  const families: readonly string[] = trig?.trigger.normFamilies ?? ['legal', 'state'];
  if (
    normType &&
    rel.from === 'doc' &&
    families.includes(cited.parsed.family) &&
    NORM_KINDS.has(cited.kind ?? '')
  )
    rel.type = normType;
  return rel;
}

/** "không áp dụng … theo Chỉ thị số 15/CT-TTg": a negated verb does not carry the text out. */
const NEGATION = /(?<![\p{L}\p{N}])(?:không|chưa|ngừng|dừng|thôi)(?![\p{L}\p{N}])/iu;
const PROPOSAL_TYPES: ReadonlySet<RelationType> = new Set(PROPOSALS.types);
const PROPOSAL = new RegExp(
  // Lowercase or opening a sentence, never a name in capitals ("Luật Xây dựng sửa đổi …" is a title).
  `(?<![\\p{L}\\p{N}])(?:${PROPOSALS.words
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)])
    .map(phrase)
    .join('|')})[ \\t,]{1,3}(?:[\\p{Ll}]{1,8}[ \\t,]{1,3}){0,2}$`,
  'u',
);
const SOURCE_TYPES: ReadonlySet<RelationType> = new Set(SOURCE_NOTES.types);
/** "được <body> thành lập theo": a passive act of CONFERRED_BY right before the trigger "theo". */
const CONFERRED_TYPES: ReadonlySet<RelationType> = new Set(CONFERRED_BY.types);
const CONFERRED = new RegExp(
  `(?<![\\p{L}\\p{N}])được(?:[ \\t]{1,2}[^\\s,;.]{1,12}){0,8}?[ \\t]{1,2}(?:${phrases(CONFERRED_BY.words)})[ \\t]{1,3}$`,
  'u',
);
const TOPIC_TYPES: ReadonlySet<RelationType> = new Set(TOPICS.types);
const TOPIC = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases(TOPICS.words)})[ \\t]{1,3}$`, 'iu');
/**
 * A verb the document does not perform: negated ("không thực hiện …"), a task or proposal (PROPOSALS), or the topic
 * of a difficulty or a report (TOPICS: "khó khăn trong việc triển khai Nghị định …").
 */
function negated(text: string, trig: TriggerHit | null): boolean {
  if (!trig) return false;
  if (PROPOSAL_TYPES.has(trig.trigger.type))
    return PROPOSAL.test(text.slice(Math.max(0, trig.start - 40), trig.start));
  if (TOPIC_TYPES.has(trig.trigger.type) && TOPIC.test(text.slice(Math.max(0, trig.start - 40), trig.start)))
    return true;
  // The bare "theo": after a passive act of a cited text (CONFERRED_BY), or opening a parenthesis (SOURCE_NOTES).
  const bareTheo = trig.trigger.phrase === BARE_THEO;
  if (
    bareTheo &&
    CONFERRED_TYPES.has(trig.trigger.type) &&
    CONFERRED.test(text.slice(Math.max(0, trig.start - 120), trig.start))
  )
    return true;
  if (
    bareTheo &&
    SOURCE_TYPES.has(trig.trigger.type) &&
    /\([ \t]{0,2}$/u.test(text.slice(Math.max(0, trig.start - 4), trig.start))
  )
    return true;
  if (trig.trigger.type !== 'IMPLEMENTS' && trig.trigger.type !== 'CONTINUES') return false;
  return NEGATION.test(text.slice(Math.max(0, trig.start - 60), trig.start));
}

/** Position of the last list separator in [from, to), outside quotes and trigger phrases; -1 if none. */
/** Lower-case words after a citation, joined by commas or "và", up to the "về" that opens its title. */
const NAME_TAIL =
  /^(?:[ \t][\p{Ll}\p{M}\d]{1,12}){0,4}(?:[ \t]{0,2}(?:,|[ \t]và)[ \t]{1,2}[\p{Ll}\d][\p{Ll}\p{M}\d]{0,12}(?:[ \t][\p{Ll}\p{M}\d]{1,12}){0,4}){1,8}(?=[ \t]{1,2}về[ \t])/u;
function lastSeparator(text: string, from: number, to: number, hits: TriggerHit[]): number {
  const seg = text.slice(from, to);
  let last = -1;
  let inQuote = false;
  const quoteAt: boolean[] = [];
  for (let k = 0; k < seg.length; k++) {
    const c = seg[k];
    if (c === '“') inQuote = true;
    else if (c === '”') inQuote = false;
    quoteAt[k] = inQuote;
  }
  // A body's long name that the citation's issuer stopped short of ("… của Ban Chỉ đạo phát triển khoa học, công
  // nghệ, đổi mới sáng tạo, chuyển đổi số và đề án 06 về Kế hoạch …"): its commas and "và" separate no items.
  const nameTail = seg.includes(' về') ? (NAME_TAIL.exec(seg)?.[0].length ?? 0) : 0;
  // The annex phrase right before the citation ("… ban hành kèm theo Nghị định số …"), if that is the last verb.
  const lastHit = hits.length > 0 ? hits[hits.length - 1] : undefined;
  const annex = lastHit?.trigger.yieldsTo && lastHit.start >= from ? lastHit : undefined;
  LIST_SEPARATOR.lastIndex = 0;
  for (let m = LIST_SEPARATOR.exec(seg); m; m = LIST_SEPARATOR.exec(seg)) {
    const abs = from + m.index;
    if (quoteAt[m.index] || m.index < nameTail) continue;
    // The comma after a citation's date, before its subject ("…, ngày 31-3-2021, về việc …"): SUBJECT_OPENINGS.
    if (m.index === 0 && m[0] === ',' && SUBJECT_AFTER.test(seg.slice(1))) continue;
    if (hits.some((h) => abs >= h.start && abs < h.end)) continue;
    if (m[0] !== ';' && betweenObjectParts(text, abs, m[0].length, hits)) continue;
    // A comma inside the title of an annex the verb acts on ("hướng dẫn … Quy chế đặt tên, đổi tên đường, phố … ban
    // hành kèm theo Nghị định số 91/2005/NĐ-CP"): the annex phrase after it is the last verb before the citation, and no
    // new item (a kind) starts right after it.
    // The same for a "và" of that title ("… hỗ trợ phát triển sản xuất nông, lâm nghiệp và thủy sản theo Nghị quyết số
    // 30a/2008/NQ-CP", dev101 ke12) when no verb comes between it and the phrase: "… và triển khai theo …" is a verb of
    // its own.
    if (
      annex !== undefined &&
      annex.start > abs &&
      (m[0] === ',' || (m[0] === 'và' && !hits.some((h) => h.start > abs && h.start < annex.start))) &&
      !ITEM_START.test(text.slice(abs + m[0].length, abs + 60))
    )
      continue;
    // "và" or a comma inside a name ("Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch") does not end a
    // list item: before a capital, only a new item (a kind of document) does.
    // In capitals every word starts with one: there a "VÀ" separates only before a kind of document or a verb
    // ("… VÀ BÃI BỎ MỘT PHẦN QUYẾT ĐỊNH SỐ …"), never inside "SỞ KHOA HỌC VÀ CÔNG NGHỆ".
    if (/^\p{Lu}{2}/u.test(m[0])) {
      const rest = text.slice(abs + m[0].length, abs + m[0].length + 80);
      if (!ITEM_START.test(rest) && !TRIGGER_AT_START.test(rest.trimStart())) continue;
    } else if (/^\p{L}/u.test(m[0]) && insideName(text, abs + m[0].length)) continue;
    // A comma inside a body's name ("Sở Văn hóa, Thể thao và Du lịch"): a capital after it that opens no body
    // ("…, Bộ Nội vụ đã có …", "…, Ban Bí thư") and no kind of document.
    else if (
      m[0] === ',' &&
      insideName(text, abs + 1) &&
      !BODY_AFTER.test(text.slice(abs + 1, abs + 40)) &&
      !CAPITALS_AFTER.test(text.slice(abs + 1, abs + 8))
    )
      continue;
    last = abs;
  }
  // A colon before a capitalised verb opens a clause of its own ("… theo Nghị quyết số 202/2025/QH15 … về việc sắp xếp
  // đơn vị hành chính cấp tỉnh: Thực hiện Kết luận số 169-KL/TW …"; dev55 gk07): the verb is not the title's.
  for (let k = seg.indexOf(':'); k >= 0; k = seg.indexOf(':', k + 1)) {
    const rest = seg.slice(k + 1).replace(/^[ \t]{1,2}/u, '');
    if (from + k > last && !quoteAt[k] && /^\p{Lu}/u.test(rest) && TRIGGER_AT_START.test(rest))
      last = from + k;
  }
  return last;
}

const PART = `(?:(?:${OBJECT_PARTS.quantifiers.join('|')})[ \\t]{1,2})?(?:${OBJECT_PARTS.words.join('|')})(?![\\p{L}\\p{N}])`;
/**
 * After the verb, up to the separator: parts of a text only ("một số điều", "tiêu đề", "Phụ lục 03"), perhaps several
 * ("Khoản 2, Điều 4,").
 */
const ONE_PART = `${PART}(?:[ \\t]{1,2}[\\p{L}\\p{N}.]{1,10}){0,3}`;
const PARTS_BEFORE = new RegExp(`^[ \\t]{1,3}${ONE_PART}(?:,[ \\t]{1,2}${ONE_PART}){0,3}[ \\t]{0,2}$`, 'iu');
const PART_AFTER = new RegExp(`^[ \\t]{1,3}${PART}`, 'iu');
/**
 * A verb acting on a part of a text whose new wording follows ("sửa đổi, bổ sung khoản 1 Điều 3 Thông tư 55/2023/TT-BTC
 * …, cụ thể như sau: (1) … Nghị định 27/2022/NĐ-CP; …"): the texts the wording names are not the verb's objects.
 */
const PART_WORDING = new RegExp(`^\\s{1,3}${PART}[^:;“”]{0,240}?như\\ssau\\s{0,2}:`, 'iu');
/**
 * A comma or "và" between parts of a text right after a verb ("sửa đổi, bổ sung một số điều, phụ lục của Nghị định
 * …"): inside the verb's object (OBJECT_PARTS), so it separates no items of a list.
 */
function betweenObjectParts(text: string, at: number, length: number, hits: TriggerHit[]): boolean {
  let verb: TriggerHit | null = null;
  for (const h of hits) if (h.end <= at && (!verb || h.end > verb.end)) verb = h;
  if (!verb || at - verb.end > 60) return false;
  // Then another part, or the text they are parts of ("hướng dẫn thực hiện Khoản 2, Điều 4, Quy định 86-QĐ/TW").
  const after = text.slice(at + length, at + length + 40);
  return PARTS_BEFORE.test(text.slice(verb.end, at)) && (PART_AFTER.test(after) || ITEM_START.test(after));
}

/**
 * Whether citation i goes on the list of objects its predecessor belongs to under a cited text's verb: the predecessor
 * is nested, both are of one kind, and only the predecessor's title (TITLE_OPENINGS) and a comma or "và" lie between.
 */
function continuesNestedList(
  text: string,
  refs: RawReference[],
  prev: number,
  i: number,
  governor: Map<number, Party>,
): boolean {
  const p = refs[prev];
  const r = refs[i];
  if (
    typeof governor.get(prev) !== 'number' ||
    r.kind === null ||
    p.kind === null ||
    !listKin(r.kind, p.kind)
  )
    return false;
  const gap = text.slice(p.attrEnd, r.start);
  if (gap.length > 400 || /[;\n]/u.test(gap)) return false;
  const sep = LIST_TAIL.exec(gap);
  if (!sep) return false;
  return sep.index === 0 || TITLE_OPENING.test(gap.slice(0, sep.index));
}
/**
 * Whether citation i is paired with its predecessor: one kind, joined by "và" right after the predecessor's number and
 * date, with no issuer or title written between (they share the second's), and not later than the text they are under.
 */
function pairedWith(text: string, refs: RawReference[], prev: number, i: number, head: number): boolean {
  const r = refs[i];
  const h = refs[head];
  return (
    onePair(text, refs, prev, i) &&
    // A text cannot carry out a later one ("Kế hoạch số 25-KH/TU ngày 30/11/2016 … thực hiện Kết luận số 100-KL/TW …
    // và Kết luận số 111-KL/TU ngày 14/8/2017": the plan's own list).
    !(r.date && h.date && r.date > h.date)
  );
}
/** Two texts of one kind joined by "và" alone, the issuer and title written after the second only. */
function onePair(text: string, refs: RawReference[], prev: number, i: number): boolean {
  const p = refs[prev];
  const r = refs[i];
  return (
    p.kind !== null &&
    p.kind === r.kind &&
    p.title === null &&
    !ISSUER_WRITTEN.test(text.slice(p.symbolEnd, p.attrEnd)) &&
    PAIR_GAP.test(text.slice(p.attrEnd, r.start))
  );
}
const ISSUER_WRITTEN = /(?<![\p{L}\p{N}])của(?![\p{L}\p{N}])/u;
const PAIR_GAP = /^[ \t]{0,2}và[ \t]{1,2}$/u;
/** Both citations inside one quotation that opens after the number of the text they are nested in. */
function inOneQuotedTitle(text: string, head: RawReference, p: RawReference, r: RawReference): boolean {
  const open = text.lastIndexOf('“', p.start);
  return open > head.symbolEnd && text.indexOf('”', open) > r.start;
}
/**
 * Whether citation i is the other hierarchy's counterpart of its nested predecessor: joined to it by "và" alone, one a
 * Party text and the other a State text, not younger than the citation both are nested in (whose title names them), and
 * not of the kind and hierarchy of the outermost citation.
 */
function counterpartOf(
  text: string,
  refs: RawReference[],
  prev: number,
  i: number,
  governor: Map<number, Party>,
): boolean {
  const p = refs[prev];
  const r = refs[i];
  const party = (x: RawReference): boolean => x.parsed.family === 'party';
  if (party(p) === party(r)) return false;
  const h = refs[governor.get(prev) as number];
  // Younger than the text whose title names it, it cannot be (undated, it may be).
  if (r.date && h.date && r.date > h.date) return false;
  // A text of the kind and hierarchy of the outermost citation is that list's next item ("Kế hoạch số 739/KH-UBND …
  // triển khai Chương trình số 51-CTr/TU … về thực hiện Nghị quyết số 18-NQ/TW và Kế hoạch số 740/KH-UBND …").
  let top = governor.get(prev) as number;
  for (let up = governor.get(top); typeof up === 'number'; up = governor.get(top)) top = up;
  if (refs[top].kind === r.kind && party(refs[top]) === party(r)) return false;
  const gap = text.slice(p.attrEnd, r.start);
  return gap.length <= 200 && !/[;\n]/u.test(gap) && COUNTERPART_JOIN.test(gap);
}
/** "và" then the counterpart's kind and name up to its number: "… của Chính phủ và Kế hoạch hành động số". */
const COUNTERPART_JOIN = new RegExp(
  `^[^,]{0,80}?(?:^|[ \\t])và[ \\t]{1,3}(?:(?:${CAPITALISED_KIND_NAMES.join('|')})(?:[ \\t][\\p{Ll}]{1,12}){0,3}[ \\t]{1,3}(?:số[ \\t]{1,2})?)?$`,
  'u',
);
/**
 * The verbs whose object is often a list of texts ("sửa đổi, bổ sung Nghị định số 78/2025/NĐ-CP … và Nghị định số
 * 79/2025/NĐ-CP"); after "thực hiện Chỉ thị số 04-CT/TW …, Chỉ thị số 51/CT-TTg" the second is the document's own.
 */
const LIST_VERB_TYPES: ReadonlySet<RelationType> = new Set(['AMENDS', 'REPEALS', 'REPLACES', 'GUIDES']);
// ", " or " và ", then perhaps the next item's kind and name when its citation starts at "số" (", Luật Nhà ở số …",
// ", Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp số …").
const LIST_TAIL = new RegExp(
  `(?:,|[ \\t]và)[ \\t]{1,3}(?:(?:${CAPITALISED_KIND_NAMES.join('|')})(?:[ \\t][\\p{L},]{1,12}){0,20}[ \\t]{1,3})?$|^[\\s,]{0,4}(?:và[ \\t]{1,3})?$`,
  'u',
);
/** A cited text's subject opening right after a comma (SUBJECT_OPENINGS: "…, về việc …"). */
const SUBJECT_AFTER = new RegExp(`^[ \\t]{1,2}(?:${phrases(SUBJECT_OPENINGS)})(?![\\p{L}\\p{N}])`, 'u');
const TITLE_OPENING = new RegExp(`^[ \\t]{0,3}(?:${phrases(TITLE_OPENINGS)})(?![\\p{L}\\p{N}])`, 'u');

// A kind name in capitals or capitalised: another text, not the document itself ("Quyết định này"), nor a legal
// database's status of it ("(Văn bản hết hiệu lực)").
const OTHER_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CAPITALISED_KIND_NAMES.join('|')})(?![\\p{L}\\p{N}])(?![ \\t]{1,2}(?:này|(?:hết|còn)[ \\t]hiệu[ \\t]lực))`,
  'u',
);
/**
 * Whether the subject of a passive verb at `to` (the sentence's words before it) is this document or a part of it:
 * an editorial note ("[Khoản này được sửa đổi bởi …]"), or a subject that says so ("Nghị định này", "Điều này") and
 * names no other text. "Khoản 1, 2 Điều 47a được bổ sung tại Luật số 90/2025/QH15" in a letter speaks of another
 * law; "Luật Đấu thầu số 22/2023/Q… được sửa đổi tại …" of a text whose number could not be read.
 */
function selfSubject(text: string, from: number, to: number): boolean {
  const subject = text.slice(Math.max(from, to - 200), to);
  if (OTHER_TEXT.test(subject)) return false;
  return inNote(text, from) || SELF_REFERENCE.test(subject);
}

/** Inside a bracketed note that began at or before `pos` (notes run on after a NOTE_END cut); a bounded look back. */
function inNote(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 3000), pos + 1);
  return before.lastIndexOf('[') > before.lastIndexOf(']');
}
const SELF_REFERENCE = /(?<![\p{L}\p{N}])này(?![\p{L}\p{N}])/u;

/**
 * Whether a verb sits in another cell of a table row than the citation: "| 2 | Cấp sửa đổi, bổ sung Giấy xác nhận … |
 * Nghị định số 95/2021/NĐ-CP …" names a procedure in one cell and its legal basis in the next. A verb before the table
 * ("Bãi bỏ các văn bản sau:" over "| 1 | Quyết định số …") still governs its rows.
 */
function otherCell(text: string, h: TriggerHit, citationStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', h.start) + 1;
  return (
    /^[ \t]{0,8}\|/u.test(text.slice(lineStart, h.start)) && TABLE_CELL.test(text.slice(h.end, citationStart))
  );
}
const TABLE_CELL = /[ \t]\|[ \t]|\|[ \t]{0,3}$/u;

/**
 * Whether a passive verb's subject, the words of its clause before it, names a text without its number: "Căn cứ Hiến
 * pháp … đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15" speaks of the Constitution, so the
 * verb ties no two citations here (the agent is governed by "Căn cứ"), while "Nghị định số 78/2025/NĐ-CP (được sửa
 * đổi bởi …)" and "Nghị định này được hướng dẫn bởi …" name no other text in the clause.
 */
function namedSubject(text: string, gapStart: number, verbAt: number, afterCitation: boolean): boolean {
  const clause = text.slice(gapStart, verbAt);
  // After a citation only a new clause (";", a quotation) has a subject of its own: in "Nghị định số 78/2025/NĐ-CP …
  // hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP"
  // the law named in the title is not the subject.
  const cut = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf('“'));
  if (afterCitation && cut < 0) return false;
  return OTHER_TEXT.test(clause.slice(cut + 1));
}

/** A verb and the objects that are no document (NON_DOCUMENT_OBJECTS, NON_DOCUMENT_INSTRUCTIONS), compiled. */
const NO_DOCUMENT_RULES = [NON_DOCUMENT_OBJECTS, NON_DOCUMENT_INSTRUCTIONS].map((rule) => ({
  types: new Set<RelationType>(rule.types),
  object: new RegExp(
    `^[ \\t,]{0,3}(?:(?:việc|các|một[ \\t]số)[ \\t]{1,2})?(?:${phrases(rule.words)})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
  partOf: new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases(rule.partOf)})[ \\t]{1,2}$`, 'iu'),
}));
/**
 * "bãi bỏ thủ tục hành chính", "Thực hiện ý kiến chỉ đạo của …": the verb acts on no document, unless the procedures
 * or the instruction are "tại" the citation at `citationStart`.
 */
function actsOnNoDocument(text: string, h: TriggerHit, citationStart: number): boolean {
  return NO_DOCUMENT_RULES.some(
    (rule) =>
      rule.types.has(h.trigger.type) &&
      rule.object.test(text.slice(h.end, h.end + 40)) &&
      !rule.partOf.test(text.slice(Math.max(h.end, citationStart - 12), citationStart)),
  );
}

const TITLE_VERB_TYPES: ReadonlySet<RelationType> = new Set(TITLE_VERBS.types);
// A kind name as a title starts it: capitalised or in capitals ("Luật", "LUẬT"), never "pháp luật".
const AFTER_KIND = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!${widen(TITLE_VERBS.notAfter)}[ \\t]{1,2})(?:${KIND_NAMES.flatMap((k) => [k, k.toUpperCase()]).join('|')})[ \\t]{1,2}$`,
  'u',
);
/** "Luật sửa đổi, bổ sung …", "Thông tư hướng dẫn …": the verb names the cited text (TITLE_VERBS). */
function titleVerb(text: string, from: number, h: TriggerHit): boolean {
  return (
    TITLE_VERB_TYPES.has(h.trigger.type) &&
    !h.trigger.passive &&
    AFTER_KIND.test(text.slice(Math.max(from, h.start - 24), h.start))
  );
}

/** A word in capitals after a comma: text in capitals, where a capital says nothing of a name going on. */
const CAPITALS_AFTER = /^[ \t]{1,3}\p{Lu}{2}/u;
const BODY_AFTER = new RegExp(`^[ \\t]{1,3}(?:${BODY_HEAD_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const ITEM_START = new RegExp(
  `^[ \\t]{0,3}(?:(?:các|những)[ \\t])?(?:${KIND_NAMES.join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
/** Whether the word after a "và" at `at` goes on a proper name: a capital that does not start a document kind. */
function insideName(text: string, at: number): boolean {
  const rest = text.slice(at, at + 80);
  return /^[ \t]{1,3}\p{Lu}/u.test(rest) && !ITEM_START.test(rest);
}
