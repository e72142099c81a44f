/**
 * Turning the phrases of a word table into regex sources: one helper for every stage that builds a pattern from a
 * table (a table's words are written with single spaces; a text may have a tab there).
 */

/** A phrase of a word table as a regex source: its spaces match a space or a tab. */
export const phrase = (words: string): string => words.replace(/ /gu, '[ \\t]');

/** The phrases of a word table as one alternation of regex sources (`phrase` each). */
export const phrases = (words: readonly string[]): string => words.map(phrase).join('|');

/**
 * "[Cc]hỉ [Tt]hị": a name with either case of each word's first letter, as news titles capitalise every word ("Thông
 * Tri 06 của Tỉnh ủy Quảng Nam") and leads write kinds in lower case ("đã ban hành văn bản số …"); no `i` flag: with
 * it \p{Lu} matches lowercase.
 */
export const eitherCase = (name: string): string =>
  name
    .split(' ')
    .map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1)}`)
    .join(' ');
