/**
 * The development parts of the real set (tests/fixtures/real/dev to dev94): fixes are made against these texts, so their
 * figures are reported, not used as floors. The test checks that every gold file can be scored and prints the
 * figures; `tests/fixtures/real/score-cli.ts dev` prints the miss list.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract';
import { format, loadRealSet, scoreSet } from '../fixtures/real/score';
import { checkGoldFile } from '../fixtures/real/consistency';

describe.each([
  ['dev', 30],
  ['dev2', 20],
  ['dev3', 40],
  ['dev4', 40],
  ['dev5', 25],
  ['dev6', 30],
  ['dev7', 10],
  ['dev8', 30],
  ['dev10', 7],
  ['dev11', 12],
  ['dev12', 4],
  ['dev13', 16],
  ['dev14', 14],
  ['dev15', 15],
  ['dev16', 15],
  ['dev17', 14],
  ['dev18', 11],
  ['dev19', 12],
  ['dev20', 14],
  ['dev21', 16],
  ['dev22', 15],
  ['dev23', 15],
  ['dev24', 15],
  ['dev25', 15],
  ['dev26', 15],
  ['dev27', 15],
  ['dev28', 15],
  ['dev29', 15],
  ['dev30', 15],
  ['dev31', 15],
  ['dev32', 15],
  ['dev33', 15],
  ['dev34', 15],
  ['dev35', 15],
  ['dev36', 15],
  ['dev37', 15],
  ['dev38', 15],
  ['dev39', 15],
  ['dev40', 15],
  ['dev41', 15],
  ['dev42', 15],
  ['dev43', 15],
  ['dev44', 15],
  ['dev45', 15],
  ['dev46', 15],
  ['dev47', 15],
  ['dev48', 15],
  ['dev49', 15],
  ['dev50', 15],
  ['dev51', 15],
  ['dev52', 15],
  ['dev53', 15],
  ['dev54', 15],
  ['dev55', 15],
  ['dev56', 15],
  ['dev57', 15],
  ['dev58', 15],
  ['dev59', 15],
  ['dev60', 8],
  ['dev61', 15],
  ['dev62', 15],
  ['dev63', 15],
  ['dev64', 15],
  ['dev65', 15],
  ['dev66', 15],
  ['dev67', 15],
  ['dev68', 15],
  ['dev69', 15],
  ['dev70', 15],
  ['dev71', 15],
  ['dev72', 15],
  ['dev73', 15],
  ['dev74', 15],
  ['dev75', 15],
  ['dev76', 15],
  ['dev77', 15],
  ['dev78', 15],
  ['dev79', 15],
  ['dev80', 15],
  ['dev81', 15],
  ['dev82', 15],
  ['dev83', 15],
  ['dev84', 15],
  ['dev85', 15],
  ['dev86', 15],
  ['dev87', 15],
  ['dev88', 15],
  ['dev89', 15],
  ['dev90', 15],
  ['dev91', 15],
  ['dev92', 15],
  ['dev93', 15],
  ['dev94', 15],
] as const)('real documents, development part %s', (part, minTexts) => {
  const set = loadRealSet(part);
  it('every gold file is consistent', () => {
    expect(set.files.length).toBeGreaterThanOrEqual(minTexts);
    for (const f of set.files) expect(checkGoldFile(f.gold, f.name), f.name).toEqual([]);
  });
  it('is scored (figures printed)', () => {
    const { score } = scoreSet(set, (text, source) => extractDocument(text, { source }));
    console.log(`${part} real set (${set.files.length} texts): ${format(score)}`);
    expect(score.goldDocs).toBeGreaterThan(0);
  });
});
