/**
 * Writes the text of one planned document and, beside it, the ground truth that text states: every document
 * it mentions and every typed relation, including those between two cited documents ("Kế hoạch số 98-KH/TU …
 * thực hiện Kết luận 43-KL/TW … về tiếp tục thực hiện Nghị quyết số 25-NQ/TW" states three edges).
 *
 * Truth follows the text, not the plan: a relation is in the truth when a sentence states it, with the type
 * its trigger gives. Each planned edge of a document is written with a phrase of its own type, so the same
 * ordered pair never gets two different specific types anywhere in the corpus; a plain mention (CITES) of a
 * pair that also has a specific type in the same text yields the specific type.
 */
import type { RelationType, Warning } from '../model';
import type { PlaceProvince } from './places';
import { FLAG_BACKDATED, FLAG_DRAFT, FLAG_NO_NUMBER, type Edge, type PlannedDoc } from './plan';
import { Rng } from './prng';
import {
  ADDRESSEES,
  OPENING_CONTEXT,
  RECIPIENTS_PARTY,
  RECIPIENTS_PROVINCE,
  SUBJECTS,
  TASK_SENTENCES,
} from './tables';

export interface TruthRelation {
  from: number;
  to: number;
  type: RelationType;
  evidence: string;
  trigger: string | null;
}

export interface RenderedDoc {
  text: string;
  /** The header title as written (one line). */
  title: string | null;
  relations: TruthRelation[];
  mentioned: number[];
  named: { text: string; sentence: string }[];
  warnings: Omit<Warning, 'source'>[];
}

const SUPERSCRIPTS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** One of the three date styles of GOLD.md, zero-padded or not. */
export function formatDate(iso: string, style: 'slash' | 'long' | 'dash', padded: boolean): string {
  const y = iso.slice(0, 4);
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const dd = padded ? pad2(d) : String(d);
  const mm = padded ? pad2(m) : String(m);
  if (style === 'long') return `${dd} tháng ${mm} năm ${y}`;
  return style === 'slash' ? `${dd}/${mm}/${y}` : `${dd}-${mm}-${y}`;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Wraps a subject line at word boundaries, as V/v lines are in converted documents. */
function wrap(text: string, width: number): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const CHAIN_PHRASES: Partial<Record<RelationType, string[]>> = {
  IMPLEMENTS: ['thực hiện', 'về thực hiện', 'về việc thực hiện', 'về triển khai thực hiện', 'triển khai'],
  CONTINUES: ['về tiếp tục thực hiện', 'về việc tiếp tục thực hiện'],
  GUIDES: ['hướng dẫn thực hiện', 'về hướng dẫn thực hiện'],
};

const TRIGGER_OF_CHAIN: Record<string, RelationType> = {};
for (const [type, phrases] of Object.entries(CHAIN_PHRASES))
  for (const p of phrases!) TRIGGER_OF_CHAIN[p] = type as RelationType;

export class DocumentRenderer {
  private readonly rng: Rng;
  private readonly relations = new Map<number, TruthRelation>();
  private pending: TruthRelation[] = [];
  private readonly mentioned = new Set<number>();
  private readonly named: { text: string; sentence: string }[] = [];
  private readonly warnings: Omit<Warning, 'source'>[] = [];
  private footnotes: string[] = [];
  private readonly markdown: boolean;

  constructor(
    private readonly docs: readonly PlannedDoc[],
    private readonly provinces: readonly PlaceProvince[],
    private readonly self: PlannedDoc,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    this.markdown = this.rng.chance(0.3);
  }

  // ---- truth bookkeeping ----------------------------------------------------------------------------

  private relate(from: number, to: number, type: RelationType, trigger: string | null): void {
    if (from === to) return;
    this.mentioned.add(to);
    this.mentioned.add(from);
    this.pending.push({ from, to, type, evidence: '', trigger });
  }

  /** Closes a sentence: the relations stated in it get it as evidence. Specific types beat CITES. */
  private sentence(text: string): string {
    const evidence = text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
    for (const r of this.pending) {
      r.evidence = evidence;
      const key = r.from * 2 ** 21 + r.to;
      const old = this.relations.get(key);
      if (!old || (old.type === 'CITES' && r.type !== 'CITES')) this.relations.set(key, r);
    }
    this.pending = [];
    return text;
  }

  // ---- citations ------------------------------------------------------------------------------------

  private dateText(iso: string): string {
    const style = this.rng.weighted<'slash' | 'long' | 'dash'>([
      ['slash', 5],
      ['long', 4],
      ['dash', 1.5],
    ]);
    return formatDate(iso, style, this.rng.chance(0.5));
  }

  private italic(s: string): string {
    return this.markdown ? `*${s}*` : s;
  }

  /** How this text names the issuer of `x` after "của". */
  private issuerPhrase(x: PlannedDoc): string {
    const r = this.rng;
    const me = this.self;
    switch (x.body) {
      case 'LAW':
        return x.kind === 'Luật'
          ? r.pick(['Quốc hội', `Quốc hội khóa ${romanTerm(x.term)}`])
          : `Ủy ban Thường vụ Quốc hội khóa ${romanTerm(x.term)}`;
      case 'BCH':
        return (
          r.pick(['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương']) +
          r.pick(['', ` (khóa ${x.term})`, ` khóa ${x.term}`])
        );
      case 'BCT':
        return 'Bộ Chính trị' + r.pick(['', '', ` (khóa ${x.term})`, ` khóa ${x.term}`]);
      case 'BBT':
        return r.pick(['Ban Bí thư', 'Ban Bí thư Trung ương Đảng']) + r.pick(['', '', ` (khóa ${x.term})`]);
      case 'MIN':
        return x.kind === 'Thông tư' && r.chance(0.3) ? `Bộ trưởng ${x.issuer}` : x.issuer;
      case 'CP':
      case 'TTg':
      case 'VPCP':
        return x.issuer;
    }
    const prov = this.provinces[x.province];
    const sameProvince = me.province === x.province;
    if (x.level === 'province') {
      // A district that is itself a "thành phố" inside a city would make "UBND thành phố" ambiguous.
      const clash =
        me.level === 'district' && this.provinces[me.province].districts[me.district].kind === prov.kind;
      if (!sameProvince || clash || r.chance(0.25)) return x.issuer;
      const word = prov.kind;
      const partyWord = word === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy';
      switch (x.body) {
        case 'TU':
          return partyWord;
        case 'BTVTU':
          return `Ban Thường vụ ${partyWord}`;
        case 'UBNDT':
          return r.pick([`UBND ${word}`, `Ủy ban nhân dân ${word}`]);
        default:
          return r.pick([`HĐND ${word}`, `Hội đồng nhân dân ${word}`]);
      }
    }
    if (!sameProvince || me.district !== x.district || r.chance(0.25)) return x.issuer;
    const dist = prov.districts[x.district];
    const partyWord = dist.kind === 'quận' ? 'Quận ủy' : 'Huyện ủy';
    if (x.body === 'HU') return partyWord;
    if (x.body === 'BTVHU') return `Ban Thường vụ ${partyWord}`;
    return r.pick([`UBND ${dist.kind}`, `Ủy ban nhân dân ${dist.kind}`]);
  }

  private kindWord(x: PlannedDoc): string {
    if (x.kind === 'Công văn')
      return this.rng.weighted([
        ['Công văn', 4],
        ['Văn bản', 1.5],
      ]);
    return x.kind;
  }

  /** A short re-mention: "Kế hoạch số 98-KH/TU". */
  private short(x: PlannedDoc): string {
    this.mentioned.add(x.idx);
    return `${this.kindWord(x)} số ${x.symbol}`;
  }

  private subjectOf(x: PlannedDoc): string {
    return SUBJECTS[x.subject][1];
  }

  /**
   * A full citation of `x`; with `depth` < 2 it may carry x's own first parent as a nested "về thực hiện"
   * clause, which states the edge x → parent.
   */
  cite(x: PlannedDoc, depth = 0, opts: { date?: boolean; issuer?: boolean; tail?: boolean } = {}): string {
    const r = this.rng;
    this.mentioned.add(x.idx);
    let s: string;
    if (x.body === 'LAW' && x.kind === 'Luật') {
      s = `Luật ${x.lawName} số ${x.symbol}`;
      if (opts.date !== false && r.chance(0.6)) s += ` ngày ${this.dateText(x.date)}`;
      if (r.chance(0.3)) s += ` của ${this.issuerPhrase(x)}`;
      return s;
    }
    const withNumberWord = r.chance(0.88) || x.body === 'LAW';
    s = `${this.kindWord(x)}${withNumberWord ? ' số' : ''} ${x.symbol}`;
    const local = x.level === 'province' || x.level === 'district';
    // Dates are always given on a first full mention of a dateless-symbol document: identity needs the year.
    if (opts.date !== false) s += ` ngày ${this.dateText(x.date)}`;
    // A local State symbol (…-UBND) says nothing about the level: name the issuer.
    if (opts.issuer !== false || (local && !x.party)) s += ` của ${this.issuerPhrase(x)}`;
    if (x.body === 'LAW') s += ` về ${x.lawName}`;
    else if (opts.tail !== false) s += this.tail(x, depth);
    return s;
  }

  private tail(x: PlannedDoc, depth: number): string {
    const r = this.rng;
    const chain = x.parents.find((e) => e.type in CHAIN_PHRASES);
    if (chain && depth < 2 && this.docs[chain.to].symbol && r.chance(depth === 0 ? 0.55 : 0.35)) {
      const phrase = r.pick(CHAIN_PHRASES[chain.type]!);
      this.relate(x.idx, chain.to, chain.type, phrase);
      return ` ${phrase} ${this.cite(this.docs[chain.to], depth + 1)}`;
    }
    const subject = this.subjectOf(x);
    return r.weighted([
      [` về ${subject}`, 4],
      [` “${this.italic(subject)}”`, 1.5],
      [` về việc ${subject}`, 1],
      ['', 1.5],
    ]);
  }

  /** A citation of x with its twin ("… số 217-QĐ/TW và … số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"). */
  private citeMaybeTwin(x: PlannedDoc, type: RelationType, trigger: string): string {
    if (x.sibling >= 0 && this.rng.chance(0.6)) {
      const twin = this.docs[x.sibling];
      const [a, b] = x.idx < twin.idx ? [x, twin] : [twin, x];
      this.relate(this.self.idx, a.idx, type, trigger);
      this.relate(this.self.idx, b.idx, type, trigger);
      this.mentioned.add(a.idx);
      this.mentioned.add(b.idx);
      return `${a.kind} số ${a.symbol} và ${b.kind} số ${b.symbol} ngày ${this.dateText(a.date)} của ${this.issuerPhrase(a)}${this.tail(a, 2)}`;
    }
    this.relate(this.self.idx, x.idx, type, trigger);
    return this.cite(x);
  }

  // ---- the document ---------------------------------------------------------------------------------

  render(): RenderedDoc {
    const me = this.self;
    const r = this.rng;
    const parts: string[] = [];
    const { header, title } = this.header();
    parts.push(header);
    if (me.level !== 'central' && r.chance(0.08)) parts.splice(r.chance(0.5) ? 0 : 1, 0, this.stamp());

    const body: string[] = [];
    const edges = me.parents.filter((e) => this.docs[e.to].symbol !== null);
    const byType = (t: RelationType): Edge[] => edges.filter((e) => e.type === t);
    const based = byType('BASED_ON');
    const implementing = byType('IMPLEMENTS');
    const continuing = byType('CONTINUES');
    const guides = byType('GUIDES');
    const reviews = byType('REVIEWS');
    const amends = byType('AMENDS');
    const replaces = byType('REPLACES');
    const cites = byType('CITES');

    const decision = me.kindCode === 'QĐ' || me.form === 'normative';
    if (decision || based.length > 0) body.push(...this.preamble(based));
    else if (r.chance(0.5)) body.push(this.sentence(this.fill(r.pick(OPENING_CONTEXT))));

    // The opening sentence states what the document carries out.
    if (implementing.length > 0) body.push(this.opening(implementing));
    for (const e of continuing) {
      const x = this.docs[e.to];
      const trig = r.pick(['tiếp tục thực hiện', 'Tiếp tục thực hiện']);
      const s = trig.startsWith('T')
        ? `${trig} ${this.citeMaybeTwin(x, 'CONTINUES', trig)}, ${this.selfName()} yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:`
        : `Để ${trig} ${this.citeMaybeTwin(x, 'CONTINUES', trig)}, ${this.selfName()} đề ra các nhiệm vụ trọng tâm sau:`;
      body.push(this.sentence(s));
    }
    for (const e of guides) {
      const trig = 'hướng dẫn thực hiện';
      body.push(
        this.sentence(
          `Để ${trig} ${this.citeMaybeTwin(this.docs[e.to], 'GUIDES', trig)}, ${this.selfName()} hướng dẫn một số nội dung như sau:`,
        ),
      );
    }
    for (const e of reviews) {
      const trig = r.pick(['sơ kết', 'tổng kết']);
      const years = r.int(3, 10);
      body.push(
        this.sentence(
          `Thực hiện chỉ đạo của cấp trên, ${this.selfName()} báo cáo kết quả ${trig} ${years} năm thực hiện ${this.citeMaybeTwin(this.docs[e.to], 'REVIEWS', trig)} như sau:`,
        ),
      );
    }

    // Numbered tasks, with the remaining citations placed among them.
    const tasks: string[] = [];
    const taskCount = r.int(3, 8);
    for (let k = 0; k < taskCount; k++) tasks.push(this.sentence(this.fill(r.pick(TASK_SENTENCES))));
    if (implementing.length > 0 && r.chance(0.5)) {
      const names = implementing.map((e) => this.short(this.docs[e.to])).join(', ');
      tasks.splice(
        r.int(0, tasks.length),
        0,
        this.sentence(`Tổ chức phổ biến, quán triệt nội dung ${names} đến cán bộ, đảng viên và Nhân dân.`),
      );
    }
    const footnoted: Edge[] = [];
    for (const e of cites) {
      if (r.chance(0.35)) {
        footnoted.push(e);
        continue;
      }
      const x = this.docs[e.to];
      const trig = 'theo quy định tại';
      this.relate(me.idx, x.idx, 'CITES', null);
      tasks.splice(
        r.int(0, tasks.length),
        0,
        this.sentence(
          `Thực hiện chế độ báo cáo, thống kê ${trig} ${this.cite(x, 0, { tail: r.chance(0.5) })}.`,
        ),
      );
    }
    if (r.chance(0.05)) tasks.push(this.malformed());
    let marker = '';
    if (footnoted.length > 0 || (implementing.length > 0 && r.chance(0.15))) {
      const n = 1;
      marker = r.chance(0.5) ? `⁽${n}⁾` : SUPERSCRIPTS[n];
      const items = footnoted.map((e) => {
        this.relate(me.idx, e.to, 'CITES', null);
        return this.cite(this.docs[e.to]);
      });
      if (items.length === 0) {
        const x = this.docs[implementing[0].to];
        this.relate(me.idx, x.idx, 'CITES', null);
        items.push(this.cite(x));
      }
      this.footnotes.push(this.sentence(`${SUPERSCRIPTS[n]} ${items.join('; ')}.`));
      const t = r.int(0, tasks.length);
      const line = `Các cơ quan, đơn vị theo dõi, cập nhật các văn bản của Trung ương, của tỉnh có liên quan${marker}.`;
      tasks.splice(t, 0, this.sentence(line));
    }
    const numbered = tasks.map((t, k) => `${k + 1}. ${t}`);
    body.push(...numbered);
    if (amends.length > 0 || replaces.length > 0) body.push(...this.articles(amends, replaces));
    body.push(
      this.sentence(
        `${upperFirst(this.selfName())} yêu cầu các cơ quan, đơn vị, địa phương${this.whereabouts()} nghiêm túc triển khai thực hiện./.`,
      ),
    );

    // Footnote definitions sit at the foot of a page: sometimes in the middle of a body sentence.
    if (this.footnotes.length > 0) {
      const block = this.footnotes.join('\n\n');
      const candidates = body.map((p, k) => k).filter((k) => k > 0 && body[k].length > 80);
      if (candidates.length > 0 && r.chance(0.6)) {
        const k = r.pick(candidates);
        body[k] = this.pageBreak(body[k], block);
      } else body.push(block);
    }
    parts.push(body.join('\n\n'));
    parts.push(this.closing());
    return {
      text: parts.join('\n\n') + '\n',
      title,
      relations: [...this.relations.values()],
      mentioned: [...this.mentioned],
      named: this.named,
      warnings: this.warnings,
    };
  }

  /**
   * District texts name their province where the district's name alone would not say it (a district name
   * several provinces share, or a city named like its province), as real texts do in their closing lines.
   */
  private whereabouts(): string {
    const me = this.self;
    if (me.level !== 'district') return '';
    const prov = this.provinces[me.province];
    const dist = prov.districts[me.district];
    if (!dist.ambiguous && !this.rng.chance(0.3)) return '';
    return ` trên địa bàn ${dist.kind} ${dist.name}, ${prov.kind} ${prov.name}`;
  }

  private fill(template: string): string {
    const me = this.self;
    return template
      .replace(/\{s\}/g, this.subjectOf(me))
      .replace(/\{d\}/g, SUBJECTS[me.subject][0])
      .replace(/\{y\}/g, String(me.year))
      .replace(/\{p\}/g, me.level === 'central' ? 'Việt Nam' : this.provinces[me.province].name);
  }

  /** How the document names its own issuer in the body ("Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy"). */
  private selfName(): string {
    const me = this.self;
    if (me.level === 'central' || me.level === 'external') return me.issuer;
    const word = me.bodyName;
    switch (me.body) {
      case 'TU':
        return word === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy';
      case 'BTVTU':
        return `Ban Thường vụ ${word === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy'}`;
      case 'HU':
        return word === 'quận' ? 'Quận ủy' : 'Huyện ủy';
      case 'BTVHU':
        return `Ban Thường vụ ${word === 'quận' ? 'Quận ủy' : 'Huyện ủy'}`;
      case 'HDNDT':
        return `Hội đồng nhân dân ${word}`;
      default:
        return `Ủy ban nhân dân ${word}`;
    }
  }

  private opening(edges: Edge[]): string {
    const r = this.rng;
    const me = this.self;
    const variant = r.weighted<'list' | 'dateFirst' | 'concretise'>([
      ['list', 6],
      ['dateFirst', edges.length === 1 ? 1.2 : 0],
      ['concretise', 1],
    ]);
    const purpose =
      me.kind === 'Công văn'
        ? 'yêu cầu các cơ quan, đơn vị triển khai thực hiện một số nội dung sau:'
        : `ban hành ${me.kind} với những nội dung sau:`;
    if (variant === 'dateFirst') {
      const x = this.docs[edges[0].to];
      // The narrative sentence mentions x (a plain citation); the next one states the relation.
      this.relate(me.idx, x.idx, 'CITES', null);
      const first = this.sentence(
        `Ngày ${formatDate(x.date, 'long', r.chance(0.5))}, ${this.issuerPhrase(x)} đã ban hành ${x.kind} số ${x.symbol} về ${this.subjectOf(x)}.`,
      );
      const trig = 'triển khai thực hiện';
      this.relate(me.idx, x.idx, 'IMPLEMENTS', trig);
      const second = this.sentence(`Để ${trig} ${x.kind} số ${x.symbol}, ${this.selfName()} ${purpose}`);
      return `${first} ${second}`;
    }
    const trig =
      variant === 'concretise'
        ? 'cụ thể hóa'
        : r.weighted([
            ['Thực hiện', 5],
            ['Triển khai thực hiện', 2],
            ['Tổ chức thực hiện', 1],
          ]);
    const items = edges.map((e) => this.citeMaybeTwin(this.docs[e.to], 'IMPLEMENTS', trig));
    const sep = r.chance(0.5) ? '; ' : ', ';
    const list =
      items.length > 1 && r.chance(0.4)
        ? `${items.slice(0, -1).join(sep)} và ${items[items.length - 1]}`
        : items.join(sep);
    const lead = variant === 'concretise' ? `Để cụ thể hóa ${list}` : `${trig} ${list}`;
    return this.sentence(`${lead}, ${this.selfName()} ${purpose}`);
  }

  /** "Căn cứ …" lines of decisions and normative documents. */
  private preamble(based: Edge[]): string[] {
    const r = this.rng;
    const me = this.self;
    const lines: string[] = [];
    if (me.level !== 'central') {
      const law = r.pick([
        'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
        'Luật Tổ chức chính quyền địa phương năm 2015',
      ]);
      const line = this.sentence(`Căn cứ ${law};`);
      this.named.push({ text: law, sentence: line });
      lines.push(line);
    }
    for (const e of based) {
      const x = this.docs[e.to];
      const amended = x.parents.find((p) => p.type === 'AMENDS');
      if (amended && r.chance(0.8)) {
        // Two forms of the same fact: "X; Y sửa đổi, bổ sung … X" and "X được sửa đổi, bổ sung bởi Y".
        const old = this.docs[amended.to];
        this.relate(me.idx, old.idx, 'BASED_ON', 'Căn cứ');
        this.relate(me.idx, x.idx, 'BASED_ON', 'Căn cứ');
        if (r.chance(0.5)) {
          this.relate(x.idx, old.idx, 'AMENDS', 'sửa đổi, bổ sung');
          lines.push(
            this.sentence(
              `Căn cứ ${this.cite(old, 0, { tail: true })}; ${this.cite(x, 0, { tail: false })} sửa đổi, bổ sung một số điều của ${old.kind} số ${old.symbol};`,
            ),
          );
        } else {
          this.relate(x.idx, old.idx, 'AMENDS', 'được sửa đổi, bổ sung bởi');
          lines.push(
            this.sentence(
              `Căn cứ ${this.cite(old, 0, { tail: true })} được sửa đổi, bổ sung bởi ${this.cite(x, 0, { tail: false })};`,
            ),
          );
        }
        continue;
      }
      this.relate(me.idx, x.idx, 'BASED_ON', 'Căn cứ');
      lines.push(this.sentence(`Căn cứ ${this.cite(x)};`));
    }
    if (me.level !== 'central' && me.kindCode === 'QĐ')
      lines.push(this.sentence('Theo đề nghị của Giám đốc Sở Nội vụ.'));
    if (me.kindCode === 'QĐ') lines.push('QUYẾT ĐỊNH:');
    return lines;
  }

  private articles(amends: Edge[], replaces: Edge[]): string[] {
    const out: string[] = [];
    for (const e of amends) {
      const trig = 'sửa đổi, bổ sung';
      this.relate(this.self.idx, e.to, 'AMENDS', trig);
      out.push(
        this.sentence(
          `Điều 1. ${upperFirst(trig)} một số điều của ${this.cite(this.docs[e.to], 0, { tail: false })}.`,
        ),
      );
    }
    for (const e of replaces) {
      const trig = 'thay thế';
      this.relate(this.self.idx, e.to, 'REPLACES', trig);
      out.push(
        this.sentence(
          `Điều 2. ${this.self.kind} này có hiệu lực kể từ ngày ký ban hành và ${trig} ${this.cite(this.docs[e.to], 0, { tail: false })}.`,
        ),
      );
    }
    return out;
  }

  /** A citation that names no document: blank or truncated numbers (absent from the truth, a warning). */
  private malformed(): string {
    const r = this.rng;
    const text = r.pick([
      `Các đơn vị báo cáo theo mẫu tại Công văn số      /UBND-${r.pick(['VX', 'NC', 'KT'])} ngày    tháng    năm ${this.self.year} (dự thảo).`,
      `Thực hiện Kế hoạch số ...../KH-UBND ngày ....../....../${this.self.year} của Ủy ban nhân dân tỉnh (đang trình ký).`,
      `Nội dung chi tiết tại Phụ lục kèm theo Quyết định số ${r.int(1, 900)}/QĐ- (bản thảo).`,
    ]);
    this.warnings.push({
      code: 'malformed-reference',
      message: `a citation without a usable number: ${text}`,
    });
    return this.sentence(text);
  }

  /** Splits a paragraph at a word boundary and drops the footnote block in between (a page break). */
  private pageBreak(paragraph: string, block: string): string {
    const spaces: number[] = [];
    for (let i = Math.floor(paragraph.length / 3); i < paragraph.length - 10; i++) {
      if (paragraph[i] !== ' ') continue;
      const before = paragraph.slice(Math.max(0, i - 5), i);
      const after = paragraph[i + 1];
      if (/[0-9]/.test(after) || /(?:số|ngày|tháng|năm)$/.test(before) || /[0-9]$/.test(before)) continue;
      spaces.push(i);
    }
    if (spaces.length === 0) return `${paragraph}\n\n${block}`;
    const at = this.rng.pick(spaces);
    return `${paragraph.slice(0, at)}\n\n${block}\n\n${paragraph.slice(at + 1)}`;
  }

  private stamp(): string {
    const r = this.rng;
    const d = this.self.date;
    const day = `${Number(d.slice(8, 10))}/${Number(d.slice(5, 7))}`;
    const prov = this.provinces[this.self.province].name;
    return r.chance(0.5)
      ? `SỞ NỘI VỤ ${prov.toUpperCase()}\t\nĐẾN\tSố: ${r.int(100, 9999)}\n\tNgày: ${day}/${d.slice(0, 4)}\nChuyển\t${day}/${d.slice(0, 4)}`
      : `TRUNG TÂM CÔNG BÁO & TIN HỌC ${prov.toUpperCase()}\t\nCV\tSố:.....${r.int(100, 9999)}.....\nĐẾN\tNgày: ${day}/${d.slice(2, 4)}\n\tChuyên:.....`;
  }

  private orgLines(): string[] {
    const me = this.self;
    switch (me.body) {
      case 'BCH':
      case 'BCT':
      case 'BBT':
        return ['BAN CHẤP HÀNH TRUNG ƯƠNG', '*'];
      case 'CP':
        return ['CHÍNH PHỦ', '-------'];
      case 'TTg':
        return ['THỦ TƯỚNG CHÍNH PHỦ', '-------'];
      case 'VPCP':
        return ['VĂN PHÒNG CHÍNH PHỦ', '-------'];
      case 'MIN':
        return [me.issuer.toUpperCase(), '-------'];
      default:
        break;
    }
    const prov = this.provinces[me.province];
    const unit =
      me.level === 'province'
        ? `${prov.kind} ${prov.name}`
        : `${prov.districts[me.district].kind} ${prov.districts[me.district].name}`;
    if (me.party) {
      const word =
        me.level === 'province'
          ? prov.kind === 'thành phố'
            ? 'THÀNH ỦY'
            : 'TỈNH ỦY'
          : me.bodyName === 'quận'
            ? 'QUẬN ỦY'
            : 'HUYỆN ỦY';
      const name = me.level === 'province' ? prov.name : prov.districts[me.district].name;
      return [`${word} ${name.toUpperCase()}`, '*'];
    }
    const org = me.body === 'HDNDT' ? 'HỘI ĐỒNG NHÂN DÂN' : 'ỦY BAN NHÂN DÂN';
    return [org, unit.toUpperCase(), '-------'];
  }

  private titleText(): string {
    const me = this.self;
    const first = me.parents.find((e) => e.type in CHAIN_PHRASES || e.type === 'REVIEWS');
    if (first && this.docs[first.to].symbol) {
      const x = this.docs[first.to];
      const phrase: Partial<Record<RelationType, string>> = {
        IMPLEMENTS: 'thực hiện',
        CONTINUES: 'tiếp tục thực hiện',
        GUIDES: 'hướng dẫn thực hiện',
        REVIEWS: 'sơ kết việc thực hiện',
      };
      const trig = phrase[first.type] ?? 'thực hiện';
      // The title names what the document carries out: a relation stated in the header.
      this.relate(me.idx, x.idx, first.type, trig);
      const title = `${trig} ${x.kind} số ${x.symbol} của ${this.issuerPhrase(x)} về ${this.subjectOf(x)}`;
      // Letters write it after "V/v " in lower case; other kinds as a title line.
      return this.sentence(me.kind === 'Công văn' ? title : upperFirst(title));
    }
    return `về ${this.subjectOf(me)}`;
  }

  private header(): { header: string; title: string } {
    const r = this.rng;
    const me = this.self;
    const b = (s: string): string => (this.markdown ? `**${s}**` : s);
    const draft = (me.flags & FLAG_DRAFT) !== 0;
    const noNumber = (me.flags & FLAG_NO_NUMBER) !== 0;
    const [d, m, y] = [Number(me.date.slice(8, 10)), Number(me.date.slice(5, 7)), me.date.slice(0, 4)];
    const padDay = r.chance(0.6);
    const dateLine = draft
      ? `${me.place}, ngày${r.chance(0.5) ? '    tháng    năm ' + y : ' tháng năm'}`
      : `${me.place}, ngày ${this.markdown && r.chance(0.3) ? `**${padDay ? pad2(d) : d}**` : padDay ? pad2(d) : d} tháng ${padDay ? pad2(m) : m} năm ${y}`;
    let numberLine: string;
    const sym = me.symbol!;
    if (draft) {
      const blank = sym.replace(/^\d+/, '');
      numberLine = `Số: ${r.pick(['', '   ', '      '])}${blank}`;
    } else if (me.party) numberLine = `Số${r.chance(0.3) ? ':' : ''} ${sym}`;
    else {
      const [n, rest] = [me.number!, sym.slice(me.number!.length)];
      numberLine = r.weighted([
        [`Số: ${sym}`, 6],
        [`Số: ${n} ${rest}`, 1],
        [`Số: ${b(n)}${rest}`, this.markdown ? 2 : 0],
      ]);
    }
    const lines: string[] = [];
    lines.push(...this.orgLines().map((l) => (l.length > 1 ? b(l) : l)));
    if (!noNumber) lines.push(numberLine);
    const motto = me.party
      ? [b('ĐẢNG CỘNG SẢN VIỆT NAM')]
      : [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc'), '---------------'];
    const title = this.titleText();
    const isLetter = me.kind === 'Công văn';
    const subjectLines = isLetter ? wrap(`V/v ${title}`, r.int(28, 40)) : '';
    const head: string[] = [lines.join('\n'), motto.join('\n')];
    if (isLetter && r.chance(0.5)) head.push(subjectLines);
    if (!noNumber) head.push(dateLine);
    if (isLetter) {
      if (!head.includes(subjectLines)) head.push(subjectLines);
      head.push(
        `Kính gửi:\n\n${r
          .sample(ADDRESSEES, r.int(1, 3))
          .map((a, k, all) => `- ${a}${k === all.length - 1 ? '.' : ';'}`)
          .join('\n')}`,
      );
    } else {
      const kindLine = b(me.kind.toUpperCase());
      const of = me.party && r.chance(0.4) ? `\n${b(`CỦA ${this.selfName().toUpperCase()}`)}` : '';
      head.push(`${kindLine}${of}\n${b(upperFirst(title))}\n-----`);
    }
    if (me.flags & FLAG_DRAFT)
      this.warnings.push({
        code: 'unnumbered',
        message: `draft without number or date: Số: ${sym.replace(/^\d+/, '')}`,
      });
    if (noNumber) this.warnings.push({ code: 'no-number', message: 'document without a number line' });
    if (me.flags & FLAG_BACKDATED) {
      const p = this.docs[me.parents[0].to];
      this.warnings.push({
        code: 'date-order',
        message: `${me.symbol} (${me.date}) carries out ${p.symbol} dated later (${p.date})`,
      });
    }
    return { header: head.join('\n\n'), title: isLetter ? title : title };
  }

  private closing(): string {
    const r = this.rng;
    const me = this.self;
    const b = (s: string): string => (this.markdown ? `**${s}**` : s);
    const pool = me.party ? RECIPIENTS_PARTY : RECIPIENTS_PROVINCE;
    const place = me.level === 'central' ? 'Việt Nam' : this.provinces[me.province].name;
    const recipients = r
      .sample(pool, r.int(3, 6))
      .map((x) => `- ${x.replace('{p}', place)};`)
      .concat(
        `- Lưu: VT, ${r.pick(['NC', 'KGVX', 'TH', 'VP'])}${r.chance(0.2) ? `<sub>${me.year}0${r.int(100, 999)}</sub>` : ''}.`,
      );
    const authority = this.authority();
    const sig = `${authority.map(b).join('\n')}\n\n${r.chance(0.3) ? '(Đã ký)\n\n' : ''}${b(me.signer)}`;
    const recip = `${b('Nơi nhận:')}\n\n${recipients.join('\n')}`;
    return r.chance(0.7) ? `${recip}\n\n${sig}` : `${sig}\n\n${recip}`;
  }

  private authority(): string[] {
    const r = this.rng;
    switch (this.self.body) {
      case 'BCH':
      case 'BCT':
        return ['T/M BAN CHẤP HÀNH TRUNG ƯƠNG', 'TỔNG BÍ THƯ'];
      case 'BBT':
        return ['T/M BAN BÍ THƯ', 'THƯỜNG TRỰC'];
      case 'CP':
        return ['TM. CHÍNH PHỦ', 'THỦ TƯỚNG'];
      case 'TTg':
        return r.chance(0.5) ? ['THỦ TƯỚNG'] : ['KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG'];
      case 'VPCP':
        return ['KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'];
      case 'MIN':
        return r.chance(0.5) ? ['BỘ TRƯỞNG'] : ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'];
      case 'TU':
      case 'BTVTU':
      case 'HU':
      case 'BTVHU':
        return [
          r.pick(['T/M BAN THƯỜNG VỤ', 'T/M TỈNH ỦY']),
          r.pick(['BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'PHÓ BÍ THƯ']),
        ];
      case 'HDNDT':
        return ['CHỦ TỊCH'];
      default:
        return r.weighted([
          [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], 2],
          [['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 2],
          [['CHỦ TỊCH'], 1],
        ]);
    }
  }
}

function romanTerm(term: string | null): string {
  const n = Number(term);
  const romans: Record<number, string> = { 11: 'XI', 12: 'XII', 13: 'XIII', 14: 'XIV', 15: 'XV' };
  return romans[n] ?? String(term ?? '');
}
