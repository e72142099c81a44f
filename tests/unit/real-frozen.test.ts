/**
 * The frozen part of the real set (tests/fixtures/real/frozen, ANNOTATION.md): real documents annotated by reviewers
 * who did not write the extractor, frozen before any fix was made against real documents.
 *
 * FLOORS were measured on the extractor as it stood before the real-document fixes (commit be537f9, scored with
 * `tests/fixtures/real/score-cli.ts frozen <that checkout>/src`), and are never lowered. The targets are
 * printed beside the current figures; they are what the project aims at, not what this test asserts.
 * Do not fix the extractor by reading these texts or this test's miss list: fix by cause against tests/fixtures/real/dev.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract';
import { format, loadRealSet, scoreSet } from '../fixtures/real/score';
import { checkGoldFile } from '../fixtures/real/consistency';

/** Measured 2026-11-26 on be537f9 (before any fix against real documents), over all 44 frozen texts. */
const FLOORS = { documentsF1: 0.905, relationsF1: 0.553, relationType: 0.835, metadata: 0.979 };
const TARGETS = { documentsF1: 0.97, relationsF1: 0.93, relationType: 0.95, metadata: 0.95 };

const set = loadRealSet('frozen');
const { score } = scoreSet(set, (text, source) => extractDocument(text, { source }));

describe('real documents, frozen part', () => {
  it('has at least 30 annotated documents, each gold file consistent', () => {
    expect(set.files.length).toBeGreaterThanOrEqual(30);
    for (const f of set.files) expect(checkGoldFile(f.gold, f.name)).toEqual([]);
  });
  it(`scores at or above the floors measured before the fixes`, () => {
    console.log(`frozen real set (${set.files.length} texts): ${format(score)}`);
    console.log(
      `  targets: documents F1 ${TARGETS.documentsF1 * 100}, relations F1 ${TARGETS.relationsF1 * 100}, ` +
        `relation type ${TARGETS.relationType * 100}, metadata ${TARGETS.metadata * 100}`,
    );
    expect(score.documentsF1).toBeGreaterThanOrEqual(FLOORS.documentsF1);
    expect(score.relationsF1).toBeGreaterThanOrEqual(FLOORS.relationsF1);
    expect(score.relationType).toBeGreaterThanOrEqual(FLOORS.relationType);
    expect(score.metadata).toBeGreaterThanOrEqual(FLOORS.metadata);
  });
});
