/**
 * Catastrophic-backtracking guard (not a speed test): every exported RegExp of the tables and parsers, and the
 * whole pipeline, must get through 100,000-character adversarial lines in bounded time.
 */
import { describe, expect, it } from 'vitest';
import * as dates from '../../src/tables/dates';
import * as triggerTable from '../../src/tables/triggers';
import * as triggers from '../../src/parse/triggers';
import * as symbol from '../../src/parse/symbol';
import * as references from '../../src/parse/references';
import * as sentences from '../../src/parse/sentences';
import * as header from '../../src/parse/header';
import * as normalize from '../../src/text/normalize';
import { extractDocument } from '../../src/extract';

const N = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const LINES: Record<string, string> = {
  digits: fill('1'),
  slashes: fill('/'),
  'digit-slash': fill('1/'),
  'digit-dash-slash': fill('12-KH/'),
  'số ': fill('số '),
  'Số: ': fill('Số: '),
  dashes: fill('-'),
  'letters (Vietnamese)': fill('Thực hiện '),
  capitals: fill('ỦY BAN NHÂN DÂN TỈNH '),
  whitespace: fill(' \t'),
  'ngày tháng năm': fill('ngày 1 tháng 1 năm '),
  'của của': fill('của Ban '),
  quotes: fill('“về '),
  'kind names': fill('Quyết định số '),
  'symbol segments': fill('1/QĐ-UBND-'),
  'code letters': fill('AB-'),
  superscripts: fill('¹²³'),
  stars: fill('*'),
  'dots and digits': fill('1.'),
  'luật words': fill('Luật Đất đai '),
  'newlines and dashes': fill('\n- '),
};

/** Every RegExp a module exports, alone or in an array. */
function exported(mod: Record<string, unknown>, prefix: string): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  for (const [name, v] of Object.entries(mod)) {
    if (v instanceof RegExp) out.push([`${prefix}.${name}`, v]);
    else if (Array.isArray(v))
      v.forEach((x, i) => x instanceof RegExp && out.push([`${prefix}.${name}[${i}]`, x]));
  }
  return out;
}

const PATTERNS: [string, RegExp][] = [
  ...exported(dates, 'dates'),
  ...exported(triggerTable, 'tables/triggers'),
  ...exported(triggers, 'triggers'),
  ...exported(symbol, 'symbol'),
  ...exported(references, 'references'),
  ...exported(sentences, 'sentences'),
  ...exported(header, 'header'),
  ...exported(normalize, 'normalize'),
];
const BOUND_MS = 2000;

describe('exported patterns finish on adversarial lines', () => {
  it('finds the patterns to test', () => {
    expect(PATTERNS.length).toBeGreaterThanOrEqual(8);
  });

  it.each(PATTERNS)('%s', (_name, re) => {
    for (const [label, line] of Object.entries(LINES)) {
      const copy = new RegExp(re.source, re.flags);
      const t0 = performance.now();
      if (copy.global || copy.sticky) {
        let guard = 0;
        for (let m = copy.exec(line); m && guard < N; m = copy.exec(line), guard++) {
          if (m[0].length === 0) copy.lastIndex++;
        }
      } else copy.exec(line);
      const ms = performance.now() - t0;
      expect({ label, slow: ms > BOUND_MS }).toEqual({ label, slow: false });
    }
  });
});

describe('the whole pipeline finishes on adversarial lines', () => {
  it.each(Object.entries(LINES))('%s', (_label, line) => {
    const t0 = performance.now();
    const g = extractDocument(line, { source: 'adversarial.txt' });
    expect(performance.now() - t0).toBeLessThan(5 * BOUND_MS);
    expect(Array.isArray(g.documents)).toBe(true);
  });
});
