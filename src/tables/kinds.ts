/**
 * Document kinds: the full Vietnamese name ⇄ the abbreviation used in the symbol ("số, ký hiệu").
 * State documents: Nghị định 30/2020/NĐ-CP Appendix III and the legal-normative kinds of Luật Ban hành
 * văn bản quy phạm pháp luật; Party documents: Hướng dẫn 36-HD/VPTW (2018). One line adds a kind.
 * `examples` are real-style symbols that tests/unit/kinds.test.ts parses back to this entry.
 */
export type System = 'state' | 'party';

export interface KindEntry {
  /** Name as it is written in running text, e.g. "Kế hoạch". */
  name: string;
  /** Abbreviation in the symbol; null for kinds written without one (Công văn of the State, Luật). */
  code: string | null;
  system: System;
  /** Other names of the same kind that the text may use ("Chương trình hành động"). */
  aliases?: string[];
  /** The relation a document of this kind has to the first text it cites: a consolidated text consolidates it. */
  firstCitation?: 'CONSOLIDATES';
  examples: string[];
}

export const KINDS: readonly KindEntry[] = [
  // --- State: administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III) ---
  { name: 'Nghị quyết', code: 'NQ', system: 'state', examples: ['15/NQ-HĐND', '01/NQ-CP'] },
  { name: 'Quyết định', code: 'QĐ', system: 'state', examples: ['332/QĐ-UBND', '1225/QĐ-TTg'] },
  { name: 'Chỉ thị', code: 'CT', system: 'state', examples: ['02/CT-UBND', '16/CT-TTg'] },
  { name: 'Quy chế', code: 'QC', system: 'state', examples: ['05/QC-UBND'] },
  { name: 'Quy định', code: 'QyĐ', system: 'state', examples: ['12/QyĐ-UBND'] },
  { name: 'Thông cáo', code: 'TC', system: 'state', examples: ['03/TC-VPCP'] },
  { name: 'Thông báo', code: 'TB', system: 'state', examples: ['281/TB-VPCP', '45/TB-UBND'] },
  { name: 'Hướng dẫn', code: 'HD', system: 'state', examples: ['09/HD-SNV', '3217/HD-BYT'] },
  { name: 'Chương trình', code: 'CTr', system: 'state', examples: ['07/CTr-UBND'] },
  { name: 'Kế hoạch', code: 'KH', system: 'state', examples: ['1138/KH-UBND', '739/KH-UBND'] },
  // Joint texts of two bodies (a People's Committee and the Front, a union and a bank): "Kế hoạch phối hợp số
  // 03/KHPH-UBND-MTTQ", "Quy chế phối hợp số 01/QCPH-UBND-UBMTTQ" (Đắk Lắk, 2017).
  {
    name: 'Kế hoạch',
    code: 'KHPH',
    system: 'state',
    examples: ['03/KHPH-UBND-MTTQ'],
  },
  {
    name: 'Quy chế',
    code: 'QCPH',
    system: 'state',
    examples: ['01/QCPH-UBND-UBMTTQ'],
  },
  { name: 'Phương án', code: 'PA', system: 'state', examples: ['02/PA-UBND'] },
  { name: 'Đề án', code: 'ĐA', system: 'state', examples: ['01/ĐA-UBND'] },
  { name: 'Dự án', code: 'DA', system: 'state', examples: ['04/DA-SNNPTNT'] },
  { name: 'Báo cáo', code: 'BC', system: 'state', examples: ['215/BC-UBND', '88/BC-BNV'] },
  // An appraisal report of a department of justice ("Báo cáo thẩm định số 18/BCTĐ-STP").
  { name: 'Báo cáo', code: 'BCTĐ', system: 'state', examples: ['18/BCTĐ-STP'] },
  // A council committee's examination report ("Báo cáo thẩm tra số 45/BCTT-KTNS … của Ban Kinh tế - Ngân sách").
  { name: 'Báo cáo', code: 'BCTT', system: 'state', examples: ['45/BCTT-KTNS'] },
  { name: 'Biên bản', code: 'BB', system: 'state', examples: ['12/BB-UBND'] },
  // A licence of a People's Committee or a ministry ("Số giấy phép: 137/GP-UBND ngày 13/07/2017", a mine's licence).
  { name: 'Giấy phép', code: 'GP', system: 'state', examples: ['137/GP-UBND', '136/GP-BTTTT'] },
  { name: 'Tờ trình', code: 'TTr', system: 'state', examples: ['56/TTr-UBND', '321/TTr-BNV'] },
  { name: 'Hợp đồng', code: 'HĐ', system: 'state', examples: ['08/HĐ-SYT'] },
  { name: 'Công điện', code: 'CĐ', system: 'state', examples: ['447/CĐ-TTg'] },
  { name: 'Bản ghi nhớ', code: 'BGN', system: 'state', examples: ['01/BGN-UBND'] },
  { name: 'Bản thỏa thuận', code: 'BTT', system: 'state', examples: ['02/BTT-UBND'] },
  {
    name: 'Giấy ủy quyền',
    code: 'GUQ',
    system: 'state',
    aliases: ['Giấy ủy nhiệm'],
    examples: ['05/GUQ-UBND'],
  },
  { name: 'Giấy mời', code: 'GM', system: 'state', examples: ['120/GM-UBND'] },
  { name: 'Giấy giới thiệu', code: 'GGT', system: 'state', examples: ['33/GGT-SNV'] },
  { name: 'Giấy nghỉ phép', code: 'GNP', system: 'state', examples: ['14/GNP-STC'] },
  { name: 'Phiếu gửi', code: 'PG', system: 'state', examples: ['21/PG-VPUB'] },
  { name: 'Phiếu chuyển', code: 'PC', system: 'state', examples: ['09/PC-VPCP'] },
  { name: 'Phiếu báo', code: 'PB', system: 'state', examples: ['03/PB-UBND'] },
  {
    name: 'Văn bản hợp nhất',
    code: 'VBHN',
    system: 'state',
    examples: ['01/VBHN-BNV', '09/VBHN-VPQH'],
    firstCitation: 'CONSOLIDATES',
  },
  // Công văn of the State carries no kind code: number/ISSUER-UNIT ("4611/UBND-NC").
  {
    name: 'Công văn',
    code: null,
    system: 'state',
    aliases: ['Văn bản'],
    examples: ['4611/UBND-NC', '6888/VPCP-V.I'],
  },
  // --- State: legal normative documents (number/year/KIND-ISSUER) ---
  // An outline for propaganda or study ("ĐỀ CƯƠNG TUYÊN TRUYỀN …", "Đề cương giới thiệu Nghị quyết …"), Party and
  // State bodies alike; it has no code of its own.
  { name: 'Đề cương', code: null, system: 'state', examples: [] },
  { name: 'Hiến pháp', code: null, system: 'state', examples: [] },
  { name: 'Bộ luật', code: null, system: 'state', examples: ['91/2015/QH13'] },
  { name: 'Luật', code: null, system: 'state', examples: ['77/2015/QH13', '42/2013/QH13'] },
  { name: 'Pháp lệnh', code: 'PL', system: 'state', examples: ['34/2007/PL-UBTVQH11'] },
  { name: 'Lệnh', code: 'L', system: 'state', examples: ['05/2019/L-CTN'] },
  { name: 'Nghị định', code: 'NĐ', system: 'state', examples: ['04/2015/NĐ-CP', '30/2020/NĐ-CP'] },
  { name: 'Thông tư liên tịch', code: 'TTLT', system: 'state', examples: ['12/2020/TTLT-BNV-BTC'] },
  { name: 'Thông tư', code: 'TT', system: 'state', examples: ['01/2011/TT-BNV', '15/2023/TT-BYT'] },
  {
    name: 'Nghị quyết liên tịch',
    code: 'NQLT',
    system: 'state',
    examples: ['403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN'],
  },
  // --- Party documents (Hướng dẫn 36-HD/VPTW) ---
  { name: 'Nghị quyết', code: 'NQ', system: 'party', examples: ['25-NQ/TW', '18-NQ/TW', '05-NQ/TU'] },
  { name: 'Quyết định', code: 'QĐ', system: 'party', examples: ['290-QĐ/TW', '11100-QĐ/TU'] },
  // A decision on personnel ("Quyết định số 2188-QĐNS/TW" of the Politburo appointing a provincial secretary; dev55
  // gk10, dev82 jl04, dev96 jz04): a Quyết định.
  { name: 'Quyết định', code: 'QĐNS', system: 'party', examples: ['2188-QĐNS/TW', '15-QĐNS/TW'] },
  { name: 'Chỉ thị', code: 'CT', system: 'party', examples: ['05-CT/TW', '12-CT/HU'] },
  { name: 'Kết luận', code: 'KL', system: 'party', examples: ['114-KL/TW', '43-KL/TW'] },
  { name: 'Quy chế', code: 'QC', system: 'party', examples: ['10-QC/TU'] },
  { name: 'Quy định', code: 'QĐi', system: 'party', examples: ['205-QĐi/TW', '08-QĐi/TW'] },
  { name: 'Thông tri', code: 'TT', system: 'party', examples: ['03-TT/TW'] },
  { name: 'Hướng dẫn', code: 'HD', system: 'party', examples: ['36-HD/VPTW', '12-HD/BTGTW'] },
  { name: 'Báo cáo', code: 'BC', system: 'party', examples: ['245-BC/TU'] },
  { name: 'Kế hoạch', code: 'KH', system: 'party', examples: ['98-KH/TU', '2352-KH/BDVTW-BCSĐCP'] },
  // An action plan ("Kế hoạch hành động số 459-KHHĐ/TU" of the Hồ Chí Minh City Party Committee): a Kế hoạch.
  { name: 'Kế hoạch', code: 'KHHĐ', system: 'party', examples: ['459-KHHĐ/TU'] },
  // A joint plan of a mass organisation numbered the Party's way ("Kế hoạch phối hợp số 01-KHPH/HNDT-NHPTNT" of the
  // Bắc Giang Farmers' Union and the Agribank branch).
  {
    name: 'Kế hoạch',
    code: 'KHPH',
    system: 'party',
    examples: ['01-KHPH/HNDT-NHPTNT'],
  },
  { name: 'Quy chế', code: 'QCPH', system: 'party', examples: ['02-QCPH/TU'] },
  {
    name: 'Chương trình',
    code: 'CTr',
    system: 'party',
    aliases: ['Chương trình hành động'],
    examples: ['43-CTr/TU', '51-CTr/TU'],
  },
  // "Chương trình hành động số 83-CTHĐ/TU … của Tỉnh uỷ Quảng Trị": an action programme.
  { name: 'Chương trình hành động', code: 'CTHĐ', system: 'party', examples: ['83-CTHĐ/TU'] },
  // The same kind with the programme's "Tr" ("Chương trình hành động số 15-CTrHĐ/QU" of a Hồ Chí Minh City district).
  { name: 'Chương trình hành động', code: 'CTrHĐ', system: 'party', examples: ['15-CTrHĐ/QU'] },
  { name: 'Thông báo', code: 'TB', system: 'party', examples: ['264-TB/TW'] },
  { name: 'Thông cáo', code: 'TC', system: 'party', examples: ['01-TC/TW'] },
  { name: 'Tờ trình', code: 'TTr', system: 'party', examples: ['15-TTr/TU'] },
  { name: 'Đề án', code: 'ĐA', system: 'party', examples: ['05-ĐA/TU'] },
  { name: 'Phương án', code: 'PA', system: 'party', examples: ['02-PA/HU'] },
  { name: 'Công văn', code: 'CV', system: 'party', examples: ['4193-CV/TU', '813-CV/TU', '1990-CV/TU'] },
  { name: 'Biên bản', code: 'BB', system: 'party', examples: ['07-BB/ĐU'] },
  { name: 'Công điện', code: 'CĐ', system: 'party', examples: ['01-CĐ/TW'] },
  { name: 'Giấy giới thiệu', code: 'GGT', system: 'party', examples: ['112-GGT/TU'] },
  { name: 'Giấy chứng nhận', code: 'GCN', system: 'party', examples: ['05-GCN/TU'] },
  { name: 'Giấy mời', code: 'GM', system: 'party', examples: ['88-GM/TU'] },
  { name: 'Phiếu gửi', code: 'PG', system: 'party', examples: ['15-PG/VPTU'] },
  { name: 'Phiếu chuyển', code: 'PC', system: 'party', examples: ['04-PC/VPTU'] },
  { name: 'Phiếu báo', code: 'PB', system: 'party', examples: ['02-PB/VPTU'] },
];

/** Kind by symbol code, per system. */
export function kindByCode(code: string, system: System): KindEntry | undefined {
  return CODE_INDEX.get(`${system}:${code}`);
}

const CODE_INDEX = new Map<string, KindEntry>();
for (const k of KINDS) if (k.code) CODE_INDEX.set(`${k.system}:${k.code}`, k);

/** Every kind code of either system (Set for the symbol validator). */
export const KIND_CODES: ReadonlySet<string> = new Set(KINDS.flatMap((k) => (k.code ? [k.code] : [])));

/** Every written name, longest first so "Thông tư liên tịch" wins over "Thông tư". */
export const KIND_NAMES: readonly string[] = [
  ...new Set(KINDS.flatMap((k) => [k.name, ...(k.aliases ?? [])])),
].sort((a, b) => b.length - a.length);

/** The kind names as a title or a list item opens with them ("Luật", "Nghị định"), never a lowercase alias. */
export const CAPITALISED_KIND_NAMES: readonly string[] = KIND_NAMES.filter((k) => /^\p{Lu}/u.test(k));

const NAME_INDEX = new Map<string, string>();
for (const k of KINDS) {
  for (const n of [k.name, ...(k.aliases ?? [])]) {
    if (!NAME_INDEX.has(n.toLowerCase())) NAME_INDEX.set(n.toLowerCase(), n);
  }
}

/** The table's spelling of a written kind name ("kế hoạch" → "Kế hoạch"); aliases keep their own name. */
export function kindByName(name: string): string | null {
  return NAME_INDEX.get(name.toLowerCase()) ?? null;
}

/** The relation a document of this kind has to the first text it cites (null for most kinds). */
export function firstCitationType(kind: string | null): 'CONSOLIDATES' | null {
  return KINDS.find((k) => k.name === kind && k.firstCitation)?.firstCitation ?? null;
}

/**
 * Marks of urgency or secrecy written between a kind and its number, in brackets or not ("UBND tỉnh ban hành Kế hoạch
 * (HỎA TỐC) số 1141/KH-UBND", "UBND tỉnh đã có Thông báo khẩn số 342/TB-UBND"): the kind and its number still go
 * together (parse/references.ts BEFORE). Matched without case.
 */
export const URGENCY_MARKS: readonly string[] = ['HỎA TỐC', 'THƯỢNG KHẨN', 'KHẨN', 'MẬT', 'TỐI MẬT'];

/**
 * Words that say what a text is for, written between its kind and its number, never in brackets ("Bộ Thông tin và
 * Truyền thông có Văn bản chỉ đạo số 398/BTTTT-TTCS"; dev80 jj08): the kind and its number still go together, so the
 * date and body told before them are the citation's. Matched without case.
 */
export const KIND_QUALIFIERS: readonly string[] = ['chỉ đạo'];

/** Written names that say nothing about the kind: the symbol decides. */
export const GENERIC_KIND_NAMES: ReadonlySet<string> = new Set(['Văn bản']);

/** The kind of a text addressed to someone ("Kính gửi: …") that names no kind, in a line or in its number: a letter. */
export const LETTER_KIND = 'Công văn';

/**
 * Kinds whose texts change no text of another kind: a letter, report or plan may replace an earlier letter, report
 * or plan, but "thay thế Nghị quyết số 1211/2016/UBTVQH13" in a letter speaks of a draft (the letter only cites it).
 */
export const ACTS_ONLY_ON_OWN_KIND: ReadonlySet<string> = new Set([
  'Công văn',
  'Báo cáo',
  'Tờ trình',
  'Thông báo',
  'Kế hoạch',
  'Hướng dẫn',
  'Công điện',
  'Chương trình',
]);

/**
 * Kinds no text rests on, carries out or changes: a submission is answered and cited (32 of 32 such relations in
 * the real development parts are CITES). Reports are cited too (8 of 8), but "thực hiện Báo cáo số …" does occur
 * (a report's conclusions), so a report is only kept from being changed (REPORTS_UNCHANGED).
 */
export const NEVER_ACTED_ON: ReadonlySet<string> = new Set(['Tờ trình']);
/**
 * Kinds one list of objects may mix as one kind: an omnibus law amends "Luật Đất đai số 45/2013/QH13, …, Bộ luật Lao
 * động số 10/2012/QH13, Luật Bảo hiểm xã hội …" under one verb. Other kinds continue a list only with their own kind.
 */
export const LIST_KIN: readonly (readonly string[])[] = [['Luật', 'Bộ luật']];
/** Whether two kinds may be items of one list (the same kind, or kin in LIST_KIN). */
export function listKin(a: string, b: string): boolean {
  return a === b || LIST_KIN.some((group) => group.includes(a) && group.includes(b));
}
export const REPORTS_UNCHANGED: ReadonlySet<string> = new Set(['Báo cáo']);
/**
 * Kinds that are no legal basis: a council resolution "xét" a report as it "xét" a submission, in the same list as
 * its "Căn cứ" ("…; Sau khi xem xét Tờ trình số 317/TTr-UBND …; Báo cáo thẩm tra số 593/BC-HĐND …"). All 19 relations
 * to a report in the real development parts are CITES.
 */
export const NEVER_A_BASIS: ReadonlySet<string> = new Set(['Tờ trình', 'Báo cáo']);

/**
 * Kinds of State texts that lay down rules or decide: a text done "theo" one of them is done according to it (cited),
 * while "theo Kế hoạch …", "theo Công văn …" or a Party text is carried out (a trigger row's `normType`).
 */
export const NORM_KINDS: ReadonlySet<string> = new Set([
  'Hiến pháp',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Nghị định',
  'Thông tư',
  'Thông tư liên tịch',
  'Nghị quyết',
  'Nghị quyết liên tịch',
  'Quyết định',
]);

/**
 * Party kinds that a text may cite by number alone with the issuing body after it ("Chỉ thị số 35 … của Bộ Chính
 * trị"), each with the one code the Party numbers it with. "Quy định" is numbered "QĐ" (86-QĐ/TW, 2017; 205-QĐ/TW,
 * 2019; 144-QĐ/TW, 2024; 10-QĐ/TU, 2023) but for a second series of 2018–2019 (07-QĐi/TW, 08-QĐi/TW, 11-QĐi/TW):
 * a bare number dated in those years says neither (PARTY_CODE_UNSURE_YEARS).
 */
export const PARTY_KINDS_CITED_BY_NUMBER: ReadonlyMap<string, string> = new Map(
  [
    'Nghị quyết',
    'Chỉ thị',
    'Kết luận',
    'Quyết định',
    'Hướng dẫn',
    'Thông báo',
    'Kế hoạch',
    'Thông tri',
    'Quy chế',
    // "Thực hiện Công văn số 4022 của Thành ủy Vũng Tàu" (4022-CV/TU), "Báo cáo số 245 của Tỉnh ủy" (245-BC/TU).
    'Công văn',
    'Báo cáo',
    // "Ban Thường vụ Tỉnh ủy Tuyên Quang đã ban hành Đề án 02 về …" (02-ĐA/TU), "Chương trình số 15 của Tỉnh ủy" (15-CTr/TU).
    'Đề án',
    'Chương trình',
  ]
    .map((name): [string, string] => {
      const entry = KINDS.find((k) => k.system === 'party' && k.name === name);
      if (!entry?.code) throw new Error(`kinds: no Party code for ${name}`);
      return [name, entry.code];
    })
    // "Tỉnh ủy đã có Chương trình hành động số 15 về thực hiện Nghị quyết số 08 …": a committee's action programme is
    // numbered as its programmes are (15-CTr/TU); "CTHĐ" and "CTrHĐ" are rarer spellings of the same code.
    .concat([['Chương trình hành động', 'CTr']])
    // "Hội nghị quán triệt Quy định số 144, ngày 09/5/2024 của Bộ Chính trị …" (dev56 gl05): 144-QĐ/TW.
    .concat([['Quy định', 'QĐ']]),
);

/**
 * Years in which a Party kind cited by its bare number had two codes, so the number is not read: "Quy định" as
 * "QĐi" beside "QĐ" (07-QĐi/TW of 28/8/2018, 11-QĐi/TW of 18/2/2019; 132-QĐ/TW of 8/3/2018, 205-QĐ/TW of 23/9/2019).
 */
export const PARTY_CODE_UNSURE_YEARS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['Quy định', [2018, 2019] as const],
]);

/**
 * The Party kinds' codes, written in running text as the kind's short name before a bare number ("10 năm thực hiện NQ
 * 28 của Ban Thường vụ Thành ủy", "theo CT 05 của Bộ Chính trị"), or glossed after the kind ("Nghị quyết (NQ) 28"): code
 * → kind. Left out: "TT" (Thông tri's code, but "TT 200 của Bộ Tài chính" is a Thông tư) and "CTr" (written "CTr" only
 * inside symbols). Examples in tests/unit/references.test.ts.
 */
export const PARTY_KIND_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  [...PARTY_KINDS_CITED_BY_NUMBER]
    .filter(([name, code]) => code !== 'TT' && code !== 'CTr' && name !== 'Chương trình hành động')
    .map(([name, code]) => [code, name]),
);

/**
 * Words after which a number is a form's, not a document's ("Tờ khai … theo mẫu số 03/TNDN ban hành kèm theo Thông tư
 * này", "phiếu đề xuất (theo mẫu 01/PĐXXĐTMS …)"), unless its code names a kind. parse/references.ts; the examples
 * are checked by tests/unit/references.test.ts.
 */
export const FORM_WORDS = {
  words: ['mẫu', 'biểu mẫu', 'mẫu biểu'],
  examples: [
    'Tờ khai quyết toán thuế thu nhập doanh nghiệp theo mẫu số 03/TNDN ban hành kèm theo Thông tư này.',
    'công chức lập phiếu đề xuất (theo mẫu 01/PĐXXĐTMS và hướng dẫn tại điểm 1)',
    'kê khai theo Mẫu số 01/TSDĐ ban hành kèm theo Nghị định này.',
  ],
  counterExamples: [
    'Căn cứ Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế.',
    'khai theo mẫu tại Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính.',
  ],
} as const;
