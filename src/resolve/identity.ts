/**
 * Document identity. id = scope | symbol [| year]: State numbering restarts every year and Party numbering
 * with every term, so scope + symbol + year names one document (legal symbols carry their year already).
 * A citation without a date has no year: resolve/dedupe.ts merges it into the one dated document of the same
 * scope and symbol. Documents without a number are named by kind and a hash of their title.
 */
import type { ParsedSymbol } from '../parse/symbol';

export function documentId(args: {
  scope: string;
  symbol: ParsedSymbol | null;
  year: number | null;
  kind: string | null;
  title: string | null;
  source?: string | null;
}): string {
  const { scope, symbol, year, kind, title, source } = args;
  if (!symbol || !symbol.number) {
    const label = symbol ? symbol.symbol : `(unnumbered ${kind ?? 'văn bản'})`;
    return `${scope}|${label}|${shortHash(`${kind ?? ''}|${title ?? source ?? ''}`)}`;
  }
  if (symbol.year !== null || year === null) return `${scope}|${symbol.symbol}`;
  return `${scope}|${symbol.symbol}|${year}`;
}

/** The id without its year part: what a dateless citation of the same document would get. */
export function datelessId(id: string): string {
  // Three parts, the last a year: found with two index lookups instead of a split per id (every merge asks).
  const first = id.indexOf('|');
  const last = id.lastIndexOf('|');
  if (first < 0 || first === last || id.indexOf('|', first + 1) !== last) return id;
  return YEAR.test(id.slice(last + 1)) ? id.slice(0, last) : id;
}
const YEAR = /^\d{4}$/u;

/** FNV-1a, 32 bits, hex: stable across runs and platforms. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
