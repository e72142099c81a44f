/**
 * How people type the codes of a symbol, and the official spelling (Nghị định 30/2020/NĐ-CP, Hướng dẫn
 * 36-HD/VPTW). One document gets one id whatever the spelling: parse/symbol.ts reads a symbol through these.
 * Each row carries examples (as typed → as official) that tests/unit/symbols.test.ts parses back.
 */

/** Look-alike letters of other scripts typed or OCR'd into codes (Cyrillic and Greek capitals) → Latin. */
export const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

export interface SpellingRow {
  /** What the segment is as typed (exact, after look-alikes are mapped). */
  typed: string;
  /** The official code. */
  official: string;
  why: string;
  examples: [string, string][];
}

/**
 * Whole-segment respellings that are not a matter of case (case is settled by the code tables: "TTG" → "TTg",
 * "QĐI" → "QĐi"). Latin D for Đ where the D form is no code of its own; "TƯ" for the Party's "TW".
 */
export const SEGMENT_SPELLINGS: readonly SpellingRow[] = [
  { typed: 'QD', official: 'QĐ', why: 'Latin D for Đ', examples: [['2367/QD-UBND', '2367/QĐ-UBND']] },
  { typed: 'ND', official: 'NĐ', why: 'Latin D for Đ', examples: [['15/2018/ND-CP', '15/2018/NĐ-CP']] },
  { typed: 'QDi', official: 'QĐi', why: 'Latin D for Đ', examples: [['08-QDi/TW', '08-QĐi/TW']] },
  { typed: 'HDND', official: 'HĐND', why: 'Latin D for Đ', examples: [['15/NQ-HDND', '15/NQ-HĐND']] },
  { typed: 'DU', official: 'ĐU', why: 'Latin D for Đ', examples: [['12-NQ/DU', '12-NQ/ĐU']] },
  { typed: 'DUK', official: 'ĐUK', why: 'Latin D for Đ', examples: [['05-KH/DUK', '05-KH/ĐUK']] },
  {
    typed: 'TWDTN',
    official: 'TWĐTN',
    why: 'Latin D for Đ',
    examples: [['84-QD/TWDTN', '84-QĐ/TWĐTN']],
  },
  { typed: 'TƯ', official: 'TW', why: 'Trung ương written out', examples: [['25-NQ/TƯ', '25-NQ/TW']] },
  // "Luật Đấu thầu số 22/2023/OH15": O read or typed for the Q of the National Assembly's code, for each term.
  ...[9, 10, 11, 12, 13, 14, 15, 16].map((term): SpellingRow => ({
    typed: `OH${term}`,
    official: `QH${term}`,
    why: 'O for the Q of Quốc hội',
    examples: [[`22/2023/OH${term}`, `22/2023/QH${term}`]],
  })),
  // OCR of a scanned number: T read as I in the Ministry of Finance's code ("184/2015/TT-BIC").
  { typed: 'BIC', official: 'BTC', why: 'OCR: I for T', examples: [['184/2015/TT-BIC', '184/2015/TT-BTC']] },
  {
    typed: 'BNN&PTNT',
    official: 'BNNPTNT',
    why: 'the ampersand of "Nông nghiệp & PTNT"',
    examples: [['15/2019/TT-BNN&PTNT', '15/2019/TT-BNNPTNT']],
  },
];

/**
 * Words in capitals glued after a symbol's last code in a title in capitals ("THỰC HIỆN KẾT LUẬN SỐ 60-KL/TWCỦA BỘ
 * CHÍNH TRỊ"): never part of a code, left out of the symbol (parse/symbol.ts gluedTail, as "83/2013/NĐ-CPcó").
 */
export const CAPITAL_GLUED_WORDS: {
  words: readonly string[];
  examples: [string, string][];
  counterExamples: string[];
} = {
  words: ['CỦA', 'VỀ', 'NGÀY', 'VÀ', 'TẠI', 'THEO', 'NĂM'],
  examples: [
    ['THỰC HIỆN KẾT LUẬN SỐ 60-KL/TWCỦA BỘ CHÍNH TRỊ', '60-KL/TW'],
    ['QUYẾT ĐỊNH SỐ 12/2020/QĐ-UBNDNGÀY 5/3/2020', '12/2020/QĐ-UBND'],
    // In lower case, after a unit's code no table knows (dev93 jw13).
    ['Bộ Tư pháp (công văn số 4429/BTP-PLQTngày 24 tháng 12 năm 2009)', '4429/BTP-PLQT'],
  ],
  counterExamples: ['Kế hoạch số 25/KH-UBNDVA ngày 3/5', 'Công văn số 15/SXD-VAT về'],
};

/**
 * Party kind codes typed right after the number with no hyphen ("09KH/ĐTN ngày 22/02/2013 của BCH Huyện Đoàn"): read
 * as "09-KH/ĐTN". Only these codes, only before "/" and a body's code, and only after "số" or a kind name
 * (references.ts), so "năm 2019 KH/TU" or "12AB/CD" stay text.
 */
export const PARTY_GLUED: {
  codes: readonly string[];
  examples: [string, string][];
  counterExamples: string[];
} = {
  codes: ['NQ', 'CT', 'KL', 'QĐ', 'KH', 'HD', 'TB', 'BC', 'CV', 'CTr'],
  examples: [
    ['Kế hoạch số 09KH/ĐTN ngày 22/02/2013', '09-KH/ĐTN'],
    ['Nghị quyết số 12NQ/TU của Tỉnh ủy', '12-NQ/TU'],
  ],
  counterExamples: [
    'năm 2019KH/TU',
    'mã 12AB/CD',
    'số 09KH ngày',
    'số 15TT/BTC',
    'Quyết định số 2609QĐ/UBND ngày 24',
  ],
};

/**
 * Party bodies' codes, which no State body uses: a symbol typed the State way with one of them as its only issuer
 * ("Nghị quyết số 60/NQ-TW", "12/KH-TU") is the Party's, hyphen and slash swapped. `stateForms` are the exceptions, a
 * kind and code a State body writes so: the telegrams of the central steering committee for natural disasters ("Công
 * điện số 43/CĐ-TW", sent before every storm). `examples`: typed → official; `counterExamples`: State symbols that
 * stay as they are.
 */
export const PARTY_ONLY_ISSUERS: {
  codes: readonly string[];
  stateForms: readonly string[];
  examples: [string, string][];
  counterExamples: string[];
} = {
  codes: ['TW', 'TU', 'HU', 'QU', 'ThU', 'TXU', 'ĐU'],
  stateForms: ['CĐ-TW'],
  examples: [
    ['60/NQ-TW', '60-NQ/TW'],
    ['12/KH-TU', '12-KH/TU'],
    ['05/CT-HU', '05-CT/HU'],
    // Or a hyphen typed for the Party slash ("Chỉ thị số 36-CT-TW, ngày 30/5/2014"; dev92 jv05).
    ['36-CT-TW', '36-CT/TW'],
  ],
  counterExamples: ['60/NQ-CP', '12/KH-UBND', '5662/CT-CS', '43/CĐ-TW', '5630/CĐ-TW'],
};

/**
 * A dot for the hyphen between the kind and the body, as symbols were typed around 1990–2005 ("Quyết định số
 * 63/2002/QĐ.UB", "Tờ trình số 245/TTr.DSGĐTE"): read as the hyphen, only where the part before the dot is a kind
 * code in the kind position. A dotted unit after the body stays as written ("6888/VPCP-V.I").
 * `examples`: text → symbol; `counterExamples`: text → the symbol it keeps.
 */
export const DOTTED_KIND: {
  examples: [string, string][];
  counterExamples: [string, string][];
} = {
  examples: [
    ['Quyết định số 63/2002/QĐ.UB ngày 07/5/2002 của UBND tỉnh Cần Thơ', '63/2002/QĐ-UB'],
    ['tại Tờ trình số 245/TTr.DSGĐTE ngày 18/04/2002', '245/TTr-DSGĐTE'],
    ['Quyết định số 01/1999/QĐ.UB ngày 4/01/1999', '01/1999/QĐ-UB'],
  ],
  counterExamples: [
    ['Công văn số 6888/VPCP-V.I ngày 10/7/2019', '6888/VPCP-V.I'],
    ['Công văn số 125/CCTKV.05-KK ngày 3/4/2024', '125/CCTKV.05-KK'],
  ],
};
