/**
 * Vocabulary of the synthetic corpus: issuing bodies, document kinds, subjects, names and sentence banks.
 * Data only; the planner (plan.ts) decides who issues what, the renderer (render.ts) writes the texts.
 */

/** One kind a body issues: its Vietnamese name, the code in the symbol, and how the symbol is built. */
export interface KindSpec {
  name: string;
  code: string;
  /** party: `N-CODE/ISSUER`; state: `N/CODE-ISSUER`; normative: `N/YYYY/CODE-ISSUER`; letter: `N/ISSUER-UNIT`. */
  form: 'party' | 'state' | 'normative' | 'letter';
}

const K = (name: string, code: string, form: KindSpec['form']): KindSpec => ({ name, code, form });

export const PARTY_KINDS = {
  NQ: K('Nghị quyết', 'NQ', 'party'),
  KL: K('Kết luận', 'KL', 'party'),
  CT: K('Chỉ thị', 'CT', 'party'),
  QD: K('Quyết định', 'QĐ', 'party'),
  QDI: K('Quy định', 'QĐi', 'party'),
  QC: K('Quy chế', 'QC', 'party'),
  TB: K('Thông báo', 'TB', 'party'),
  HD: K('Hướng dẫn', 'HD', 'party'),
  KH: K('Kế hoạch', 'KH', 'party'),
  CTR: K('Chương trình', 'CTr', 'party'),
  CV: K('Công văn', 'CV', 'party'),
  BC: K('Báo cáo', 'BC', 'party'),
} as const;

export const STATE_KINDS = {
  KH: K('Kế hoạch', 'KH', 'state'),
  QD: K('Quyết định', 'QĐ', 'state'),
  CT: K('Chỉ thị', 'CT', 'state'),
  HD: K('Hướng dẫn', 'HD', 'state'),
  BC: K('Báo cáo', 'BC', 'state'),
  TB: K('Thông báo', 'TB', 'state'),
  NQ: K('Nghị quyết', 'NQ', 'state'),
  CV: K('Công văn', '', 'letter'),
  QD_QPPL: K('Quyết định', 'QĐ', 'normative'),
  NQ_QPPL: K('Nghị quyết', 'NQ', 'normative'),
  ND: K('Nghị định', 'NĐ', 'normative'),
  TT: K('Thông tư', 'TT', 'normative'),
} as const;

/** Central bodies. `code` is the issuer part of the symbol; `cite` are the ways texts name them after "của". */
export interface CentralBody {
  key: string;
  name: string;
  code: string;
  party: boolean;
  cite: string[];
  kinds: [KindSpec, number][];
  /** Appends "(khóa …)" to the name in citations when the text names the term. */
  termed?: boolean;
}

export const CENTRAL_BODIES: CentralBody[] = [
  {
    key: 'BCH',
    name: 'Ban Chấp hành Trung ương Đảng',
    code: 'TW',
    party: true,
    termed: true,
    cite: ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương'],
    kinds: [[PARTY_KINDS.NQ, 1]],
  },
  {
    key: 'BCT',
    name: 'Bộ Chính trị',
    code: 'TW',
    party: true,
    termed: true,
    cite: ['Bộ Chính trị'],
    kinds: [
      [PARTY_KINDS.NQ, 3],
      [PARTY_KINDS.KL, 3],
      [PARTY_KINDS.CT, 2],
      [PARTY_KINDS.QD, 1],
      [PARTY_KINDS.QDI, 1],
    ],
  },
  {
    key: 'BBT',
    name: 'Ban Bí thư',
    code: 'TW',
    party: true,
    cite: ['Ban Bí thư', 'Ban Bí thư Trung ương Đảng'],
    kinds: [
      [PARTY_KINDS.KL, 3],
      [PARTY_KINDS.CT, 3],
      [PARTY_KINDS.TB, 1],
      [PARTY_KINDS.QD, 1],
    ],
  },
  {
    key: 'CP',
    name: 'Chính phủ',
    code: 'CP',
    party: false,
    cite: ['Chính phủ'],
    kinds: [
      [STATE_KINDS.ND, 4],
      [STATE_KINDS.NQ, 2],
    ],
  },
  {
    key: 'TTg',
    name: 'Thủ tướng Chính phủ',
    code: 'TTg',
    party: false,
    cite: ['Thủ tướng Chính phủ'],
    kinds: [
      [STATE_KINDS.CT, 3],
      [STATE_KINDS.QD, 3],
      [STATE_KINDS.QD_QPPL, 1],
    ],
  },
  {
    key: 'VPCP',
    name: 'Văn phòng Chính phủ',
    code: 'VPCP',
    party: false,
    cite: ['Văn phòng Chính phủ'],
    kinds: [
      [STATE_KINDS.CV, 3],
      [STATE_KINDS.TB, 1],
    ],
  },
];

/** Ministries: full name and symbol code. They issue Thông tư (normative) and letters. */
export const MINISTRIES: [string, string][] = [
  ['Bộ Nội vụ', 'BNV'],
  ['Bộ Tài chính', 'BTC'],
  ['Bộ Y tế', 'BYT'],
  ['Bộ Giáo dục và Đào tạo', 'BGDĐT'],
  ['Bộ Tài nguyên và Môi trường', 'BTNMT'],
  ['Bộ Nông nghiệp và Phát triển nông thôn', 'BNNPTNT'],
  ['Bộ Kế hoạch và Đầu tư', 'BKHĐT'],
  ['Bộ Thông tin và Truyền thông', 'BTTTT'],
  ['Bộ Xây dựng', 'BXD'],
  ['Bộ Tư pháp', 'BTP'],
  ['Bộ Lao động - Thương binh và Xã hội', 'BLĐTBXH'],
  ['Bộ Văn hóa, Thể thao và Du lịch', 'BVHTTDL'],
  ['Thanh tra Chính phủ', 'TTCP'],
];

/** Unit codes after "-" in a letter symbol (4611/UBND-NC, 6888/VPCP-V.I). */
export const LETTER_UNITS = ['NC', 'KGVX', 'KT', 'KTN', 'TH', 'VX', 'NNTN', 'XD', 'TD', 'NV', 'KTTH', 'HCTC'];
export const VPCP_UNITS = ['V.I', 'KGVX', 'NC', 'KTTH', 'QHĐP', 'TCCV'];

/**
 * Laws and ordinances cited across the corpus (real numbers, dates and names): the external pool, known only
 * from citations. Generated documents never use the QH / UBTVQH series, so no generated symbol collides.
 */
export const LAWS: { symbol: string; kind: string; name: string; date: string; issuer: string }[] = [
  {
    symbol: '77/2015/QH13',
    kind: 'Luật',
    name: 'Tổ chức chính quyền địa phương',
    date: '2015-06-19',
    issuer: 'Quốc hội',
  },
  {
    symbol: '80/2015/QH13',
    kind: 'Luật',
    name: 'Ban hành văn bản quy phạm pháp luật',
    date: '2015-06-22',
    issuer: 'Quốc hội',
  },
  { symbol: '76/2015/QH13', kind: 'Luật', name: 'Tổ chức Chính phủ', date: '2015-06-19', issuer: 'Quốc hội' },
  { symbol: '45/2013/QH13', kind: 'Luật', name: 'Đất đai', date: '2013-11-29', issuer: 'Quốc hội' },
  {
    symbol: '36/2018/QH14',
    kind: 'Luật',
    name: 'Phòng, chống tham nhũng',
    date: '2018-11-20',
    issuer: 'Quốc hội',
  },
  { symbol: '42/2013/QH13', kind: 'Luật', name: 'Tiếp công dân', date: '2013-11-25', issuer: 'Quốc hội' },
  {
    symbol: '03/2007/QH12',
    kind: 'Luật',
    name: 'Phòng, chống bệnh truyền nhiễm',
    date: '2007-11-21',
    issuer: 'Quốc hội',
  },
  { symbol: '43/2019/QH14', kind: 'Luật', name: 'Giáo dục', date: '2019-06-14', issuer: 'Quốc hội' },
  { symbol: '22/2008/QH12', kind: 'Luật', name: 'Cán bộ, công chức', date: '2008-11-13', issuer: 'Quốc hội' },
  { symbol: '58/2010/QH12', kind: 'Luật', name: 'Viên chức', date: '2010-11-15', issuer: 'Quốc hội' },
  { symbol: '55/2014/QH13', kind: 'Luật', name: 'Bảo vệ môi trường', date: '2014-06-23', issuer: 'Quốc hội' },
  { symbol: '50/2014/QH13', kind: 'Luật', name: 'Xây dựng', date: '2014-06-18', issuer: 'Quốc hội' },
  { symbol: '02/2011/QH13', kind: 'Luật', name: 'Khiếu nại', date: '2011-11-11', issuer: 'Quốc hội' },
  {
    symbol: '40/2009/QH12',
    kind: 'Luật',
    name: 'Khám bệnh, chữa bệnh',
    date: '2009-11-23',
    issuer: 'Quốc hội',
  },
  { symbol: '25/2018/QH14', kind: 'Luật', name: 'Tố cáo', date: '2018-06-12', issuer: 'Quốc hội' },
  {
    symbol: '83/2015/QH13',
    kind: 'Luật',
    name: 'Ngân sách nhà nước',
    date: '2015-06-25',
    issuer: 'Quốc hội',
  },
  {
    symbol: '34/2007/PL-UBTVQH11',
    kind: 'Pháp lệnh',
    name: 'thực hiện dân chủ ở xã, phường, thị trấn',
    date: '2007-04-20',
    issuer: 'Ủy ban Thường vụ Quốc hội',
  },
];

/** Subjects, each in a domain; documents inherit the subject of what they carry out. */
export const SUBJECTS: [string, string][] = [
  ['dân vận', 'tăng cường và đổi mới công tác dân vận trong tình hình mới'],
  ['dân vận', 'nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp'],
  ['dân vận', 'đẩy mạnh phong trào thi đua “Dân vận khéo”'],
  ['đất đai', 'tăng cường quản lý nhà nước về đất đai và tài nguyên khoáng sản'],
  ['đất đai', 'tiếp tục đổi mới, hoàn thiện thể chế, chính sách về quản lý và sử dụng đất'],
  ['đất đai', 'giải quyết khiếu nại, tố cáo trong lĩnh vực đất đai'],
  ['y tế', 'tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân trong tình hình mới'],
  ['y tế', 'đẩy mạnh thực hiện bảo hiểm y tế toàn dân'],
  ['y tế', 'phòng, chống dịch bệnh COVID-19'],
  ['y tế', 'triển khai chiến dịch tiêm vắc xin phòng COVID-19'],
  ['tham nhũng', 'tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí'],
  ['tham nhũng', 'kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn'],
  ['tham nhũng', 'nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo'],
  ['chuyển đổi số', 'chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030'],
  ['chuyển đổi số', 'phát triển Chính phủ điện tử hướng tới Chính phủ số'],
  ['cải cách hành chính', 'đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh'],
  ['cải cách hành chính', 'tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức'],
  [
    'tổ chức bộ máy',
    'tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
  ],
  [
    'tổ chức bộ máy',
    'tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao hiệu quả hoạt động của các đơn vị sự nghiệp công lập',
  ],
  ['giáo dục', 'đổi mới căn bản, toàn diện giáo dục và đào tạo'],
  ['giáo dục', 'phát triển giáo dục mầm non giai đoạn 2018 - 2025'],
  ['nông thôn mới', 'xây dựng nông thôn mới gắn với cơ cấu lại ngành nông nghiệp'],
  ['giảm nghèo', 'thực hiện giảm nghèo bền vững'],
  ['môi trường', 'tăng cường công tác bảo vệ môi trường và ứng phó với biến đổi khí hậu'],
  ['quốc phòng', 'tăng cường công tác quốc phòng, quân sự địa phương'],
  ['an ninh', 'bảo đảm an ninh, trật tự và an toàn xã hội'],
  [
    'văn hóa',
    'xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước',
  ],
  ['xây dựng Đảng', 'tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị'],
  ['xây dựng Đảng', 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
  ['dân chủ', 'thực hiện dân chủ ở cơ sở'],
];

export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
];
export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Quốc',
  'Thanh',
  'Xuân',
  'Ngọc',
  'Công',
  'Đình',
  'Việt',
  'Hồng',
  'Tấn',
];
export const GIVEN_NAMES = [
  'Hòa',
  'Chữ',
  'Thăng',
  'Đông',
  'Nam',
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Sơn',
  'Bình',
  'Long',
  'Phúc',
  'Thắng',
  'Cường',
  'Hà',
  'Lan',
  'Hương',
  'Thủy',
  'Tâm',
  'Trung',
  'Quang',
  'Khánh',
  'Lộc',
  'Tùng',
  'Hiếu',
];

/** Body sentences without citations. `{s}` is the subject, `{y}` a year, `{p}` the place. */
export const TASK_SENTENCES = [
  'Tổ chức quán triệt, tuyên truyền sâu rộng nội dung về {s} đến toàn thể cán bộ, công chức, viên chức, người lao động và Nhân dân.',
  'Xác định đây là nhiệm vụ quan trọng, thường xuyên, lâu dài của cả hệ thống chính trị, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương.',
  'Nâng cao vai trò, trách nhiệm của người đứng đầu cấp ủy, chính quyền trong lãnh đạo, chỉ đạo {s}.',
  'Đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính, ứng dụng công nghệ thông tin trong giải quyết công việc của người dân và doanh nghiệp.',
  'Tăng cường công tác kiểm tra, giám sát việc thực hiện; kịp thời phát hiện, chấn chỉnh những hạn chế, thiếu sót.',
  'Bố trí đủ nguồn lực, kinh phí từ ngân sách nhà nước và huy động các nguồn lực xã hội hóa để triển khai các nhiệm vụ được giao.',
  'Phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội trong giám sát, phản biện xã hội.',
  'Các cơ quan báo chí, Đài Phát thanh và Truyền hình {p} mở chuyên trang, chuyên mục tuyên truyền về {s}.',
  'Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Văn phòng để tổng hợp, báo cáo theo quy định.',
  'Phấn đấu đến năm {y} có 100% cơ quan, đơn vị triển khai thực hiện; tỷ lệ hài lòng của người dân đạt trên 90%.',
  'Kinh phí thực hiện năm {y} dự kiến khoảng 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng) từ nguồn ngân sách tỉnh.',
  'Giai đoạn 2021-2025, tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài, không để phát sinh điểm nóng.',
  'Thực hiện đúng quy định tại Điều 5, khoản 2 Điều 12 của Quy chế làm việc; mọi vướng mắc phản ánh qua số điện thoại 0260.3862.456 để được hướng dẫn.',
  'Chú trọng bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ, kỹ năng công tác cho đội ngũ cán bộ làm công tác tham mưu.',
  'Xây dựng, nhân rộng các mô hình, điển hình tiên tiến; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.',
  'Qua 02 năm triển khai, nhận thức của cán bộ, đảng viên và Nhân dân về {s} có chuyển biến rõ nét.',
  'Tuy nhiên, việc tổ chức thực hiện ở một số nơi còn hình thức, chưa đồng bộ; công tác phối hợp giữa các ngành, các cấp có lúc chưa chặt chẽ.',
  'Tăng cường đối thoại, tiếp xúc với Nhân dân; giải quyết kịp thời, đúng pháp luật các kiến nghị, phản ánh chính đáng của người dân.',
  'Rà soát, sửa đổi, bổ sung các quy chế, quy định của cơ quan, đơn vị cho phù hợp với tình hình thực tế.',
  'Các sở, ban, ngành, địa phương chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.',
  'Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của các cơ quan nhà nước; 100% văn bản được trao đổi dưới dạng điện tử.',
  'Quan tâm chăm lo đời sống vật chất, tinh thần của Nhân dân, nhất là đồng bào dân tộc thiểu số, người có công và các hộ nghèo.',
  'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%; số vụ việc tồn đọng giảm 15% so với năm {y}.',
  'Tăng cường kỷ luật, kỷ cương hành chính; xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà cho người dân và doanh nghiệp.',
];

export const OPENING_CONTEXT = [
  'Trong những năm qua, các cấp ủy, chính quyền đã tổ chức quán triệt, triển khai thực hiện có hiệu quả các chủ trương của Trung ương, của tỉnh về {s}.',
  'Sau thời gian triển khai, công tác {d} trên địa bàn đã đạt được nhiều kết quả quan trọng, góp phần ổn định chính trị, phát triển kinh tế - xã hội.',
  'Bên cạnh những kết quả đạt được, việc thực hiện {s} vẫn còn một số hạn chế cần được khắc phục.',
];

export const RECIPIENTS_PROVINCE = [
  'Như trên',
  'Thường trực Tỉnh ủy (b/c)',
  'Thường trực HĐND tỉnh',
  'CT, các PCT UBND tỉnh',
  'UBMTTQVN tỉnh',
  'Ban Dân vận Tỉnh ủy',
  'Các sở, ban, ngành tỉnh',
  'UBND các huyện, thị xã, thành phố',
  'Đài PTTH, Báo {p}',
  'VPUB: CVP, PCVP',
];
export const RECIPIENTS_PARTY = [
  'Ban Bí thư Trung ương Đảng (b/c)',
  'Văn phòng Trung ương Đảng',
  'Ban Dân vận Trung ương',
  'Các đồng chí Tỉnh ủy viên',
  'Các ban cán sự đảng, đảng đoàn',
  'Các huyện ủy, thành ủy, đảng ủy trực thuộc',
  'Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy',
];
export const ADDRESSEES = [
  'Các sở, ban, ngành tỉnh',
  'Ủy ban nhân dân các huyện, thị xã, thành phố',
  'Các cơ quan, đơn vị trực thuộc UBND tỉnh',
  'Ủy ban nhân dân các xã, thị trấn',
  'Các phòng, ban, đơn vị thuộc huyện',
];

/** Party congress terms (khóa) of the Central Committee, by start date. */
export const CENTRAL_TERMS: [string, string][] = [
  ['2006-04-25', 'X'],
  ['2011-01-19', 'XI'],
  ['2016-01-28', 'XII'],
  ['2021-02-01', 'XIII'],
];
