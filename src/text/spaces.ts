/**
 * White space folded to single spaces, as `s.replace(/\s+/gu, ' ')` does, without building a new string when there
 * is nothing to fold: evidence sentences, citation texts and titles are folded by the thousand and most of them
 * hold single spaces only (a test that finds nothing is one scan; the replace always builds a copy).
 */
const FOLDABLE = /[^\S ]| {2}/u;

export function foldSpaces(s: string): string {
  return FOLDABLE.test(s) ? s.replace(/\s+/gu, ' ') : s;
}
