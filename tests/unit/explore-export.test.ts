/**
 * The explorer's graph model and file writers (src/explore/assets/subgraph.js, shared by the page and the export
 * endpoint): levels, Party/State, the cascade from API steps, filters, the URL state, and GraphML/CSV/JSON that
 * parse back whatever the documents contain.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cascadeRequest, subgraph, type Subgraph } from '../../src/explore/export';

const doc = (id: string, symbol: string, scope: string, extra: Record<string, unknown> = {}) => ({
  id,
  symbol,
  scope,
  kind: 'Kế hoạch',
  issuer: null,
  date: null,
  stub: false,
  title: null,
  ...extra,
});
const nq = doc('n|25', '25-NQ/TW', 'national', { kind: 'Nghị quyết', date: '2013-06-03' });
const kl = doc('n|43', '43-KL/TW', 'national', { kind: 'Kết luận', date: '2019-01-07', stub: true });
const kh = doc('k|98', '98-KH/TU', 'Kon Tum', { date: '2019-06-25' });
const cv = doc('k|cv', '/UBND-KGVX', 'Kon Tum', { kind: 'Công văn', issuer: 'Ủy ban nhân dân tỉnh Kon Tum' });
const ct = doc('b|02', '02/CT-UBND', 'Bình Dương/Phú Giáo', { kind: 'Chỉ thị', date: '2018-04-05' });
const step = (
  depth: number,
  type: string,
  from: object,
  to: object,
  evidence: string | null = 'thực hiện …',
) => ({
  depth,
  type,
  from,
  to,
  evidence,
  trigger: 'thực hiện',
  source: 'file.txt',
});

function cascade(): Subgraph {
  return subgraph.fromSteps(nq as never, [], [
    step(1, 'CONTINUES', kl, nq),
    step(2, 'IMPLEMENTS', kh, kl),
    step(3, 'IMPLEMENTS', cv, kh),
    step(1, 'IMPLEMENTS', ct, nq),
  ] as never);
}

describe('the graph model', () => {
  it('knows levels and Party from State', () => {
    expect(['national', 'Kon Tum', 'Kon Tum/Đăk Hà', 'A/B/C', null].map((s) => subgraph.levelOf(s))).toEqual([
      'central',
      'province',
      'district',
      'commune',
      'central',
    ]);
    expect(subgraph.isParty({ symbol: '25-NQ/TW' })).toBe(true);
    expect(subgraph.isParty({ symbol: '98-KH/TU' })).toBe(true);
    expect(subgraph.isParty({ symbol: '05-NQ/ĐU' })).toBe(true);
    expect(subgraph.isParty({ symbol: '1138/KH-UBND' })).toBe(false);
    expect(subgraph.isParty({ symbol: '04/2015/NĐ-CP' })).toBe(false);
    expect(subgraph.isParty({ symbol: '/UBND-KGVX', issuer: 'Ủy ban nhân dân tỉnh Kon Tum' })).toBe(false);
    expect(subgraph.isParty({ symbol: null, issuer: 'Ban Thường vụ Tỉnh ủy Kon Tum' })).toBe(true);
  });

  it('builds the cascade from lineage and impact steps, each relation once, in its own direction', () => {
    const graph = cascade();
    expect(graph.root).toBe('n|25');
    expect(graph.nodes.map((n) => n.symbol).sort()).toEqual(
      ['02/CT-UBND', '25-NQ/TW', '43-KL/TW', '98-KH/TU', '/UBND-KGVX'].sort(),
    );
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ source: 'k|98', target: 'n|43', type: 'IMPLEMENTS', file: 'file.txt' }),
    );
    const twice = subgraph.fromSteps(
      nq as never,
      [step(1, 'CONTINUES', kl, nq)] as never,
      [step(1, 'CONTINUES', kl, nq)] as never,
    );
    expect(twice.edges.length).toBe(1);
    expect(graph.nodes.find((n) => n.id === 'n|43')).toMatchObject({
      stub: true,
      level: 'central',
      party: true,
    });
  });

  it('filters by level, province and years, keeping the chosen document and only edges between kept ends', () => {
    const graph = cascade();
    const noDistricts = subgraph.filterGraph(graph, { levels: ['central', 'province', 'commune'] });
    expect(noDistricts.nodes.map((n) => n.symbol)).not.toContain('02/CT-UBND');
    expect(noDistricts.edges.some((e) => e.source === 'b|02')).toBe(false);
    const konTum = subgraph.filterGraph(graph, { province: 'Kon Tum' });
    expect(konTum.nodes.map((n) => n.symbol).sort()).toEqual(
      ['/UBND-KGVX', '25-NQ/TW', '43-KL/TW', '98-KH/TU'].sort(),
    );
    const from2019 = subgraph.filterGraph(graph, { from: 2019 });
    // 25-NQ/TW (2013) stays as the chosen document; the undated letter stays; 02/CT-UBND (2018) goes.
    expect(from2019.nodes.map((n) => n.symbol).sort()).toEqual(
      ['/UBND-KGVX', '25-NQ/TW', '43-KL/TW', '98-KH/TU'].sort(),
    );
  });

  it('reads and writes the view state of the URL, dropping what it does not know', () => {
    const state = subgraph.stateFromParams(
      new URLSearchParams(
        'symbol=25-NQ/TW&scope=national&depth=99&types=implements,BOGUS,CITES&levels=district,x&from=2019',
      ),
    );
    expect(state).toMatchObject({
      symbol: '25-NQ/TW',
      scope: 'national',
      depth: 20,
      types: ['IMPLEMENTS', 'CITES'],
      levels: ['district'],
      from: 2019,
      to: null,
    });
    const again = subgraph.stateFromParams(subgraph.stateToParams(state));
    expect(again).toEqual(state);
    expect(subgraph.stateFromParams(new URLSearchParams('')).types).toEqual(subgraph.DEFAULT_TYPES);
    expect(subgraph.stateToParams(subgraph.stateFromParams(new URLSearchParams('symbol=x'))).toString()).toBe(
      'symbol=x&depth=4&types=IMPLEMENTS%2CCONTINUES%2CBASED_ON%2CGUIDES',
    );
  });

  it('checks the export endpoint parameters', () => {
    expect(cascadeRequest(new URLSearchParams('symbol=25-NQ/TW'))).toMatchObject({ format: 'graphml' });
    expect(cascadeRequest(new URLSearchParams('symbol=25-NQ/TW&format=pdf'))).toEqual({
      error: expect.stringContaining('Unknown format "pdf"'),
    });
    expect(cascadeRequest(new URLSearchParams('format=json'))).toEqual({
      error: expect.stringContaining('Name'),
    });
  });
});

describe('the writers', () => {
  // Everything a document may hold: markup characters, quotes, commas, line breaks, a control character.
  const nasty = doc('x|1', '1/KH-UBND', 'Hà Nội', {
    title: 'Về việc "A & B" <khẩn>, lần 2\ndòng hai\u0007',
    issuer: "Ủy ban nhân dân 'thành phố'",
  });
  const graph = (): Subgraph =>
    subgraph.fromSteps(nq as never, [], [
      step(1, 'IMPLEMENTS', nasty, nq, 'Thực hiện "25-NQ/TW", ngày 3/6; <a>\r\nx'),
    ] as never);

  it('writes GraphML that an XML parser reads back with every attribute', () => {
    const text = subgraph.toGraphML(graph());
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (n) => ['node', 'edge', 'data', 'key'].includes(n),
    }).parse(text);
    const { node, edge } = parsed.graphml.graph;
    expect(node.length).toBe(2);
    const written = node.find((n: { '@id': string }) => n['@id'] === 'x|1');
    const value = (key: string) => written.data.find((d: { '@key': string }) => d['@key'] === key)['#text'];
    expect(value('title')).toBe('Về việc "A & B" <khẩn>, lần 2\ndòng hai');
    expect(value('issuer')).toBe("Ủy ban nhân dân 'thành phố'");
    expect(value('label')).toBe('1/KH-UBND (Kế hoạch)');
    expect(edge[0]['@source']).toBe('x|1');
    expect(edge[0]['@target']).toBe('n|25');
    // Every key the data elements use is declared.
    const keys = new Set(parsed.graphml.key.map((k: { '@id': string }) => k['@id']));
    for (const item of [...node, ...edge]) for (const d of item.data) expect(keys.has(d['@key'])).toBe(true);
  });

  it('writes CSV whose quoted fields hold commas, quotes and line breaks', () => {
    const nodes = subgraph.toNodesCsv(graph());
    expect(nodes.split('\r\n')[0]).toBe('id,symbol,kind,issuer,scope,level,party,date,stub,title');
    expect(nodes).toContain('"Về việc ""A & B"" <khẩn>, lần 2\ndòng hai\u0007"');
    const edges = subgraph.toEdgesCsv(graph());
    expect(edges.split('\r\n')[0]).toBe('source,target,type,evidence,trigger,file');
    expect(edges).toContain('"Thực hiện ""25-NQ/TW"", ngày 3/6; <a>\r\nx"');
  });

  it('writes JSON with the nodes and the edges', () => {
    const parsed = JSON.parse(subgraph.toJson(graph()));
    expect(parsed.root).toBe('n|25');
    expect(parsed.nodes.length).toBe(2);
    expect(parsed.edges[0]).toEqual({
      id: 'x|1|IMPLEMENTS|n|25',
      source: 'x|1',
      target: 'n|25',
      type: 'IMPLEMENTS',
      evidence: 'Thực hiện "25-NQ/TW", ngày 3/6; <a>\r\nx',
      trigger: 'thực hiện',
      file: 'file.txt',
    });
  });

  it('names files after the chosen document', () => {
    expect(subgraph.fileName(cascade(), 'graphml')).toBe('cascade-25-NQ-TW.graphml');
    expect(subgraph.fileName(cascade(), 'nodes.csv')).toBe('cascade-25-NQ-TW.nodes.csv');
    const d = subgraph.fromSteps(doc('q', '04/2015/NĐ-CP', 'national') as never, [], []);
    expect(subgraph.fileName(d, 'json')).toBe('cascade-04-2015-ND-CP.json');
  });
});
