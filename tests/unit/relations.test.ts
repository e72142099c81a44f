/** Typed relations over whole documents: table-driven over tests/fixtures/extraction/relations.json. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract';
import type { DocumentRecord, ExtractionGraph } from '../../src/model';

interface Case {
  name: string;
  text: string;
  relations: string[];
  document?: Partial<DocumentRecord>;
  cited?: Record<string, Partial<DocumentRecord>>;
  named?: string[];
}
const { cases }: { cases: Case[] } = JSON.parse(
  readFileSync(path.join(__dirname, '../fixtures/extraction/relations.json'), 'utf8'),
);

function pick(d: DocumentRecord | undefined, want: Partial<DocumentRecord>): Partial<DocumentRecord> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(want)) out[k] = d ? (d as unknown as Record<string, unknown>)[k] : undefined;
  return out as Partial<DocumentRecord>;
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const graph: ExtractionGraph = extractDocument(c.text, { source: 'case.txt' });
  const self = graph.documents.find((d) => d.source === 'case.txt') as DocumentRecord;
  const label = (id: string): string =>
    id === self.id ? 'doc' : (graph.documents.find((d) => d.id === id)?.symbol ?? id);

  it('states exactly the expected relations', () => {
    const got = graph.relations.map((r) => `${label(r.from)}>${label(r.to)}:${r.type}`).sort();
    expect(got).toEqual([...c.relations].sort());
  });

  if (c.document) {
    it('reads the document itself', () => {
      expect(pick(self, c.document as Partial<DocumentRecord>)).toEqual(c.document);
    });
  }

  for (const [symbol, want] of Object.entries(c.cited ?? {})) {
    it(`resolves the cited ${symbol}`, () => {
      expect(
        pick(
          graph.documents.find((d) => d.symbol === symbol && d !== self),
          want,
        ),
      ).toEqual(want);
    });
  }

  if (c.named) {
    it('lists laws cited by name', () => {
      expect((graph.namedReferences ?? []).map((n) => n.text)).toEqual(c.named);
    });
  }
});

describe("the other hierarchy's counterpart named beside a nested citation", () => {
  const head =
    'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 552/KH-UBND\nĐồng Tháp, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nVề chuyển đổi số\n';
  const edges = (body: string): string[] =>
    extractDocument(head + body, { source: 'c.txt' }).relations.map(
      (r) => `${r.from.split('|')[1]} ${r.type} ${r.to.split('|')[1]}`,
    );
  it('is carried out by the citation both are nested in', () =>
    expect(
      edges(
        'Căn cứ Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n',
      ),
    ).toContain('283/KH-UBND IMPLEMENTS 10-CTr/TU'));
  it("but not a text of the kind and hierarchy of the outermost citation: that is its list's next item", () =>
    expect(
      edges(
        'Thực hiện Kế hoạch số 739/KH-UBND ngày 28 tháng 3 năm 2018 của Ủy ban nhân dân tỉnh triển khai Chương trình số 51-CTr/TU ngày 09 tháng 8 năm 2018 của Tỉnh ủy về thực hiện Nghị quyết số 18-NQ/TW và Kế hoạch số 740/KH-UBND ngày 28 tháng 3 năm 2018 của Ủy ban nhân dân tỉnh.\n',
      ),
    ).not.toContain('51-CTr/TU IMPLEMENTS 740/KH-UBND'));
  it('but not when it is younger than that citation', () =>
    expect(
      edges(
        'Căn cứ Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/10/2025 của Ban Thường vụ Tỉnh ủy.\n',
      ),
    ).not.toContain('283/KH-UBND IMPLEMENTS 10-CTr/TU'));
  it('and when neither is dated, as a news lead names them (dev53 gi01)', () =>
    expect(
      edges(
        'Thực hiện chỉ đạo của Chính phủ, UBND tỉnh Tây Ninh vừa ban hành Kế hoạch số 2087/KH-UBND triển khai thực hiện Nghị quyết số 71/NQ-CP của Chính phủ và Kế hoạch số 10-KH/TU của Ban Thường vụ Tỉnh ủy về đột phá phát triển khoa học.\n',
      ),
    ).toContain('2087/KH-UBND IMPLEMENTS 10-KH/TU'));
});

describe("a body's long name after a citation", () => {
  it("separates no items: the title after it is still the citation's", () => {
    const g = extractDocument(
      'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 987/KH-UBND\nNghệ An, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nPhát triển 5G\nCăn cứ Kế hoạch số 01-KH/BCĐ ngày 28/06/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và đề án 06 về Kế hoạch hành động triển khai thực hiện Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương.\n',
      { source: 'n.txt' },
    );
    expect(g.relations.map((r) => `${r.from.split('|')[1]} ${r.type} ${r.to.split('|')[1]}`)).toContain(
      '01-KH/BCĐ IMPLEMENTS 02-KH/BCĐTW',
    );
  });
});

describe('what a kind of text can change', () => {
  const head = (kind: string, symbol: string): string =>
    `BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: ${symbol}\nHà Nội, ngày 20 tháng 11 năm 2025\n${kind}\nVề việc thử\n`;
  const types = (text: string): string[] =>
    extractDocument(text, { source: 'k.txt' }).relations.map((r) => r.type);
  it('a letter that speaks of replacing a decree only cites it; a decision replaces it', () => {
    const body = 'Bãi bỏ Nghị định số 54/2018/NĐ-CP ngày 16/4/2018 của Chính phủ.\n';
    expect(types(head('', '10988/BNV-CQĐP') + body)).toEqual(['CITES']);
    expect(types(head('QUYẾT ĐỊNH', '12/QĐ-BNV') + body)).toEqual(['REPEALS']);
  });
  it('a letter may replace a letter', () => {
    const body = 'Công văn này thay thế Công văn số 5000/BNV-CQĐP ngày 01/10/2025 của Bộ Nội vụ.\n';
    expect(types(head('', '10988/BNV-CQĐP') + body)).toEqual(['REPLACES']);
  });
  it('a submission is cited, whatever verb comes before it', () => {
    const body = 'Căn cứ Tờ trình số 661/TTr-BCA ngày 01/10/2025 của Bộ Công an.\n';
    expect(types(head('QUYẾT ĐỊNH', '12/QĐ-BNV') + body)).toEqual(['CITES']);
  });
  it('a report is no basis, but may be carried out', () => {
    const basis =
      'Căn cứ Quyết định số 1625/QĐ-UBND ngày 01 tháng 8 năm 2013 của UBND tỉnh Sơn La về việc phê duyệt đề cương, Sau khi xem xét Tờ trình số 317/TTr-UBND ngày 20 tháng 11 năm 2015 của UBND tỉnh Sơn La; Báo cáo thẩm tra số 593/BC-HĐND ngày 07 tháng 12 năm 2015 của Ban Kinh tế - Ngân sách HĐND tỉnh.\n';
    expect(types(head('NGHỊ QUYẾT', '139/NQ-HĐND') + basis)).toEqual(['BASED_ON', 'CITES', 'CITES']);
    const carried = 'Thực hiện Báo cáo số 215/BC-UBND ngày 01/10/2025 của Ủy ban nhân dân tỉnh.\n';
    expect(types(head('', '10988/BNV-CQĐP') + carried)).toEqual(['IMPLEMENTS']);
  });
  it('the texts named in the new wording of an amended part are only cited', () => {
    const body =
      'Sửa đổi, bổ sung khoản 1 Điều 3 Thông tư số 55/2023/TT-BTC ngày 15/8/2023 của Bộ Tài chính về lập dự toán, cụ thể như sau: (1) Việc lập dự toán thực hiện theo quy định của pháp luật; Nghị định số 27/2022/NĐ-CP; Nghị định số 38/2023/NĐ-CP.\n';
    expect(types(head('THÔNG TƯ', '112/2025/TT-BTC') + body)).toEqual(['AMENDS', 'CITES', 'CITES']);
  });
  it('nothing amends a submission', () => {
    const body = 'Sửa đổi Tờ trình số 661/TTr-BCA ngày 01/10/2025 của Bộ Công an.\n';
    expect(types(head('QUYẾT ĐỊNH', '12/QĐ-BNV') + body)).toEqual(['CITES']);
  });
});

describe('a digest of news items, one lead after another', () => {
  const digest =
    'Phối hợp triển khai hệ thống truy xuất nguồn gốc (18/08/2022)\nNgày 17/08/2022, UBND huyện đã ban hành Kế hoạch số 4862/KH-UBND nhằm triển khai hệ thống truy xuất nguồn gốc sản phẩm.\nChăm lo cho thiếu nhi nhân dịp Tết Trung thu (17/08/2022)\nNgày 17/08/2022, UBND huyện đã ban hành Kế hoạch số 4842/KH-UBND nhằm tạo điều kiện cho thiếu nhi đón Tết Trung thu.\n';
  const edges = (g: ExtractionGraph) => {
    const sym = new Map(g.documents.map((d) => [d.id, d.symbol ?? 'page']));
    return g.relations.map((r) => `${sym.get(r.from)}>${sym.get(r.to)}:${r.type}`).sort();
  };
  it('the page is none of them and cites each; no item acts on another', () => {
    const g = extractDocument(digest, { source: 'digest.txt' });
    expect(g.documents.find((d) => d.source)?.symbol ?? null).toBeNull();
    expect(edges(g)).toEqual(['page>4842/KH-UBND:CITES', 'page>4862/KH-UBND:CITES']);
  });
  it('the second lead may open a sentence of the same paragraph', () => {
    const g = extractDocument(
      'Phê duyệt danh mục vùng hạn chế khai thác nước dưới đất\nNgày 22/7/2022, UBND tỉnh Thái Bình ban hành Quyết định số 1570/QĐ-UBND phê duyệt danh mục vùng hạn chế. Ngày 27/7/2022, Sở Tài nguyên và Môi trường có Văn bản số 1924/STNMT-TNNKS về việc công bố Danh mục.\n',
      { source: 'digest2.txt' },
    );
    expect(edges(g)).toEqual(['page>1570/QĐ-UBND:CITES', 'page>1924/STNMT-TNNKS:CITES']);
  });
  it("counter-example: one lead and the plan's own words after it is still that plan", () => {
    const g = extractDocument(
      'Ngày 17/08/2022, UBND huyện đã ban hành Kế hoạch số 4862/KH-UBND về truy xuất nguồn gốc, nội dung cụ thể như sau:\nI. MỤC ĐÍCH\nTriển khai Quyết định số 100/QĐ-UBND của UBND Thành phố.\n',
      { source: 'one.txt' },
    );
    expect(g.documents.find((d) => d.source)?.symbol).toBe('4862/KH-UBND');
  });
});

describe('numbers a news lead reports together', () => {
  it('"ban hành Quyết định số 2051/QĐ-UBND, 2052/QĐ-UBND về việc …": the item cites both, neither cites the other', () => {
    const g = extractDocument(
      'Ngày 08/06/2017, UBND tỉnh ban hành Quyết định số 2051/QĐ-UBND, 2052/QĐ-UBND về việc công nhận các thị trấn là đô thị loại V.\n\nTheo đó, công nhận thị trấn Phù Mỹ được thành lập theo Quyết định số 659/TC-CP ngày 14/12/1991.\n',
      { source: 'two.txt' },
    );
    const sym = new Map(g.documents.map((d) => [d.id, d.symbol ?? 'page']));
    const edges = g.relations.map((r) => `${sym.get(r.from)}>${sym.get(r.to)}:${r.type}`);
    expect(edges).toEqual(expect.arrayContaining(['page>2051/QĐ-UBND:CITES', 'page>2052/QĐ-UBND:CITES']));
    expect(edges.filter((e) => e.startsWith('2051/QĐ-UBND>'))).toEqual([]);
  });
});

describe('texts listed inside the quoted title of the text they are nested in', () => {
  it('"Kế hoạch số 129-KH/TU … về việc “Thực hiện Kết luận số 21-KL/TW … và Kế hoạch số 03-KH/TW …”": the plan carries out both', () => {
    const g = extractDocument(
      'Báo cáo\n\nHội nghị cho ý kiến đối với dự thảo Báo cáo sơ kết 1 năm thực hiện Kế hoạch số 129-KH/TU ngày 8-4-2022 của Tỉnh ủy Bến Tre về việc “Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương khóa XIII và Kế hoạch số 03-KH/TW của Bộ Chính trị” về đẩy mạnh xây dựng Đảng.\n',
      { source: 'q.txt' },
    );
    const sym = new Map(g.documents.map((d) => [d.id, d.symbol ?? 'page']));
    const edges = g.relations.map((r) => `${sym.get(r.from)}>${sym.get(r.to)}:${r.type}`);
    expect(edges).toEqual(
      expect.arrayContaining(['129-KH/TU>21-KL/TW:IMPLEMENTS', '129-KH/TU>03-KH/TW:IMPLEMENTS']),
    );
  });
});
