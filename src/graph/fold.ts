/**
 * Accent folding for search. Neo4j's analyzers keep Vietnamese diacritics ("standard") or fold them but drop
 * English stop words that are Vietnamese words ("standard-folding" removes "an", "to", "no"…), so documents store a
 * folded copy (`searchText`) indexed with "standard-no-stop-words", and queries are folded the same way.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\u0000-\u007f]/gu;

/** One character folded: NFD minus combining marks, đ→d (upper case is lowered with the whole string). */
function foldChar(c: string): string {
  return c.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'd');
}

/** Folded non-ASCII characters, memoised: a few hundred distinct ones cover Vietnamese. */
const folded = new Map<string, string>();

/**
 * "Dân vận KHÉO, Đảng" → "dan van kheo, dang": NFD minus combining marks, đ→d, lower case. Character by character
 * (NFD decomposes each code point on its own, and the marks it reorders are all dropped), with ASCII left alone and
 * every other character folded once: 5× faster than normalising whole texts, which ingest does for every document.
 */
export function foldAccents(text: string): string {
  return text
    .replace(NON_ASCII, (c) => {
      let f = folded.get(c);
      if (f === undefined) {
        f = foldChar(c);
        if (folded.size < 65_536) folded.set(c, f);
      }
      return f;
    })
    .toLowerCase();
}

/** Characters that end a search term: anything but letters and digits (this also drops Lucene syntax). */
const NON_TERM = /[^\p{L}\p{N}]+/u;
/** Bounds a query so a pasted page cannot build a huge Lucene query. */
export const MAX_SEARCH_TERMS = 32;

/**
 * A Lucene query over the folded index: every term required, the whole phrase boosted. Terms are letters and
 * digits only, so user input can never carry Lucene operators. Returns null when nothing searchable is left.
 */
export function searchQuery(text: string): string | null {
  const terms = foldAccents(text)
    .split(NON_TERM)
    .filter((t) => t.length > 0)
    .slice(0, MAX_SEARCH_TERMS);
  if (terms.length === 0) return null;
  const required = terms.map((t) => `+${t}`).join(' ');
  return terms.length > 1 ? `(${required}) "${terms.join(' ')}"^2` : required;
}
