/** Compiled trigger table (tables/triggers.ts): one alternation, longest phrases first. */
import {
  ALTERNATION,
  NOUN_BEFORE_TRIGGER,
  ORDERED,
  POST_TRIGGERS,
  POST_TRIGGER_OTHER_SUBJECTS,
  widen,
  type Trigger,
} from '../tables/triggers';
import type { RelationType } from '../model';

const COMPILED = ORDERED.map((t) => ({ t, re: new RegExp(`^(?:${widen(t.phrase)})$`, 'iu') }));

export { TRIGGER_AT_START } from '../tables/triggers';

/** Every trigger occurrence, on whole words. */
export const TRIGGER_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATION})(?![\\p{L}\\p{N}])`, 'giu');
/**
 * TRIGGER_RE without the lookbehind at its head, for the scan: a lookbehind there makes V8 try the alternation at
 * every offset. The word boundary before a match is checked in code, which gives the same matches.
 */
const TRIGGER_SCAN = new RegExp(`(?:${ALTERNATION})(?![\\p{L}\\p{N}])`, 'giu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A phrase right after these words names documents (NOUN_BEFORE_TRIGGER): checked on the few characters before it. */
const NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NOUN_BEFORE_TRIGGER.words.map((w) => w.replace(/ /gu, '\\s')).join('|')})\\s$`,
  'iu',
);

export interface TriggerHit {
  trigger: Trigger;
  text: string;
  start: number;
  end: number;
}

/** Matched phrases repeat endlessly ("Thực hiện", "Căn cứ"): each is classified once. Bounded: cleared when full. */
const classified = new Map<string, Trigger | null>();

/** Which table entry a matched phrase is. */
export function classifyTrigger(text: string): Trigger | undefined {
  let t = classified.get(text);
  if (t === undefined) {
    t = COMPILED.find((c) => c.re.test(text))?.t ?? null;
    if (classified.size >= 5000) classified.clear();
    classified.set(text, t);
  }
  return t ?? undefined;
}

/** All triggers in s[from, to). */
export function findTriggers(s: string, from: number, to: number): TriggerHit[] {
  const out: TriggerHit[] = [];
  const seg = s.slice(from, to);
  TRIGGER_SCAN.lastIndex = 0;
  for (let m = TRIGGER_SCAN.exec(seg); m; m = TRIGGER_SCAN.exec(seg)) {
    // Inside a word: look again from the next character, as the lookbehind would have.
    if (m.index > 0 && LETTER_OR_DIGIT.test(seg[m.index - 1])) {
      TRIGGER_SCAN.lastIndex = m.index + 1;
      continue;
    }
    if (NOUN_BEFORE.test(seg.slice(Math.max(0, m.index - 16), m.index))) continue;
    const trigger = classifyTrigger(m[0]);
    if (trigger) out.push({ trigger, text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

const POST = POST_TRIGGERS.map((t) => ({
  type: t.type,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${widen(t.phrase)})(?![\\p{L}\\p{N}])`, 'iu'),
}));

const OTHER_SUBJECT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${POST_TRIGGER_OTHER_SUBJECTS.nouns.map(widen).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** A trigger written after a citation in s[from, to) (its own clause), if any. */
export function findPostTrigger(
  s: string,
  from: number,
  to: number,
): { type: RelationType; text: string } | null {
  const seg = s.slice(from, Math.min(to, from + 240));
  const clause = seg.split(/[;]|\.(?=\s|$)/u)[0];
  let best: { type: RelationType; text: string; at: number } | null = null;
  // A status verb after a noun the clause names (POST_TRIGGER_OTHER_SUBJECTS) is the noun's.
  const other = OTHER_SUBJECT.exec(clause);
  for (const p of POST) {
    const m = p.re.exec(clause);
    if (m && other && other.index < m.index) continue;
    if (m && (!best || m.index < best.at)) best = { type: p.type, text: m[0], at: m.index };
  }
  return best ? { type: best.type, text: best.text } : null;
}
