import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeDocument, scoreVietnamese } from '../../src/read/decode';
import {
  UnencodableError,
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
} from '../../src/read/legacy-encodings';
import { splitTone } from '../../src/read/legacy-encodings/syllable';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'encodings');
const SEEDS = join(ROOT, 'seed');

const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
/** Every non-empty line of the five seeds. */
const seedLines = seedTexts.flatMap((t) => t.split('\n')).filter((l) => l.trim().length > 0);
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** Lines an encoder can represent (TCVN3 has no superscripts, for instance). */
function encodable(encode: (s: string) => Uint8Array): string[] {
  return seedLines.filter((l) => {
    try {
      encode(l);
      return true;
    } catch (e) {
      if (e instanceof UnencodableError) return false;
      throw e;
    }
  });
}

/** Windows-1258 as Word wrote it: base letters (â, ơ, đ …) followed by a combining tone mark. */
function toCp1258(text: string): Buffer {
  const decomposed = [...text].map((ch) => {
    const { letter, tone } = splitTone(ch);
    return letter + tone;
  });
  return iconv.encode(decomposed.join(''), 'windows1258');
}

function decodeError(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('legacy tables round-trip real Vietnamese', () => {
  const cases = [
    { name: 'TCVN3', encode: encodeTcvn3, decode: decodeTcvn3 },
    { name: 'VNI-Windows', encode: encodeVni, decode: decodeVni },
  ];
  for (const c of cases) {
    it(`${c.name}: every encodable seed line decodes back to the exact NFC original`, () => {
      const lines = encodable(c.encode);
      expect(lines.length).toBeGreaterThan(seedLines.length * 0.9);
      for (const line of lines) expect(c.decode(c.encode(line))).toBe(line);
    });

    it(`${c.name}: a whole seed paragraph is detected and restored by decodeDocument`, () => {
      const paragraph = encodable(c.encode)
        .filter((l) => l.length > 300)
        .slice(0, 3)
        .join('\n');
      expect(paragraph.length).toBeGreaterThan(900);
      const out = decodeDocument(c.encode(paragraph), 'p.txt');
      expect(out.encoding).toBe(c.name);
      expect(out.text).toBe(paragraph);
      expect(out.warnings).toHaveLength(1);
      expect(out.warnings[0]).toMatchObject({ code: 'LEGACY_ENCODING', source: 'p.txt' });
      expect(out.warnings[0].message).toContain(c.name);
    });
  }

  it('TCVN3 keeps toned capitals and curly quotes apart (both live in 0x80–0x9F)', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH “Dân vận khéo” – Ở cấp tỉnh, ỘI';
    const bytes = encodeTcvn3(text);
    expect(decodeTcvn3(bytes)).toBe(text);
    // The same byte 0x93 is Ỏ inside a word and a left quote before one.
    expect(decodeTcvn3(Uint8Array.from([0x48, 0x93]))).toBe('HỎ');
    expect(decodeTcvn3(Uint8Array.from([0x93, 0x44, 0xa9, 0x6e]))).toBe('“Dân');
  });

  it('TCVN3 decoding stays linear on an endless word full of 0x80–0x9F bytes', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i % 2 === 0 ? 0x61 : 0x93));
    const text = decodeTcvn3(bytes);
    expect(text).toBe('a“'.repeat(100_000));
  });

  it('encoders refuse what the encoding cannot hold, naming the character', () => {
    expect(() => encodeTcvn3('x² ')).toThrow(/cannot encode "²".*TCVN3/);
    expect(() => encodeVni('中')).toThrow(UnencodableError);
  });
});

describe('decodeDocument: encodings (fixtures made by independent encoders)', () => {
  const table = [
    {
      file: 'sample.tcvn3.txt',
      expected: 'sample.expected.txt',
      encoding: 'TCVN3',
      warning: 'LEGACY_ENCODING',
    },
    {
      file: 'sample.cp1258.txt',
      expected: 'sample.expected.txt',
      encoding: 'windows-1258',
      warning: 'LEGACY_ENCODING',
    },
    {
      file: 'handwritten.vni.txt',
      expected: 'handwritten.vni.expected.txt',
      encoding: 'VNI-Windows',
      warning: 'LEGACY_ENCODING',
    },
    {
      file: 'mojibake-tcvn3.utf8.txt',
      expected: 'mojibake-tcvn3.expected.txt',
      encoding: 'UTF-8',
      warning: 'LEGACY_MOJIBAKE',
    },
  ];
  for (const row of table) {
    it(`${row.file} → ${row.encoding}`, () => {
      const out = decodeDocument(fixture(row.file), row.file);
      expect(out.text).toBe(fixture(row.expected).toString('utf8'));
      expect(out.encoding).toBe(row.encoding);
      expect(out.warnings.map((w) => w.code)).toEqual([row.warning]);
    });
  }

  it('Windows-1258 of a seed paragraph (combining tone marks) comes back composed to NFC', () => {
    const paragraph = seedLines.filter((l) => l.length > 300)[0].replace(/[“”]/g, '"');
    const out = decodeDocument(toCp1258(paragraph));
    expect(out.encoding).toBe('windows-1258');
    expect(out.text).toBe(paragraph);
    expect(out.text.normalize('NFC')).toBe(out.text);
  });

  it('every seed is UTF-8 and decodes unchanged, without warnings', () => {
    for (const seed of seedTexts) {
      const out = decodeDocument(Buffer.from(seed, 'utf8'));
      expect(out).toEqual({ text: seed.replace(/\r\n?/g, '\n'), encoding: 'UTF-8', warnings: [] });
    }
  });
});

describe('decodeDocument: Unicode inputs', () => {
  const text = 'Ủy ban nhân dân tỉnh Quảng Ngãi\nSố: 4611/UBND-NC';

  it('UTF-8 with and without BOM (the BOM is dropped)', () => {
    expect(decodeDocument(Buffer.from(text, 'utf8')).text).toBe(text);
    const bom = decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(bom).toEqual({ text, encoding: 'UTF-8', warnings: [] });
  });

  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeDocument(le)).toEqual({ text, encoding: 'UTF-16LE', warnings: [] });
    expect(decodeDocument(be)).toEqual({ text, encoding: 'UTF-16BE', warnings: [] });
  });

  it('UTF-16 without BOM is recognised by its NUL pattern, with a warning', () => {
    const le = decodeDocument(Buffer.from(text, 'utf16le'));
    expect(le.text).toBe(text);
    expect(le.encoding).toBe('UTF-16LE');
    expect(le.warnings.map((w) => w.code)).toEqual(['ENCODING_GUESSED']);
  });

  it('normalises line endings and NFC, keeping everything else (tabs, trailing spaces)', () => {
    const decomposed = 'Kon Tum\r\nngày\t 5 \rtháng'.normalize('NFD');
    const out = decodeDocument(Buffer.from(decomposed, 'utf8'));
    expect(out.text).toBe('Kon Tum\nngày\t 5 \ntháng');
  });

  it('stray invalid bytes in UTF-8 are read as Windows-1252 and reported, the rest intact', () => {
    const body = Buffer.from(`${seedLines[10]}\n${seedLines[11]}`, 'utf8');
    const at = body.indexOf(0x20, 30); // a character boundary
    const bad = Buffer.concat([body.subarray(0, at), Buffer.from([0xa7]), body.subarray(at)]);
    const out = decodeDocument(bad, 'bad.txt');
    expect(out.encoding).toBe('UTF-8');
    expect(out.text).toBe(`${body.subarray(0, at).toString('utf8')}§${body.subarray(at).toString('utf8')}`);
    expect(out.warnings).toEqual([
      expect.objectContaining({
        code: 'INVALID_UTF8',
        source: 'bad.txt',
        message: expect.stringContaining(`byte ${at}`),
      }),
    ]);
  });
});

describe('decodeDocument: mojibake pasted into UTF-8', () => {
  it('converts VNI words inside a genuine Unicode line, and the warning span points at converted text', () => {
    const pasted = iconv.decode(Buffer.from(encodeVni('thực hiện Kế hoạch của Tỉnh ủy')), 'windows1252');
    expect(pasted).toBe('thöïc hieän Keá hoaïch cuûa Tænh uûy');
    const out = decodeDocument(Buffer.from(`Ủy ban nhân dân ${pasted} ngày 5.`, 'utf8'));
    expect(out.text).toBe('Ủy ban nhân dân thực hiện Kế hoạch của Tỉnh ủy ngày 5.');
    expect(out.warnings).toHaveLength(1);
    const [w] = out.warnings;
    expect(w.code).toBe('LEGACY_MOJIBAKE');
    expect(w.message).toMatch(/VNI-Windows/);
    expect(out.text.slice(w.span!.start, w.span!.end)).toBe('thực');
  });

  it('leaves genuine Unicode with foreign words and Latin-1 letters alone', () => {
    const text =
      'Đoàn công tác gặp ông José Müller tại café Đà Lạt; tài chính, bán lẻ, ý kiến, "À", São Paulo.';
    expect(decodeDocument(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8', warnings: [] });
  });

  it('converts whole pasted lines but keeps genuine lines that happen to use only Latin-1 letters', () => {
    const pasted = (s: string): string => iconv.decode(Buffer.from(encodeTcvn3(s)), 'windows1252');
    const source = [
      'Tài chính, bán lẻ',
      pasted('Số: 98-KH/TU'),
      pasted('Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy'),
      'Đà Nẵng, ngày 5',
    ].join('\n');
    const out = decodeDocument(Buffer.from(source, 'utf8'));
    expect(out.text).toBe(
      [
        'Tài chính, bán lẻ',
        'Số: 98-KH/TU',
        'Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy',
        'Đà Nẵng, ngày 5',
      ].join('\n'),
    );
    expect(out.warnings.map((w) => w.code)).toEqual(['LEGACY_MOJIBAKE']);
    expect(out.warnings[0].span).toEqual({ start: 18, end: 30 });
  });

  it('Latin-1 footnote markers and symbols next to Vietnamese words are not legacy letters', () => {
    // ¹ ² ³ ° § are single Latin-1 characters that TCVN3 would read as letters (¹ → ạ): a body with many
    // footnote markers must come back unchanged.
    for (const text of [
      'quy chế dân chủ ở cơ sở¹ và các văn bản của Tỉnh ủy.\n\n¹ Kế hoạch số 105-KH/TU ngày 12-5-2016.',
      'Thực hiện tốt quy chế dân chủ ở cơ sở¹, Kết luận số 114-KL/TW²; tổ chức thực hiện³ ở 30°C, § 2¹ và Luật²',
    ]) {
      expect(decodeDocument(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8', warnings: [] });
    }
  });

  it('a single mojibake-looking word is not enough evidence to rewrite anything', () => {
    const text = 'Quỹ khuyến học (Quü) năm 2020';
    expect(decodeDocument(Buffer.from(text, 'utf8')).text).toBe(text);
  });
});

describe('decodeDocument: errors', () => {
  it('EMPTY for no bytes and for whitespace only', () => {
    expect(decodeError(() => decodeDocument(new Uint8Array(0), 'a.txt'))).toMatchObject({
      code: 'EMPTY',
      message: expect.stringContaining('a.txt'),
    });
    expect(decodeError(() => decodeDocument(Buffer.from(' \r\n\t \n', 'utf8'))).code).toBe('EMPTY');
    expect(decodeError(() => decodeDocument(Buffer.from([0xef, 0xbb, 0xbf, 0x20]))).code).toBe('EMPTY');
  });

  const binaries: [string, Buffer, RegExp][] = [
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /looks like a PDF: extract its text first/],
    [
      'DOCX',
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x03, 0x04]),
        Buffer.from('\x14\x00\x06\x00word/document.xml'),
      ]),
      /Word \(\.docx\)/,
    ],
    ['ZIP', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('data.csv')]), /a ZIP archive/],
    ['DOC', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.doc\/\.xls/],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ['NUL bytes', Buffer.from('Số 12\u0000\u0000abc', 'latin1'), /NUL bytes \(first at byte 5\)/],
    [
      'control characters',
      Buffer.from('ab\u0003\u0007\u001b\u0008cd\u0003\u0007'.repeat(20), 'latin1'),
      /control characters/,
    ],
  ];
  for (const [what, bytes, message] of binaries) {
    it(`BINARY for ${what}`, () => {
      const err = decodeError(() => decodeDocument(bytes, 'x.bin'));
      expect(err.code).toBe('BINARY');
      expect(err.message).toMatch(message);
      expect(err.message).toContain('x.bin');
    });
  }

  it('TOO_LARGE names the size and the limit; the default limit is 32 MiB', () => {
    const err = decodeError(() => decodeDocument(Buffer.alloc(2000, 0x61), 'big.txt', { maxBytes: 1000 }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('2000 bytes');
    expect(err.message).toContain('1000');
    const justOver = new Uint8Array(32 * 1024 * 1024 + 1);
    expect(decodeError(() => decodeDocument(justOver)).code).toBe('TOO_LARGE');
  });

  it('UNDECODABLE for text in no Vietnamese encoding (Russian in CP1251, random high bytes)', () => {
    const russian = iconv.encode(
      'Привет, это документ на русском языке без вьетнамских слов.',
      'windows1251',
    );
    const err = decodeError(() => decodeDocument(russian, 'ru.txt'));
    expect(err.code).toBe('UNDECODABLE');
    expect(err.message).toMatch(/ru\.txt: not valid UTF-8.*convert it to UTF-8/);
    let seed = 7;
    const random = Buffer.alloc(5000);
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      random[i] = i % 6 === 5 ? 0x20 : 0x80 + ((seed >>> 16) % 128);
    }
    expect(decodeError(() => decodeDocument(random)).code).toBe('UNDECODABLE');
  });
});

describe('scoreVietnamese', () => {
  it('rates correct Vietnamese high and wrongly decoded legacy text low', () => {
    const good = scoreVietnamese(seedLines.filter((l) => l.length > 300)[0]);
    expect(good.quality).toBeGreaterThan(0.95);
    expect(good.frequent).toBeGreaterThan(3);
    const wrong = scoreVietnamese(
      iconv.decode(Buffer.from(encodeTcvn3('Thực hiện Kế hoạch của Tỉnh ủy')), 'windows1258'),
    );
    expect(wrong.quality).toBeLessThan(0.3);
  });
});

describe('decodeDocument: size and adversarial input', () => {
  it('decodes a 10 MB UTF-8 document', { timeout: 60_000 }, () => {
    const unit = `${seedTexts[3]}\n`;
    const big = Buffer.from(unit.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(unit))), 'utf8');
    expect(big.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const out = decodeDocument(big);
    expect(out.encoding).toBe('UTF-8');
    expect(out.text.length).toBe(big.toString('utf8').replace(/\r\n?/g, '\n').length);
  });

  it('decodes a 10 MB TCVN3 document', { timeout: 60_000 }, () => {
    const unit = `${encodable(encodeTcvn3).join('\n')}\n`;
    const bytes = Buffer.from(encodeTcvn3(unit));
    const big = Buffer.concat(
      Array.from({ length: Math.ceil((10 * 1024 * 1024) / bytes.length) }, () => bytes),
    );
    const out = decodeDocument(big);
    expect(out.encoding).toBe('TCVN3');
    expect(out.text.slice(0, unit.length)).toBe(unit);
  });

  it('a 100,000-character single line, plain and adversarial, is fine', { timeout: 30_000 }, () => {
    const words = seedLines.join(' ').split(' ');
    let line = '';
    for (let i = 0; line.length < 100_000; i++) line += `${words[i % words.length]} `;
    expect(decodeDocument(Buffer.from(line, 'utf8')).text).toBe(line);
    // One endless "word" of legacy-looking characters, and one of letters and marks.
    const symbols = '¸µ¶·ª'.repeat(20_000);
    expect(decodeDocument(Buffer.from(symbols, 'utf8')).text).toBe(symbols);
    const marks = `a${'\u0301'.repeat(100_000)}`;
    expect(decodeDocument(Buffer.from(marks, 'utf8')).text.length).toBeGreaterThan(0);
    const tcvnWords = encodable(encodeTcvn3).join(' ').split(' ');
    let tcvnLine = '';
    for (let i = 0; tcvnLine.length < 100_000; i++) tcvnLine += `${tcvnWords[i % tcvnWords.length]} `;
    const tcvn = decodeDocument(encodeTcvn3(tcvnLine));
    expect(tcvn.encoding).toBe('TCVN3');
    expect(tcvn.text).toBe(tcvnLine);
  });
});
