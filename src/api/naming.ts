/**
 * Naming a document in a root query: by `id`, or by `symbol` narrowed by `scope`, `year`, `date` or `term`
 * (khóa: Party numbers restart each term). The narrowing becomes Cypher parameters; the statement that runs the
 * research query resolves the name itself (one round trip) and returns the candidates when the name does not
 * pick exactly one document, which become an error listing them.
 */
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { termOf, termRange, PARTY_TERMS } from './terms';

type Row = Record<string, unknown>;

export interface DocumentName {
  id?: string | null;
  symbol?: string | null;
  scope?: string | null;
  year?: number | null;
  date?: string | null;
  term?: number | null;
}

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** Symbols are compared as normalised by the extractor: NFC, no spaces ("02 /CT-UBND" → "02/CT-UBND"). */
export function normalizeSymbol(symbol: string): string {
  return symbol.normalize('NFC').replace(/\s+/g, '');
}

/** Cypher parameters of a name: $id, $symbol, $scope, $year, $date, $termFrom, $termTo (unused ones null). */
export function nameParams(name: DocumentName): Row {
  if (!name.id && !name.symbol) {
    throw userError(
      'Name the document by `id`, or by `symbol` (with `scope`, `year`, `date` or `term` if needed).',
    );
  }
  let termFrom: string | null = null;
  let termTo: string | null = null;
  if (name.term !== null && name.term !== undefined) {
    const range = termRange(name.term);
    if (!range) {
      const known = PARTY_TERMS.map((t) => t.term).join(', ');
      throw userError(`Unknown term ${name.term}: the terms (khóa) known are ${known}.`);
    }
    termFrom = range.from;
    termTo = range.to ?? '9999-12-31';
  }
  return {
    id: name.id ?? null,
    symbol: name.id ? null : normalizeSymbol(name.symbol ?? ''),
    scope: name.scope ? name.scope.normalize('NFC').trim() : null,
    year: name.year === null || name.year === undefined ? null : neo4j.int(name.year),
    date: name.date ?? null,
    termFrom,
    termTo,
  };
}

/** A candidate as listed in an ambiguity error: what tells two documents with one symbol apart. */
export function candidate(doc: Row): Row {
  return {
    id: doc.id,
    symbol: doc.symbol ?? null,
    date: doc.date ?? null,
    term: termOf(doc.date),
    issuer: doc.issuer ?? null,
    scope: doc.scope,
    kind: doc.kind ?? null,
    title: doc.title ?? null,
  };
}

function describeName(name: DocumentName): string {
  if (name.id) return `id "${name.id}"`;
  const parts = [`symbol "${normalizeSymbol(name.symbol ?? '')}"`];
  if (name.scope) parts.push(`scope "${name.scope}"`);
  if (name.year !== null && name.year !== undefined) parts.push(`year ${name.year}`);
  if (name.date) parts.push(`date ${name.date}`);
  if (name.term !== null && name.term !== undefined) parts.push(`term ${name.term}`);
  return parts.join(', ');
}

/**
 * The error for a name that matched no document (candidates empty) or several (listed with id, date, term,
 * issuer and scope, and what to pass to choose one).
 */
export function namingError(name: DocumentName, candidates: Row[]): GraphQLError {
  if (candidates.length === 0) {
    return userError(`No document with ${describeName(name)}.`, { code: 'DOCUMENT_NOT_FOUND' });
  }
  const listed = candidates.map(candidate);
  const lines = listed.map(
    (c) =>
      `${String(c.id)} (${[c.date ?? 'no date', c.term ? `term ${String(c.term)}` : null, c.issuer, c.scope]
        .filter(Boolean)
        .join(', ')})`,
  );
  const scopes = [...new Set(listed.map((c) => c.scope as string))];
  const hint =
    scopes.length > 1
      ? 'Pass `scope` (or `id`) to choose one.'
      : 'Pass `id`, or `year`, `date` or `term` to choose one.';
  return userError(`${describeName(name)} matches ${listed.length} documents: ${lines.join('; ')}. ${hint}`, {
    code: 'DOCUMENT_AMBIGUOUS',
    scopes,
    ids: listed.map((c) => c.id),
    candidates: listed,
  });
}
