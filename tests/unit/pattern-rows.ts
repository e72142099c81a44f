/**
 * The one check a table of pattern rows gets (tables/dates.ts PAGE_STAMPS, tables/reposts.ts FULL_TEXT_MARKS and
 * SUMMARY_MARKS): every row matches each of its examples and none of its counter-examples.
 */
import { expect, it } from 'vitest';

export interface PatternRow {
  name: string;
  pattern: RegExp;
  examples: readonly string[];
  counterExamples: readonly string[];
}

export function itChecksPatternRows(table: string, rows: readonly PatternRow[]): void {
  it.each(rows.map((r) => [r.name, r] as const))(
    `${table} %s: examples match, counter-examples do not`,
    (_n, row) => {
      for (const e of row.examples) expect(row.pattern.test(e), e).toBe(true);
      for (const c of row.counterExamples) expect(row.pattern.test(c), c).toBe(false);
    },
  );
}
