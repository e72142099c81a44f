/**
 * Terms (khóa) of the Party Central Committee. Party document numbers restart with each term (25-NQ/TW exists
 * in several terms), so a term names a Party document together with its symbol. A document's term is derived
 * from its date: the term that had begun on that date. Start dates are the closing days of the national
 * congresses that elected each Central Committee.
 */
export interface Term {
  /** The term number: 13 for khóa XIII. */
  term: number;
  /** Roman numeral as written in documents ("khóa XIII"). */
  roman: string;
  /** First day of the term (ISO date). */
  from: string;
}

export const PARTY_TERMS: readonly Term[] = [
  { term: 6, roman: 'VI', from: '1986-12-18' },
  { term: 7, roman: 'VII', from: '1991-06-27' },
  { term: 8, roman: 'VIII', from: '1996-07-01' },
  { term: 9, roman: 'IX', from: '2001-04-22' },
  { term: 10, roman: 'X', from: '2006-04-25' },
  { term: 11, roman: 'XI', from: '2011-01-19' },
  { term: 12, roman: 'XII', from: '2016-01-28' },
  { term: 13, roman: 'XIII', from: '2021-02-01' },
  { term: 14, roman: 'XIV', from: '2026-01-23' },
];

/** The term in force on an ISO date (or a Neo4j Date printed as one); null without a date or before term VI. */
export function termOf(date: unknown): number | null {
  if (date === null || date === undefined) return null;
  const iso = String(date).slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  let found: number | null = null;
  for (const t of PARTY_TERMS) if (t.from <= iso) found = t.term;
  return found;
}

/** [from, to) of a term as ISO dates (`to` null for the current term); undefined for an unknown term. */
export function termRange(term: number): { from: string; to: string | null } | undefined {
  const i = PARTY_TERMS.findIndex((t) => t.term === term);
  if (i < 0) return undefined;
  return { from: PARTY_TERMS[i].from, to: PARTY_TERMS[i + 1]?.from ?? null };
}
