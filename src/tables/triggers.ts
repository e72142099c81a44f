import type { RelationType } from '../model';

/**
 * Trigger phrases → relation type (GOLD.md). `phrase` is a regex source over NFC text, matched
 * case-insensitively on whole words, with bounded repetition only. Longer phrases are tried first.
 * - `nests`: after a cited document's date/issuer, the phrase makes the next citation belong to it
 *   ("Kế hoạch số 98-KH/TU … thực hiện Kết luận 43-KL/TW": 98-KH/TU IMPLEMENTS 43-KL/TW).
 *   'weak' nests only when the dates agree (a document cannot follow a later one).
 * - `passive`: "X được sửa đổi, bổ sung bởi Y" — Y acts on X.
 */
export interface Trigger {
  phrase: string;
  type: RelationType;
  nests: 'strong' | 'weak' | 'no';
  passive?: boolean;
}

const NUM = String.raw`(?:\d{1,3}\s{1,3}năm\s{1,3})?`;

export const TRIGGERS: readonly Trigger[] = [
  // Passive voice: the later citation acts on the earlier one.
  {
    phrase: String.raw`(?:đã\s)?được\s(?:sửa\sđổi,?\s(?:và\s)?bổ\ssung|sửa\sđổi|bổ\ssung)(?:\smột\ssố\sđiều)?(?:\sbởi|\stại|\stheo)`,
    type: 'AMENDS',
    nests: 'no',
    passive: true,
  },
  {
    phrase: String.raw`(?:đã\s)?được\sthay\sthế\s(?:bởi|bằng|tại|theo)`,
    type: 'REPLACES',
    nests: 'no',
    passive: true,
  },
  {
    phrase: String.raw`(?:đã\s)?(?:được|bị)\sbãi\sbỏ\s(?:bởi|tại|theo)`,
    type: 'REPEALS',
    nests: 'no',
    passive: true,
  },
  {
    phrase: String.raw`(?:đã\s)?được\shướng\sdẫn\s(?:bởi|tại|theo)`,
    type: 'GUIDES',
    nests: 'no',
    passive: true,
  },
  {
    phrase: String.raw`(?:đã\s)?được\sđính\schính\s(?:bởi|tại|theo)`,
    type: 'CORRECTS',
    nests: 'no',
    passive: true,
  },
  {
    phrase: String.raw`(?:đã\s)?(?:được|bị)\sđình\schỉ\s(?:bởi|tại|theo)`,
    type: 'SUSPENDS',
    nests: 'no',
    passive: true,
  },
  // Acting on a text.
  { phrase: String.raw`sửa\sđổi,?\s(?:và\s)?bổ\ssung`, type: 'AMENDS', nests: 'strong' },
  { phrase: String.raw`sửa\sđổi`, type: 'AMENDS', nests: 'strong' },
  { phrase: String.raw`bãi\sbỏ|hủy\sbỏ|hết\shiệu\slực`, type: 'REPEALS', nests: 'strong' },
  { phrase: String.raw`thay\sthế`, type: 'REPLACES', nests: 'strong' },
  { phrase: String.raw`đính\schính`, type: 'CORRECTS', nests: 'strong' },
  {
    phrase: String.raw`(?:tạm\s)?đình\schỉ(?:\sthi\shành)?|(?:tạm\s)?ngưng\shiệu\slực`,
    type: 'SUSPENDS',
    nests: 'strong',
  },
  { phrase: String.raw`(?:văn\sbản\s)?hợp\snhất`, type: 'CONSOLIDATES', nests: 'strong' },
  // Basis and guidance.
  { phrase: String.raw`căn\scứ(?:\svào)?|trên\scơ\ssở`, type: 'BASED_ON', nests: 'no' },
  {
    phrase: String.raw`(?:về\s)?(?:việc\s)?hướng\sdẫn(?:\s(?:thi\shành|thực\shiện|triển\skhai))?|quy\sđịnh\schi\stiết(?:\svà\shướng\sdẫn\sthi\shành)?`,
    type: 'GUIDES',
    nests: 'strong',
  },
  // Reviews: "sơ kết, tổng kết 10 năm thực hiện".
  {
    phrase: String.raw`(?:sơ\skết|tổng\skết)(?:,?\s(?:sơ\skết|tổng\skết))?\s${NUM}(?:việc\s)?(?:thực\shiện|thi\shành|triển\skhai)`,
    type: 'REVIEWS',
    nests: 'strong',
  },
  // Continuing a line.
  {
    phrase: String.raw`(?:về\s)?(?:việc\s)?tiếp\stục\s(?:đẩy\smạnh\s)?(?:triển\skhai\s)?(?:tổ\schức\s)?(?:quán\striệt\s(?:và\s)?)?(?:thực\shiện|triển\skhai|thi\shành)`,
    type: 'CONTINUES',
    nests: 'strong',
  },
  // Carrying out.
  {
    phrase: String.raw`theo\squy\sđịnh\s(?:của|tại)|được\squy\sđịnh\stại|quy\sđịnh\stại|nêu\stại`,
    type: 'CITES',
    nests: 'no',
  },
  {
    phrase: String.raw`theo\s(?:sự\s)?(?:chỉ\sđạo|yêu\scầu)\s(?:của|tại)`,
    type: 'IMPLEMENTS',
    nests: 'strong',
  },
  // Asking others to review texts ("rà soát, sửa đổi, bổ sung, thay thế các văn bản …") does not act on them.
  {
    phrase: String.raw`rà\ssoát(?:,?\s(?:và\s)?(?:sửa\sđổi|bổ\ssung|thay\sthế|bãi\sbỏ|hủy\sbỏ)){0,4}`,
    type: 'CITES',
    nests: 'no',
  },
  // A proposal is cited, not carried out ("Theo đề nghị của Giám đốc Sở … tại Tờ trình số …").
  { phrase: String.raw`theo\s(?:sự\s)?đề\snghị\s(?:của|tại)`, type: 'CITES', nests: 'no' },
  {
    phrase: String.raw`(?:về\s)?(?:việc\s)?(?:phối\shợp\s)?(?:tổ\schức\s)?(?:triển\skhai\s)?(?:thực\shiện|thi\shành)|triển\skhai|cụ\sthể\shóa|quán\striệt`,
    type: 'IMPLEMENTS',
    nests: 'strong',
  },
  { phrase: String.raw`theo`, type: 'IMPLEMENTS', nests: 'weak' },
];

/**
 * Triggers written after the citation, in the same clause: "Quyết định số 12/2015/QĐ-UBND … hết hiệu lực",
 * "Chỉ thị số 05/CT-UBND được bãi bỏ". The passive forms followed by "bởi <citation>" are TRIGGERS above.
 */
export const POST_TRIGGERS: readonly { phrase: string; type: RelationType }[] = [
  { phrase: String.raw`(?:đã\s|sẽ\s)?hết\shiệu\slực(?:\sthi\shành)?`, type: 'REPEALS' },
  { phrase: String.raw`(?:đã\s)?(?:bị|được)\sbãi\sbỏ(?!\s(?:bởi|tại|theo))`, type: 'REPEALS' },
  { phrase: String.raw`(?:đã\s)?(?:bị|được)\sthay\sthế(?!\s(?:bởi|bằng|tại|theo))`, type: 'REPLACES' },
  { phrase: String.raw`(?:đã\s)?được\ssửa\sđổi,?\s(?:và\s)?bổ\ssung(?!\s(?:bởi|tại|theo))`, type: 'AMENDS' },
  { phrase: String.raw`(?:bị|được)\sđình\schỉ(?:\sthi\shành)?(?!\s(?:bởi|tại|theo))`, type: 'SUSPENDS' },
];

/** When one pair of documents is related twice, the more specific type wins. */
export const TYPE_PRIORITY: readonly RelationType[] = [
  'REPEALS',
  'REPLACES',
  'AMENDS',
  'CORRECTS',
  'SUSPENDS',
  'CONSOLIDATES',
  'GUIDES',
  'BASED_ON',
  'CONTINUES',
  'IMPLEMENTS',
  'REVIEWS',
  'CITES',
];

/** Phrases that end a list of citations under one verb (a new clause starts). */
export const LIST_SEPARATOR = /[;,]|(?<![\p{L}\p{N}])(?:và|hoặc|cùng|với)(?![\p{L}\p{N}])/gu;

/** The trigger table compiled once: longest phrases first, so "tiếp tục thực hiện" wins over "thực hiện". */
export const ORDERED: readonly Trigger[] = [...TRIGGERS].sort((a, b) => b.phrase.length - a.phrase.length);
/** Tolerate runs of spaces between the words of a phrase. */
export const widen = (p: string): string => p.replace(/\\s(?![{*+?])/gu, '\\s{1,3}');
export const ALTERNATION = ORDERED.map((t) => `(?:${widen(t.phrase)})`).join('|');
/** A trigger at the very start of a string ("Thực hiện …"). */
export const TRIGGER_AT_START = new RegExp(`^(?:${ALTERNATION})(?![\\p{L}\\p{N}])`, 'iu');
