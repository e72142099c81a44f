/**
 * Turning the phrases of a word table into regex sources: one helper for every stage that builds a pattern from a
 * table (a table's words are written with single spaces; a text may have a tab there).
 */

/** A phrase of a word table as a regex source: its spaces match a space or a tab. */
export const phrase = (words: string): string => words.replace(/ /gu, '[ \\t]');

/** The phrases of a word table as one alternation of regex sources (`phrase` each). */
export const phrases = (words: readonly string[]): string => words.map(phrase).join('|');
