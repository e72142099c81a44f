/**
 * Issuing bodies: the codes after the slash of a symbol ("98-KH/TU", "4611/UBND-NC", "04/2015/NĐ-CP") with
 * their level and full-name template, and the names by which running text calls them ("của Ban Bí thư").
 * `{province}` and `{district}` in a template are filled by resolve/scope.ts. One line adds a body.
 */
import { assemblyTermOfYear } from './dates';

export type Level = 'central' | 'province' | 'district' | 'commune';

/**
 * The words that name a unit of local government before its place's name ("tỉnh Quảng Trị", "huyện Lắk", "thị xã Ba
 * Đồn", "xã Tân Phú"), by the level they name; "thành phố" names a centrally-run city or a district-level one. Every
 * pattern of the level words is built from these (parse/issuer.ts, resolve/scope.ts, resolve/letterhead.ts).
 */
export const LEVEL_WORDS: { readonly [level in 'province' | 'district' | 'commune']: readonly string[] } = {
  province: ['tỉnh', 'thành phố'],
  district: ['huyện', 'quận', 'thị xã', 'thành phố'],
  commune: ['xã', 'phường', 'thị trấn'],
};
/** The level words of provinces and districts, each once ("tỉnh", "thành phố", "huyện", "quận", "thị xã"). */
export const UPPER_LEVEL_WORDS: readonly string[] = [
  ...new Set([...LEVEL_WORDS.province, ...LEVEL_WORDS.district]),
];

export interface IssuerCode {
  code: string;
  level: Level;
  /** Full name; null when the code alone does not say which body (TW: BCH, Bộ Chính trị or Ban Bí thư). */
  name: string | null;
}

const central = (code: string, name: string | null): IssuerCode => ({ code, level: 'central', name });
const province = (code: string, name: string): IssuerCode => ({ code, level: 'province', name });
const district = (code: string, name: string): IssuerCode => ({ code, level: 'district', name });

export const ISSUER_CODES: readonly IssuerCode[] = [
  // Central Party bodies.
  central('TW', null),
  central('VPTW', 'Văn phòng Trung ương Đảng'),
  central('BTCTW', 'Ban Tổ chức Trung ương'),
  central('BTGTW', 'Ban Tuyên giáo Trung ương'),
  central('BTGDVTW', 'Ban Tuyên giáo và Dân vận Trung ương'),
  central('BDVTW', 'Ban Dân vận Trung ương'),
  // The Party's ideology and culture board of 1989–2007 ("Hướng dẫn số 11 HD/TTVH ngày 6/12/2006 của Ban Tư tưởng - Văn
  // hoá Trung ương"; dev76 jf07), merged into the Ban Tuyên giáo Trung ương.
  central('TTVH', 'Ban Tư tưởng - Văn hóa Trung ương'),
  central('BNCTW', 'Ban Nội chính Trung ương'),
  central('BKTTW', 'Ban Kinh tế Trung ương'),
  central('BĐNTW', 'Ban Đối ngoại Trung ương'),
  central('UBKTTW', 'Ủy ban Kiểm tra Trung ương'),
  central('ĐUQSTW', 'Quân ủy Trung ương'),
  central('QUTW', 'Quân ủy Trung ương'),
  central('ĐUCA', 'Đảng ủy Công an Trung ương'),
  central('BCSĐCP', 'Ban cán sự đảng Chính phủ'),
  central('ĐĐQH', 'Đảng đoàn Quốc hội'),
  central('ĐUCP', 'Đảng ủy Chính phủ'),
  // The Central Steering Committees ("Kế hoạch số 02-KH/BCĐTW … của Ban Chỉ đạo Trung ương về phát triển khoa học …").
  central('BCĐTW', 'Ban Chỉ đạo Trung ương'),
  // Central State bodies.
  // National steering committees ("Quyết định số 2686/QĐ-BCĐQG … của Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19").
  central('BCĐQG', 'Ban Chỉ đạo Quốc gia'),
  // The Front's central committee and its relief board ("Thông báo số 57/TB-MTTW-BVĐCTTW", "Kế hoạch số
  // 21/KH-MTTW-BTT": MTTW, then its board).
  central('MTTW', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'),
  central('BVĐCTTW', 'Ban Vận động cứu trợ Trung ương'),
  central('QH', 'Quốc hội'),
  central('UBTVQH', 'Ủy ban Thường vụ Quốc hội'),
  // The National Election Council ("Nghị quyết số 40/NQ-HĐBCQG … của Hội đồng bầu cử quốc gia").
  central('HĐBCQG', 'Hội đồng Bầu cử quốc gia'),
  central('CTN', 'Chủ tịch nước'),
  central('CP', 'Chính phủ'),
  central('TTg', 'Thủ tướng Chính phủ'),
  central('VPCP', 'Văn phòng Chính phủ'),
  central('VPQH', 'Văn phòng Quốc hội'),
  central('HĐBT', 'Hội đồng Bộ trưởng'),
  central('TANDTC', 'Tòa án nhân dân tối cao'),
  central('HĐTP', 'Hội đồng Thẩm phán Tòa án nhân dân tối cao'),
  // Committees of the National Assembly, numbered with its term like UBTVQH ("432/BC-UBPLTP15"): TERMED below.
  central('HĐDT', 'Hội đồng Dân tộc của Quốc hội'),
  central('UBPLTP', 'Ủy ban Pháp luật và Tư pháp của Quốc hội'),
  central('UBPL', 'Ủy ban Pháp luật của Quốc hội'),
  central('UBTP', 'Ủy ban Tư pháp của Quốc hội'),
  central('UBTCNS', 'Ủy ban Tài chính, Ngân sách của Quốc hội'),
  central('UBKTTC', 'Ủy ban Kinh tế và Tài chính của Quốc hội'),
  central('UBKHCNMT', 'Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội'),
  central('UBVHXH', 'Ủy ban Văn hóa và Xã hội của Quốc hội'),
  central('UBVHGD', 'Ủy ban Văn hóa, Giáo dục của Quốc hội'),
  central('UBQPANĐN', 'Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội'),
  central('VKSNDTC', 'Viện kiểm sát nhân dân tối cao'),
  central('KTNN', 'Kiểm toán nhà nước'),
  central('TTCP', 'Thanh tra Chính phủ'),
  central('NHNN', 'Ngân hàng Nhà nước Việt Nam'),
  central('UBDT', 'Ủy ban Dân tộc'),
  central('BNV', 'Bộ Nội vụ'),
  central('BTC', 'Bộ Tài chính'),
  central('BYT', 'Bộ Y tế'),
  central('BGDĐT', 'Bộ Giáo dục và Đào tạo'),
  central('BCA', 'Bộ Công an'),
  central('BQP', 'Bộ Quốc phòng'),
  central('BNG', 'Bộ Ngoại giao'),
  central('BTP', 'Bộ Tư pháp'),
  central('BCT', 'Bộ Công Thương'),
  central('BXD', 'Bộ Xây dựng'),
  central('BGTVT', 'Bộ Giao thông vận tải'),
  central('BTNMT', 'Bộ Tài nguyên và Môi trường'),
  central('BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn'),
  central('BNNMT', 'Bộ Nông nghiệp và Môi trường'),
  central('BNN', 'Bộ Nông nghiệp và Phát triển nông thôn'),
  central('TCLN', 'Tổng cục Lâm nghiệp'),
  central('BKHĐT', 'Bộ Kế hoạch và Đầu tư'),
  // Its older code, before "BKHĐT" ("Thông tư số 01/2007/TT-BKH").
  central('BKH', 'Bộ Kế hoạch và Đầu tư'),
  central('BKHCN', 'Bộ Khoa học và Công nghệ'),
  central('BTTTT', 'Bộ Thông tin và Truyền thông'),
  central('BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'),
  central('BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'),
  central('BDTTG', 'Bộ Dân tộc và Tôn giáo'),
  // Central mass organisations ("84-QĐ/TWĐTN", "1234/TLĐ").
  central('TWĐTN', 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh'),
  central('TLĐ', 'Tổng Liên đoàn Lao động Việt Nam'),
  central('HNDTW', 'Trung ương Hội Nông dân Việt Nam'),
  // The Red Cross's central committee, typed with "TƯ" as often as "TW" ("Kế hoạch số 60/KH-TƯHCTĐ"; dev89 js06).
  central('TWHCTĐ', 'Trung ương Hội Chữ thập đỏ Việt Nam'),
  central('TƯHCTĐ', 'Trung ương Hội Chữ thập đỏ Việt Nam'),
  // Any association's central committee by its generic code ("Hướng dẫn số 09-HD/TWH … căn cứ Kế hoạch số 85-KH/TWH" of
  // the Ủy ban Trung ương Hội Liên hiệp thanh niên Việt Nam, dev100 kd07; "Kế hoạch số 12/KH-TWH" of the Hội Truyền
  // thống Trường Sơn, dev59 go04): national, the association named by the text, not the code.
  central('TWH', null),
  // The Party's national academy ("Kế hoạch số 57-KH/HVCTQG"; dev86 jp10) and the national committee on digital
  // transformation ("Quyết định số 17/QĐ-UBQGCĐS"; dev87 jq02), whatever city their texts are written in.
  central('HVCTQG', 'Học viện Chính trị quốc gia Hồ Chí Minh'),
  central('UBQGCĐS', 'Ủy ban Quốc gia về chuyển đổi số'),
  // National bodies under the ministries: their letters are national whatever city they are written in.
  central('CT', 'Cục Thuế'),
  central('TCT', 'Tổng cục Thuế'),
  central('CHQ', 'Cục Hải quan'),
  central('TCHQ', 'Tổng cục Hải quan'),
  central('KBNN', 'Kho bạc Nhà nước'),
  central('TCTK', 'Tổng cục Thống kê'),
  central('BHXH', 'Bảo hiểm xã hội Việt Nam'),
  // A ministry's department with a code of its own ("Công văn số 1066/BVTV-QLT" of the Cục Bảo vệ thực vật, dev114
  // kr12), and the Prime Minister's task force on administrative procedures ("285/CCTTHC", dev114 kr01).
  central('BVTV', 'Cục Bảo vệ thực vật'),
  central('CCTTHC', 'Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ'),
  // Province-level Party bodies (Tỉnh ủy, or Thành ủy of a centrally-run city: both written TU).
  province('TU', 'Tỉnh ủy {province}'),
  province('BDVTU', 'Ban Dân vận Tỉnh ủy {province}'),
  province('BTGTU', 'Ban Tuyên giáo Tỉnh ủy {province}'),
  province('BTCTU', 'Ban Tổ chức Tỉnh ủy {province}'),
  province('BNCTU', 'Ban Nội chính Tỉnh ủy {province}'),
  province('UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy {province}'),
  province('VPTU', 'Văn phòng Tỉnh ủy {province}'),
  province('BCSĐ', 'Ban cán sự đảng Ủy ban nhân dân tỉnh {province}'),
  province('ĐĐHĐND', 'Đảng đoàn Hội đồng nhân dân tỉnh {province}'),
  province('ĐUK', 'Đảng ủy Khối các cơ quan tỉnh {province}'),
  province('ĐUKDN', 'Đảng ủy Khối Doanh nghiệp tỉnh {province}'),
  // Province-level State bodies.
  province('UBND', 'Ủy ban nhân dân tỉnh {province}'),
  // The People's Committee's code before the 2000s ("Chỉ thị số 13/CT-UB ngày 12/5/1982", "01/1999/QĐ.UB").
  province('UB', 'Ủy ban nhân dân tỉnh {province}'),
  province('HĐND', 'Hội đồng nhân dân tỉnh {province}'),
  // The chairman of a People's Committee, in one code since 2025 ("44/2025/QĐ-CTUBND"; not CT + UBND).
  province('CTUBND', 'Chủ tịch Ủy ban nhân dân tỉnh {province}'),
  province('VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh {province}'),
  province('SNV', 'Sở Nội vụ tỉnh {province}'),
  province('STC', 'Sở Tài chính tỉnh {province}'),
  province('SYT', 'Sở Y tế tỉnh {province}'),
  province('SGDĐT', 'Sở Giáo dục và Đào tạo tỉnh {province}'),
  province('STP', 'Sở Tư pháp tỉnh {province}'),
  province('SCT', 'Sở Công Thương tỉnh {province}'),
  province('SXD', 'Sở Xây dựng tỉnh {province}'),
  province('SGTVT', 'Sở Giao thông vận tải tỉnh {province}'),
  province('STNMT', 'Sở Tài nguyên và Môi trường tỉnh {province}'),
  province('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh {province}'),
  province('SNN', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh {province}'),
  // Departments of the 2025 reorganisation ("602/TTr-SNNMT").
  province('SNNMT', 'Sở Nông nghiệp và Môi trường tỉnh {province}'),
  province('SDTTG', 'Sở Dân tộc và Tôn giáo tỉnh {province}'),
  province('SNgV', 'Sở Ngoại vụ tỉnh {province}'),
  province('SKHĐT', 'Sở Kế hoạch và Đầu tư tỉnh {province}'),
  province('SKHCN', 'Sở Khoa học và Công nghệ tỉnh {province}'),
  province('STTTT', 'Sở Thông tin và Truyền thông tỉnh {province}'),
  province('SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội tỉnh {province}'),
  province('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh {province}'),
  province('CAT', 'Công an tỉnh {province}'),
  // The State legal aid centre of a province ("Kế hoạch số 131/TGPL-NV" cited by a district's justice office).
  province('TGPL', 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh {province}'),
  // Province-level mass organisations: the Youth Union's provincial (or city) committee ("Kế hoạch số
  // 246-KH/TĐTN-TCKT … của Ban Thường vụ Thành đoàn") and the Farmers' Union ("Công văn số 389-CV/HNDT").
  province('TĐTN', 'Tỉnh đoàn {province}'),
  province('HNDT', 'Hội Nông dân tỉnh {province}'),
  // District-level bodies.
  // The Farmers' Union of a district ("Kế hoạch số 81-KH/HNDH … của Ban Thường vụ Hội Nông dân huyện").
  district('HNDH', 'Hội Nông dân huyện {district}'),
  district('HU', 'Huyện ủy {district}'),
  district('QU', 'Quận ủy {district}'),
  district('ThU', 'Thành ủy {district}'),
  district('TXU', 'Thị ủy {district}'),
  district('BDVHU', 'Ban Dân vận Huyện ủy {district}'),
  district('BTGHU', 'Ban Tuyên giáo Huyện ủy {district}'),
  district('BTCHU', 'Ban Tổ chức Huyện ủy {district}'),
  district('UBKTHU', 'Ủy ban Kiểm tra Huyện ủy {district}'),
  district('VPHU', 'Văn phòng Huyện ủy {district}'),
];

const CODE_INDEX = new Map(ISSUER_CODES.map((c) => [c.code, c]));

/** Codes written with the National Assembly's term after them ("UBTVQH11", "QH13", "UBPLTP15"). */
const TERMED = [
  'UBTVQH',
  'QH',
  'HĐDT',
  'UBPLTP',
  'UBPL',
  'UBTP',
  'UBTCNS',
  'UBKTTC',
  'UBKHCNMT',
  'UBVHXH',
  'UBVHGD',
  'UBQPANĐN',
];
const TERMED_CODE = new RegExp(`^(?<base>${TERMED.join('|')})(?<term>\\d{1,2})$`, 'u');
/** "UBTVQH11" → UBTVQH with term 11; "QH13" → QH with term 13; "UBPLTP15" → UBPLTP with term 15. */
/**
 * Codes that name another body after a given kind code: "1704/QĐ-CT" is a decision of the chairman of a People's
 * Committee, while CT opening a letter's number is the tax department ("5662/CT-CS").
 */
const AFTER_KIND: ReadonlyMap<string, IssuerCode> = new Map([
  ['QĐ-CT', province('CT', 'Chủ tịch Ủy ban nhân dân tỉnh {province}')],
]);

export function lookupIssuerCode(
  raw: string,
  kindCode: string | null = null,
): { entry: IssuerCode; term: number | null } | undefined {
  const afterKind = kindCode ? AFTER_KIND.get(`${kindCode}-${raw}`) : undefined;
  if (afterKind) return { entry: afterKind, term: null };
  const direct = CODE_INDEX.get(raw);
  if (direct) return { entry: direct, term: null };
  const m = TERMED_CODE.exec(raw);
  if (m?.groups) {
    const entry = CODE_INDEX.get(m.groups.base);
    if (entry) return { entry, term: Number(m.groups.term) };
  }
  return undefined;
}

/**
 * Central bodies by the names running text uses; the first name is canonical. Matching is case-insensitive
 * on whole words, longest alias first; "khóa X" written after the name is kept as "(khóa X)".
 */
export interface CentralBody {
  canonical: string;
  aliases: string[];
  /** Names read only when no capitalised name follows ("Nghị quyết 57 của Trung ương về …", not "Trung ương Hội …"). */
  aloneAliases?: string[];
}

/** Other names of the bodies of ISSUER_CODES in running text. */
const CODE_BODY_ALIASES: Readonly<Record<string, string[]>> = {
  TTg: ['Thủ tướng'],
  // "Bộ Nông nghiệp & PTNT - Tổng cục Thủy lợi", "Bộ NN&PTNT".
  BNN: ['Bộ Nông nghiệp & PTNT', 'Bộ Nông nghiệp và PTNT', 'Bộ NN&PTNT', 'Bộ NN và PTNT'],
  // "Bộ Lao động, Thương binh và Xã hội", "Bộ LĐ-TB&XH".
  BLĐTBXH: [
    'Bộ Lao động, Thương binh và Xã hội',
    'Bộ Lao động-Thương binh và Xã hội',
    'Bộ LĐ-TB&XH',
    'Bộ LĐTBXH',
  ],
  // Longer than the Party's "Ban Chấp hành Trung ương", so it wins where "Đoàn" follows.
  TWĐTN: ['Ban Chấp hành Trung ương Đoàn', 'Trung ương Đoàn'],
  HNDTW: ['Ban Chấp hành Trung ương Hội Nông dân Việt Nam'],
  // "Công văn số 43-CV/BCĐ ngày 20/3/2025 của BCĐ Trung ương về tổng kết Nghị quyết số 18-NQ/TW".
  BCĐTW: ['BCĐ Trung ương', 'BCĐ TW', 'Ban chỉ đạo Trung ương'],
  TTVH: ['Ban Tư tưởng-Văn hóa Trung ương', 'Ban Tư tưởng – Văn hóa Trung ương', 'Ban TTVH Trung ương'],
};

export const CENTRAL_BODIES: readonly CentralBody[] = [
  {
    canonical: 'Ban Chấp hành Trung ương Đảng',
    aliases: [
      'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
      'Ban Chấp hành Trung ương',
      'BCH Trung ương',
      // "Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của BCH TW Đảng khóa XIII".
      'Ban Chấp hành TW Đảng',
      'Ban Chấp hành TW',
      'BCH TW Đảng',
      'BCH TW',
      'BCHTW',
      'Hội nghị Trung ương',
      'Trung ương Đảng',
    ],
    // "Nghị quyết 57 của Trung ương": the Party's Central Committee; "Trung ương Đoàn", "Trung ương Hội …" are others.
    aloneAliases: ['Trung ương'],
  },
  { canonical: 'Bộ Chính trị', aliases: ['Bộ Chính trị Trung ương Đảng', 'BCT'] },
  { canonical: 'Ban Bí thư', aliases: ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương', 'BBT'] },
  // The Youth Union's central bodies: "Ban Chấp hành Trung ương Đoàn" is not the Party's Central Committee.
  {
    canonical: 'Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh',
    aliases: ['Ban Bí thư Trung ương Đoàn'],
  },
  // The Front's central committee ("Kế hoạch số 06/KH-MTTW-BTT của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam").
  {
    canonical: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    aliases: [
      'Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
      'Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam',
      'Ủy ban Trung ương MTTQ Việt Nam',
      'Ủy ban Trung ương MTTQVN',
      // "Kế hoạch số 21/KH-MTTW-BTT ngày 08/8/2025 của Ban Thường trực UBTW MTTQ Việt Nam".
      'Ban Thường trực UBTW MTTQ Việt Nam',
      'UBTW MTTQ Việt Nam',
    ],
  },
  // The central committees of the mass organisations ("Hướng dẫn số 99/HD-TG … của Trung ương Hội CCB Việt Nam").
  {
    canonical: 'Trung ương Hội Cựu chiến binh Việt Nam',
    aliases: [
      'Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam',
      'Trung ương Hội CCB Việt Nam',
      'Trung ương Hội Cựu chiến binh',
      'Trung ương Hội CCB',
    ],
  },
  {
    canonical: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    aliases: [
      'Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
      // Its presidium, with the union's short name or without "Trung ương" ("Hướng dẫn số 49/HD-ĐCT … của Đoàn Chủ
      // tịch Hội LHPN Việt Nam"; dev69 gy01): no local union has a presidium.
      'Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam',
      'Đoàn Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam',
      'Đoàn Chủ tịch Hội LHPN Việt Nam',
      'Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
      'Trung ương Hội LHPN Việt Nam',
      'Trung ương Hội Liên hiệp Phụ nữ',
      'Trung ương Hội LHPN',
    ],
  },
  // The emulation and commendation boards of the centre ("Hướng dẫn số 1479/HD-BTĐKT ngày 25/7/2016 của Ban Thi
  // đua-Khen thưởng Trung ương"): a province's board uses the same code, so the name decides, not the code.
  {
    canonical: 'Ban Thi đua - Khen thưởng Trung ương',
    aliases: ['Ban Thi đua-Khen thưởng Trung ương', 'Ban TĐKT Trung ương'],
  },
  // The Government Council of 1960–1981, whose texts are numbered "-CP" ("Căn cứ quyết định số 214-CP của Hội đồng
  // Chính phủ ngày 21-11-1970"; dev77 jg05): not "Chính phủ" with words before it.
  { canonical: 'Hội đồng Chính phủ', aliases: [] },
  {
    canonical: 'Hội đồng Thi đua - Khen thưởng Trung ương',
    aliases: ['Hội đồng Thi đua-Khen thưởng Trung ương', 'Hội đồng TĐKT Trung ương'],
  },
  ...ISSUER_CODES.filter((c) => c.level === 'central' && c.name && c.code !== 'TW').map((c) => ({
    canonical: c.name as string,
    aliases: CODE_BODY_ALIASES[c.code] ?? [],
  })),
];

/** Which central bodies restart numbering with the Party term: their names carry "(khóa X)". */
export const TERM_BODIES: ReadonlySet<string> = new Set([
  'Ban Chấp hành Trung ương Đảng',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
]);

/**
 * Heads of local bodies as written (case-insensitive), with their level. The place after them ("Tỉnh ủy Bình
 * Dương", "Ủy ban nhân dân huyện Phú Giáo") is read by resolve/scope.ts with the gazetteer.
 */
export interface LocalHead {
  pattern: string;
  canonical: string;
  level: Level;
  /**
   * The head names no level, so the citing document's applies. By default a head is bare unless it ends with a
   * level word or a Party or Youth Union committee's ("Tỉnh ủy", "Huyện đoàn"); "Đảng ủy" alone is every level's.
   */
  bare?: boolean;
  /** Only when no capitalised name follows: "Đảng ủy Quân sự tỉnh" is another body than "Đảng ủy". */
  alone?: boolean;
  /** Only when a capitalised name follows: "Thành ủy Pleiku" says its level by its place, "Thành ủy" alone does not. */
  named?: boolean;
}

/** A Youth Union or Front body at the levels it exists, in the forms people write ("BCH Huyện đoàn"). */
function atLevels(heads: string[], level: Level, canonical: (head: string) => string): LocalHead[] {
  return heads.map((pattern) => ({ pattern, canonical: canonical(pattern), level }));
}
const BCH = (h: string): string =>
  h
    .replace(/^BCH /u, 'Ban Chấp hành ')
    .replace(/^BTV /u, 'Ban Thường vụ ')
    .replace(/^(?<board>Ban Thư ký )?UB /u, '$<board>Ủy ban ');
const MTTQ = (h: string): string => h.replace(/MTTQ(?: Việt Nam|VN)?/u, 'Mặt trận Tổ quốc Việt Nam');
/**
 * The Youth Union's committee at a level named by its level word, as a letterhead writes it under the Tỉnh đoàn ("TỈNH
 * ĐOÀN ĐỒNG THÁP / BCH ĐOÀN THÀNH PHỐ SA ĐÉC", dev110 kn01), beside the one-word forms ("Huyện đoàn", "Thành đoàn").
 */
function youthHeads(levelWord: string): string[] {
  return ['Ban Chấp hành ', 'BCH ', 'Ban Thường vụ ', 'BTV ', ''].map((b) => `${b}Đoàn ${levelWord}`);
}
/** The Front's committee and its standing board, each with the Front's name written out or abbreviated. */
function frontHeads(levelWord: string): string[] {
  return ['Ủy ban', 'Ban Thường trực Ủy ban'].flatMap((u) =>
    ['Mặt trận Tổ quốc Việt Nam', 'MTTQ Việt Nam', 'MTTQVN', 'MTTQ'].map((f) => `${u} ${f} ${levelWord}`),
  );
}

/**
 * The People's Council's committees, whose reports every council resolution cites ("Báo cáo thẩm tra số 53/BC-HĐND …
 * của Ban Kinh tế - Xã hội Hội đồng nhân dân huyện"), at the level its council is.
 */
const COUNCIL_COMMITTEES = [
  'Ban Kinh tế - Ngân sách',
  'Ban Kinh tế - Xã hội',
  'Ban Kinh tế',
  'Ban Pháp chế',
  'Ban Văn hóa - Xã hội',
  'Ban Dân tộc',
  'Ban Đô thị',
];
function councilCommitteeHeads(levelWord: string): string[] {
  return COUNCIL_COMMITTEES.flatMap((c) =>
    ['Hội đồng nhân dân', 'HĐND'].map((council) => `${c} ${council} ${levelWord}`),
  );
}
const COUNCIL = (h: string): string => h.replace(/ HĐND /u, ' Hội đồng nhân dân ');

/** The mass organisations with a committee at every level, as written out and abbreviated. */
const MASS_ORGANISATIONS: readonly (readonly [written: string, name: string])[] = [
  ['Hội Nông dân', 'Hội Nông dân'],
  ['Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ'],
  ['Hội LHPN', 'Hội Liên hiệp Phụ nữ'],
  ['Hội Cựu chiến binh', 'Hội Cựu chiến binh'],
  ['Hội CCB', 'Hội Cựu chiến binh'],
  ['Liên đoàn Lao động', 'Liên đoàn Lao động'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  // The Youth Federation, whose committee at each level is its "Ủy ban" ("Ủy ban Hội LHTN huyện Thọ Xuân").
  ['Hội Liên hiệp Thanh niên Việt Nam', 'Hội Liên hiệp Thanh niên Việt Nam'],
  ['Hội Liên hiệp Thanh niên', 'Hội Liên hiệp Thanh niên Việt Nam'],
  ['Hội LHTN Việt Nam', 'Hội Liên hiệp Thanh niên Việt Nam'],
  ['Hội LHTN', 'Hội Liên hiệp Thanh niên Việt Nam'],
];
/** A mass organisation's committee, its standing board, or the organisation itself, at one level. */
function massHeads(levelWord: string): string[] {
  const boards = [
    'Ban Chấp hành ',
    'BCH ',
    'Ban Thường vụ ',
    'BTV ',
    'Ban Thư ký Ủy ban ',
    'Ban Thư ký UB ',
    'Ủy ban ',
    'UB ',
  ];
  return [...boards, ''].flatMap((board) =>
    MASS_ORGANISATIONS.map(([written]) => `${board}${written} ${levelWord}`),
  );
}
const MASS = (h: string): string => {
  const head = BCH(h);
  const found = MASS_ORGANISATIONS.find(([written]) => head.includes(`${written} `));
  return found ? head.replace(`${found[0]} `, `${found[1]} `) : head;
};

export const LOCAL_HEADS: readonly LocalHead[] = [
  { pattern: 'Ban Thường vụ Tỉnh ủy', canonical: 'Ban Thường vụ Tỉnh ủy', level: 'province' },
  { pattern: 'BTV Tỉnh ủy', canonical: 'Ban Thường vụ Tỉnh ủy', level: 'province' },
  { pattern: 'Ban Thường vụ Thành ủy', canonical: 'Ban Thường vụ Thành ủy', level: 'province' },
  { pattern: 'Thường trực Tỉnh ủy', canonical: 'Thường trực Tỉnh ủy', level: 'province' },
  { pattern: 'Ban Dân vận Tỉnh ủy', canonical: 'Ban Dân vận Tỉnh ủy', level: 'province' },
  { pattern: 'Ban Tuyên giáo Tỉnh ủy', canonical: 'Ban Tuyên giáo Tỉnh ủy', level: 'province' },
  { pattern: 'Ban Tổ chức Tỉnh ủy', canonical: 'Ban Tổ chức Tỉnh ủy', level: 'province' },
  { pattern: 'Ủy ban Kiểm tra Tỉnh ủy', canonical: 'Ủy ban Kiểm tra Tỉnh ủy', level: 'province' },
  { pattern: 'Văn phòng Tỉnh ủy', canonical: 'Văn phòng Tỉnh ủy', level: 'province' },
  { pattern: 'Tỉnh ủy', canonical: 'Tỉnh ủy', level: 'province' },
  // A city's Party committee: a centrally-run city's is provincial ("Thành ủy Hải Phòng"), a provincial city's is a
  // district's ("Đề án số 01-ĐA/TU … của Thành ủy Pleiku"); the place after it says which (parse/issuer.ts). Alone,
  // its code says it (TU).
  { pattern: 'Thành ủy', canonical: 'Thành ủy', level: 'province', named: true },
  // Its boards, placed the same way ("THÀNH ỦY BẮC NINH / BAN TUYÊN GIÁO", the provincial city's; dev90 jt07).
  ...['Ban Thường vụ', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tổ chức', 'Ủy ban Kiểm tra', 'Văn phòng'].map(
    (board): LocalHead => ({
      pattern: `${board} Thành ủy`,
      canonical: `${board} Thành ủy`,
      level: 'province',
      named: true,
    }),
  ),
  { pattern: 'Đảng ủy Khối các cơ quan tỉnh', canonical: 'Đảng ủy Khối các cơ quan tỉnh', level: 'province' },
  {
    pattern: 'Đảng ủy Khối Doanh nghiệp tỉnh',
    canonical: 'Đảng ủy Khối Doanh nghiệp tỉnh',
    level: 'province',
  },
  {
    pattern: 'Văn phòng Ủy ban nhân dân tỉnh',
    canonical: 'Văn phòng Ủy ban nhân dân tỉnh',
    level: 'province',
  },
  { pattern: 'Văn phòng UBND tỉnh', canonical: 'Văn phòng Ủy ban nhân dân tỉnh', level: 'province' },
  {
    pattern: 'Văn phòng Ủy ban nhân dân thành phố',
    canonical: 'Văn phòng Ủy ban nhân dân thành phố',
    level: 'province',
  },
  {
    pattern: 'Văn phòng UBND thành phố',
    canonical: 'Văn phòng Ủy ban nhân dân thành phố',
    level: 'province',
  },
  { pattern: 'Ban Chấp hành Đảng bộ tỉnh', canonical: 'Ban Chấp hành Đảng bộ tỉnh', level: 'province' },
  { pattern: 'BCH Đảng bộ tỉnh', canonical: 'Ban Chấp hành Đảng bộ tỉnh', level: 'province' },
  { pattern: 'Ban Chấp hành Đảng bộ huyện', canonical: 'Ban Chấp hành Đảng bộ huyện', level: 'district' },
  { pattern: 'BCH Đảng bộ huyện', canonical: 'Ban Chấp hành Đảng bộ huyện', level: 'district' },
  // A city's Party organisation ("Chương trình hành động số 05-CTr/TU … của Ban Chấp hành Đảng bộ thành phố"), as
  // "Ủy ban nhân dân thành phố" below: a centrally-run city's unless the place after it is a provincial city's.
  {
    pattern: 'Ban Chấp hành Đảng bộ thành phố',
    canonical: 'Ban Chấp hành Đảng bộ thành phố',
    level: 'province',
  },
  {
    pattern: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
    canonical: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
    level: 'province',
  },
  {
    pattern: 'Ban cán sự đảng UBND tỉnh',
    canonical: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
    level: 'province',
  },
  // The province's political school, under its Party committee ("Công văn số 1122-CV/TCT ngày 23/8/2023 của Trường
  // Chính trị tỉnh Quảng Ngãi"; dev75 je12): its code TCT is also the General Department of Taxation's.
  { pattern: 'Trường Chính trị tỉnh', canonical: 'Trường Chính trị tỉnh', level: 'province' },
  { pattern: 'Trường Chính trị thành phố', canonical: 'Trường Chính trị thành phố', level: 'province' },
  // The provincial tax offices of the 2025 reorganisation ("Công văn số 276/QNI-KTr … của Thuế tỉnh Vĩnh Long").
  { pattern: 'Thuế tỉnh', canonical: 'Thuế tỉnh', level: 'province' },
  { pattern: 'Thuế thành phố', canonical: 'Thuế thành phố', level: 'province' },
  { pattern: 'Ủy ban nhân dân tỉnh', canonical: 'Ủy ban nhân dân tỉnh', level: 'province' },
  { pattern: 'UBND tỉnh', canonical: 'Ủy ban nhân dân tỉnh', level: 'province' },
  { pattern: 'Hội đồng nhân dân tỉnh', canonical: 'Hội đồng nhân dân tỉnh', level: 'province' },
  { pattern: 'HĐND tỉnh', canonical: 'Hội đồng nhân dân tỉnh', level: 'province' },
  { pattern: 'Chủ tịch Ủy ban nhân dân tỉnh', canonical: 'Chủ tịch Ủy ban nhân dân tỉnh', level: 'province' },
  { pattern: 'Chủ tịch UBND tỉnh', canonical: 'Chủ tịch Ủy ban nhân dân tỉnh', level: 'province' },
  { pattern: 'Ủy ban nhân dân thành phố', canonical: 'Ủy ban nhân dân thành phố', level: 'province' },
  { pattern: 'UBND thành phố', canonical: 'Ủy ban nhân dân thành phố', level: 'province' },
  { pattern: 'Ban Thường vụ Huyện ủy', canonical: 'Ban Thường vụ Huyện ủy', level: 'district' },
  { pattern: 'Ban Thường vụ Quận ủy', canonical: 'Ban Thường vụ Quận ủy', level: 'district' },
  { pattern: 'Ban Thường vụ Thị ủy', canonical: 'Ban Thường vụ Thị ủy', level: 'district' },
  { pattern: 'Thường trực Huyện ủy', canonical: 'Thường trực Huyện ủy', level: 'district' },
  { pattern: 'Huyện ủy', canonical: 'Huyện ủy', level: 'district' },
  { pattern: 'Thị ủy', canonical: 'Thị ủy', level: 'district' },
  { pattern: 'Quận ủy', canonical: 'Quận ủy', level: 'district' },
  { pattern: 'Ủy ban nhân dân huyện', canonical: 'Ủy ban nhân dân huyện', level: 'district' },
  { pattern: 'UBND huyện', canonical: 'Ủy ban nhân dân huyện', level: 'district' },
  { pattern: 'Ủy ban nhân dân quận', canonical: 'Ủy ban nhân dân quận', level: 'district' },
  { pattern: 'UBND quận', canonical: 'Ủy ban nhân dân quận', level: 'district' },
  { pattern: 'Ủy ban nhân dân thị xã', canonical: 'Ủy ban nhân dân thị xã', level: 'district' },
  { pattern: 'UBND thị xã', canonical: 'Ủy ban nhân dân thị xã', level: 'district' },
  { pattern: 'Hội đồng nhân dân huyện', canonical: 'Hội đồng nhân dân huyện', level: 'district' },
  { pattern: 'HĐND huyện', canonical: 'Hội đồng nhân dân huyện', level: 'district' },
  {
    pattern: 'Chủ tịch Ủy ban nhân dân huyện',
    canonical: 'Chủ tịch Ủy ban nhân dân huyện',
    level: 'district',
  },
  { pattern: 'Chủ tịch UBND huyện', canonical: 'Chủ tịch Ủy ban nhân dân huyện', level: 'district' },
  // The local military commands ("Kế hoạch số 65/KH-UBND … của BCH Quân sự huyện về tổ chức huấn luyện", dev59 go09).
  ...[
    ['Bộ Chỉ huy Quân sự tỉnh', 'province'],
    ['Bộ CHQS tỉnh', 'province'],
    ['Ban Chỉ huy Quân sự huyện', 'district'],
    ['BCH Quân sự huyện', 'district'],
    ['Ban CHQS huyện', 'district'],
    ['Ban Chỉ huy Quân sự xã', 'commune'],
    ['BCH Quân sự xã', 'commune'],
    ['Ban CHQS xã', 'commune'],
  ].map(([pattern, level]): LocalHead => ({
    pattern,
    canonical: pattern
      .replace(/^Bộ CHQS /u, 'Bộ Chỉ huy Quân sự ')
      .replace(/^(?:BCH Quân sự|Ban CHQS) /u, 'Ban Chỉ huy Quân sự '),
    level: level as Level,
  })),
  // Commune-level bodies (xã, phường, thị trấn): the name after them is read as written (no commune gazetteer).
  { pattern: 'Ban Thường vụ Đảng ủy xã', canonical: 'Ban Thường vụ Đảng ủy xã', level: 'commune' },
  { pattern: 'Ban Thường vụ Đảng ủy phường', canonical: 'Ban Thường vụ Đảng ủy phường', level: 'commune' },
  { pattern: 'Ban Chấp hành Đảng bộ xã', canonical: 'Ban Chấp hành Đảng bộ xã', level: 'commune' },
  { pattern: 'Đảng ủy xã', canonical: 'Đảng ủy xã', level: 'commune' },
  { pattern: 'Đảng ủy phường', canonical: 'Đảng ủy phường', level: 'commune' },
  { pattern: 'Đảng ủy thị trấn', canonical: 'Đảng ủy thị trấn', level: 'commune' },
  // The commune's Party organisation named for its committee ("Kế hoạch số 40-KH/ĐU … của Đảng bộ xã Mỹ Hưng").
  { pattern: 'Đảng bộ xã', canonical: 'Đảng bộ xã', level: 'commune' },
  { pattern: 'Đảng bộ phường', canonical: 'Đảng bộ phường', level: 'commune' },
  { pattern: 'Đảng bộ thị trấn', canonical: 'Đảng bộ thị trấn', level: 'commune' },
  { pattern: 'Ủy ban nhân dân xã', canonical: 'Ủy ban nhân dân xã', level: 'commune' },
  { pattern: 'UBND xã', canonical: 'Ủy ban nhân dân xã', level: 'commune' },
  { pattern: 'Ủy ban nhân dân phường', canonical: 'Ủy ban nhân dân phường', level: 'commune' },
  { pattern: 'UBND phường', canonical: 'Ủy ban nhân dân phường', level: 'commune' },
  { pattern: 'Ủy ban nhân dân thị trấn', canonical: 'Ủy ban nhân dân thị trấn', level: 'commune' },
  { pattern: 'UBND thị trấn', canonical: 'Ủy ban nhân dân thị trấn', level: 'commune' },
  { pattern: 'Hội đồng nhân dân xã', canonical: 'Hội đồng nhân dân xã', level: 'commune' },
  { pattern: 'HĐND xã', canonical: 'Hội đồng nhân dân xã', level: 'commune' },
  { pattern: 'Hội đồng nhân dân phường', canonical: 'Hội đồng nhân dân phường', level: 'commune' },
  { pattern: 'HĐND phường', canonical: 'Hội đồng nhân dân phường', level: 'commune' },
  { pattern: 'Hội đồng nhân dân thị trấn', canonical: 'Hội đồng nhân dân thị trấn', level: 'commune' },
  { pattern: 'Chủ tịch Ủy ban nhân dân xã', canonical: 'Chủ tịch Ủy ban nhân dân xã', level: 'commune' },
  { pattern: 'Chủ tịch UBND xã', canonical: 'Chủ tịch Ủy ban nhân dân xã', level: 'commune' },
  // The Youth Union (Đoàn TNCS Hồ Chí Minh): "Kế hoạch số 46-KH/ĐTN … của BCH Huyện đoàn Thọ Xuân".
  ...atLevels(
    ['Ban Chấp hành Tỉnh đoàn', 'BCH Tỉnh đoàn', 'Ban Thường vụ Tỉnh đoàn', 'BTV Tỉnh đoàn', 'Tỉnh đoàn'],
    'province',
    BCH,
  ),
  ...atLevels(
    ['Ban Chấp hành Thành đoàn', 'BCH Thành đoàn', 'Ban Thường vụ Thành đoàn', 'Thành đoàn'],
    'province',
    BCH,
  ),
  ...atLevels([...youthHeads('tỉnh'), ...youthHeads('thành phố')], 'province', BCH),
  ...atLevels([...youthHeads('huyện'), ...youthHeads('quận'), ...youthHeads('thị xã')], 'district', BCH),
  ...atLevels(
    [
      'Ban Chấp hành Huyện đoàn',
      'BCH Huyện đoàn',
      'Ban Thường vụ Huyện đoàn',
      'BTV Huyện đoàn',
      'Huyện đoàn',
      'Ban Chấp hành Quận đoàn',
      'BCH Quận đoàn',
      'Ban Thường vụ Quận đoàn',
      'Quận đoàn',
      'Ban Chấp hành Thị đoàn',
      'BCH Thị đoàn',
      'Ban Thường vụ Thị đoàn',
      'Thị đoàn',
    ],
    'district',
    BCH,
  ),
  ...atLevels(
    [
      'Ban Chấp hành Đoàn xã',
      'BCH Đoàn xã',
      'Ban Thường vụ Đoàn xã',
      'Đoàn xã',
      'Đoàn phường',
      'Đoàn thị trấn',
    ],
    'commune',
    BCH,
  ),
  // The Fatherland Front: "Kế hoạch số 10/KH-MTTQ-BTT … của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau".
  ...atLevels([...councilCommitteeHeads('tỉnh'), ...councilCommitteeHeads('thành phố')], 'province', COUNCIL),
  ...atLevels(
    [...councilCommitteeHeads('huyện'), ...councilCommitteeHeads('quận'), ...councilCommitteeHeads('thị xã')],
    'district',
    COUNCIL,
  ),
  ...atLevels([...frontHeads('tỉnh'), ...frontHeads('thành phố')], 'province', MTTQ),
  ...atLevels([...frontHeads('huyện'), ...frontHeads('quận'), ...frontHeads('thị xã')], 'district', MTTQ),
  ...atLevels([...frontHeads('xã'), ...frontHeads('phường'), ...frontHeads('thị trấn')], 'commune', MTTQ),
  // Mass organisations at each level: "Kế hoạch số 81-KH/HNDH … của Ban chấp hành Hội Nông dân huyện", "Hội LHPN tỉnh".
  ...atLevels([...massHeads('tỉnh'), ...massHeads('thành phố')], 'province', MASS),
  ...atLevels([...massHeads('huyện'), ...massHeads('quận'), ...massHeads('thị xã')], 'district', MASS),
  ...atLevels([...massHeads('xã'), ...massHeads('phường'), ...massHeads('thị trấn')], 'commune', MASS),
  // A Party committee named without its level ("Kế hoạch số 136-KH/ĐU … của Ban Thường vụ Đảng ủy" in a commune's
  // news): the citing document's own committee.
  {
    pattern: 'Ban Thường vụ Đảng ủy',
    canonical: 'Ban Thường vụ Đảng ủy',
    level: 'province',
    bare: true,
    alone: true,
  },
  { pattern: 'Đảng ủy', canonical: 'Đảng ủy', level: 'province', bare: true, alone: true },
  // "Kế hoạch 01-KH/ĐU, ngày 01/7/2025, của Ban Chấp hành Đảng bộ về tổ chức Đại hội Đảng bộ xã Đơn Dương" (dev52
  // gh07): the citing document's own committee, too.
  {
    pattern: 'Ban Chấp hành Đảng bộ',
    canonical: 'Ban Chấp hành Đảng bộ',
    level: 'province',
    bare: true,
    alone: true,
  },
  // Bare heads: the level comes from the citing document, or from the place after them ("Văn phòng UBND TP Cần Thơ").
  { pattern: 'Văn phòng Ủy ban nhân dân', canonical: 'Văn phòng Ủy ban nhân dân', level: 'province' },
  { pattern: 'Văn phòng UBND', canonical: 'Văn phòng Ủy ban nhân dân', level: 'province' },
  { pattern: 'Ủy ban nhân dân', canonical: 'Ủy ban nhân dân', level: 'province' },
  { pattern: 'UBND', canonical: 'Ủy ban nhân dân', level: 'province' },
  { pattern: 'Hội đồng nhân dân', canonical: 'Hội đồng nhân dân', level: 'province' },
  { pattern: 'HĐND', canonical: 'Hội đồng nhân dân', level: 'province' },
];

/**
 * Lowercase words that never continue a body's name read by its head word ("Ban Chấp hành Đảng bộ tỉnh về Đề án …":
 * the name stops before "tỉnh"; the place or the subject follows).
 */
export const HEAD_STOP_WORDS: readonly string[] = [
  'về',
  'của',
  'tại',
  'theo',
  'trên',
  'cho',
  'với',
  'đã',
  'được',
  'tỉnh',
  'huyện',
  'quận',
  'thị',
  'thành',
  'xã',
  'phường',
  'ngày',
  'năm',
  // "(Công văn số 30/TTCS-TTPT của Cục Thông tin cơ sở gửi kèm theo)": a verb of sending, no name's word.
  'gửi',
];

/**
 * Office titles written before the body they head ("của Bộ trưởng Bộ Tài chính", "của Bộ trưởng, Chủ nhiệm Văn
 * phòng Chính phủ", "của Chủ tịch UBND tỉnh"): the body is the issuer. `pattern` is a regex source at the start of
 * the issuer phrase; examples are checked by tests/unit/issuers.test.ts.
 */
export const OFFICE_TITLES: { pattern: string; examples: string[]; counterExamples: string[] } = {
  pattern: String.raw`(?:Bộ trưởng(?:,[ \t]Chủ nhiệm)?|Thứ trưởng|Chủ tịch|Phó Chủ tịch|Chủ nhiệm|Giám đốc|Phó Giám đốc|Tổng Giám đốc|Chánh Văn phòng|Cục trưởng|Tổng Cục trưởng|Trưởng ban|Thống đốc|Tổng Thanh tra|Tổng Kiểm toán)[ \t](?=\p{Lu}|UBND|HĐND)`,
  examples: [
    'Bộ trưởng Bộ Tài chính',
    'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
    'Chủ tịch UBND tỉnh',
    'Giám đốc Sở Khoa học và Công nghệ',
    'Thống đốc Ngân hàng Nhà nước Việt Nam',
  ],
  counterExamples: ['Bộ Tài chính', 'Chủ tịch nước', 'Chủ tịch', 'Giám đốc các sở'],
};

/**
 * Verbs by which a sentence says what its subject wrote in a text it cites right after: "UBND phường Phú Thượng đề
 * xuất tại Công văn số 18/UBND-ĐC", "Thủ tướng Chính phủ chỉ đạo tại Công điện số 86/CĐ-TTg": the subject, read whole
 * as one body, issued it (parse/references.ts issuedBy, with "ban hành"; examples in tests/unit/references.test.ts).
 */
/**
 * Verbs besides "ban hành" by which a sentence says its subject made the text it cites right after, after "đã" or
 * "vừa": "Ban Thường vụ Tỉnh ủy đã xây dựng Kế hoạch số 391-KH/TU" (parse/references.ts issuedBy; examples in
 * tests/unit/references.test.ts).
 */
export const MADE_VERBS: readonly string[] = [
  'xây dựng',
  // "Tỉnh uỷ đã có Chương trình hành động số 15 về thực hiện Nghị quyết số 08 …": "has" a text it issued.
  'có',
];

/**
 * The same verbs without "đã" or "vừa": a news item's "has issued" ("Chủ tịch UBND tỉnh Khánh Hòa có Công điện số 03
 * …") and a history's "issued" ("Ngày 8-1-2002, Bộ Chính trị ra Nghị quyết số 09 về …"; dev70 gz11). Read as a whole
 * word after a body named whole, never inside "đề ra" or "đưa ra", whose subject is no body (parse/references.ts
 * issuedBy; examples in tests/unit/references.test.ts).
 */
export const BARE_MADE_VERBS: readonly string[] = ['có', 'ra'];

/**
 * A signer named for a body ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm vừa ký ban hành Chỉ thị số 01 về …"; dev69
 * gy09): the text is the body's, not the person's (parse/references.ts issuedBy).
 */
export const ON_BEHALF_WORDS: readonly string[] = ['Thay mặt', 'thay mặt'];

/**
 * What a body says in a text it is named with before "tại" and the citation: "Theo đề nghị của UBND huyện Châu Thành
 * tại Tờ trình số 308/TTr-UBND", "ý kiến thẩm định của Sở Tư pháp tại Công văn số …": the body issued it (parse/
 * references.ts ISSUER_BEFORE). Not any noun: "việc phân loại đơn vị hành chính của phường An Phước tại Quyết định số
 * 415/QĐ-UBND … của UBND tỉnh" names what the decision classified, not who issued it. `examples`: sentence → the
 * citation's issuer; `counterExamples`: sentences that name no issuer before the citation.
 */
export const SAID_NOUNS: {
  words: readonly string[];
  examples: [string, string][];
  counterExamples: string[];
} = {
  words: [
    'đề nghị',
    'đề xuất',
    'ý kiến',
    'chỉ đạo',
    'thẩm định',
    'kết luận',
    'kiến nghị',
    'tham mưu',
    'yêu cầu',
    'hướng dẫn',
    'giám sát',
    'đặt hàng',
    'báo cáo',
    'thông báo',
    'phản ánh',
    'góp ý',
    'trình',
    'phê duyệt',
    'chấp thuận',
    'thống nhất',
    'đồng ý',
  ],
  examples: [
    [
      'Theo đề nghị của UBND huyện Châu Thành tại Tờ trình số 308/TTr-UBND ngày 5/3/2020',
      'Ủy ban nhân dân huyện',
    ],
    ['Xét ý kiến thẩm định của Sở Tư pháp tại Công văn số 125/STP-XDKTVB ngày 2/3/2021', 'Sở Tư pháp'],
    // A second body after "và" shares the noun (dev16 c07).
    [
      'Theo đề nghị của Sở Nông nghiệp và PTNT và của Sở Kế hoạch và Đầu tư tại Công văn số 183/KHĐT-KT ngày 25/02/2011',
      'Sở Kế hoạch và Đầu tư',
    ],
  ],
  counterExamples: [
    'Bãi bỏ việc phân loại đơn vị hành chính của phường An Phước tại Quyết định số 415/QĐ-UBND ngày 5/9/2020.',
    'trách nhiệm của Sở Y tế tại Quyết định số 12/QĐ-UBND ngày 5/1/2021.',
  ],
};

export const SAID_IN_VERBS: readonly string[] = [
  'đề xuất',
  'đề nghị',
  'báo cáo',
  'có ý kiến',
  'chỉ đạo',
  'yêu cầu',
  'hướng dẫn',
  'kết luận',
  'thông báo',
];

/**
 * A citation fronted by "Tại" names what the sentence's subject says in it: "Tại Công văn số 59-CV/BCĐ … ngày
 * 12/9/2025, Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW đề nghị …", "Tại Công điện số 441/CĐ-TTg ngày
 * 22/5/2023, Thủ tướng Chính phủ yêu cầu …": the body after the clause, before one of these verbs, issued it
 * (parse/references.ts atClauseIssuer). `examples`: sentence → the cited number's scope; `counterExamples`: sentences
 * whose subject issued nothing cited.
 */
export const AT_CLAUSE: {
  verbs: readonly string[];
  examples: [string, string, string][];
  counterExamples: [string, string][];
} = {
  verbs: [...SAID_IN_VERBS, 'giao', 'truyền đạt', 'quyết định', 'đồng ý', 'phê duyệt', 'cho phép'],
  examples: [
    [
      'Tại Công văn số 59-CV/BCĐ về việc sắp xếp đơn vị sự nghiệp, doanh nghiệp nhà nước ngày 12/9/2025, Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW đề nghị Ban Thường vụ Đảng ủy Mặt trận Tổ quốc hoàn thành sắp xếp.',
      '59-CV/BCĐ',
      'national',
    ],
    // After the stored page's date.
    [
      ' date 2025-09-18 Tại Công văn số 59-CV/BCĐ ngày 12/9/2025, Ban Chỉ đạo Trung ương đề nghị các cơ quan hoàn thành sắp xếp.',
      '59-CV/BCĐ',
      'national',
    ],
    [
      'Tại Công văn số 8746/UBND-VX ngày 8/10/2021, Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long giao Sở Lao động chủ trì.',
      '8746/UBND-VX',
      'Nghệ An',
    ],
  ],
  counterExamples: [
    // The body after the clause acts on the text; it did not write it ("tổ chức", "triển khai" are no saying verbs).
    [
      'Tại Công văn số 59-CV/BCĐ ngày 12/9/2025, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị triển khai.',
      '59-CV/BCĐ',
    ],
    // Not fronted: "tại" inside the sentence.
    [
      'Ban Chỉ đạo Trung ương đề nghị thực hiện tốt nội dung tại Công văn số 59-CV/BCĐ, Tỉnh ủy Nghệ An đề nghị.',
      '59-CV/BCĐ',
    ],
  ],
};

/**
 * Phrases after which a letter's opening names its writer, when its header is lost ("Cục Thuế nhận được công văn số
 * 2094/TNI-CNTK …", "Bộ Tài chính có ý kiến như sau"): the words before them, if they are all one body, wrote it.
 */
export const LETTER_OPENINGS: readonly string[] = [
  'nhận được',
  'có ý kiến như sau',
  'trả lời như sau',
  'đã nhận được',
];

/**
 * How a text with neither letterhead nor number introduces itself and its writer in one sentence that ends on "như
 * sau": "UBND xã Hồ Tùng Mậu báo cáo kết quả thực hiện … như sau:", "Ban Thường vụ Huyện ủy xây dựng kế hoạch …
 * như sau:". The words before the verb, if they are all one body, wrote it (resolve/letterhead.ts selfIntroduction).
 * `examples`: the text's opening → its issuer; `counterExamples`: openings that name no writer of the text.
 */
export const SELF_INTRODUCTION: {
  verbs: readonly string[];
  closing: string;
  examples: [string, string][];
  counterExamples: string[];
} = {
  verbs: ['báo cáo', 'xây dựng', 'ban hành', 'hướng dẫn', 'thông báo'],
  closing: 'như sau',
  examples: [
    [
      'BÁO CÁO\nKết quả thực hiện các nhiệm vụ Chuyển đổi số 6 tháng đầu năm 2024\nCăn cứ Kế hoạch số 159/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân huyện Ân Thi về thực hiện Chuyển đổi số trên địa bàn huyện;\nUBND xã Hồ Tùng Mậu báo cáo kết quả thực hiện các nhiệm vụ chuyển đổi số 6 tháng đầu năm 2024 trên địa bàn xã như sau:\nI. Công tác chỉ đạo',
      'Ủy ban nhân dân xã Hồ Tùng Mậu',
    ],
    [
      'KẾ HOẠCH\nTuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam\nThực hiện Kế hoạch số 25-KH/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy Nghệ An, Ban Thường vụ Huyện ủy Quỳnh Lưu xây dựng kế hoạch tuyên truyền như sau:\nI. MỤC ĐÍCH',
      'Ban Thường vụ Huyện ủy Quỳnh Lưu',
    ],
  ],
  counterExamples: [
    // The subject is not one body ("các xã" is many), or the sentence does not close on "như sau".
    'BÁO CÁO\nKết quả công tác tháng 5\nCác xã, thị trấn báo cáo kết quả thực hiện như sau:\nI. Kết quả',
    'BÁO CÁO\nKết quả công tác tháng 5\nUBND xã An Phú báo cáo kết quả thực hiện nhiệm vụ tháng 5.\nI. Kết quả',
  ],
};

/**
 * Central bodies whose texts were numbered "number-CODE" before about 2000, with no kind in the number ("Nghị định
 * 61-CP", "Quyết định 64-TTg", "Nghị định 20-HĐBT"; examples in tests/unit/symbols.test.ts).
 */
/**
 * Cities whose bare name is also a person's: their bodies are named with the city's kind, "Thành ủy Thành phố Hồ Chí
 * Minh", "Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh" (never "Thành ủy Hồ Chí Minh"), while "Thành ủy Hà Nội" is
 * right as it is. Counter-examples, left as they are: "Đoàn TNCS Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh".
 */
export const NAMED_WITH_KIND: readonly string[] = ['Hồ Chí Minh'];

/**
 * A province named bare, without "tỉnh", is a text's own when no other sign tells it (resolve/scope.ts), except these:
 * `names` are also words ("hòa bình", peace, capitalised in headlines), `followers` make a longer name ("Điện Biên
 * Phủ", the battle). NAMED_WITH_KIND's cities are a person's name too.
 */
export const NOT_A_BARE_PROVINCE: { names: readonly string[]; followers: readonly string[] } = {
  names: ['Hòa Bình'],
  followers: ['Phủ'],
};

export const OLD_NUMBERING_CODES: ReadonlySet<string> = new Set(['CP', 'TTg', 'HĐBT']);

/**
 * Words that open a body's name in running text: after a comma, one of them starts another body or a new clause
 * ("…, Bộ Nội vụ đã có …"), while any other capital continues the name before it ("Sở Văn hóa, Thể thao và Du lịch").
 */
/** Words that open the name of a body of the State or the Party at any level: "Sở …", "Ban …", "Cục …". */
const BODY_OPENINGS: readonly string[] = [
  'Bộ',
  'Sở',
  'Ban',
  'Ủy ban',
  'Văn phòng',
  'Đảng ủy',
  'Đảng đoàn',
  'Thanh tra',
  'Cục',
  'Tổng cục',
  'Chi cục',
  'Phòng',
  'Công an',
];

/**
 * Words a body's name starts with when no table names the body ("Ban Chỉ đạo …", "Tổ giúp việc Ban chỉ đạo Trung
 * ương"): parse/issuer.ts reads the capitalised words after them as the rest of the name.
 */
export const GENERIC_HEAD_WORDS: readonly string[] = [
  ...BODY_OPENINGS,
  'Tòa án nhân dân',
  'Viện kiểm sát nhân dân',
  'Mặt trận Tổ quốc',
  // A steering committee written in lower case ("Kế hoạch số 25/KH-BCĐ … của Ban chỉ đạo Đại hội đại biểu các Dân
  // tộc thiểu số huyện Krông Nô").
  'Ban chỉ đạo',
  // "Thông báo số 30-TB/TGV … của Tổ giúp việc Ban chỉ đạo Trung ương": a steering committee's working group.
  'Tổ giúp việc',
  'Tổ công tác',
];

/**
 * A letterhead body named for the nation ("BAN TỔ CHỨC / ĐẠI HỘI ĐẠI BIỂU / CÁC DÂN TỘC THIỂU SỐ VIỆT NAM / TIỂU BAN THI
 * ĐUA – KHEN THƯỞNG"; dev86 jp09) and no place on any of its lines is a national body, whatever city its place-date
 * line names ("Hà Nội, ngày …"). Counter-example: "ỦY BAN MTTQ VIỆT NAM / TỈNH QUẢNG NINH" is the province's.
 */
export const NATION_NAME = 'Việt Nam';

/**
 * A unit named alone on a letterhead line under its parent body ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG / VĂN PHÒNG", "HUYỆN ỦY
 * TRIỆU SƠN / BAN TUYÊN GIÁO", "BAN CHẤP HÀNH TRUNG ƯƠNG / ỦY BAN KIỂM TRA"): the parent's unit, also when the motto of
 * a flattened second column lies between them (parse/header.ts, resolve/letterhead.ts).
 */
export const UNITS_UNDER_PARENT: readonly string[] = [
  'Văn phòng',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Tổ chức',
  'Ban Nội chính',
  'Ban Thường trực',
  'Ban Thường vụ',
  'Ủy ban Kiểm tra',
];

/**
 * Heads of GENERIC_HEAD_WORDS bodies that every level has: named without a place, they are the citing document's
 * level ("Phòng Tư pháp" in a district's text; "Kế hoạch số 123-KH/BCĐ … của Ban Chỉ đạo tổ chức Lễ kỷ niệm …" in
 * a district Party board's guide), never a province's by default. Not "Sở …" (always a province's).
 */
export const BODIES_OF_EVERY_LEVEL: readonly string[] = ['Phòng', 'Ban Chỉ đạo'];

/** Words that open a body's name after a phrase that names one ("… của Bộ …", "Chủ tịch UBND …"). */
export const BODY_HEAD_WORDS: readonly string[] = [
  ...BODY_OPENINGS,
  'UBND',
  'HĐND',
  'Hội đồng',
  'Tòa án',
  'Viện kiểm sát',
  'Mặt trận',
  'Chính phủ',
  'Thủ tướng',
  'Quốc hội',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Chủ tịch',
  'Giám đốc',
  'Kho bạc',
  'Ngân hàng',
];

export interface StateBodyCode {
  head: string;
  /** The body's code in the number; "{term}" stands for the National Assembly term of the text's year (UBTVQH15). */
  code: string;
  /** Kind name → its code in the number. */
  kinds: Readonly<Record<string, string>>;
  /**
   * Kinds always numbered with their year since the year given ("Nghị định số 16/2009/NĐ-CP"): read only when the
   * citation's own date gives the year ("Nghị định 16, ngày 10/4/2009, của Chính phủ").
   */
  withYearSince?: Readonly<Record<string, number>>;
  examples: [string, string][];
  counterExamples: string[];
}

/**
 * State bodies whose texts of some kinds carry no year in their number, cited by number alone with the body after
 * it ("theo Nghị quyết số 34 của Chính phủ" is 34/NQ-CP, "Chỉ thị số 16 của Thủ tướng Chính phủ" 16/CT-TTg), or
 * always carry it (a decree: withYearSince). Not the kinds whose numbers only sometimes carry a year (a decision:
 * 25/2021/QĐ-TTg or 520/QĐ-TTg): the number alone does not say which.
 */
export const STATE_BODY_CODES: readonly StateBodyCode[] = [
  {
    head: '^Chính phủ$',
    code: 'CP',
    kinds: { 'Nghị quyết': 'NQ', 'Nghị định': 'NĐ' },
    withYearSince: { 'Nghị định': 2000 },
    examples: [
      ['vừa trở thành thành phố Vị Thanh theo Nghị quyết số 34 của Chính phủ.', '34/NQ-CP'],
      ['các nhóm giải pháp theo Nghị quyết 01 của Chính phủ, nên tình hình', '01/NQ-CP'],
      // The year from the citation's date (dev71 jm09).
      ['Thực hiện Nghị định 16, ngày 10/4/2009, của Chính phủ và hướng dẫn của UBND tỉnh', '16/2009/NĐ-CP'],
    ],
    counterExamples: [
      'theo Nghị định số 34 của Chính phủ về',
      'Nghị quyết số 34 của Hội đồng nhân dân tỉnh',
      // Before decrees carried their year ("Nghị định 61-CP").
      'theo Nghị định số 61 ngày 5/7/1994 của Chính phủ về mua bán nhà ở',
    ],
  },
  {
    // Its resolutions are numbered with the Assembly's term ("1237/NQ-UBTVQH15"): read when the date gives the term.
    head: '^Ủy ban Thường vụ Quốc hội$',
    code: 'UBTVQH{term}',
    kinds: { 'Nghị quyết': 'NQ' },
    examples: [
      [
        'công bố Nghị quyết số 1237 ngày 24/10/2024 của Ủy ban Thường vụ Quốc hội về việc sắp xếp',
        '1237/NQ-UBTVQH15',
      ],
      ['theo Nghị quyết 1656 ngày 16/6/2025 của Uỷ ban Thường vụ Quốc hội.', '1656/NQ-UBTVQH15'],
    ],
    counterExamples: [
      'Căn cứ Nghị quyết số 1676 của Ủy ban Thường vụ Quốc hội về sắp xếp',
      // A year two terms share (the new Assembly meets in mid-year).
      'theo Nghị quyết số 12 ngày 5/9/2021 của Ủy ban Thường vụ Quốc hội',
    ],
  },
  {
    head: '^Thủ tướng Chính phủ$',
    code: 'TTg',
    // A telegram is never numbered with a year; a decision may be ("16/2020/QĐ-TTg" or "16/QĐ-TTg"): not guessed.
    kinds: { 'Chỉ thị': 'CT', 'Công điện': 'CĐ' },
    examples: [
      ['thực hiện Chỉ thị số 16 của Thủ tướng Chính phủ về cách ly xã hội', '16/CT-TTg'],
      ['triển khai Công điện số 208 của Thủ tướng Chính phủ về ứng phó bão', '208/CĐ-TTg'],
    ],
    counterExamples: ['thực hiện Quyết định số 16 của Thủ tướng Chính phủ về'],
  },
  {
    // A People's Committee or its chairman at any level ("Chủ tịch UBND tỉnh Khánh Hòa có Công điện số 03 về …"): the
    // kinds it never numbers with a year. A decision ("12/2021/QĐ-UBND" or "1165/QĐ-UBND"), a directive and a letter
    // (its unit code: "4436/UBND-VX") are not guessed.
    head: '^(?:Chủ tịch )?Ủy ban nhân dân (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$',
    code: 'UBND',
    kinds: { 'Công điện': 'CĐ', 'Kế hoạch': 'KH', 'Thông báo': 'TB', 'Tờ trình': 'TTr', 'Báo cáo': 'BC' },
    examples: [
      [
        'Sáng 5-11, Chủ tịch UBND tỉnh Khánh Hòa có Công điện số 03 về việc chủ động phòng, tránh bão.',
        '03/CĐ-UBND',
      ],
      [
        'Cùng ngày, Chủ tịch UBND tỉnh Nam Định có Công điện số 24 về việc tập trung ứng phó khẩn cấp với bão số 3.',
        '24/CĐ-UBND',
      ],
      ['thực hiện Kế hoạch số 125 của UBND huyện Thới Bình về xây dựng nông thôn mới', '125/KH-UBND'],
    ],
    counterExamples: [
      'thực hiện Quyết định số 1165 của UBND tỉnh về việc phê duyệt',
      'theo Công văn số 4436 của UBND tỉnh về việc',
      'Kế hoạch số 125 của Huyện ủy Thới Bình về xây dựng',
    ],
  },
  {
    // A local Front committee, whose standing board numbers its texts "<n>/<kind>-MTTQ-BTT" ("39/KH-MTTQ-BTT"; 19 of
    // the 24 Front symbols in the development gold files). The central committee's ("…/MTTW-BTT") is not guessed.
    head: '^(?:Ban Thường trực )?Ủy ban Mặt trận Tổ quốc Việt Nam (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$',
    code: 'MTTQ-BTT',
    kinds: { 'Kế hoạch': 'KH', 'Hướng dẫn': 'HD', 'Thông báo': 'TB', 'Báo cáo': 'BC', 'Quyết định': 'QĐ' },
    examples: [
      [
        'đã triển khai Kế hoạch số 39 ngày 16/10/2023 của Ủy ban MTTQ Việt Nam huyện về công tác tuyên truyền',
        '39/KH-MTTQ-BTT',
      ],
      ['theo Hướng dẫn số 13 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về hiệp thương', '13/HD-MTTQ-BTT'],
    ],
    counterExamples: [
      'theo Kế hoạch số 12 của Ủy ban Trung ương MTTQ Việt Nam về',
      'Nghị quyết số 39 của Ủy ban MTTQ Việt Nam huyện về',
    ],
  },
];

/**
 * The code a number of `kind` takes from a STATE_BODY_CODES row ("/NQ-CP", "/2009/NĐ-CP", "/NQ-UBTVQH15"), given the
 * citation's date where the number holds its year or term; null where that date is needed and missing.
 */
export function stateBodyCode(
  row: Pick<StateBodyCode, 'code' | 'kinds' | 'withYearSince'>,
  kind: string,
  date: string | null,
): string | null {
  const kindCode = row.kinds[kind];
  if (!kindCode) return null;
  const year = date ? Number(date.slice(0, 4)) : null;
  const term = row.code.includes('{term}') ? (year ? assemblyTermOfYear(year) : null) : undefined;
  if (term === null) return null;
  const code = row.code.replace('{term}', String(term));
  const since = row.withYearSince?.[kind];
  if (since === undefined) return `/${kindCode}-${code}`;
  return year !== null && year >= since ? `/${year}/${kindCode}-${code}` : null;
}

/**
 * Rows of PARTY_BODY_CODES for the boards of one committee: each board's head, its code (board + committee), and an
 * example made from `example` (which names the first board) with each board's name put in.
 */
function partyBoards(
  committee: string,
  committeeCode: string,
  example: string,
  boards: readonly (readonly [name: string, code: string])[],
): { head: string; code: string; examples: [string, string][]; counterExamples: string[] }[] {
  const first = boards[0][0];
  return boards.map(([name, code]) => {
    const sentence =
      name === first
        ? example
        : example.replace(new RegExp(`${first} ${committee}`, 'iu'), `${name} ${committee}`);
    const number = /số (\d+)/u.exec(sentence)?.[1] ?? '';
    return {
      head: `^${name} ${committee}$`,
      code: `${code}${committeeCode}`,
      examples: [[sentence, `${number}-HD/${code}${committeeCode}`]],
      counterExamples: [
        `Hướng dẫn số ${number} của ${name} ${committee === 'Tỉnh ủy' ? 'Sở' : 'Phòng'} Nội vụ`,
      ],
    };
  });
}

/**
 * A Party document cited by its number alone ("Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính trị", "Nghị quyết 57 của
 * Bộ Chính trị"): the Party numbers its texts "<number>-<kind code>/<body code>", so the body named after the citation
 * gives the code after the slash (Hướng dẫn 36-HD/VPTW). `head` is the start of the body's canonical name as
 * parse/issuer.ts reads it; `examples` are citations each row must give `symbol` for, `counterExamples` citations
 * that must give no document (a State body, or no body at all).
 */
export const PARTY_BODY_CODES: readonly {
  head: string;
  code: string;
  examples: [string, string][];
  counterExamples: string[];
}[] = [
  {
    head: '^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương)$',
    code: 'TW',
    examples: [
      ['Thực hiện Chỉ thị số 35 ngày 30/5/2019 của Bộ chính trị về Đại hội', '35-CT/TW'],
      ['quán triệt Nghị quyết 57 của Bộ Chính trị về đột phá', '57-NQ/TW'],
      ['Kết luận số 01, ngày 18/5/2021 của Bộ Chính trị về tiếp tục', '01-KL/TW'],
      ['Ra mắt ban chỉ đạo thực hiện nghị quyết 57 của Trung ương về đột phá', '57-NQ/TW'],
    ],
    counterExamples: [
      'Hướng dẫn số 12 của Trung ương Hội Chữ thập đỏ về',
      'Nghị quyết số 18 của Hội đồng nhân dân tỉnh',
      'Chỉ thị số 35 về Đại hội',
      'Chỉ thị số 35/CT-TTg của Thủ tướng',
    ],
  },
  {
    head: '^(?:Ban Thường vụ Tỉnh ủy|Thường trực Tỉnh ủy|Tỉnh ủy|Ban Thường vụ Thành ủy|Thành ủy|Ban Chấp hành Đảng bộ tỉnh|Ban Thường vụ Thị ủy|Thị ủy)$',
    code: 'TU',
    examples: [
      ['theo Chỉ thị số 17 ngày 6/8/2018 của Ban Thường vụ Tỉnh ủy Yên Bái về tăng cường', '17-CT/TU'],
      ['Thực hiện Công văn số 4022 của Thành ủy Vũng Tàu về phát động phong trào thi đua', '4022-CV/TU'],
      // Every word of the kind capitalised, as news titles write it (dev59 go07).
      [
        'tuyên truyền Chỉ thị 43 của Ban Bí thư, Thông Tri 06 của Tỉnh ủy Quảng Nam về tăng cường',
        '06-TT/TU',
      ],
    ],
    counterExamples: ['Chỉ thị số 17 của Ủy ban nhân dân tỉnh Yên Bái'],
  },
  {
    head: '^(?:Ban Thường vụ Huyện ủy|Thường trực Huyện ủy|Huyện ủy|Ban Chấp hành Đảng bộ huyện)$',
    code: 'HU',
    examples: [
      ['Kế hoạch số 138, ngày 25/7/2019 của Ban Thường vụ Huyện ủy Chợ Đồn về Đại hội', '138-KH/HU'],
    ],
    counterExamples: ['Kế hoạch số 138 của UBND huyện Chợ Đồn'],
  },
  {
    head: '^(?:Ban Thường vụ Quận ủy|Quận ủy)$',
    code: 'QU',
    examples: [['Kế hoạch số 221 ngày 12/11/2019 của Ban Thường vụ Quận ủy Quận 3 về tổ chức', '221-KH/QU']],
    counterExamples: [],
  },
  {
    head: '^(?:Ban Thường vụ Đảng ủy (?:xã|phường|thị trấn)|Đảng ủy (?:xã|phường|thị trấn)|Ban Chấp hành Đảng bộ xã|Đảng bộ (?:xã|phường|thị trấn))$',
    code: 'ĐU',
    examples: [['thực hiện Nghị quyết số 02 của Đảng ủy xã Phú Mỹ về phát triển', '02-NQ/ĐU']],
    counterExamples: [],
  },
  // Central mass organisations number their texts the Party's way ("Nghị quyết số 04-NQ/HNDTW", "Kế hoạch số
  // 48-KH/TWĐTN"), and are cited by number alone as the Party is.
  {
    head: '^Trung ương Hội Nông dân Việt Nam$',
    code: 'HNDTW',
    examples: [
      ['và Nghị quyết số 14 của Trung ương Hội Nông dân Việt Nam về "Đẩy mạnh tuyên truyền"', '14-NQ/HNDTW'],
      [
        'sơ kết Nghị quyết số 05 của Ban chấp hành Trung ương Hội Nông dân Việt Nam khóa VII về',
        '05-NQ/HNDTW',
      ],
    ],
    counterExamples: ['Nghị quyết số 14 của Hội Nông dân huyện về'],
  },
  // A provincial Farmers' Union numbers its texts so too ("Hướng dẫn số 20-HD/HNDT", "Công văn số 389-CV/HNDT").
  {
    head: '^(?:Ban Thường vụ |Ban Chấp hành )?Hội Nông dân tỉnh$',
    code: 'HNDT',
    examples: [
      [
        'Thực hiện hướng dẫn số 04 của Ban Thường vụ Hội Nông dân tỉnh An Giang về việc hướng dẫn Hội nghị Chi hội',
        '04-HD/HNDT',
      ],
    ],
    counterExamples: ['Thực hiện hướng dẫn số 04 của Hội Nông dân huyện về'],
  },
  {
    head: '^(?:Ban Chấp hành|Ban Bí thư) Trung ương Đoàn TNCS Hồ Chí Minh$',
    code: 'TWĐTN',
    examples: [['thực hiện Kế hoạch số 48 của Ban Bí thư Trung ương Đoàn về tổ chức', '48-KH/TWĐTN']],
    counterExamples: ['Kế hoạch số 48 của Tỉnh đoàn về tổ chức'],
  },
  // The boards of a provincial and a district Party committee number their texts with their own code ("Hướng dẫn số 02
  // … của Ban Tuyên giáo Tỉnh ủy" is 02-HD/BTGTU).
  ...partyBoards(
    'Tỉnh ủy',
    'TU',
    'Hướng dẫn số 02 ngày 30/10/2015 của Ban tuyên giáo tỉnh ủy về việc tuyên truyền',
    [
      ['Ban Tuyên giáo', 'BTG'],
      ['Ban Tổ chức', 'BTC'],
      ['Ban Dân vận', 'BDV'],
      ['Ban Nội chính', 'BNC'],
      ['Ủy ban Kiểm tra', 'UBKT'],
      ['Văn phòng', 'VP'],
    ],
  ),
  // And the Central Committee's boards ("theo Hướng dẫn 35 của Ban Tổ chức Trung ương về tổ chức và hoạt động của chi bộ
  // quân sự": 35-HD/BTCTW).
  ...partyBoards(
    'Trung ương',
    'TW',
    'theo Hướng dẫn số 35 của Ban Tổ chức Trung ương về tổ chức và hoạt động của chi bộ quân sự',
    [
      ['Ban Tổ chức', 'BTC'],
      ['Ban Tuyên giáo', 'BTG'],
      ['Ban Dân vận', 'BDV'],
      ['Ban Tuyên giáo và Dân vận', 'BTGDV'],
      ['Ban Nội chính', 'BNC'],
      ['Ban Kinh tế', 'BKT'],
      ['Ủy ban Kiểm tra', 'UBKT'],
    ],
  ),
  ...partyBoards(
    'Huyện ủy',
    'HU',
    'Hướng dẫn số 13 ngày 04/02/2020 của Ban Tuyên giáo Huyện ủy về tuyên truyền',
    [
      ['Ban Tuyên giáo', 'BTG'],
      ['Ban Tổ chức', 'BTC'],
      ['Ban Dân vận', 'BDV'],
      ['Ủy ban Kiểm tra', 'UBKT'],
      ['Văn phòng', 'VP'],
    ],
  ),
];
