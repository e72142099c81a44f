/**
 * Cursor pagination of the research traversals (first/after): a cursor is the opaque position of an item in the
 * traversal's stable order (depth, date, id). Hand-written because the order is computed by one Cypher statement
 * and a library would add nothing but an encoding.
 */
import neo4j from 'neo4j-driver';
import { API_LIMITS } from './config';
import { userError } from './naming';

const PREFIX = 'step:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw userError(`Invalid cursor "${cursor}": pass an endCursor from an earlier page.`);
  }
  return offset;
}

export interface PageParams {
  skip: number;
  first: number;
}

/** first (1..maxPage, default defaultPage) and after → $skip/$first; anything else is an error, never a clamp. */
export function pageParams(first: number | null | undefined, after: string | null | undefined): PageParams {
  const size = first ?? API_LIMITS.defaultPage;
  if (!Number.isInteger(size) || size < 1 || size > API_LIMITS.maxPage) {
    throw userError(`\`first\` must be between 1 and ${API_LIMITS.maxPage}, got ${String(size)}.`, {
      argument: 'first',
    });
  }
  return { skip: after ? decodeCursor(after) + 1 : 0, first: size };
}

export function cypherPage(page: PageParams): {
  skip: ReturnType<typeof neo4j.int>;
  first: ReturnType<typeof neo4j.int>;
} {
  return { skip: neo4j.int(page.skip), first: neo4j.int(page.first) };
}

/** The connection fields of a page: edges' cursors, hasNextPage, endCursor. */
export function pageInfo(page: PageParams, returned: number, totalCount: number) {
  const end = page.skip + returned - 1;
  return {
    hasNextPage: page.skip + returned < totalCount,
    endCursor: returned > 0 ? encodeCursor(end) : null,
    cursorOf: (i: number) => encodeCursor(page.skip + i),
  };
}
