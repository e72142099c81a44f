/**
 * Words glued where a line break or a space was lost: "Xét đề nghị của Ủy ban nhân dân tỉnhLào Cai (công văn số
 * 3450/UBND-CN …)" (dev52 gr07), "theoQuyết định số …", "củaChính phủ". Text taken out of a PDF or a web page joins
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
/** A lower-case letter, then a capital and a lower-case letter: where a glued pair may meet. */
const GLUE = /\p{Ll}(?=\p{Lu}\p{Ll})/gu;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Offsets in `text` where a space was lost between two glued words (the offset of the capital). */
export function gluedWordBreaks(text: string): number[] {
  const out: number[] = [];
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(text); m; m = GLUE.exec(text)) {
    const at = m.index + 1;
    // Words are read at most MAX_WORD + 1 letters each way: a run of glued letters ("aBaBaB…") stays one linear scan.
    let start = m.index;
    while (start > 0 && m.index - start <= MAX_WORD && LETTER.test(text[start - 1])) start--;
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
