/**
 * Bytes → NFC text, for every way a Vietnamese document reaches us: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, Windows-1258, the legacy font encodings TCVN3 (ABC, .VnTime) and VNI-Windows, and UTF-8 that carries
 * TCVN3/VNI mojibake pasted from old Word files. Anything else is a DecodeError that says what the input
 * looks like. Line endings become LF and a BOM is dropped; nothing else changes (offsets are into this text).
 *
 * Detection is by evidence, not by guesswork: valid UTF-8 wins outright; otherwise each candidate decoding is
 * scored by the share of its accented words that are well-formed Vietnamese syllables (legacy bytes read with
 * the wrong table give "Thùc hiÖn", which is not Vietnamese), frequent words breaking ties.
 */
import * as iconv from 'iconv-lite';
import type { Span, Warning } from '../model';
import { LEGACY_DECODERS, type LegacyEncoding, windows1252Bytes, windows1252Char } from './legacy-encodings';
import { FREQUENT_WORDS, isVietnameseSyllable } from './legacy-encodings/syllable';

export type DecodeErrorCode = 'EMPTY' | 'BINARY' | 'UNDECODABLE' | 'TOO_LARGE';

export class DecodeError extends Error {
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface DecodedText {
  text: string;
  /** "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", "TCVN3" or "VNI-Windows". */
  encoding: string;
  warnings: Warning[];
}

export interface DecodeOptions {
  /** Inputs larger than this are refused (TOO_LARGE). Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Share of accented words that must be Vietnamese syllables for a legacy decoding to be accepted. */
const MIN_QUALITY = 0.6;
/** Bytes scored per candidate: plenty to decide, and keeps detection fast on large files. */
const SAMPLE_BYTES = 256 * 1024;

/** What binary inputs start with, and what to tell the user. Patterns are data: one line per format. */
const SIGNATURES: readonly { magic: readonly number[]; looksLike: string; hint: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'a PDF', hint: 'extract its text first' },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    looksLike: 'a legacy Word/Excel (.doc/.xls) file',
    hint: 'save it as text first',
  },
  {
    magic: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    looksLike: 'an RTF document',
    hint: 'save it as plain text first',
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image', hint: 'OCR it first' },
  { magic: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image', hint: 'OCR it first' },
  { magic: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image', hint: 'OCR it first' },
  { magic: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image', hint: 'OCR it first' },
  { magic: [0x1f, 0x8b], looksLike: 'a gzip archive', hint: 'unpack it first' },
  { magic: [0x52, 0x61, 0x72, 0x21], looksLike: 'a RAR archive', hint: 'unpack it first' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'a 7-Zip archive', hint: 'unpack it first' },
];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** C0 control bytes that TCVN3 uses for toned capitals (Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ). */
const TCVN3_CONTROL_LETTERS = new Set([
  0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
]);

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function label(name: string | undefined): string {
  return name ? `${name}: ` : '';
}

function warning(code: string, message: string, name: string | undefined, span?: Span): Warning {
  return { code, message, source: name ?? null, ...(span ? { span } : {}) };
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(
    bytes.buffer,
    bytes.byteOffset + from,
    Math.max(0, Math.min(to, bytes.length) - from),
  ).toString('latin1');
}

function notText(name: string | undefined): string {
  return `${label(name)}this is not a text file: `;
}

/** Known binary formats, by their first bytes. */
function checkSignatures(bytes: Uint8Array, name: string | undefined): void {
  const prefix = notText(name);
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.magic))
      throw new DecodeError('BINARY', `${prefix}looks like ${sig.looksLike}: ${sig.hint}`);
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    const head = latin1(bytes, 0, 64 * 1024);
    const what = head.includes('word/')
      ? 'a Word (.docx) document'
      : head.includes('xl/')
        ? 'an Excel (.xlsx) workbook'
        : head.includes('content.xml') || head.includes('opendocument')
          ? 'an OpenDocument file'
          : 'a ZIP archive';
    throw new DecodeError('BINARY', `${prefix}looks like ${what}: extract its text first`);
  }
}

/** NUL bytes or many control characters: binary of a kind we do not know. */
function checkControlBytes(bytes: Uint8Array, name: string | undefined): void {
  const prefix = notText(name);
  const sampleEnd = Math.min(bytes.length, 64 * 1024);
  let nul = -1;
  let controls = 0;
  for (let i = 0; i < sampleEnd; i++) {
    const b = bytes[i];
    if (b === 0 && nul < 0) nul = i;
    if ((b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) && !TCVN3_CONTROL_LETTERS.has(b) && b !== 0x1a)
      controls++;
  }
  if (nul >= 0) {
    throw new DecodeError(
      'BINARY',
      `${prefix}it contains NUL bytes (first at byte ${nul}): looks like a binary file`,
    );
  }
  const share = controls / Math.max(1, sampleEnd);
  if (share > 0.02) {
    throw new DecodeError(
      'BINARY',
      `${prefix}${(share * 100).toFixed(1)}% of its first ${sampleEnd} bytes are control characters: looks like a binary file`,
    );
  }
}

/** UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, endian: 'utf-16le' | 'utf-16be'): string {
  const even = bytes.subarray(0, bytes.length & ~1);
  if (endian === 'utf-16le') return new TextDecoder('utf-16le').decode(even);
  const swapped = new Uint8Array(even.length);
  for (let i = 0; i < even.length; i += 2) {
    swapped[i] = even[i + 1];
    swapped[i + 1] = even[i];
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean =>
    i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** UTF-8 in which each byte that starts no valid sequence is read as Windows-1252 (so nothing is lost). */
function decodeUtf8Lenient(bytes: Uint8Array): { text: string; invalid: number; firstInvalid: number } {
  const parts: string[] = [];
  let invalid = 0;
  let firstInvalid = -1;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (i > runStart) parts.push(LENIENT_UTF8.decode(bytes.subarray(runStart, i)));
    parts.push(windows1252Char(bytes[i]));
    if (firstInvalid < 0) firstInvalid = i;
    invalid++;
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(LENIENT_UTF8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), invalid, firstInvalid };
}

/** Characters that correct Vietnamese text practically never has and wrong decodings produce in numbers. */
const GARBAGE =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00a1\u00a2\u00a4-\u00a6\u00a8\u00aa\u00ac-\u00af\u00b2-\u00b4\u00b6-\u00b9\u00ba\u00bc-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u20ac\u2122\ufffd]/gu;
const WORD = /[\p{L}\p{M}]+/gu;

export interface VietnameseScore {
  /** Accented words that are Vietnamese syllables. */
  good: number;
  /** Accented words that are not. */
  bad: number;
  /** Characters that wrong decodings produce (stray symbols, controls, U+FFFD). */
  garbage: number;
  /** Occurrences of frequent administrative words. */
  frequent: number;
  /** good / (good + bad + garbage). */
  quality: number;
}

/** How Vietnamese a decoded text looks. ASCII-only words are left out: every candidate decodes them alike. */
export function scoreVietnamese(text: string): VietnameseScore {
  let good = 0;
  let bad = 0;
  let frequent = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!/[^\u0000-\u007f]/u.test(w)) continue;
    if (isVietnameseSyllable(w)) {
      good++;
      if (FREQUENT_WORDS.has(w.toLowerCase())) frequent++;
    } else bad++;
  }
  const garbage = text.match(GARBAGE)?.length ?? 0;
  return { good, bad, garbage, frequent, quality: good / Math.max(1, good + bad + garbage) };
}

type Candidate = { encoding: string; decode: (bytes: Uint8Array) => string; describe: string };

const CANDIDATES: readonly Candidate[] = [
  {
    encoding: 'windows-1258',
    decode: (b) =>
      iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.length), 'windows1258').normalize('NFC'),
    describe: 'Windows-1258 (CP1258)',
  },
  { encoding: 'TCVN3', decode: LEGACY_DECODERS.TCVN3, describe: 'TCVN3 (ABC, .VnTime fonts)' },
  { encoding: 'VNI-Windows', decode: LEGACY_DECODERS['VNI-Windows'], describe: 'VNI-Windows (VNI fonts)' },
  { encoding: 'UTF-8', decode: (b) => decodeUtf8Lenient(b).text, describe: 'UTF-8 with invalid bytes' },
];

function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  // The head and a slice from the middle, cut at line breaks so no character is split.
  const half = SAMPLE_BYTES / 2;
  const cut = (from: number, to: number): Uint8Array => {
    let end = to;
    while (end > from && bytes[end - 1] !== 0x0a) end--;
    return bytes.subarray(from, end > from ? end : to);
  };
  const mid = Math.floor(bytes.length / 2);
  let midStart = mid;
  while (midStart < bytes.length && bytes[midStart - 1] !== 0x0a) midStart++;
  const head = cut(0, half);
  const middle = cut(midStart, Math.min(bytes.length, midStart + half));
  const out = new Uint8Array(head.length + middle.length);
  out.set(head, 0);
  out.set(middle, head.length);
  return out;
}

function detectLegacy(
  bytes: Uint8Array,
  name: string | undefined,
): { text: string; encoding: string; warnings: Warning[] } {
  const sample = sampleOf(bytes);
  const scored = CANDIDATES.map((c) => ({ c, score: scoreVietnamese(c.decode(sample)) }));
  scored.sort((a, b) => b.score.quality - a.score.quality || b.score.frequent - a.score.frequent);
  const best = scored[0];
  const summary = scored.map((s) => `${s.c.encoding} ${(s.score.quality * 100).toFixed(0)}%`).join(', ');
  if (best.score.good === 0 || best.score.quality < MIN_QUALITY) {
    throw new DecodeError(
      'UNDECODABLE',
      `${label(name)}not valid UTF-8, and no Vietnamese encoding fits it (share of Vietnamese syllables: ${summary}); ` +
        'convert it to UTF-8 first',
    );
  }
  const warnings: Warning[] = [];
  let text: string;
  if (best.c.encoding === 'UTF-8') {
    const lenient = decodeUtf8Lenient(bytes);
    text = lenient.text;
    warnings.push(
      warning(
        'INVALID_UTF8',
        `${lenient.invalid} byte(s) are not valid UTF-8 (first at byte ${lenient.firstInvalid}); read them as Windows-1252`,
        name,
      ),
    );
  } else {
    text = best.c.decode(bytes);
    warnings.push(
      warning(
        'LEGACY_ENCODING',
        `not UTF-8: decoded as ${best.c.describe}; ${(best.score.quality * 100).toFixed(0)}% of ${best.score.good + best.score.bad} accented words are Vietnamese syllables (${summary})`,
        name,
      ),
    );
  }
  return { text, encoding: best.c.encoding, warnings };
}

// ---- TCVN3/VNI mojibake inside UTF-8 -------------------------------------------------------------------------

/** A word as legacy text shows it in Windows-1252: letters plus the symbols TCVN3 uses for letters (µ ¸ ­ …). */
const MOJIBAKE_WORD = /[A-Za-z\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]+/gu;
/** Characters of genuine Unicode Vietnamese that Windows-1252 cannot show: a line with them is not mojibake. */
const BEYOND_CP1252 =
  /[^\u0000-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/u;
/** Windows-1252 characters a legacy word shows but Vietnamese Unicode does not use as letters (all but à á â ã
 * è é ê ì í ò ó ô õ ù ú ý and their capitals), nor as footnote markers (¹ ² ³). */
const LEGACY_HINT =
  /[\u00a1-\u00b1\u00b4-\u00b8\u00ba-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]/u;
const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['TCVN3', 'VNI-Windows'];
/** A whole Windows-1252 line is converted only if this share of its accented words then reads as Vietnamese. */
const MIN_LINE_QUALITY = 0.8;

interface Repair {
  encoding: LegacyEncoding;
  text: string;
  words: number;
  firstSpan: Span | null;
}

/** Decodes a mojibake word with each legacy table: the encodings under which it becomes Vietnamese. */
function mojibakeReadings(word: string, cache: Map<string, LegacyEncoding[]>): LegacyEncoding[] {
  const cached = cache.get(word);
  if (cached) return cached;
  let result: LegacyEncoding[] = [];
  // A lone Latin-1 symbol (¹ ² ³ ° §) is what genuine UTF-8 uses for footnote markers and units; TCVN3 would
  // read some of them as letters (¹ → ạ), so only words that hold an ASCII letter count as evidence here.
  // Whole pasted lines, where a one-letter legacy word does occur, are converted line by line below.
  if (/[A-Za-z]/u.test(word) && /[^A-Za-z]/u.test(word) && !isVietnameseSyllable(word)) {
    const bytes = windows1252Bytes(word);
    if (bytes) result = LEGACY_ENCODINGS.filter((e) => isVietnameseSyllable(LEGACY_DECODERS[e](bytes)));
  }
  cache.set(word, result);
  return result;
}

/**
 * Finds TCVN3/VNI text pasted into UTF-8 ("Thùc hiÖn", "Vieät Nam") and converts it. Once the document shows such
 * words, a line of Windows-1252 characters only is converted whole when it reads at least as well converted
 * ("Sè: 02" → "Số: 02"); in a line that also has genuine Unicode Vietnamese, only the words that become
 * Vietnamese syllables are.
 */
function repairMojibake(text: string): Repair | null {
  // Fast path: clean Vietnamese UTF-8 uses, of Windows-1252's upper half, only the letters below. Legacy text
  // pasted as Windows-1252 always brings others (µ ¸ ® © ¬ in TCVN3, ø ï û ö ñ in VNI), so a text without any
  // needs no word-by-word check (which was a quarter of the extraction time on clean input).
  if (!LEGACY_HINT.test(text)) return null;
  const cache = new Map<string, LegacyEncoding[]>();
  const genuine = new Map<string, boolean>(); // a document has a small vocabulary: decide each word once
  const hits: Record<LegacyEncoding, number> = { TCVN3: 0, 'VNI-Windows': 0 };
  let suspects = 0;
  for (const m of text.matchAll(MOJIBAKE_WORD)) {
    const w = m[0];
    let ok = genuine.get(w);
    if (ok === undefined) {
      ok = !/[^A-Za-z]/u.test(w) || isVietnameseSyllable(w);
      genuine.set(w, ok);
    }
    if (ok) continue;
    suspects++;
    for (const e of mojibakeReadings(w, cache)) hits[e]++;
  }
  const encoding: LegacyEncoding = hits.TCVN3 >= hits['VNI-Windows'] ? 'TCVN3' : 'VNI-Windows';
  if (hits[encoding] < 2 || hits[encoding] < suspects * 0.5) return null;
  const decode = LEGACY_DECODERS[encoding];
  let words = 0;
  let firstSpan: Span | null = null;
  const out: string[] = [];
  let outLength = 0;
  const emit = (s: string, converted: boolean): void => {
    if (converted && !firstSpan) firstSpan = { start: outLength, end: outLength + s.length };
    out.push(s);
    outLength += s.length;
  };
  for (const line of text.split('\n')) {
    if (out.length > 0) emit('\n', false);
    const bytes = /[^\u0000-\u007f]/u.test(line) && !BEYOND_CP1252.test(line) ? windows1252Bytes(line) : null;
    if (bytes) {
      // Windows-1252 characters only: convert the whole line when it reads at least as well as Vietnamese.
      const decoded = decode(bytes);
      const before = scoreVietnamese(line);
      const after = scoreVietnamese(decoded);
      if (after.good > 0 && after.quality >= MIN_LINE_QUALITY && after.quality >= before.quality) {
        emit(decoded, true);
        words += after.good + after.bad;
        continue;
      }
    }
    const lineWords = [...line.matchAll(MOJIBAKE_WORD)].filter((m) =>
      mojibakeReadings(m[0], cache).includes(encoding),
    );
    let at = 0;
    for (const m of lineWords) {
      const index = m.index ?? 0;
      emit(line.slice(at, index), false);
      emit(decode(windows1252Bytes(m[0]) as Uint8Array), true);
      at = index + m[0].length;
      words++;
    }
    emit(line.slice(at), false);
  }
  return { encoding, text: out.join(''), words, firstSpan };
}

// ---- entry point ---------------------------------------------------------------------------------------------

/** Decodes a document's bytes to NFC text with LF line endings; throws DecodeError for what is not text. */
export function decodeDocument(bytes: Uint8Array, name?: string, options?: DecodeOptions): DecodedText {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DecodeError(
      'TOO_LARGE',
      `${label(name)}${bytes.length} bytes is over the limit of ${maxBytes} bytes`,
    );
  }
  if (bytes.length === 0) throw new DecodeError('EMPTY', `${label(name)}the file is empty`);

  let raw: string;
  let encoding: string;
  let warnings: Warning[] = [];
  let unicode = true; // decoded from a Unicode encoding: may carry pasted legacy text
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    try {
      raw = STRICT_UTF8.decode(body);
    } catch {
      const lenient = decodeUtf8Lenient(body);
      raw = lenient.text;
      warnings.push(
        warning(
          'INVALID_UTF8',
          `${lenient.invalid} byte(s) are not valid UTF-8 (first at byte ${lenient.firstInvalid + 3}); read them as Windows-1252`,
          name,
        ),
      );
    }
    encoding = 'UTF-8';
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    raw = decodeUtf16(bytes.subarray(2), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
    if (bytes.length % 2 === 1)
      warnings.push(warning('TRUNCATED', 'odd number of bytes in UTF-16: last byte dropped', name));
  } else {
    checkSignatures(bytes, name);
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      raw = decodeUtf16(bytes, utf16);
      encoding = utf16.toUpperCase();
      warnings.push(
        warning(
          'ENCODING_GUESSED',
          `no byte-order mark: read as ${encoding} from its NUL-byte pattern`,
          name,
        ),
      );
    } else {
      checkControlBytes(bytes, name);
      try {
        raw = STRICT_UTF8.decode(bytes);
        encoding = 'UTF-8';
      } catch {
        const legacy = detectLegacy(bytes, name);
        raw = legacy.text;
        encoding = legacy.encoding;
        warnings = legacy.warnings;
        unicode = encoding === 'UTF-8';
      }
    }
  }

  let text = raw
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  if (!/[^\s\u00a0\ufeff]/u.test(text)) {
    throw new DecodeError(
      'EMPTY',
      `${label(name)}the file has no text (${bytes.length} bytes of whitespace)`,
    );
  }
  if (unicode) {
    const repair = repairMojibake(text);
    if (repair) {
      text = repair.text.normalize('NFC');
      warnings.push(
        warning(
          'LEGACY_MOJIBAKE',
          `${repair.words} word(s) of ${repair.encoding} text pasted into ${encoding} were converted to Unicode`,
          name,
          repair.firstSpan ?? undefined,
        ),
      );
    }
  }
  return { text, encoding, warnings };
}
