/**
 * Words glued where a line break or a space was lost: "Xét đề nghị của Ủy ban nhân dân tỉnhLào Cai (công văn số
 * 3450/UBND-CN …)" (dev62 gr07), "theoQuyết định số …", "củaChính phủ". Text taken out of a PDF or a web page joins
 * lines without a space often enough, and then the issuer ("tỉnh Lào Cai"), the trigger ("theo") or the kind
 * ("Quyết định") is lost. A lower-case letter right before a capitalised word is the trace: a space goes back there
 * when both words are Vietnamese and one of them carries a Vietnamese letter or tone mark, so that brand names
 * ("MobiFone", "VnExpress", "iHanoi"), codes ("TTr-UBND", "QĐi") and text in a wrong code page ("viÖc") stay as
 * they are. No library splits glued Vietnamese words; the rule is one scan of the text.
 */

/** The letters Vietnamese writes beyond ASCII: one of them in either word makes the pair Vietnamese. */
const MARKED = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const MARKED_LETTER = new RegExp(`[${MARKED}]`, 'iu');
/** The longest Vietnamese syllable ("nghiêng", "khuỷu") has seven letters. */
const MAX_WORD = 7;
const VIETNAMESE_WORD = new RegExp(`^[a-z${MARKED}]{2,${MAX_WORD}}$`, 'iu');
/**
 * A Vietnamese syllable ends on a vowel or on c, ch, m, n, ng, nh, p, t (k in the highlands' names: "ĐắkLắk"), and
 * writes no f, j, w or z: "Cloud" (a weather widget's "CloudHà Tĩnh") is no syllable.
 */
const SYLLABLE_END = new RegExp(`(?:[aeiouy${MARKED.replace('đ', '')}]|ch|nh|ng|[ckmnpt])$`, 'iu');
const FOREIGN_LETTER = /[fjwz]/iu;
const syllable = (w: string): boolean => SYLLABLE_END.test(w) && !FOREIGN_LETTER.test(w);
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
/**
 * Case of the code points below TABLE_END (Latin, its Vietnamese extensions at U+1E00–U+1EFF included): LOWER_CASE,
 * UPPER_CASE or 0. The scan below reads it per character: a regex trying \p{Ll}(?=\p{Lu}\p{Ll}) at every offset took
 * 0.49 CPU s over the 27 million characters of ../shared/corpus/real, this scan 0.07.
 */
const TABLE_END = 0x2000;
const LOWER_CASE = 1;
const UPPER_CASE = 2;
const CASE = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  CASE[c] = LOWER.test(ch) ? LOWER_CASE : /\p{Lu}/u.test(ch) ? UPPER_CASE : 0;
}
const caseAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < TABLE_END ? CASE[c] : 0;
};

/** Offsets in `text` where a space was lost between two glued words (the offset of the capital). */
export function gluedWordBreaks(text: string): number[] {
  const out: number[] = [];
  // A lower-case letter, then a capital and a lower-case letter: where a glued pair may meet.
  for (let at = 1; at < text.length - 1; at++) {
    if (
      caseAt(text, at) !== UPPER_CASE ||
      caseAt(text, at - 1) !== LOWER_CASE ||
      caseAt(text, at + 1) !== LOWER_CASE
    )
      continue;
    const last = at - 1;
    // Words are read at most MAX_WORD + 1 letters each way: a run of glued letters ("aBaBaB…") stays one linear scan.
    let start = last;
    while (start > 0 && last - start <= MAX_WORD && LETTER.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_WORD && LOWER.test(text[end])) end++;
    // The right word may end on the capital of the next glued pair ("ViệtNamChuẩn bị").
    const left = text.slice(start, at);
    const right = text.slice(at, end);
    if (!VIETNAMESE_WORD.test(left) || !VIETNAMESE_WORD.test(right)) continue;
    if (!MARKED_LETTER.test(left) && !MARKED_LETTER.test(right)) continue;
    if (!syllable(left) || !syllable(right)) continue;
    // "QuyÕt", "ChÝnh": a marked capital inside a word is more often a legacy code page read as Latin-1 than a glued
    // word; "củaỦy ban" is one when the word before carries a mark too.
    if (MARKED_LETTER.test(right[0]) && !MARKED_LETTER.test(left)) continue;
    out.push(at);
  }
  return out;
}

/**
 * A legal database's list of related texts numbers its items and loses the space after the number ("- 6Nghị quyết
 * 120/2020/QH14 về …", dev107 kk02; "- 1Quyết định 1881/QĐ-UBND năm 2013 …", dev105 ki01): the offset of the capital
 * after the item's number, so that the kind ("Nghị quyết", not the law a QH number alone would be) is read.
 */
const GLUED_ITEM_NUMBER = /^[ \t]{0,4}-[ \t]?\d{1,3}(?=\p{Lu}\p{Ll})/gmu;
export function gluedItemNumbers(text: string): number[] {
  return [...text.matchAll(GLUED_ITEM_NUMBER)].map((m) => (m.index ?? 0) + m[0].length);
}
