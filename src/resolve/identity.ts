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
  const parts = id.split('|');
  return parts.length === 3 && /^\d{4}$/u.test(parts[2]) ? `${parts[0]}|${parts[1]}` : id;
}

/** FNV-1a, 32 bits, hex: stable across runs and platforms. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
