/**
 * Gold-free invariants over every text of ../shared/corpus/real (316 real documents; tests/fixtures/real/invariants.ts
 * says what each one means). Thresholds are issue 9's targets. Relation counts by type are printed so a shift shows.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract';
import { checkInvariants } from '../fixtures/real/invariants';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/real');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(?:txt|md)$/u.test(f) && f !== 'README.md' ? [p] : [];
  });
}

describe('invariants over the real corpus (../shared/corpus/real)', () => {
  it('the corpus is there (CI lays shared/ beside the project)', () => {
    expect(existsSync(CORPUS), `${CORPUS} is missing: clone the project beside shared/`).toBe(true);
  });
  const texts = new Map<string, string>();
  if (existsSync(CORPUS))
    for (const f of walk(CORPUS)) texts.set(path.relative(CORPUS, f), readFileSync(f, 'utf8'));
  const inv = checkInvariants(
    [...texts].map(([source, text]) => ({ source, text, graph: extractDocument(text, { source }) })),
  );
  const pct = (n: number, of: number): number => (of === 0 ? 100 : (100 * n) / of);

  it('prints the figures and the relation counts by type', () => {
    console.log(
      `real corpus: ${inv.files} texts; own number ${inv.ownNumberFound}/${inv.withNumberLine}, own date ` +
        `${inv.ownDateFound}/${inv.withDateLine}; self-citations ${inv.selfCitations.length}, kèm theo → IMPLEMENTS ` +
        `${inv.kemTheoImplements.length}, triggers with a line break ${inv.triggersWithLineBreak.length}, bad symbols ` +
        `${inv.badSymbols.length}, titles over 400 ${inv.longTitles.length}\n  relations by type: ${JSON.stringify(inv.relationsByType)}`,
    );
    for (const p of inv.problems.slice(0, 20)) console.log(`  ${p}`);
    expect(inv.files).toBeGreaterThan(300);
  });
  it('finds the document\'s own number when a "Số:" line exists (≥ 98 %)', () => {
    expect(pct(inv.ownNumberFound, inv.withNumberLine)).toBeGreaterThanOrEqual(98);
  });
  it('finds its own date when a place-date line exists (≥ 97 %)', () => {
    expect(pct(inv.ownDateFound, inv.withDateLine)).toBeGreaterThanOrEqual(97);
  });
  it('never cites itself', () => expect(inv.selfCitations).toEqual([]));
  it('never reads "ban hành kèm theo" as IMPLEMENTS', () => expect(inv.kemTheoImplements).toEqual([]));
  it('stores no trigger with a line break', () => expect(inv.triggersWithLineBreak).toEqual([]));
  it('makes no symbol with a space, a look-alike letter, a Latin D or a glued word', () =>
    expect(inv.badSymbols).toEqual([]));
  it('makes no title over 400 characters', () => expect(inv.longTitles).toEqual([]));
});
