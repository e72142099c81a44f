/**
 * Decoders and encoders for the legacy Vietnamese font encodings TCVN3 and VNI-Windows, built from the tables
 * in tcvn3.ts and vni.ts. The encoders (table inverses) exist for tests and for the synthetic corpus.
 */
import * as iconv from 'iconv-lite';
import { TCVN3_BYTES, isTcvn3ExtensionByte } from './tcvn3';
import { VNI_LETTERS, VNI_MARKS, vniMarkFits } from './vni';
import { isVietnameseSyllable, splitTone } from './syllable';

export type LegacyEncoding = 'TCVN3' | 'VNI-Windows';

/** Windows-1252, the code page legacy font text was stored and pasted in: byte → char and back. */
const CP1252_CHARS: string[] = Array.from({ length: 256 }, (_, b) =>
  b < 0x80 ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), 'windows1252'),
);
const CP1252_BYTES = new Map<string, number>(
  CP1252_CHARS.map((ch, b) => [ch, b] as [string, number]).reverse(),
);

export function windows1252Char(byte: number): string {
  return CP1252_CHARS[byte];
}

/** The Windows-1252 bytes of `text`, or null when a character has none. */
export function windows1252Bytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = CP1252_BYTES.get(text[i]);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

export class UnencodableError extends Error {
  constructor(
    readonly encoding: LegacyEncoding,
    readonly char: string,
    readonly offset: number,
  ) {
    super(`cannot encode ${JSON.stringify(char)} (offset ${offset}) in ${encoding}`);
  }
}

const LETTER = /[\p{L}\p{M}]/u;
/** byte → UTF-16 unit, TCVN3 first, then Windows-1252. */
const TCVN3_UNITS = Uint16Array.from(CP1252_CHARS, (ch, b) => (TCVN3_BYTES.get(b) ?? ch).charCodeAt(0));
/** Bytes 0x80–0x9F whose Windows-1252 meaning is a word (™): kept as TCVN3 capitals even when isolated. */
const ISOLATED_CAPITAL_OK = new Set([0x99]);
const MAX_WORD = 12;

/**
 * TCVN3 bytes → NFC text. Bytes 0x80–0x9F are toned capitals in TCVN3 but smart quotes and dashes in the
 * Windows-1252 text that old Word files were saved in: a capital is kept only inside a word that is then a
 * valid Vietnamese syllable, otherwise the byte is read as Windows-1252 punctuation.
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  // Every character of the table is one UTF-16 unit: decode into a code-unit array, then to a string at once.
  const units = new Uint16Array(bytes.length);
  const ext: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = TCVN3_UNITS[b];
    if (isTcvn3ExtensionByte(b)) ext.push(i);
  }
  const isLetter = (i: number): boolean => LETTER.test(String.fromCharCode(units[i]));
  for (const i of ext) {
    const alt = CP1252_CHARS[bytes[i]];
    if (!alt || alt === '\ufffd' || LETTER.test(alt)) continue; // no punctuation reading: keep the capital
    // Look at most MAX_WORD letters each way: a longer word is no syllable anyway (and this keeps it linear).
    let start = i;
    while (start > 0 && i - start < MAX_WORD && isLetter(start - 1)) start--;
    let end = i + 1;
    while (end < units.length && end - i <= MAX_WORD && isLetter(end)) end++;
    const word = String.fromCharCode(...units.subarray(start, end));
    const isolated = end - start === 1;
    // A capital starts a word or sits in an all-caps one ("Ủy", "THỊ"); after a small letter it is a quote.
    const plausibleCase = i === start || word === word.toUpperCase();
    if (isolated ? !ISOLATED_CAPITAL_OK.has(bytes[i]) : !plausibleCase || !isVietnameseSyllable(word)) {
      units[i] = alt.charCodeAt(0);
    }
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le').normalize('NFC');
}

const TCVN3_INVERSE = new Map<string, number>();
for (const [b, ch] of TCVN3_BYTES) if (!/\p{M}/u.test(ch)) TCVN3_INVERSE.set(ch, b);

/** NFC text → TCVN3 bytes (toned capitals in their TCVN 5712 VN1 slots). Throws UnencodableError. */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  let offset = 0;
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    let b = code < 0x80 && !TCVN3_BYTES.has(code) ? code : TCVN3_INVERSE.get(ch);
    if (b === undefined) {
      const w = CP1252_BYTES.get(ch);
      // Windows-1252 punctuation is usable where TCVN3 leaves the byte free or only puts a capital there.
      if (w !== undefined && w >= 0x80 && (!TCVN3_BYTES.has(w) || isTcvn3ExtensionByte(w))) b = w;
    }
    if (b === undefined) throw new UnencodableError('TCVN3', ch, offset);
    out.push(b);
    offset += ch.length;
  }
  return Uint8Array.from(out);
}

/** VNI-Windows bytes → NFC text. A mark byte that follows no vowel it fits is read as Windows-1252. */
export function decodeVni(bytes: Uint8Array): string {
  const parts: string[] = [];
  let markable = false; // may the last part still take a mark?
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      parts.push(String.fromCharCode(b));
      markable = true;
      continue;
    }
    const letter = VNI_LETTERS.get(b);
    if (letter !== undefined) {
      parts.push(letter);
      markable = letter === 'ơ' || letter === 'ư' || letter === 'Ơ' || letter === 'Ư';
      continue;
    }
    const mark = VNI_MARKS.get(b);
    const last = parts.length > 0 ? parts[parts.length - 1] : '';
    if (mark && markable && vniMarkFits(last, mark.marks)) {
      parts[parts.length - 1] = last + mark.marks;
      markable = false;
      continue;
    }
    parts.push(CP1252_CHARS[b]);
    markable = false;
  }
  return parts.join('').normalize('NFC');
}

const VNI_LETTER_INVERSE = new Map<string, number>([...VNI_LETTERS].map(([b, ch]) => [ch, b]));
const VNI_MARK_INVERSE = new Map<string, number>(
  [...VNI_MARKS].map(([b, m]) => [`${m.upper ? 'U' : 'l'}${m.marks}`, b] as [string, number]),
);

/** NFC text → VNI-Windows bytes. Throws UnencodableError. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  let offset = 0;
  for (const ch of text.normalize('NFC')) {
    const single = VNI_LETTER_INVERSE.get(ch);
    const code = ch.charCodeAt(0);
    if (single !== undefined) {
      out.push(single);
    } else if (code < 0x80) {
      out.push(code);
    } else {
      const { letter, tone } = splitTone(ch);
      const nfd = letter.normalize('NFD');
      const base = nfd[0];
      const modifier = nfd.slice(1); // circumflex, breve or horn
      const upper = base !== base.toLowerCase();
      const horned = VNI_LETTER_INVERSE.get(letter); // ơ, ư carry their tone in a following mark
      const markByte = VNI_MARK_INVERSE.get(`${upper ? 'U' : 'l'}${horned ? '' : modifier}${tone}`);
      if (horned !== undefined && markByte !== undefined) {
        out.push(horned, markByte);
      } else if (base.charCodeAt(0) < 0x80 && markByte !== undefined && vniMarkFits(base, modifier + tone)) {
        out.push(base.charCodeAt(0), markByte);
      } else {
        const w = CP1252_BYTES.get(ch);
        if (w === undefined || VNI_MARKS.has(w) || VNI_LETTERS.has(w))
          throw new UnencodableError('VNI-Windows', ch, offset);
        out.push(w);
      }
    }
    offset += ch.length;
  }
  return Uint8Array.from(out);
}

export const LEGACY_DECODERS: Readonly<Record<LegacyEncoding, (bytes: Uint8Array) => string>> = {
  TCVN3: decodeTcvn3,
  'VNI-Windows': decodeVni,
};
