/**
 * The development part of the real set (tests/fixtures/real/dev): fixes are made against these texts, so their
 * figures are reported, not used as floors. The test checks that every gold file can be scored and prints the
 * figures; `tests/fixtures/real/score-cli.ts dev` prints the miss list.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract';
import { format, loadRealSet, scoreSet } from '../fixtures/real/score';
import { checkGoldFile } from '../fixtures/real/consistency';

const set = loadRealSet('dev');

describe('real documents, development part', () => {
  it('every gold file is consistent', () => {
    expect(set.files.length).toBeGreaterThanOrEqual(30);
    for (const f of set.files) expect(checkGoldFile(f.gold, f.name), f.name).toEqual([]);
  });
  it('is scored (figures printed)', () => {
    const { score } = scoreSet(set, (text, source) => extractDocument(text, { source }));
    console.log(`dev real set (${set.files.length} texts): ${format(score)}`);
    expect(score.goldDocs).toBeGreaterThan(0);
  });
});
