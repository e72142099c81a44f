/**
 * Word boundaries checked in code. A pattern that opens with a lookbehind (`(?<![\p{L}\p{N}])…`) makes V8 try it
 * at every offset of the text; the scans that matter drop the lookbehind and ask this instead, which reads the
 * character before a match as the lookbehind would (a surrogate pair as one code point).
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The code point before offset i is a letter or digit. */
export function letterOrDigitBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  return LETTER_OR_DIGIT.test(low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s[i - 1]);
}
