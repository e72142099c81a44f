/**
 * The read stage on real files of every format (tests/fixtures/formats, made by scripts/make-format-fixtures.py
 * from the seed texts and three real documents): the graph each format gives equals the graph of the text,
 * pages are kept and right, chrome and running headers stay out, and every bad input is its own ReadError.
 * OCR is in read-ocr.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract';
import { ReadError, readSource, type ReadResult } from '../../src/read';
import * as iconv from 'iconv-lite';
import { dropRunningLines, joinBrokenSymbols, judgeTextLayer, linesOf } from '../../src/read/pdf';
import { MAX_ENTRIES } from '../../src/read/zip';
import { fixture, graphOf, NAMES } from './read-helpers';

const tmp = mkdtempSync(path.join(tmpdir(), 'vanban-read-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(file: string, options = {}): Promise<ReadResult[]> {
  return readSource(file, readFileSync(fixture(file)), options);
}

async function readError(file: string, bytes: Uint8Array, options = {}): Promise<ReadError> {
  const error = await readSource(file, bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe('each format gives the graph of its text', () => {
  for (const name of NAMES) {
    it(`${name}: .pdf, .docx, .doc and .html equal .txt`, async () => {
      const text = await graphOf(`${name}.txt`);
      expect(text.shape.documents.length).toBeGreaterThan(0);
      for (const format of ['pdf', 'docx', 'doc', 'html']) {
        const other = await graphOf(`${name}.${format}`);
        expect({ format, ...other.shape }).toEqual({ format, ...text.shape });
        const doc = other.graph.documents.find((d) => d.source === 'DOC');
        expect(doc?.reader).toBe(format);
        expect(other.graph.warnings.filter((w) => w.code.startsWith('READ_'))).toEqual([]);
      }
    }, 30_000);
  }
});

describe('readers', () => {
  it('tells the format from the bytes, not the name', async () => {
    const pdf = readFileSync(fixture('seed_001.pdf'));
    expect((await readSource('report.txt', pdf))[0].reader).toBe('pdf');
    const docx = readFileSync(fixture('seed_001.docx'));
    expect((await readSource('download.bin', docx))[0].reader).toBe('docx');
    const doc = readFileSync(fixture('seed_001.doc'));
    expect((await readSource('x', doc))[0].reader).toBe('doc');
    const html = readFileSync(fixture('seed_001.html'));
    expect((await readSource('page.txt', html))[0].reader).toBe('html');
    const text = readFileSync(fixture('seed_001.txt'));
    const [t] = await readSource('seed_001.doc', text);
    expect(t.reader).toBe('text');
    expect(Buffer.from(t.bytes!).equals(text)).toBe(true);
  });

  it('PDF: pages kept, running header ("Trang 2/4") and footer dropped, numbers unbroken', async () => {
    const [r] = await read('seed_001.pdf');
    expect(r.reader).toBe('pdf');
    const pages = Number(
      /Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [fixture('seed_001.pdf')], { encoding: 'utf8' }))![1],
    );
    expect(r.pageCount).toBe(pages);
    expect(r.pages!.map((p) => p.number)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    for (const [i, p] of r.pages!.entries()) {
      expect(p.end).toBeGreaterThan(p.start);
      if (i > 0) expect(p.start).toBeGreaterThan(r.pages![i - 1].end - 1);
    }
    expect(r.text).not.toMatch(/Trang \d\/\d/u);
    expect(r.text).not.toContain('Bản sao điện tử');
    expect(r.text).toContain('Số: 4689');
  });

  it('PDF: each citation’s page is the page pdftotext finds it on', async () => {
    const { graph } = await graphOf('seed_002.pdf');
    const refs = (graph.references ?? []).filter((r) => r.source === 'DOC');
    expect(refs.length).toBeGreaterThan(5);
    const pageText = (n: number): string =>
      execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, fixture('seed_002.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/gu, '');
    const seen = new Set<number>();
    for (const ref of refs) {
      expect(ref.page).toBeGreaterThanOrEqual(1);
      const symbol = /\d+[-/][^\s,;.)]+/u.exec(ref.text)?.[0];
      if (!symbol) continue;
      expect(pageText(ref.page!)).toContain(symbol.replace(/\s+/gu, ''));
      seen.add(ref.page!);
    }
    expect(seen.size).toBeGreaterThan(1);
    const rels = graph.relations.filter((r) => r.source === 'DOC');
    expect(rels.every((r) => typeof r.page === 'number')).toBe(true);
  });

  it('web page: the main content only, without menus, the related-documents sidebar, scripts or footer', async () => {
    const [r] = await read('seed_003.html');
    expect(r.reader).toBe('html');
    expect(r.text).toContain('Số: 02 /CT-UBND');
    for (const chrome of [
      '35-NQ/TW',
      '77-KH/TU',
      'Trang chủ',
      'Văn bản liên quan',
      'Cơ quan chủ quản',
      'dataLayer',
      'Chia sẻ',
    ])
      expect(r.text).not.toContain(chrome);
  });

  it('zip: every entry read by its own reader, named archive!entry; a bad entry reported alone', async () => {
    const results = await read('bundle.zip');
    const byName = new Map(results.map((r) => [r.name, r]));
    expect([...byName.keys()].sort()).toEqual([
      'bundle.zip!ho-so/notes.rtf',
      'bundle.zip!ho-so/seed_001.docx',
      'bundle.zip!ho-so/seed_002.pdf',
      'bundle.zip!ho-so/web/seed_003.html',
      'bundle.zip!seed_000.txt',
    ]);
    expect(byName.get('bundle.zip!ho-so/seed_001.docx')?.reader).toBe('docx');
    expect(byName.get('bundle.zip!ho-so/seed_002.pdf')?.reader).toBe('pdf');
    expect(byName.get('bundle.zip!ho-so/web/seed_003.html')?.reader).toBe('html');
    expect(byName.get('bundle.zip!seed_000.txt')?.reader).toBe('text');
    expect(byName.get('bundle.zip!ho-so/notes.rtf')?.error?.code).toBe('unsupported-format');
    const g = await extractFiles([fixture('bundle.zip')]);
    expect(g.documents.filter((d) => d.source?.startsWith('bundle.zip!')).length).toBe(4);
    expect(g.warnings.find((w) => w.source === 'bundle.zip!ho-so/notes.rtf')?.code).toBe(
      'READ_UNSUPPORTED_FORMAT',
    );
  });

  it('running lines: page numbers and lines repeated at the edges of most pages go, the body stays', () => {
    const pages = [
      ['ỦY BAN NHÂN DÂN', 'Số: 12/UBND', 'Nội dung trang một', 'Cổng thông tin – bản sao'],
      ['Trang 2/3', 'Nội dung trang hai', 'Cổng thông tin – bản sao'],
      ['- 3 -', 'Nội dung trang ba', 'Nơi nhận:', 'Cổng thông tin – bản sao'],
    ];
    const { pages: kept, dropped } = dropRunningLines(pages);
    expect(dropped).toBe(5);
    expect(kept).toEqual([
      ['ỦY BAN NHÂN DÂN', 'Số: 12/UBND', 'Nội dung trang một'],
      ['Nội dung trang hai'],
      ['Nội dung trang ba', 'Nơi nhận:'],
    ]);
  });

  it('PDF lines: runs by baseline and x, spaces from gaps, columns apart, a fallback font’s letters in place', () => {
    const run = (str: string, x: number, y: number, width: number, font = 'f1') => ({
      str,
      x,
      y,
      width,
      size: 10,
      font,
    });
    expect(
      linesOf([
        run('CỘNG HÒA', 300, 700, 50),
        run('TỈNH ỦY', 60, 700.5, 40),
        run('Số:', 60, 688, 15),
        run('98-KH/TU', 77, 688, 40),
        // "THỊ" where the main font lacks "Ị": PDF.js gives "TH " spanning the gap and the "Ị" of another font.
        run('TH **', 60, 676, 28),
        run('Ị', 72, 676, 4, 'f2'),
      ]),
    ).toEqual(['TỈNH ỦY', 'CỘNG HÒA', 'Số: 98-KH/TU', 'THỊ**']);
  });

  it('a number broken after its hyphen at a line end is joined; a prose dash is not', () => {
    expect(joinBrokenSymbols(['Kế hoạch số 98-', 'KH/TU ngày 25/6/2019', 'kinh tế -', 'xã hội'])).toEqual([
      'Kế hoạch số 98-KH/TU ngày 25/6/2019',
      'kinh tế -',
      'xã hội',
    ]);
  });

  it('web page in a declared legacy charset (windows-1258)', async () => {
    const page = `<html><head><meta charset="windows-1258"><title>x</title></head><body><nav><a href="/">Trang chủ</a></nav>
      <article><p>Số: 12/UBND-VP</p><p>Thực hiện Kế hoạch số 98-KH/TU ngày 25/6/2019 của Ban Thường vụ Tỉnh ủy về công tác dân vận.</p>
      <p>Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện nghiêm túc các nội dung của Kế hoạch.</p></article></body></html>`;
    // Windows-1258 writes â, ơ, ư… whole and the tone as a combining mark after them.
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/u;
    const cp1258Form = [...page.normalize('NFC')]
      .map((ch) => {
        const parts = [...ch.normalize('NFD')];
        return `${parts
          .filter((c) => !tone.test(c))
          .join('')
          .normalize('NFC')}${parts.filter((c) => tone.test(c)).join('')}`;
      })
      .join('');
    const bytes = iconv.encode(cp1258Form, 'windows-1258');
    expect(bytes.includes(0x3f)).toBe(false); // nothing unencodable ("?")
    const [r] = await readSource('page.htm', bytes);
    expect(r.reader).toBe('html');
    expect(r.text).toContain('Thực hiện Kế hoạch số 98-KH/TU');
    expect(r.text).not.toContain('Trang chủ');
  });

  it('a text layer that is empty or glyph soup is not trusted', () => {
    expect(judgeTextLayer([['3'], ['']])).toMatch(/nearly empty/u);
    const soup = Array.from(
      { length: 40 },
      () => 'Thùc hiÖn NghÞ quyÕt cña Ban Th−êng vô TØnh ñy vÒ c«ng t¸c d©n vËn',
    );
    expect(judgeTextLayer([soup])).toMatch(/not Vietnamese|symbols/u);
    const good = Array.from(
      { length: 40 },
      () => 'Thực hiện Nghị quyết của Ban Thường vụ Tỉnh ủy về công tác dân vận',
    );
    expect(judgeTextLayer([good])).toBeNull();
  });
});

/** A zip of the given entries, deflated, written here (the project has no zip writer, only readers). */
function makeZip(entries: { name: string; data: Buffer }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name: entryName, data } of entries) {
    const name = Buffer.from(entryName);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}

function emptyFiles(count: number): { name: string; data: Buffer }[] {
  return Array.from({ length: count }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.alloc(0) }));
}

describe('bad input: one clear ReadError per file, nothing else lost', () => {
  it('encrypted PDF', async () => {
    const e = await readError('encrypted.pdf', readFileSync(fixture('encrypted.pdf')));
    expect(e.code).toBe('encrypted-pdf');
    expect(e.message).toMatch(/password/u);
  });

  it('corrupt PDF, and a .pdf that is no PDF at all', async () => {
    expect((await readError('corrupt.pdf', readFileSync(fixture('corrupt.pdf')))).code).toBe('corrupt-pdf');
    expect((await readError('scan.pdf', Buffer.from('hello'))).code).toBe('corrupt-pdf');
  });

  it('a .docx that is not a zip', async () => {
    const e = await readError('not-a-zip.docx', readFileSync(fixture('not-a-zip.docx')));
    expect(e.code).toBe('not-a-zip');
  });

  it('zip bomb: by ratio, by entry count and by total size', async () => {
    const e = await readError('bomb.zip', readFileSync(fixture('bomb.zip')));
    expect(e.code).toBe('zip-bomb');
    expect(e.message).toMatch(/1029:1/u);
    const many = makeZip(emptyFiles(MAX_ENTRIES + 1));
    expect((await readError('many.zip', many)).code).toBe('zip-bomb');
    // By total size: entries each under the per-file limit that unpack to more than ten times it together.
    const line = Buffer.from(
      'Thực hiện Kế hoạch số 98-KH/TU ngày 25/6/2019 của Ban Thường vụ Tỉnh ủy. '.repeat(200),
    );
    const total = makeZip(Array.from({ length: 12 }, (_, i) => ({ name: `t${i}.txt`, data: line })));
    expect(line.length).toBeLessThan(20_000);
    const big = await readError('total.zip', total, { maxBytes: 20_000 });
    expect(big.code).toBe('zip-bomb');
    expect(big.message).toMatch(/unpacks to \d+ bytes \(limit 200000\)/u);
    expect(await readSource('total.zip', total, { maxBytes: 40_000 })).toHaveLength(12);
    // The same writer under the limit is a valid (empty) archive: the limit, not the writer, refused it.
    expect(await readSource('few.zip', makeZip(emptyFiles(3)))).toHaveLength(3);
  });

  it('files over the size limit, given directly or unpacked from a zip', async () => {
    const pdf = readFileSync(fixture('seed_001.pdf'));
    const e = await readError('seed_001.pdf', pdf, { maxBytes: pdf.length - 1 });
    expect(e.code).toBe('too-large');
    expect(e.message).toContain(String(pdf.length));
    // An archive under the limit whose entry unpacks over it: that entry is refused, its sibling read.
    const small = readFileSync(fixture('seed_004.docx'));
    const big = Buffer.from(readFileSync(fixture('seed_001.txt'), 'utf8').repeat(4));
    const zip = makeZip([
      { name: 'a/seed_004.docx', data: small },
      { name: 'a/big.txt', data: big },
    ]);
    const limit = 20_000;
    expect(zip.length).toBeLessThan(limit);
    expect(big.length).toBeGreaterThan(limit);
    const results = await readSource('mail.zip', zip, { maxBytes: limit });
    expect(results.find((r) => r.name === 'mail.zip!a/seed_004.docx')?.reader).toBe('docx');
    expect(results.find((r) => r.name === 'mail.zip!a/big.txt')?.error?.code).toBe('too-large');
  });

  it('extractFiles: every bad file is a warning naming the file and its code; the good ones are extracted', async () => {
    const files = ['encrypted.pdf', 'corrupt.pdf', 'not-a-zip.docx', 'bomb.zip', 'seed_004.docx'].map(
      fixture,
    );
    const g = await extractFiles(files);
    const codes = Object.fromEntries(
      g.warnings.filter((w) => w.code.startsWith('READ_')).map((w) => [w.source, w.code]),
    );
    expect(codes).toEqual({
      'encrypted.pdf': 'READ_ENCRYPTED_PDF',
      'corrupt.pdf': 'READ_CORRUPT_PDF',
      'not-a-zip.docx': 'READ_NOT_A_ZIP',
      'bomb.zip': 'READ_ZIP_BOMB',
    });
    for (const w of g.warnings.filter((x) => x.code.startsWith('READ_')))
      expect(w.message.startsWith(`${w.source}: `)).toBe(true);
    expect(g.documents.find((d) => d.source === 'seed_004.docx')?.symbol).toBe('1225/UBND-NC');
  });

  it('files read ahead in parallel are still extracted and reported in the order given', async () => {
    const files = [
      'seed_003.pdf',
      'corrupt.pdf',
      'seed_000.docx',
      'seed_001.txt',
      'seed_002.html',
      'seed_004.doc',
    ];
    const seen: string[] = [];
    const g = await extractFiles(files.map(fixture), { jobs: 3, onFile: (name) => seen.push(name) });
    expect(seen).toEqual(files.filter((f) => f !== 'corrupt.pdf'));
    expect(g.warnings.filter((w) => w.code.startsWith('READ_')).map((w) => w.source)).toEqual([
      'corrupt.pdf',
    ]);
  });

  it('a folder walk picks up every readable format', async () => {
    const dir = path.join(tmp, 'walk');
    execFileSync('mkdir', ['-p', path.join(dir, 'sub')]);
    for (const f of ['seed_004.pdf', 'seed_000.docx', 'seed_002.html'])
      writeFileSync(path.join(dir, 'sub', f), readFileSync(fixture(f)));
    writeFileSync(path.join(dir, 'notes.json'), '{"not": "a document"}');
    const g = await extractFiles([dir]);
    expect(
      g.documents
        .filter((d) => d.source)
        .map((d) => `${d.source}:${d.reader}`)
        .sort(),
    ).toEqual([
      `${path.join('sub', 'seed_000.docx')}:docx`,
      `${path.join('sub', 'seed_002.html')}:html`,
      `${path.join('sub', 'seed_004.pdf')}:pdf`,
    ]);
  });
});
