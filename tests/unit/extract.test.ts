/** The library API and the CLI: folders, decoding, per-file errors as warnings, size limits, offsets. */
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { extractDocument, extractFiles } from '../../src/extract';
import { run } from '../../src/cli/extract';
import type { ExtractionGraph } from '../../src/model';

const SEED = path.resolve(__dirname, '../../seed');
const dir = mkdtempSync(path.join(tmpdir(), 'vanban-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LETTER =
  'Số: 12/UBND-VP\n\nKon Tum, ngày 02 tháng 3 năm 2020\n\nThực hiện Kế hoạch số 98-KH/TU ngày 25/6/2019 của Ban Thường vụ Tỉnh ủy.\n';

describe('extractFiles', () => {
  writeFileSync(path.join(dir, 'a.txt'), LETTER);
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'b.md'), LETTER.replace('12/UBND-VP', '13/UBND-VP'));
  writeFileSync(path.join(dir, 'sub', 'ignored.pdf'), 'not text');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(5000));

  it('walks folders, reads .txt and .md, and turns bad files into warnings without stopping', async () => {
    const g = await extractFiles([dir, path.join(dir, 'missing.txt')], { maxBytes: 4096 });
    const sources = g.documents
      .filter((d) => d.source)
      .map((d) => d.source)
      .sort();
    expect(sources).toEqual(['a.txt', path.join('sub', 'b.md')]);
    // Both letters cite the same plan: one node, two edges.
    expect(g.documents.filter((d) => d.symbol === '98-KH/TU')).toHaveLength(1);
    expect(g.relations).toHaveLength(2);
    const codes = g.warnings.map((w) => `${w.code}:${w.source}`).sort();
    expect(codes).toContain('TOO_LARGE:big.txt');
    expect(codes.some((c) => c.startsWith('DECODE_') && c.endsWith(':binary.txt'))).toBe(true);
    expect(codes.some((c) => c.startsWith('DECODE_') && c.endsWith(':empty.txt'))).toBe(true);
    expect(codes.some((c) => c.startsWith('UNREADABLE:'))).toBe(true);
  });

  it('reads legacy-encoded files through the decoder (UTF-16 with BOM)', async () => {
    const file = path.join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER, 'utf16le')]));
    const g = await extractFiles([file]);
    expect(g.documents.find((d) => d.source === 'utf16.txt')?.symbol).toBe('12/UBND-VP');
  });
});

describe('extractDocument', () => {
  it('refuses text over the limit with a clear warning', () => {
    const g = extractDocument('a'.repeat(100), { source: 'x.txt', maxChars: 10 });
    expect(g.documents).toEqual([]);
    expect(g.warnings).toMatchObject([{ code: 'TOO_LARGE', source: 'x.txt' }]);
  });

  it('spans point into the NFC original, through markup and footnotes', () => {
    const text = readFileSync(path.join(SEED, '004_8800843da0d968ee.txt'), 'utf8').normalize('NFC');
    const g = extractDocument(text, { source: '004' });
    for (const r of g.references ?? []) {
      const doc = g.documents.find((d) => d.id === r.target);
      expect(text.slice(r.span.start, r.span.end).replace(/\*/gu, '')).toBe(r.text);
      expect(r.text).toContain(doc?.symbol as string);
    }
    const seed2 = readFileSync(path.join(SEED, '002_6cf038721f193c12.txt'), 'utf8').normalize('NFC');
    const g2 = extractDocument(seed2, { source: '002' });
    const r18 = (g2.references ?? []).filter((r) => r.text.startsWith('Nghị quyết số 18-NQ/TW'));
    expect(r18.length).toBe(2);
    for (const r of r18) expect(seed2.slice(r.span.start, r.span.end)).toBe(r.text);
    expect(r18.some((r) => r.text.includes('ngày 25-10-2017'))).toBe(true);
    // A citation broken by a page foot: its span runs over the footnote; its text is the joined citation.
    const r53 = (g2.references ?? []).find((r) => r.text.includes('53-CTr/TU'));
    expect(r53?.text).toBe('Chương trình số 53-CTr/TU ngày 21 tháng 02 năm 2018 của của Tỉnh ủy');
    expect(seed2.slice(r53?.span.start, r53?.span.end)).toMatch(/^Chương trình số 53-CTr\/TU[^]*\n\nủy$/u);
  });

  it('never takes the document’s own number for a citation', () => {
    const g = extractDocument(
      'Số: 12/UBND-VP\n\nKon Tum, ngày 02 tháng 3 năm 2020\n\nCông văn số 12/UBND-VP này thay thế Công văn số 5/UBND-VP.',
    );
    expect(g.relations.map((r) => r.type)).toEqual(['REPLACES']);
    expect(g.documents).toHaveLength(2);
  });

  it('reads the issuer of a citation through a space the page lost (“tỉnhLào Cai”)', () => {
    const g = extractDocument(
      'VĂN PHÒNG CHÍNH PHỦ\nSố: 4351/VPCP-KTN\nHà Nội, ngày 01 tháng 7 năm 2011\n\nXét đề nghị của Ủy ban nhân dân tỉnhLào Cai (công văn số 3450/UBND-CN ngày 24 tháng 12 năm 2010), Thủ tướng Chính phủ có ý kiến như sau.',
    );
    const cited = g.documents.find((d) => d.symbol === '3450/UBND-CN');
    expect(cited?.scope).toBe('Lào Cai');
    expect(cited?.issuer).toBe('Ủy ban nhân dân tỉnh Lào Cai');
  });

  it('an empty text gives an empty graph with a warning, not a crash', () => {
    const g = extractDocument('');
    expect(g.relations).toEqual([]);
    expect(g.warnings.map((w) => w.code)).toContain('NO_LOCALITY');
  });
});

describe('vanban extract', () => {
  const capture = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    try {
      return { code: await run(args), out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  };

  it('--json prints the ExtractionGraph', async () => {
    const { code, out } = await capture([SEED, '--json']);
    expect(code).toBe(0);
    const g = JSON.parse(out) as ExtractionGraph;
    expect(g.documents.filter((d) => d.source)).toHaveLength(5);
    expect(g.relations.length).toBeGreaterThan(40);
  });

  it('prints a summary: documents, relations by type, warnings', async () => {
    const { code, out } = await capture([SEED]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Documents: 40 \(5 read in full, 35 cited\)/u);
    expect(out).toMatch(/IMPLEMENTS\s+\d+/u);
    expect(out).toMatch(/\[CHRONOLOGY\] 739\/KH-UBND/u);
  });

  it('usage errors exit 2', async () => {
    expect((await capture([])).code).toBe(2);
    expect((await capture(['--bogus', SEED])).code).toBe(2);
    expect((await capture(['--max-bytes', 'x', SEED])).code).toBe(2);
  });
});

describe('evidence is a bounded window around the citation', () => {
  it('keeps a short sentence whole and caps a run-on one, with the citation kept', async () => {
    const { extractDocument, MAX_EVIDENCE } = await import('../../src/extract');
    const run = 'Nghị quyết số 1-NQ/TW ngày 01/01/2020 của Bộ Chính trị và '.repeat(2000);
    const g = extractDocument(
      `TỈNH ỦY QUẢNG NGÃI\nSố 5-KH/TU\nQuảng Ngãi, ngày 1 tháng 2 năm 2021\n\nKẾ HOẠCH\n\nThực hiện ${run}Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n`,
      { source: 'x.txt' },
    );
    const ct = g.documents.find((d) => d.symbol === '05-CT/TW');
    const rel = g.relations.find((r) => r.to === ct?.id);
    expect(rel?.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE + 100);
    expect(rel?.evidence).toContain('05-CT/TW');
    for (const r of g.relations) expect(r.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE + 100);
    const short = extractDocument(
      'Số: 1/UBND-VX\nQuảng Ngãi, ngày 1 tháng 2 năm 2021\nV/v x\n\nThực hiện Kế hoạch số 98-KH/TU ngày 25/6/2019 của Ban Thường vụ Tỉnh ủy.\n',
      { source: 'y.txt' },
    );
    expect(short.relations[0].evidence).toBe(
      'Thực hiện Kế hoạch số 98-KH/TU ngày 25/6/2019 của Ban Thường vụ Tỉnh ủy.',
    );
  });
});

/** A text's relations as "<from symbol> <TYPE> <to symbol>" (the document's own symbol, or the key's tail). */
const edgesOf = (text: string): string[] =>
  extractDocument(text, { source: 'case.txt' }).relations.map(
    (r) => `${r.from.split('|')[1]} ${r.type} ${r.to.split('|')[1]}`,
  );

describe('a news item retells the document it has reported (REPORT_CONTINUATIONS)', () => {
  const edges = edgesOf;
  it('"Theo đó, …" is what the reported letter does', () => {
    const got = edges(
      'Triển khai Chương trình hành động của Tỉnh ủy\n\nUBND tỉnh Lạng Sơn vừa ban hành công văn chỉ đạo triển khai Chương trình hành động của Tỉnh ủy (Công văn số 1483/UBND-THNC, ngày 17/11/2020).\n\nẢnh minh họa.\n\nTheo đó, UBND tỉnh yêu cầu các sở, ngành xây dựng kế hoạch triển khai thực hiện Chương trình hành động số 04-CTr/TU ngày 06/11/2020 của Ban Chấp hành Đảng bộ tỉnh.\n',
    );
    expect(got).toContain('1483/UBND-THNC IMPLEMENTS 04-CTr/TU');
  });
  it('"Theo Kế hoạch, …": the reported text named again by its kind alone (dev94 jx12)', () => {
    const text =
      'Ngày 15/9/2020, UBND tỉnh Sơn La đã ban hành Kế hoạch số 2933/UBND-KT về việc tổ chức các hoạt động hưởng ứng Chiến dịch Làm cho thế giới sạch hơn năm 2020.\n\nTheo Kế hoạch, các sở, ngành tổ chức các hoạt động hưởng ứng Chiến dịch theo hướng dẫn của Bộ TN&MT tại Công văn số 4984/BTNMT-TTTNMT ngày 10/9/2020.\n';
    expect(edges(text)).toContain('2933/UBND-KT IMPLEMENTS 4984/BTNMT-TTTNMT');
    // An opening that names no text ("Theo các đơn vị, …") leaves the sentence the item's own.
    expect(edges(text.replace('Theo Kế hoạch,', 'Theo các đơn vị,'))).not.toContain(
      '2933/UBND-KT IMPLEMENTS 4984/BTNMT-TTTNMT',
    );
  });
  it("a body that asks or assigns as the next sentence's subject retells it too (ASKING_VERBS; dev49 ge06)", () => {
    const text =
      'Chủ tịch UBND TP Cần Thơ Trần Việt Trường vừa ký ban hành Công văn số 3400/UBND-KGVX về việc thực hiện chuyển đổi số.\nChủ tịch UBND thành phố giao giám đốc các sở, chủ tịch UBND quận, huyện triển khai thực hiện Nghị quyết số 02-NQ/TU của Thành ủy Cần Thơ về chuyển đổi số.\n';
    expect(edges(text)).toContain('3400/UBND-KGVX IMPLEMENTS 02-NQ/TU');
    // A sentence whose subject is no body ("Các sở giao …") is the item's own.
    expect(edges(text.replace('Chủ tịch UBND thành phố giao', 'Nhiều đơn vị cũng đã giao'))).not.toContain(
      '3400/UBND-KGVX IMPLEMENTS 02-NQ/TU',
    );
  });
  it('and the list after a retelling sentence that ends in ":" goes on retelling the document it reported first', () => {
    const got = edges(
      'Ngày 25/7/2022, Thành ủy Cần Thơ có công văn số 552-CV/TU về tiếp tục tập trung chỉ đạo, thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị.\nTheo đó, Ban Thường vụ Thành ủy yêu cầu các cấp ủy thực hiện tốt một số nhiệm vụ trọng tâm sau:\n- Tổ chức thực hiện Nghị quyết số 98/NQ-CP và Nghị quyết số 45/2022/QH15.\n- Triển khai thực hiện Chỉ thị số 15-CT/TU ngày 22/02/2022 của Ban Thường vụ Thành ủy.\n',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        '552-CV/TU IMPLEMENTS 98/NQ-CP',
        '552-CV/TU IMPLEMENTS 45/2022/QH15',
        '552-CV/TU IMPLEMENTS 15-CT/TU',
      ]),
    );
  });
  it('"Cụ thể:" after it goes on retelling, and so does the paragraph it announces', () => {
    const got = edges(
      'Hướng dẫn nội dung tuyên truyền tháng 4/2015\n\nNgày 06/4/2015, Đảng ủy Văn phòng UBND tỉnh Lai Châu ban hành văn bản số 391-CV/ĐU hướng dẫn nội dung tuyên truyền.\n\nTheo đó, Đảng uỷ yêu cầu Cấp uỷ các chi bộ lãnh đạo thực hiện tốt công tác tuyên truyền. Cụ thể:\n\nTập trung tuyên truyền 07 nội dung theo Hướng dẫn số 94-HD/ĐUK, ngày 30/3/2015 của Đảng uỷ Khối CCQ tỉnh.\n',
    );
    expect(got).toContain('391-CV/ĐU IMPLEMENTS 94-HD/ĐUK');
  });
  it('"Mục đích của Kế hoạch nhằm …": the reported plan’s aim is the plan’s (PURPOSE_OF; dev106 kj08)', () => {
    const text =
      'Thông tin chỉ đạo, điều hành\n\nNgày 22/7/2019, UBND huyện Đăk Tô đã ban hành Kế hoạch số 59/KH-UBND về phát triển dược liệu trên địa bàn huyện Đăk Tô đến năm 2020.\nMục đích của Kế hoạch nhằm triển khai thực hiện Chỉ thị số 05/CT-UBND ngày 28/12/2018 của UBND tỉnh trên địa bàn huyện.\n';
    const got = edges(text);
    expect(got).toEqual(
      expect.arrayContaining(['(unnumbered văn bản) CITES 59/KH-UBND', '59/KH-UBND IMPLEMENTS 05/CT-UBND']),
    );
  });
  it('"Công văn nêu rõ: …" names the reported letter as the subject, and its paragraph goes on retelling it (RETELLING_VERBS)', () => {
    const text =
      'Tuyên truyền, phổ biến kết quả Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n \nNgày 24/2, UBND tỉnh ban hành Công văn số 106-CV/ĐU về việc tuyên truyền, phổ biến kết quả Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.\n \nCông văn nêu rõ: Đại hội đại biểu toàn quốc lần thứ XIII của Đảng được tổ chức từ ngày 25/01/2021 đến ngày 01/02/2021 tại Thủ đô Hà Nội đã thành công tốt đẹp. Thực hiện Công văn số 15-CV/BTGĐUK ngày 22/02/2021 của Ban Tuyên giáo Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh về tuyên truyền, phổ biến kết quả Đại hội XIII của Đảng, Đảng ủy Văn phòng đề nghị các chi bộ tuyên truyền.\n';
    expect(edges(text)).toEqual(
      expect.arrayContaining(['(unnumbered văn bản) CITES 106-CV/ĐU', '106-CV/ĐU IMPLEMENTS 15-CV/BTGĐUK']),
    );
    // After a line break the paragraph is over: the item's own verb again (where no body named again asks: that is a
    // retelling of its own, FRONTED_CLAUSE).
    const after = text
      .replace('thành công tốt đẹp. Thực hiện', 'thành công tốt đẹp.\nThực hiện')
      .replace('Đảng ủy Văn phòng đề nghị các chi bộ tuyên truyền', 'các chi bộ đã tổ chức tuyên truyền');
    expect(edges(after)).not.toContain('106-CV/ĐU IMPLEMENTS 15-CV/BTGĐUK');
  });
  it('"Quyết định cũng nêu rõ, …": an adverb before the verb keeps the retold decision the subject (RETELLING_ADVERBS; dev80 jj11)', () => {
    const text =
      'Bình Thuận có 10 thôn đặc biệt khó khăn\nNgày 16/9/2021, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh đã ký quyết định số 612/QĐ-UBDT phê duyệt danh sách 13.222 thôn đặc biệt khó khăn.\n\n' +
      '    Quyết định cũng nêu rõ, trong quá trình tổ chức thực hiện, UBND tỉnh sẽ chỉ đạo các sở lập hồ sơ theo quy định tại Quyết định số 33/2020/QĐ-TTg ngày 12/11/2020 của Thủ tướng Chính phủ.\n\n' +
      '    Quyết định này có hiệu lực kể từ ngày ký ban hành và thay thế Quyết định số 433/QĐ-UBDT ngày 18/6/2021 của Bộ trưởng, Chủ nhiệm Uỷ ban Dân tộc./.\n';
    expect(edges(text)).toEqual(
      expect.arrayContaining(['612/QĐ-UBDT CITES 33/2020/QĐ-TTg', '612/QĐ-UBDT REPLACES 433/QĐ-UBDT']),
    );
  });
  it('"Phần đầu tiên, Kế hoạch đã nêu …" retells the plan: the page, titled by the plan it reports, is a news item of no kind (dev87 jq03)', () => {
    const page = (retelling: string): Record<string, unknown> =>
      extractDocument(
        `Kế hoạch chuyển đổi số huyện Quảng Xương năm 2023\n\nNgày 20/3/2023, Chủ tịch UBND huyện Quảng Xương đã ban hành Kế hoạch số 80/KH-UBND về chuyển đổi số huyện Quảng Xương năm 2023.\n\n${retelling} kết quả hoạt động chuyển đổi số trên địa bàn huyện năm 2022, theo đó các cấp uỷ đảng, chính quyền đã tập trung lãnh đạo, chỉ đạo tổ chức thực hiện đạt được nhiều kết quả quan trọng trên các lĩnh vực.\n`,
        { source: 'p.txt' },
      ).documents.find((d) => d.source === 'p.txt') as never;
    expect(page('Phần đầu tiên, Kế hoạch đã nêu')).toMatchObject({ symbol: null, kind: null, date: null });
    // Counter-example: a sentence that retells nothing leaves the page the plan it reports.
    expect(page('Phần đầu tiên, huyện đã tổng hợp')).toMatchObject({ symbol: '80/KH-UBND' });
  });
  it('"Kết luận nêu: …" names the retold conclusion: what its paragraph and the list it announces cite is its own', () => {
    // dev37 es11: a news item whose lead gives the number in brackets.
    const text =
      'Kết luận của Bộ Chính trị: Đại hội Đảng bộ các cấp đã được tổ chức thành công\n\n19:45 17/10/2025\n\nNgày 17/10/2025, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về kết quả công tác tổ chức đại hội đảng bộ các cấp (Kết luận số 200-KL/TW).\n\nKết luận nêu: Tại phiên họp ngày 17/10/2025, sau khi nghe Báo cáo số 493-BC/VPTW, ngày 16/10/2025 của Văn phòng Trung ương Đảng về kết quả đại hội đảng bộ các cấp, Bộ Chính trị, Ban Bí thư kết luận như sau:\n\n1. Cơ bản thống nhất với Báo cáo của Văn phòng Trung ương Đảng, bảo đảm các yêu cầu của Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị.\n';
    expect(edges(text)).toEqual(
      expect.arrayContaining(['200-KL/TW CITES 493-BC/VPTW', '200-KL/TW CITES 45-CT/TW']),
    );
    // A sentence naming another kind ("Chỉ thị nêu: …") is not the conclusion's.
    expect(edges(text.replace('Kết luận nêu:', 'Chỉ thị nêu:'))).not.toContain('200-KL/TW CITES 493-BC/VPTW');
  });
  it('"Theo Chỉ thị số 45, …" makes the page a news item, and "Chỉ thị này thay thế …" is the directive\'s act (dev41 ew04)', () => {
    const text =
      'Bộ Chính trị ban hành Chỉ thị mới về đại hội đảng bộ các cấp\n\nNgày 14/4/2025, Tổng Bí thư Tô Lâm thay mặt Bộ Chính trị ký ban hành Chỉ thị số 45-CT/TW (Chỉ thị số 45) của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.\n\nChỉ thị này thay thế Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.\n\nTheo Chỉ thị số 45, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tổ chức vào đầu năm 2026.\n';
    const got = edges(text);
    expect(got).toContain('45-CT/TW REPLACES 35-CT/TW');
    expect(got.filter((e) => e.includes('(unnumbered') && !e.includes(' CITES '))).toEqual([]);
  });
  it('but "Kế hoạch này …" after a lead reporting a resolution is another item\'s plan (dev42 ex15, a digest)', () => {
    const got = edges(
      'Thông tin tuyên truyền\nNgày 22 tháng 12 năm 2025, Hội đồng nhân dân tỉnh Vĩnh Long đã thông qua Nghị quyết số 54/2025/NQ-HĐND về việc ban hành Quy định chính sách hỗ trợ cho người lao động.\nỦy ban nhân dân (UBND) tỉnh Vĩnh Long vừa ban hành Kế hoạch triển khai đợt cao điểm tổ chức tuyên truyền. Kế hoạch này được xây dựng trên cơ sở thực hiện nghiêm túc các Chỉ thị của Thủ tướng Chính phủ (như Chỉ thị số 29/CT-TTg, Chỉ thị số 04/CT-TTg).\n',
    );
    expect(got.some((e) => e.startsWith('54/2025/NQ-HĐND '))).toBe(false);
  });
  it('but a document it reports in that sentence without a verb is its own citation', () => {
    const got = edges(
      'Đại hội chi bộ\n\nThực hiện Kế hoạch số 152-KH/HU ngày 14/8/2019 của Ban Thường vụ Huyện ủy Bạch Thông về đại hội.\n\nTheo đó, ngày 16 tháng 8 năm 2019 Đảng ủy xã Hà Vị cũng đã ban hành Kế hoạch số 291-KH/ĐU về tổ chức Đại hội các chi bộ.\n',
    );
    expect(got.some((e) => e.startsWith('152-KH/HU'))).toBe(false);
  });
  it('also when its headline opens with the reported kind ("Chỉ thị của Ban Thường vụ Tỉnh ủy …")', () => {
    const got = edges(
      'Chỉ thị của Ban Thường vụ Tỉnh ủy Đắk Lắk về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021\n\nCập nhật lúc: 11:02 02/01/2021\n\nNgày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021. Theo đó Chỉ thị của Ban Thường vụ Tỉnh ủy được ban hành trên cơ sở thực hiện Chỉ thị số 48 -CT/TW, ngày 09/12/2020 của Ban Bí thư Trung ương Đảng về việc “Tổ chức Tết năm 2021”.\n',
    );
    expect(got).toContain('04-CT/TU IMPLEMENTS 48-CT/TW');
  });
  it('"Theo nội dung Thông báo …, …": what the sentence cites, even by name alone, is the notice\'s (dev21 ec10)', () => {
    const got = edges(
      'Theo nội dung Thông báo 2833-TB/TU, Thường trực Thành ủy Hà Nội đồng ý về chủ trương tổ chức riêng Lễ kỷ niệm 1010 năm Thăng Long - Hà Nội theo đề xuất của Ban Cán sự đảng UBND TP tại Tờ trình số 472/TTr-BCSĐ ngày 21.8.2020.\n\nThường trực Thành ủy giao Ban Cán sự đảng UBND TP chỉ đạo các sở, ngành triển khai.\n',
    );
    expect(got).toContain('2833-TB/TU CITES 472/TTr-BCSĐ');
    expect(got.filter((e) => e.includes('(unnumbered'))).toEqual([
      expect.stringMatching(/ CITES 2833-TB\/TU$/u),
    ]);
  });
  it('a sentence opening on a letter ("Theo Công văn số …, UBND huyện đề nghị …") retells it; the item cites it', () => {
    const got = edges(
      '20/7/2022 16:18\n(hocmon.gov.vn) Theo Công văn số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị các đoàn thể huyện, Chủ tịch UBND các xã - thị trấn chỉ đạo quyết liệt các ban, ngành thực hiện nghiêm Kế hoạch số 3091/KH-UBND ngày 28/6/2022 về tổng vệ sinh triệt nơi sinh sản của muỗi.\n',
    );
    expect(got).toContain('3517/UBND IMPLEMENTS 3091/KH-UBND');
    expect(got.filter((e) => e.includes('(unnumbered'))).toEqual([
      expect.stringMatching(/ CITES 3517\/UBND$/u),
    ]);
  });
  it('and the paragraph that sentence announces with ":" retells it too', () => {
    const got = edges(
      'Phó Bí thư Thường trực Thành ủy Hà Nội vừa ký văn bản về việc tập trung thực hiện nhiệm vụ chính trị.\n\nTheo Công văn số 460-CV/TU, để đảm bảo thực hiện nhiệm vụ chính trị của Thành phố năm 2012 đạt kết quả, Thường trực Thành ủy yêu cầu:\n\nCác cấp ủy đảng trực thuộc Thành ủy đẩy mạnh triển khai thực hiện Kế hoạch số 52-KH/TU, Hướng dẫn số 04-HD/TU, ngày 23/4/2012 của Ban Thường vụ Thành ủy.\n\nTrong thời gian từ nay đến cuối năm 2012, các cấp ủy tập trung thực hiện Kế hoạch số 55-KH/TU ngày 15/8/2012.\n',
    );
    expect(got).toEqual(
      expect.arrayContaining(['460-CV/TU IMPLEMENTS 52-KH/TU', '460-CV/TU IMPLEMENTS 04-HD/TU']),
    );
    // The paragraph after it is the item's own report again.
    expect(got.some((e) => e.startsWith('460-CV/TU') && e.endsWith('55-KH/TU'))).toBe(false);
  });
  it('and a numbered document\'s "Theo đó" is its own', () => {
    const got = edges(
      'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 12/UBND-THNC\n\nLạng Sơn, ngày 17 tháng 11 năm 2020\n\nV/v triển khai\n\nThực hiện Công văn số 1483/UBND-THNC ngày 17/11/2020 của UBND tỉnh.\n\nTheo đó, các sở xây dựng kế hoạch triển khai thực hiện Chương trình hành động số 04-CTr/TU ngày 06/11/2020 của Ban Chấp hành Đảng bộ tỉnh.\n',
    );
    expect(got).toContain('12/UBND-THNC IMPLEMENTS 04-CTr/TU');
  });
});

describe('a text named inside a citation is cited by the document too', () => {
  const HEADER =
    'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 79/2025/QĐ-UBND\n\nHà Tĩnh, ngày 01 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\nthử\n\n';
  const edges = (body: string): string[] => edgesOf(HEADER + body);
  it("the second object of the cited text's verb", () => {
    const got = edges(
      'Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về kiểm tra, rà soát văn bản;\n',
    );
    expect(got).toEqual(
      expect.arrayContaining(['187/2025/NĐ-CP AMENDS 79/2025/NĐ-CP', '79/2025/QĐ-UBND CITES 79/2025/NĐ-CP']),
    );
  });
  it('one level down only', () => {
    const got = edges(
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh về thực hiện Kế hoạch số 98-KH/TU ngày 02/01/2025 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.\n',
    );
    expect(got).toContain('98-KH/TU IMPLEMENTS 43-KL/TW');
    expect(got.filter((e) => e.startsWith('79/2025/QĐ-UBND') && e.endsWith('43-KL/TW'))).toEqual([]);
  });
});

describe('a text never acts on one issued in a later year', () => {
  const HEADER =
    'ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 04/2018/QĐ-UBND\n\nAn Giang, ngày 31 tháng 01 năm 2018\n\nQUYẾT ĐỊNH\nthử\n\n';
  const edges = (body: string): string[] => edgesOf(HEADER + body);
  it("a legal database's list of the texts issued after it is no citation of its own", () => {
    const got = edges(
      'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\n- 1Quyết định 15/2023/QĐ-UBND bãi bỏ Quyết định 04/2018/QĐ-UBND quy định việc lập dự toán\n',
    );
    expect(got.filter((e) => e.startsWith('04/2018/QĐ-UBND') && e.includes('15/2023/QĐ-UBND'))).toEqual([]);
    // The list's verb acts on the document itself: the later text repeals it.
    expect(got).toContain('15/2023/QĐ-UBND REPEALS 04/2018/QĐ-UBND');
  });
  it('only a verb right before its number acts on the document', () => {
    const got = edges(
      'Căn cứ Thông tư số 75/2017/TT-BTC ngày 31/10/2017 của Bộ Tài chính hướng dẫn việc thực hiện các chương trình mục tiêu quốc gia theo Quyết định 04/2018/QĐ-UBND này.\n',
    );
    expect(
      got.filter((e) => e.endsWith('REPEALS 04/2018/QĐ-UBND') || e.startsWith('75/2017/TT-BTC')),
    ).toEqual([]);
  });
  it('but one of its own year or before is', () => {
    const got = edges(
      'Căn cứ Quyết định số 12/2018/QĐ-UBND ngày 05 tháng 01 năm 2018 của UBND tỉnh; Thông tư số 338/2016/TT-BTC ngày 28/12/2016 của Bộ Tài chính;\n',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        '04/2018/QĐ-UBND BASED_ON 12/2018/QĐ-UBND',
        '04/2018/QĐ-UBND BASED_ON 338/2016/TT-BTC',
      ]),
    );
  });
});

describe("the document's own number as the subject of a passive verb (a legal database's status line)", () => {
  const HEADER =
    'ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nSố: 2895/QĐ-UBND\n\nBến Tre, ngày 28 tháng 12 năm 2017\n\nQUYẾT ĐỊNH\nthử\n\n';
  it('the text named after it acts on the document', () => {
    const got = edgesOf(
      `Quyết định 2895/QĐ-UBND 2017 công bố thủ tục tài nguyên môi trường đã được thay thế bởi Quyết định 891/QĐ-UBND 2019 công bố danh mục thủ tục hành chính\n\n${HEADER}Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;\n`,
    );
    expect(got).toContain('891/QĐ-UBND REPLACES 2895/QĐ-UBND');
  });
  it('but not when another text is the subject of the verb', () => {
    const got = edgesOf(
      'QUỐC HỘI\n\nLuật số: 42/2005/QH11\n\nHà Nội, ngày 14 tháng 6 năm 2005\n\nLUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT HẢI QUAN Luật số 42/2005/QH11 Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội;\n',
    );
    expect(got.filter((e) => e.startsWith('51/2001/QH10'))).toEqual([]);
  });
});

describe("a typo in the text's own number line ('Số: 19/2018/NQ-ND') under a title that gives it right", () => {
  const text =
    'Nghị quyết 19/2018/NQ-HĐND\n\nNghị quyết 19/2018/NQ-HĐND về danh mục công trình, dự án phát triển kinh tế - xã hội vì lợi ích Quốc gia, công cộng cần thu hồi đất và các công trình, dự án\n\nHỘI ĐỒNG NHÂN DÂN\nTỈNH HẬU GIANG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 19/2018/NQ-ND\n\nHậu Giang, ngày 07 tháng 12 năm 2018\n\nNGHỊ QUYẾT\nVỀ DANH MỤC CÔNG TRÌNH\n\nCăn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;\n';
  it('is the number the title gives, with a body code; the title is the text itself', () => {
    const g = extractDocument(text, { source: 'hg.txt' });
    expect(g.documents.find((d) => d.source === 'hg.txt')?.symbol).toBe('19/2018/NQ-HĐND');
    expect(edgesOf(text)).toEqual(['19/2018/NQ-HĐND BASED_ON 43/2014/NĐ-CP']);
  });
  it("but a number line whose code is a body's stays as written", () => {
    const g = extractDocument(text.replace('NQ-ND\n', 'NQ-UBND\n'), { source: 'hg.txt' });
    expect(g.documents.find((d) => d.source === 'hg.txt')?.symbol).toBe('19/2018/NQ-UBND');
  });
});

describe('a news item that reports a document and summarises it (ANNOTATION.md, news-item convention)', () => {
  const text =
    'Sơ kết việc thực hiện Nghị quyết Trung ương 4\n14:48 | 09/06/2021\nTTTĐ - Ban Thường vụ Thành ủy Hà Nội vừa ban hành Kế hoạch số 30-KH/TU ngày 8/6/2021 về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII).\nTheo đó, Kế hoạch yêu cầu các cấp ủy đánh giá kết quả thực hiện.\n';
  it('is an unnumbered item citing it, not the document', () => {
    const g = extractDocument(text, { source: 'tin.txt' });
    const own = g.documents.find((d) => d.source === 'tin.txt');
    expect(own?.symbol).toBeNull();
    expect(own?.date).toBeNull();
    expect(edgesOf(text).some((e) => / CITES 30-KH\/TU$/u.test(e))).toBe(true);
  });
});

describe('a news lead with a fronted basis ("Thực hiện Công điện …, Chủ tịch UBND tỉnh vừa có Công văn số …")', () => {
  // dev49 ge12: the basis is what the reported letter carries out; the item only cites the letter.
  const text =
    'Tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng\n\nThực hiện Công điện số 441/CĐ-TTg ngày 22/5/2023 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh vừa có Công văn số 2080/UBND-KTTH về việc tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng.\n\nTheo đó, Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì triển khai.\n';
  it('the reported letter carries out the basis, the item cites the letter', () => {
    const edges = edgesOf(text);
    expect(edges).toContain('2080/UBND-KTTH IMPLEMENTS 441/CĐ-TTg');
    expect(edges.some((e) => / CITES 2080\/UBND-KTTH$/u.test(e))).toBe(true);
    expect(edges.filter((e) => e.endsWith('441/CĐ-TTg'))).toHaveLength(1);
  });
  it('a later paragraph that opens on "Tiếp tục …", its subject left out, is what the letter asks', () => {
    const edges = edgesOf(
      `${text}\nNgười dân trồng cây xanh gắn với bảo vệ rừng. Ảnh: Văn Nỷ\n\nTiếp tục triển khai có hiệu quả các nhiệm vụ, giải pháp bảo vệ rừng theo chỉ đạo của UBND tỉnh tại Công văn số 1664/UBND-KTTH ngày 12/4/2023.\n`,
    );
    expect(edges.some((e) => /^2080\/UBND-KTTH \S+ 1664\/UBND-KTTH$/u.test(e))).toBe(true);
  });
});

describe('a news lead that closes on the number it reports ("… (Công văn số 2326/VP-KT, ngày 24/5/2023).")', () => {
  // dev54 gj09: a portal's item; the sentence after it leaves its subject out ("Yêu cầu …"): the letter asks it.
  const text =
    'Chỉ đạo tổ chức thực hiện Công điện\n\nVăn phòng UBND tỉnh thông báo ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về việc tổ chức thực hiện Công điện số 441/CĐ-TTg ngày 22/5/2023 của Thủ tướng Chính phủ về tăng cường phòng cháy, chữa cháy rừng (Công văn số 2326 /VP-KT, ngày 24/5/2023).\n\nYêu cầu các sở, ban, ngành chủ động triển khai thực hiện các nhiệm vụ UBND tỉnh chỉ đạo tại Công văn số 556/UBND-KT ngày 12/5/2023.\n';
  it("is an item citing the letter; what the lead and the next sentence cite is the letter's", () => {
    const g = extractDocument(text, { source: 'tin.txt' });
    expect(g.documents.find((d) => d.source === 'tin.txt')?.symbol).toBeNull();
    const edges = edgesOf(text);
    expect(edges.some((e) => / CITES 2326\/VP-KT$/u.test(e))).toBe(true);
    expect(edges).toContain('2326/VP-KT IMPLEMENTS 441/CĐ-TTg');
    expect(edges).toContain('2326/VP-KT IMPLEMENTS 556/UBND-KT');
  });
  it("even when the headline names the same dispatch with a verb (the title gives way only to what stays the page's)", () => {
    const titled = text.replace(
      'Chỉ đạo tổ chức thực hiện Công điện\n',
      'Chỉ đạo tổ chức thực hiện Công điện số 441/CĐ-TTg ngày 22/5/2023 của Thủ tướng Chính phủ\n',
    );
    expect(edgesOf(titled)).toContain('2326/VP-KT IMPLEMENTS 441/CĐ-TTg');
  });
});

describe('a news item\'s "Ban Thường vụ Thành ủy giao Ban Tổ chức Thành ủy: …" (ASSIGNED_WITH_COLON)', () => {
  // dev57 gm04: what follows the colon, to the end of the paragraph, is what the reported notice asks.
  const text =
    'Thống nhất tổ chức đại hội điểm\n\nHNP - Ngày 24/12, Thành ủy Hà Nội ban hành Thông báo số 2414-TB/TU, truyền đạt kết luận của Ban Thường vụ Thành ủy về việc tổ chức đại hội điểm.\n\nTheo đó, Ban Thường vụ Thành ủy thống nhất lựa chọn 3 đảng bộ tiến hành đại hội điểm.\n\nBan Thường vụ Thành ủy giao Ban Tổ chức Thành ủy: Phối hợp các đơn vị liên quan tham mưu. Hướng dẫn, đôn đốc Quận ủy Ba Đình tổ chức đại hội điểm theo tinh thần Chỉ thị số 35-CT/TW của Bộ Chính trị.\n\nCác đảng bộ tổ chức đại hội theo Kế hoạch số 155-KH/TU của Thành ủy.\n';
  it("the rest of the paragraph is the notice's; the next paragraph is not", () => {
    const edges = edgesOf(text);
    expect(edges).toContain('2414-TB/TU IMPLEMENTS 35-CT/TW');
    expect(edges.some((e) => e.startsWith('2414-TB/TU ') && e.endsWith(' 155-KH/TU'))).toBe(false);
  });
});

describe('a steering committee\'s letterhead in capitals ("BCĐ XÂY DỰNG NÔNG THÔN MỚI / XÃ NHÂN KHANG")', () => {
  // dev49 ge08: the committee's name is cased as text writes it, and the line under it is its commune.
  const own = (text: string): string | undefined =>
    extractDocument(text, { source: 'bcd.txt' }).documents.find((d) => d.source === 'bcd.txt')?.id;
  it('is the commune\'s committee, and the district\'s under "HUYỆN …"', () => {
    expect(
      own(
        'BCĐ XÂY DỰNG NÔNG THÔN MỚI\nXÃ NHÂN KHANG\nSố: 01 -KH/BCĐ\nNhân Khang, ngày 5 tháng 1 năm 2016\nKẾ HOẠCH\nXây dựng nông thôn mới\nCăn cứ Quyết định số 126/QĐ-UBND ngày 23/2/2015 của UBND tỉnh Hà Nam;\n',
      ),
    ).toMatch(/^Hà Nam\/Lý Nhân\/Nhân Khang\|01-KH\/BCĐ/u);
    expect(
      own(
        'BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI\nHUYỆN LÝ NHÂN\nSố: 01/KH-BCĐ\nLý Nhân, ngày 5 tháng 1 năm 2016\nKẾ HOẠCH\nXây dựng nông thôn mới\nCăn cứ Quyết định số 126/QĐ-UBND ngày 23/2/2015 của UBND tỉnh Hà Nam;\n',
      ),
    ).toMatch(/^Hà Nam\/Lý Nhân\|01\/KH-BCĐ/u);
  });
});

describe('a news lead followed by the body named again asking ("Để chuẩn bị …, Thủ tướng Chính phủ yêu cầu …")', () => {
  // dev48 gd15: the reporter's voice, a summary (SUMMARY_MARKS); what that sentence asks is the dispatch's.
  const text =
    'Thủ tướng chỉ đạo đón Tết\n\nThủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 07/CĐ-TTg ngày 1/2/2026 gửi Bộ trưởng, Thủ trưởng cơ quan ngang Bộ về việc đôn đốc triển khai thực hiện nhiệm vụ.\n\nĐể chuẩn bị chu đáo và bảo đảm các điều kiện cần thiết phục vụ Nhân dân đón Tết, Thủ tướng Chính phủ yêu cầu các Bộ trưởng tập trung chỉ đạo thực hiện tốt các nhiệm vụ tại Chỉ thị số 55-CT/TW ngày 22/12/2025 của Ban Bí thư.\n';
  it('is an item citing the dispatch, which carries out the directive', () => {
    const g = extractDocument(text, { source: 'tin.txt' });
    expect(g.documents.find((d) => d.source === 'tin.txt')?.symbol).toBeNull();
    expect(edgesOf(text)).toContain('07/CĐ-TTg IMPLEMENTS 55-CT/TW');
  });
});

describe('a news lead, then "Thực hiện <text> …, <the body> đề nghị …" (FRONTED_CLAUSE)', () => {
  // dev66 gv03: the basis fronted before the body that asks is what the reported dispatch carries out.
  const text =
    'Sáng 5-11, Chủ tịch UBND tỉnh Khánh Hòa có Công điện số 03 về việc chủ động phòng, tránh, ứng phó với bão Kalmaegi.\nThực hiện Công điện số 208, ngày 4-11 của Thủ tướng Chính phủ về chủ động phòng, tránh, ứng phó với bão Kalmaegi, Chủ tịch UBND tỉnh đề nghị các địa phương, đơn vị triển khai các nội dung sau:\n';
  it('gives the reported dispatch the edge to the Prime Minister’s', () => {
    expect(edgesOf(text)).toContain('03/CĐ-UBND IMPLEMENTS 208/CĐ-TTg');
  });
});

describe('a text never changes one issued after it (CHANGES_A_TEXT)', () => {
  it('an edge between two cited texts read the wrong way round runs from the later to the earlier', () => {
    const text =
      'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH\nSố: 12/HD-MTTQ-BTT\nLương Minh, ngày 22 tháng 12 năm 2025\nHƯỚNG DẪN\nCăn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 đã được sửa đổi, bổ sung một số điều thao Luật số 83/2025/QH15;\n';
    expect(edgesOf(text)).toContain('83/2025/QH15 AMENDS 85/2015/QH13');
    expect(edgesOf(text)).not.toContain('85/2015/QH13 AMENDS 83/2025/QH15');
  });
});

describe("a year told after a number that has none ('Quyết định 152/QĐ-UBND năm 2024 công bố …')", () => {
  it('dates it, so a list of later texts a legal database added is no citation of the text', () => {
    const text =
      'ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 04/2018/QĐ-UBND\nAn Giang, ngày 12 tháng 3 năm 2018\nQUYẾT ĐỊNH\nVăn bản liên quan\n- 2Quyết định 289/QĐ-UBND năm 2024 công bố kết quả hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh An Giang kỳ 2019-2023\n';
    expect(edgesOf(text).filter((e) => e.includes('289/QĐ-UBND'))).toEqual([]);
  });
});

describe("the enacting authority over the preamble, past a council's term and session line (COUNCIL_SESSION_LINE)", () => {
  // dev37 es01: a legal database's copy whose letterhead lost the province to its record's table, and whose title and
  // body name three districts ("… THUỘC HUYỆN VÂN ĐỒN, HẢI HÀ VÀ THÀNH PHỐ MÓNG CÁI").
  const file = path.join(__dirname, '../fixtures/real/dev37/es01_quangninh_hdnd_nq210_2015.txt');
  it('names the body and its province', () => {
    const own = extractDocument(readFileSync(file, 'utf8'), { source: 'es01.txt' }).documents[0];
    expect(own.scope).toBe('Quảng Ninh');
    expect(own.issuer).toBe('Hội đồng nhân dân tỉnh Quảng Ninh');
  });
});

describe('a page that dates its own number only where it names it again (dev29 ek07)', () => {
  const text =
    ' date 2021-09 Đêm 22/9, UBND tỉnh ban hành Công văn số 13417/UBND-VP về việc tiếp tục thực hiện một số biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh. Theo đó, thực hiện biện pháp giãn cách xã hội theo Chỉ thị số 15/CT-TTg trên địa bàn tỉnh.\nBáo Bà Rịa-Vũng Tàu xin giới thiệu toàn văn Công văn số 13417/UBND-VP.\n';
  it('takes that date as its own', () => {
    const own = extractDocument(text, { source: 'ek07.txt' }).documents.find((d) => d.source === 'ek07.txt');
    expect(own).toMatchObject({ symbol: '13417/UBND-VP', date: '2021-09-22', year: 2021 });
  });
});

describe('a lead whose subject asks, closing on the number it reports, is what "Theo đó" goes back to (dev62 gr12)', () => {
  const text =
    'Tiếp tục quyết định các biện pháp phòng, chống dịch COVID-19\n\nUBND tỉnh chỉ đạo tiếp tục quyết định các biện pháp phòng, chống dịch COVID-19 theo ủy quyền trên địa bàn huyện Văn Lãng (Công văn số 1307/UBND-KGVX, ngày 15/9/2021).\n\nTheo đó, UBND huyện Văn Lãng chỉ đạo thực hiện Quyết định số 1773/QĐ-UBND ngày 07/9/2021 của Chủ tịch UBND tỉnh về việc điều chỉnh thực hiện giãn cách xã hội.\n';
  it('the reported letter carries out what the retelling names', () => {
    const g = extractDocument(text, { source: 'gr12.txt' });
    const rel = g.relations.find((r) => r.to.includes('1773/QĐ-UBND'));
    expect(rel?.from).toContain('1307/UBND-KGVX');
    expect(rel?.type).toBe('IMPLEMENTS');
  });
});

describe('a commune letterhead whose name several districts have (documentLocality)', () => {
  // dev71 ja11: Cẩm Hà is a commune of Cẩm Xuyên (Hà Tĩnh) and of Hội An (Quảng Nam).
  const header = 'UỶ BAN NHÂN DÂN\nXÃ CẨM HÀ\nSố: 335/KH-UBND\nCẩm Hà, ngày 27 tháng 9 năm 2022\nKẾ HOẠCH\n';
  const ownScope = (text: string) => extractDocument(text, { source: 'x.txt' }).documents[0].scope;
  it('is the one in the district its text names', () =>
    expect(
      ownScope(
        `${header}Thực hiện Kế hoạch số 2788/KH-UBND ngày 22/9/2022 của UBND huyện về chuyển đổi số trên địa bàn huyện Cẩm Xuyên;\n`,
      ),
    ).toBe('Hà Tĩnh/Cẩm Xuyên/Cẩm Hà'));
  it('and no place when the text names no district', () =>
    expect(ownScope(`${header}Ủy ban nhân dân xã ban hành Kế hoạch triển khai chuyển đổi số.\n`)).toBe(
      'unknown',
    ));
});

describe('who issued a cited text, read from its body named after it', () => {
  const cited = (text: string) => extractDocument(text, { source: 'x.txt' }).documents.slice(1);
  it('a numbered ward keeps the word in its scope, as a numbered district does (dev73 jc07)', () =>
    expect(
      cited(
        'Ban thường trực Ủy ban MTTQ Việt Nam Phường 14 Quận 5 triển khai đề án số 934/ĐA-UBND của Ủy ban nhân dân Phường 14 về sắp xếp khu phố trên địa bàn Phường 14 Quận 5.',
      )[0].scope,
    ).toBe('Hồ Chí Minh/Quận 5/Phường 14'));
  it("a province's political school, whose code TCT is also the tax department's (dev75 je12)", () =>
    expect(
      cited(
        'căn cứ Công văn số 1122-CV/TCT ngày 23/8/2023 của Trường Chính trị tỉnh Quảng Ngãi về việc nghiên cứu thực tế',
      ).map((d) => [d.scope, d.issuer]),
    ).toEqual([['Quảng Ngãi', 'Trường Chính trị tỉnh Quảng Ngãi']]));
});

describe('a news item that names no province, only a provincial city (BODY_DISTRICT_OR_CITY)', () => {
  const own = (text: string) => extractDocument(text, { source: 'x.txt' }).documents[0].scope;
  // dev74 jd15: a city portal's item about Thủ Dầu Một (Bình Dương).
  it('is that city’s', () =>
    expect(
      own(
        'Xây dựng thành phố Thủ Dầu Một theo hướng đô thị thông minh\nLà một trong những đô thị phát triển nhanh, thành phố Thủ Dầu Một ngày càng vươn lên. Chương trình số 04-CTr/TU được ban hành.\n',
      ),
    ).toBe('Bình Dương/Thủ Dầu Một'));
  // dev76 jf04: a slogan, not a numbered city district.
  it('but not a number after "thành phố"', () =>
    expect(
      own(
        'Chương trình thành phố 5 không: không có hộ đói, không có người mù chữ. Thông báo số 302/TB-VP.\n',
      ),
    ).toBe('unknown'));
});

describe('a text that cites one document twice, as a review and as carrying it out (relationRank)', () => {
  const edge = (text: string) => extractDocument(text, { source: 'x.txt' }).relations.map((r) => r.type);
  // dev64 gt12: a news item on a review conference, which retells the carrying out.
  it('is a review when the review names its span of years', () =>
    expect(
      edge(
        'Ngày 14/7, Huyện ủy Yên Lập tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 11 của Bộ Chính trị về công tác khuyến học.\n\nCác tập thể đạt thành tích xuất sắc trong thực hiện Chỉ thị số 11 được biểu dương.\n',
      ),
    ).toEqual(['REVIEWS']));
  // dev12 h01: a plan carrying a directive out, one of whose tasks is to review it.
  it('but carries it out when the review is a task with no span', () =>
    expect(
      edge(
        'KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ\n\nThực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch.\n\n- Tham mưu làm tốt công tác sơ, tổng kết việc triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ.\n',
      ),
    ).toEqual(['IMPLEMENTS']));
});

describe('a news item that says "today" before the date it gives (TODAY_WORDS; dev70 gz12)', () => {
  const cited = (text: string) => extractDocument(text, { source: 'x.txt' }).documents.slice(1);
  it('dates the text the sentence says was signed', () =>
    expect(
      cited(
        'Trước diễn biến của bão số 3, chiều hôm nay 18 tháng 8 năm 2016, Thủ tướng Chính phủ đã ký ban hành Công điện số 1478/CĐ-TTg yêu cầu các bộ, ngành.',
      )[0].date,
    ).toBe('2016-08-18'));
  it('and a history\'s "ra" (issued) dates it too (BARE_MADE_VERBS; dev63 gs12)', () =>
    expect(
      cited(
        'Đồng chí cho biết: Ngày 18/1/2018, Ban Bí thư Trung ương Đảng ra Chỉ thị số 20-CT/TW về tiếp tục tăng cường nghiên cứu lịch sử Đảng.',
      )[0].date,
    ).toBe('2018-01-18'));
  it('but not a text the sentence only names after a date of something else', () =>
    expect(
      cited(
        'Chiều hôm nay 18 tháng 8 năm 2016, đoàn công tác đã kiểm tra việc thực hiện Công điện số 1478/CĐ-TTg tại các xã.',
      )[0].date,
    ).toBeNull());
});

describe("a legal database's template place line (dev66 gv01)", () => {
  const own = (text: string) => extractDocument(text, { source: 'x.txt' }).documents[0].scope;
  const head =
    'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 57/KH-UBND | Hà Nội, ngày 29 tháng 04 năm 2020 |\n';
  it('is not the place of a text whose body is a province’s ("UBND tỉnh ban hành …")', () =>
    expect(
      own(`${head}Thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018, UBND tỉnh ban hành kế hoạch như sau:\n`),
    ).toBe('unknown'));
  it('but is the place of a text of the city itself', () =>
    expect(
      own(
        `${head}Thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018, UBND Thành phố ban hành kế hoạch như sau:\n`,
      ),
    ).toBe('Hà Nội'));
});

describe('an island district named as such ("huyện đảo Bạch Long Vĩ"; dev51 gg15)', () => {
  it('places a text that names no province', () =>
    expect(
      extractDocument(
        'Ban Thường vụ Thành đoàn đã ban hành Kế hoạch số 246-KH/TĐTN-TCKT ngày 18/9/2024 về giám sát tại 14 quận, huyện (trừ huyện đảo Bạch Long Vĩ).\n',
        { source: 'x.txt' },
      ).documents[1].scope,
    ).toBe('Hải Phòng'));
});

describe('a commune body named by its kind alone dates its texts from the commune (dev54 gj10)', () => {
  const own = (text: string) => extractDocument(text, { source: 'x.txt' }).documents[0].scope;
  it('so the place line names the commune', () =>
    expect(
      own(
        'ỦY BAN NHÂN DÂN\nTÙNG CHÂU\nSố: 06/TB-UBND\nTùng Châu, ngày 21 tháng 02 năm 2022\nTHÔNG BÁO CỦA UBND XÃ\nVề việc phòng chống đói rét cho đàn gia súc\nThực hiện hướng dẫn của UBND xã.\n',
      ),
    ).toBe('Hà Tĩnh/Đức Thọ/Tùng Châu'));
  it('but not a place no commune of that kind has', () =>
    expect(
      own(
        'ỦY BAN NHÂN DÂN\nSố: 06/TB-UBND\nHà Tĩnh, ngày 21 tháng 02 năm 2022\nTHÔNG BÁO CỦA UBND XÃ\nVề việc phòng chống đói rét\nThực hiện hướng dẫn của UBND xã.\n',
      ),
    ).not.toContain('/'));
});
