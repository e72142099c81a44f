/**
 * The trigger tables (src/tables/triggers.ts), row by row: each example sentence gets the row's relation type through
 * the row's own phrase, no counter-example is matched by the row, and without the row its examples come out
 * otherwise (so no row is dead weight). The last check re-imports the extractor with the row deleted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as triggerTable from '../../src/tables/triggers';
import {
  POST_TRIGGERS,
  POST_TRIGGER_OTHER_SUBJECTS,
  TRIGGERS,
  widen,
  type SentenceRule,
  type Trigger,
} from '../../src/tables/triggers';
import type { ExtractionGraph } from '../../src/model';

const HEADER =
  'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 1/QĐ-UBND\n\nQuảng Ngãi, ngày 01 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\nthử nghiệm\n\n';
type Extract = (text: string, options: { source: string }) => ExtractionGraph;

/** The relations the example states: type, trigger, from the document itself, or from a later to an earlier citation. */
function stated(
  extract: Extract,
  sentence: string,
): { type: string; trigger: string | null; fromDoc: boolean; backward: boolean }[] {
  const g = extract(HEADER + sentence + '\n', { source: 'example.txt' });
  const self = g.documents.find((d) => d.source === 'example.txt');
  const at = (id: string): number => {
    const sym = g.documents.find((d) => d.id === id)?.symbol;
    return sym ? sentence.indexOf(sym) : -1;
  };
  return g.relations.map((r) => ({
    type: r.type,
    trigger: r.trigger ?? null,
    fromDoc: r.from === self?.id,
    backward: r.from !== self?.id && at(r.from) > at(r.to),
  }));
}

/** The extractor re-imported with part of the trigger tables replaced (to show a rule is not dead weight). */
async function extractWithTables(patch: Partial<typeof triggerTable>): Promise<Extract> {
  vi.resetModules();
  vi.doMock('../../src/tables/triggers', () => ({ ...triggerTable, ...patch }));
  return (await import('../../src/extract')).extractDocument;
}

const full = (phrase: string): RegExp => new RegExp(`^(?:${widen(phrase)})$`, 'iu');

describe.each(TRIGGERS.map((t) => [t.phrase.slice(0, 60), t] as const))('trigger row %s', async (_n, row) => {
  const { extractDocument } = await import('../../src/extract');
  it('has examples and counter-examples', () => {
    expect(row.examples.length).toBeGreaterThan(0);
    expect(row.counterExamples.length).toBeGreaterThan(0);
  });
  /** The relations the row's own phrase gives in a sentence, with the type expected among them. */
  const mine = (sentence: string, type: string) => {
    const rels = stated(extractDocument, sentence);
    const own = rels.filter((r) => r.trigger !== null && full(row.phrase).test(r.trigger));
    expect(
      own.map((r) => r.type),
      JSON.stringify(rels),
    ).toContain(type);
    return own;
  };
  it.each(row.examples)('example: %s', (sentence) => {
    const own = mine(sentence, row.type);
    // A passive row makes the later citation act on the earlier one, not the document.
    if (row.passive) expect(own.some((r) => r.type === row.type && r.backward)).toBe(true);
  });
  it.each(row.counterExamples)('counter-example: %s', (phrase) => {
    expect(full(row.phrase).test(phrase)).toBe(false);
  });
  // A row that acts otherwise on a State norm or decision (`normType`) shows it on its own examples.
  if (row.normType) {
    const normType = row.normType;
    it('has examples of its type on a norm', () => expect(row.normExamples?.length).toBeGreaterThan(0));
    it.each(row.normExamples ?? [])('norm example: %s', (sentence) => void mine(sentence, normType));
  }
});

describe.each(POST_TRIGGERS.map((t) => [t.phrase.slice(0, 60), t] as const))(
  'post-trigger row %s',
  async (_n, row) => {
    const { extractDocument } = await import('../../src/extract');
    it.each(row.examples)('example: %s', (sentence) => {
      const rels = stated(extractDocument, sentence);
      expect(
        rels.map((r) => r.type),
        JSON.stringify(rels),
      ).toContain(row.type);
    });
    it.each(row.counterExamples)('counter-example: %s', (phrase) => {
      expect(new RegExp(`^(?:${widen(row.phrase)})$`, 'iu').test(phrase)).toBe(false);
    });
  },
);

describe("a status verb after a noun the clause names is not the cited text's (POST_TRIGGER_OTHER_SUBJECTS)", async () => {
  const { extractDocument } = await import('../../src/extract');
  it.each(POST_TRIGGER_OTHER_SUBJECTS.examples)('example: %s', (sentence) => {
    const rels = stated(extractDocument, sentence);
    expect(rels.length, JSON.stringify(rels)).toBeGreaterThan(0);
    expect(rels.map((r) => r.type)).not.toContain('REPEALS');
  });
  it.each(POST_TRIGGER_OTHER_SUBJECTS.counterExamples)('counter-example: %s', (sentence) =>
    expect(stated(extractDocument, sentence).map((r) => r.type)).toContain('REPEALS'),
  );
});

describe('no row is dead weight: without it, its examples come out otherwise', () => {
  afterEach(() => {
    vi.doUnmock('../../src/tables/triggers');
    vi.resetModules();
  });
  const without = async (table: { triggers?: Trigger[]; post?: typeof POST_TRIGGERS }): Promise<Extract> => {
    vi.resetModules();
    vi.doMock('../../src/tables/triggers', () => {
      const triggers = table.triggers ?? TRIGGERS;
      return {
        ...triggerTable,
        TRIGGERS: triggers,
        POST_TRIGGERS: table.post ?? POST_TRIGGERS,
        ...triggerTable.compileTriggers(triggers),
      };
    });
    return (await import('../../src/extract')).extractDocument;
  };
  it.each(TRIGGERS.map((t, i) => [t.phrase.slice(0, 60), i] as const))('%s', async (_n, i) => {
    const row = TRIGGERS[i];
    const extract = await without({ triggers: TRIGGERS.filter((_, k) => k !== i) });
    for (const sentence of row.examples) {
      const rels = stated(extract, sentence);
      const same = rels.some((r) => r.type === row.type && (!row.passive || r.backward));
      expect(same, `"${sentence}" still gives ${row.type} without the row: ${JSON.stringify(rels)}`).toBe(
        false,
      );
    }
  });
  it.each(POST_TRIGGERS.map((t, i) => [t.phrase.slice(0, 60), i] as const))('post: %s', async (_n, i) => {
    const row = POST_TRIGGERS[i];
    const extract = await without({ post: POST_TRIGGERS.filter((_, k) => k !== i) });
    for (const sentence of row.examples) {
      const rels = stated(extract, sentence);
      expect(
        rels.map((r) => r.type),
        sentence,
      ).not.toContain(row.type);
    }
  });
});

/**
 * Rules over the trigger rows, each a table of sentences with the type the document gets from them: the examples
 * get exactly that type, the counter-examples keep theirs, and with the rule switched off every example comes out
 * otherwise (so no rule is dead weight).
 */
const SENTENCE_RULES: [
  string,
  (
    | 'TITLE_VERBS'
    | 'PROPOSALS'
    | 'NON_DOCUMENT_OBJECTS'
    | 'NON_DOCUMENT_INSTRUCTIONS'
    | 'TOPICS'
    | 'CONFERRED_BY'
    | 'SOURCE_NOTES'
    | 'LIST_OBJECTS'
    | 'BASIS_HEADINGS'
  ),
][] = [
  ['verbs in a cited title', 'TITLE_VERBS'],
  ['a verb governs the list that is its object', 'LIST_OBJECTS'],
  ['a heading naming the bases governs the list under it', 'BASIS_HEADINGS'],
  ["tasks and proposals are not the document's act", 'PROPOSALS'],
  ['verbs acting on no document', 'NON_DOCUMENT_OBJECTS'],
  ['an instruction carried out is no document', 'NON_DOCUMENT_INSTRUCTIONS'],
  ['the topic of a difficulty is not carried out', 'TOPICS'],
  ['what a cited text did to the subject, in the passive, is not carried out', 'CONFERRED_BY'],
  ['a source named in parentheses is cited', 'SOURCE_NOTES'],
];
describe.each(SENTENCE_RULES)('%s (%s)', (_title, name) => {
  afterEach(() => {
    vi.doUnmock('../../src/tables/triggers');
    vi.resetModules();
  });
  const rule = triggerTable[name] as SentenceRule;
  const fromDoc = (rels: ReturnType<typeof stated>): string[] =>
    rels.filter((r) => r.fromDoc).map((r) => r.type);
  it.each(rule.examples.map(([s, t]) => [s, t] as const))('example: %s → %s', async (sentence, type) => {
    const { extractDocument } = await import('../../src/extract');
    const types = fromDoc(stated(extractDocument, sentence));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set([type]));
  });
  it.each(rule.counterExamples.map(([s, t]) => [s, t] as const))(
    'counter-example: %s → %s',
    async (sentence, type) => {
      const { extractDocument } = await import('../../src/extract');
      expect(fromDoc(stated(extractDocument, sentence))).toContain(type);
    },
  );
  it('without the rule, every example comes out otherwise', async () => {
    const extract = await extractWithTables({ [name]: { ...rule, types: [] } });
    for (const [sentence, type] of rule.examples)
      expect(new Set(fromDoc(stated(extract, sentence))), sentence).not.toEqual(new Set([type]));
  });
});

describe("parts of a text inside a verb's object (OBJECT_PARTS)", () => {
  afterEach(() => {
    vi.doUnmock('../../src/tables/triggers');
    vi.resetModules();
  });
  /** The types the sentence's last citation gets from another citation (not from the document). */
  const nested = (extract: Extract, sentence: string): string[] => {
    const g = extract(HEADER + sentence + '\n', { source: 'example.txt' });
    const self = g.documents.find((d) => d.source === 'example.txt');
    const last = g.documents
      .filter((d) => d.symbol && sentence.includes(d.symbol))
      .sort((a, b) => sentence.lastIndexOf(b.symbol as string) - sentence.lastIndexOf(a.symbol as string))[0];
    return g.relations.filter((r) => r.to === last?.id && r.from !== self?.id).map((r) => r.type);
  };
  const { OBJECT_PARTS } = triggerTable;
  it.each(OBJECT_PARTS.examples.map(([s, t]) => [s, t] as const))(
    'example: %s → %s',
    async (sentence, type) => {
      const { extractDocument } = await import('../../src/extract');
      expect(nested(extractDocument, sentence)).toContain(type);
    },
  );
  it.each(OBJECT_PARTS.counterExamples.map(([s, t]) => [s, t] as const))(
    'counter-example: %s, not %s',
    async (sentence, type) => {
      const { extractDocument } = await import('../../src/extract');
      expect(nested(extractDocument, sentence)).not.toContain(type);
    },
  );
  it('without the rule, no example gets its type from the citation before', async () => {
    const extract = await extractWithTables({ OBJECT_PARTS: { ...OBJECT_PARTS, words: ['(?!)'] } });
    for (const [sentence, type] of OBJECT_PARTS.examples)
      expect(nested(extract, sentence), sentence).not.toContain(type);
  });
});

describe('citations inside quoted wording (QUOTED_WORDING)', () => {
  afterEach(() => {
    vi.doUnmock('../../src/tables/triggers');
    vi.resetModules();
  });
  const { QUOTED_WORDING } = triggerTable;
  const fromDoc = (rels: ReturnType<typeof stated>): string[] =>
    rels.filter((r) => r.fromDoc).map((r) => r.type);
  it.each(QUOTED_WORDING.examples.map(([s, t]) => [s, t] as const))(
    'example: %s → %s',
    async (sentence, type) => {
      const { extractDocument } = await import('../../src/extract');
      expect(new Set(fromDoc(stated(extractDocument, sentence)))).toEqual(new Set([type]));
    },
  );
  it.each(QUOTED_WORDING.counterExamples.map(([s, t]) => [s, t] as const))(
    'counter-example: %s → %s',
    async (sentence, type) => {
      const { extractDocument } = await import('../../src/extract');
      expect(fromDoc(stated(extractDocument, sentence))).toEqual([type]);
    },
  );
  it('without the rule, every example comes out otherwise', async () => {
    const extract = await extractWithTables({ QUOTED_WORDING: { ...QUOTED_WORDING, openers: ['(?!)'] } });
    for (const [sentence, type] of QUOTED_WORDING.examples)
      expect(new Set(fromDoc(stated(extract, sentence))), sentence).not.toEqual(new Set([type]));
  });
});

describe('a law amending laws it names without numbers (AMENDING_LAW)', () => {
  afterEach(() => {
    vi.doUnmock('../../src/tables/triggers');
    vi.resetModules();
  });
  const { AMENDING_LAW } = triggerTable;
  /** "A AMENDS B" for each relation between two cited laws. */
  const amends = (extract: Extract, text: string): string[] =>
    extract(HEADER + text + '\n', { source: 'example.txt' })
      .relations.filter((r) => r.type === 'AMENDS')
      .map((r) => `${r.from.split('|')[1]} AMENDS ${r.to.split('|')[1]}`);
  it.each(AMENDING_LAW.examples)('example: %s', async (text) => {
    const { extractDocument } = await import('../../src/extract');
    expect(amends(extractDocument, text)).toHaveLength(1);
  });
  it.each(AMENDING_LAW.counterExamples)('counter-example: %s', async (text) => {
    const { extractDocument } = await import('../../src/extract');
    expect(amends(extractDocument, text)).toEqual([]);
  });
  it('without the rule, no example gives the amendment', async () => {
    const extract = await extractWithTables({ AMENDING_LAW: { ...AMENDING_LAW, lawWords: ['(?!)'] } });
    for (const text of AMENDING_LAW.examples) expect(amends(extract, text), text).toEqual([]);
  });
});

describe("a cited text's entry into force, then its act (EFFECT_THEN_ACT)", () => {
  afterEach(() => {
    vi.doUnmock('../../src/tables/triggers');
    vi.resetModules();
  });
  const { EFFECT_THEN_ACT } = triggerTable;
  /** "A TYPE B" for each relation between two cited texts. */
  const between = (extract: Extract, text: string): string[] =>
    extract(HEADER + text + '\n', { source: 'example.txt' })
      .relations.filter((r) => !r.from.includes('1/QĐ-UBND'))
      .map((r) => `${r.from.split('|')[1]} ${r.type} ${r.to.split('|')[1]}`);
  it.each(EFFECT_THEN_ACT.examples.map((e) => [...e] as const))('example: %s', async (text, a, b, type) => {
    const { extractDocument } = await import('../../src/extract');
    expect(between(extractDocument, text)).toContain(`${a} ${type} ${b}`);
  });
  it.each(EFFECT_THEN_ACT.counterExamples.map((e) => [...e] as const))(
    'counter-example: %s',
    async (text, a, b) => {
      const { extractDocument } = await import('../../src/extract');
      expect(between(extractDocument, text).filter((e) => e.startsWith(a) && e.endsWith(b))).toEqual([]);
    },
  );
  it('without the rule, no example gives the act', async () => {
    const extract = await extractWithTables({ EFFECT_THEN_ACT: { ...EFFECT_THEN_ACT, types: [] } });
    for (const [text, a, b, type] of EFFECT_THEN_ACT.examples)
      expect(between(extract, text), text).not.toContain(`${a} ${type} ${b}`);
  });
});

describe('the end of an editorial note (NOTE_END)', () => {
  const re = new RegExp(`^(?:${widen(triggerTable.NOTE_END.pattern)})$`, 'u');
  it.each(triggerTable.NOTE_END.examples)('matches %s', (e) => expect(re.test(e)).toBe(true));
  it.each(triggerTable.NOTE_END.counterExamples)('does not match %s', (c) => expect(re.test(c)).toBe(false));
});

describe('trigger words as OCR misreads them (OCR_MISREADINGS)', () => {
  it.each(triggerTable.OCR_MISREADINGS.map(([w, r]) => [w, r] as const))(
    '%s read as %s still triggers',
    async (word, read) => {
      const { findTriggers } = await import('../../src/parse/triggers');
      const rows = TRIGGERS.filter((t) => t.examples.some((e) => e.includes(word)));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const sentence = row.examples.find((e) => e.includes(word)) as string;
        const misread = sentence.replaceAll(word, read);
        const types = findTriggers(misread, 0, misread.length).map((h) => h.trigger.type);
        expect(types, misread).toContain(row.type);
      }
    },
  );
});

describe('a phrase that names documents after "văn bản" (NOUN_BEFORE_TRIGGER)', () => {
  it.each(triggerTable.NOUN_BEFORE_TRIGGER.examples)('is no verb in: %s', async (sentence) => {
    const { extractDocument } = await import('../../src/extract');
    const rels = stated(extractDocument, sentence);
    expect(rels.length, JSON.stringify(rels)).toBeGreaterThan(0);
    expect(
      rels.some((r) => r.type === 'GUIDES'),
      JSON.stringify(rels),
    ).toBe(false);
  });
  it.each(triggerTable.NOUN_BEFORE_TRIGGER.counterExamples)('is a verb in: %s', async (sentence) => {
    const { extractDocument } = await import('../../src/extract');
    expect(stated(extractDocument, sentence).some((r) => r.type === 'GUIDES')).toBe(true);
  });
});
