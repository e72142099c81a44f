/**
 * Plans the synthetic universe: every document's issuer, kind, number, date, subject and what it carries out,
 * in date order, before any text is written. Only metadata lives in memory (~1 KB per document), so 100k
 * documents plan in well under a second and the texts can be rendered and streamed one by one.
 */
import type { RelationType } from '../model';
import { NATIONAL } from '../model';
import { Rng } from './prng';
import { provincesForCorpus, type PlaceProvince } from './places';
import { districtScopeName } from '../resolve/gazetteer';
import {
  CENTRAL_BODIES,
  CENTRAL_TERMS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  LAWS,
  LETTER_UNITS,
  MIDDLE_NAMES,
  MINISTRIES,
  PARTY_KINDS,
  STATE_KINDS,
  SUBJECTS,
  VPCP_UNITS,
  type CentralBody,
  type KindSpec,
} from './tables';

export type Level = 'external' | 'central' | 'province' | 'district';

/** Which body issued a document; decides header layout and how other texts name it after "của". */
export type BodyKind =
  | 'LAW' // Quốc hội / UBTVQH (external pool)
  | 'BCH'
  | 'BCT'
  | 'BBT'
  | 'CP'
  | 'TTg'
  | 'VPCP'
  | 'MIN'
  | 'TU' // Tỉnh ủy / Thành ủy
  | 'BTVTU' // Ban Thường vụ Tỉnh ủy
  | 'UBNDT' // Ủy ban nhân dân tỉnh / thành phố
  | 'HDNDT'
  | 'HU' // Huyện ủy / Quận ủy
  | 'BTVHU'
  | 'UBNDH'; // Ủy ban nhân dân huyện / quận / thị xã / thành phố

export interface Edge {
  to: number;
  type: RelationType;
}

export const FLAG_DRAFT = 1; // "Số: /UBND-KGVX", "ngày tháng năm": number and date left blank
export const FLAG_NO_NUMBER = 2; // no number line at all (seed 001)
export const FLAG_BACKDATED = 4; // carries out a document dated later (a warning)

export interface PlannedDoc {
  idx: number;
  level: Level;
  party: boolean;
  body: BodyKind;
  issuer: string;
  /** Ministry name/code for MIN, the province/district word ("tỉnh", "huyện" …) for local bodies. */
  bodyName: string;
  issuerCode: string;
  kind: string;
  kindCode: string;
  form: KindSpec['form'];
  number: string | null;
  symbol: string | null;
  scope: string;
  province: number; // index into provinces, -1 for central
  district: number; // index into that province's districts, -1 if none
  place: string;
  /** Issue date (ISO) as planned; the text may leave it blank (drafts). */
  date: string;
  year: number;
  /** Central Party term (khóa) at the date, for termed bodies and Quốc hội. */
  term: string | null;
  subject: number;
  parents: Edge[];
  file: boolean;
  flags: number;
  /** Same body, same date, next number: cited together ("Quyết định số 217-QĐ/TW và … 218-QĐ/TW ngày …"). */
  sibling: number;
  signer: string;
  /** Law name for the external pool ("Đất đai"). */
  lawName?: string;
}

export interface Plan {
  docs: PlannedDoc[];
  provinces: PlaceProvince[];
  files: number;
}

const START = Date.UTC(2010, 0, 1);
const END = Date.UTC(2025, 5, 30);
const DAY = 86_400_000;

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The central term (khóa) by year: numbering restarts on 1 January of the congress year (see localTerm). */
function centralTerm(date: string): string {
  let term = CENTRAL_TERMS[0][1];
  for (const [from, t] of CENTRAL_TERMS) if (date.slice(0, 4) >= from.slice(0, 4)) term = t;
  return term;
}

/**
 * Local Party congresses sit in autumn 2010/2015/2020 and numbering restarts with each term. The generator
 * restarts on 1 January after the congress so that one calendar year never holds the same symbol twice
 * (identity is scope + symbol + year).
 */
function localTerm(date: string): string {
  const y = Number(date.slice(0, 4));
  return String(y - ((((y - 2011) % 5) + 5) % 5));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function symbolOf(
  form: KindSpec['form'],
  n: string,
  code: string,
  issuerCode: string,
  year: number,
  unit = '',
): string {
  switch (form) {
    case 'party':
      return `${n}-${code}/${issuerCode}`;
    case 'state':
      return `${n}/${code}-${issuerCode}`;
    case 'normative':
      return `${n}/${year}/${code}-${issuerCode}`;
    case 'letter':
      return `${n}/${issuerCode}-${unit}`;
  }
}

/** Draws a recent element of a pool (recency-biased: plans cascade from recent resolutions). */
function pickRecent(rng: Rng, pool: number[] | undefined): number {
  if (!pool || pool.length === 0) return -1;
  if (rng.chance(0.1)) return pool[rng.int(0, pool.length - 1)];
  const window = Math.min(pool.length, 60);
  const r = rng.next();
  return pool[pool.length - 1 - Math.floor(r * r * window)];
}

function personName(rng: Rng): string {
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;
}

export interface PlanOptions {
  documents: number;
  seed: number;
  provinces?: PlaceProvince[];
}

export function planCorpus(options: PlanOptions): Plan {
  const rng = new Rng(options.seed);
  const provinces = options.provinces ?? provincesForCorpus();
  const docs: PlannedDoc[] = [];
  const counters = new Map<string, number>();
  const nextNumber = (key: string, maxStep: number): number => {
    const n = (counters.get(key) ?? 0) + rng.int(1, maxStep);
    counters.set(key, n);
    return n;
  };

  // Pools of citable documents (indices into docs), by role.
  const laws: number[] = [];
  const pendingLaws: number[] = [];
  const centralParty: number[] = [];
  const centralDirectives: number[] = []; // CT-TTg, QĐ-TTg, NQ-CP
  const decrees: number[] = [];
  const circulars = new Map<string, number[]>();
  const tthDocs: number[] = [];
  const provParty = new Map<number, number[]>();
  const provState = new Map<number, number[]>();
  const provNormative = new Map<number, number[]>();
  const distParty = new Map<string, number[]>();
  const distState = new Map<string, number[]>();
  const push = <K>(m: Map<K, number[]>, k: K, v: number): void => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };

  // One string per distinct value for what repeats across documents (issuers, scopes, places, dates, numbers,
  // symbols, signers): built per document they were each a copy, often a tree of concatenated pieces.
  const strings = new Map<string, string>();
  const intern = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };

  const base = (
    partial: Partial<PlannedDoc> & Pick<PlannedDoc, 'level' | 'body' | 'issuer' | 'date'>,
  ): PlannedDoc => {
    const doc: PlannedDoc = {
      idx: docs.length,
      party: false,
      bodyName: '',
      issuerCode: '',
      kind: '',
      kindCode: '',
      form: 'state',
      number: null,
      symbol: null,
      scope: NATIONAL,
      province: -1,
      district: -1,
      place: 'Hà Nội',
      year: Number(partial.date.slice(0, 4)),
      term: null,
      subject: rng.int(0, SUBJECTS.length - 1),
      parents: [],
      file: false,
      flags: 0,
      sibling: -1,
      signer: personName(rng),
      ...partial,
    };
    doc.issuer = intern(doc.issuer);
    doc.scope = intern(doc.scope);
    doc.place = intern(doc.place);
    doc.date = intern(doc.date);
    doc.signer = intern(doc.signer);
    docs.push(doc);
    return doc;
  };

  // The external pool: laws and ordinances, known only from citations.
  for (const law of LAWS) {
    const [n, year] = law.symbol.split('/');
    const doc = base({
      level: 'external',
      body: 'LAW',
      issuer: law.issuer,
      date: law.date,
      kind: law.kind,
      kindCode: law.kind === 'Luật' ? '' : 'PL',
      form: 'normative',
      number: n,
      symbol: law.symbol,
      year: Number(year),
      lawName: law.name,
    });
    doc.term = law.symbol.replace(/^.*(?:QH|UBTVQH)(?<t>\d+)$/, '$<t>');
    pendingLaws.push(doc.idx);
  }
  // Laws become citable on their date: the pool grows as the timeline advances.
  pendingLaws.sort((a, b) => docs[a].date.localeCompare(docs[b].date));
  const lawsUpTo = (date: string): void => {
    while (pendingLaws.length > 0 && docs[pendingLaws[0]].date <= date) laws.push(pendingLaws.shift()!);
  };

  // Central Party documents of the previous term that the corpus still carries out (like 290-QĐ/TW, 2010).
  for (let k = 0; k < 12; k++) {
    const body = CENTRAL_BODIES[k % 3];
    const date = isoDay(Date.UTC(2006, 5, 1) + rng.int(0, 1300) * DAY);
    const doc = base({
      level: 'central',
      body: body.key as BodyKind,
      issuer: body.name,
      issuerCode: body.code,
      date,
      party: true,
    });
    doc.term = centralTerm(date);
    const kind = rng.weighted(body.kinds);
    doc.kind = kind.name;
    doc.kindCode = kind.code;
    doc.form = kind.form;
    doc.number = intern(pad2(nextNumber(`TW|${kind.code}|${doc.term}`, 6)));
    doc.symbol = intern(symbolOf(kind.form, doc.number, kind.code, 'TW', doc.year));
    centralParty.push(doc.idx);
  }
  const files = { count: 0 };
  const target = Math.max(1, Math.floor(options.documents));
  const fileRate = 0.95;
  const expected = Math.ceil(target / fileRate) + 8;
  let i = 0;
  let day = START;

  const setNumber = (doc: PlannedDoc, kind: KindSpec, key: string, maxStep: number, unit = ''): void => {
    const n = intern(pad2(nextNumber(key, maxStep)));
    doc.kind = kind.name;
    doc.kindCode = kind.code;
    doc.form = kind.form;
    doc.number = n;
    doc.symbol = intern(symbolOf(kind.form, n, kind.code, doc.issuerCode, doc.year, unit));
  };

  // concat makes an array of exactly its length; push (and spread) would grow a backing store of 17 slots for a
  // document's few parents, ~130 bytes a document kept with the plan.
  const addParent = (doc: PlannedDoc, to: number, type: RelationType): void => {
    if (to < 0 || to === doc.idx || doc.parents.some((p) => p.to === to)) return;
    doc.parents = doc.parents.concat({ to, type });
  };

  while (files.count < target) {
    day = Math.max(
      day,
      Math.min(END, START + Math.floor(((END - START) * i) / expected) + rng.int(0, 2) * DAY),
    );
    i++;
    const date = isoDay(day);
    const year = Number(date.slice(0, 4));
    lawsUpTo(date);
    const level = rng.weighted<Level>([
      ['central', 0.06],
      ['province', 0.38],
      ['district', 0.56],
    ]);
    let doc: PlannedDoc;
    if (level === 'central') {
      const useMinistry = rng.chance(0.22);
      if (useMinistry) {
        const [name, code] = rng.pick(MINISTRIES);
        doc = base({ level, body: 'MIN', issuer: name, bodyName: name, issuerCode: code, date });
        const isCircular = rng.chance(0.7);
        if (isCircular) {
          setNumber(doc, STATE_KINDS.TT, `${code}|${year}|TT`, 3);
          addParent(doc, pickRecent(rng, laws), 'BASED_ON');
          const decree = pickRecent(rng, decrees);
          if (decree >= 0 && rng.chance(0.75)) addParent(doc, decree, 'GUIDES');
          else if (decree >= 0) addParent(doc, decree, 'BASED_ON');
          const older = circulars.get(code);
          if (older && rng.chance(0.12)) addParent(doc, pickRecent(rng, older), 'REPLACES');
          push(circulars, code, doc.idx);
        } else {
          setNumber(
            doc,
            STATE_KINDS.CV,
            `${code}|${year}|admin`,
            90,
            rng.pick(['CCVC', 'TCBC', 'VP', 'KHTC', 'PC']),
          );
          addParent(doc, pickRecent(rng, decrees), 'GUIDES');
        }
      } else {
        const body: CentralBody = rng.weighted(
          CENTRAL_BODIES.map((b) => [b, b.key === 'BCH' ? 0.5 : b.key === 'VPCP' ? 0.8 : 1] as const),
        );
        doc = base({
          level,
          body: body.key as BodyKind,
          issuer: body.name,
          issuerCode: body.code,
          date,
          party: body.party,
        });
        const kind = rng.weighted(body.kinds);
        if (body.party) {
          doc.term = centralTerm(date);
          setNumber(doc, kind, `TW|${kind.code}|${doc.term}`, 2);
          if (kind.code === 'KL' && rng.chance(0.5))
            addParent(doc, pickRecent(rng, centralParty), 'CONTINUES');
          else if (kind.code !== 'QĐ' && rng.chance(0.2))
            addParent(doc, pickRecent(rng, centralParty), 'CONTINUES');
        } else if (body.key === 'CP') {
          setNumber(doc, kind, `CP|${year}|${kind.form}`, kind.form === 'normative' ? 5 : 3);
          if (kind.code === 'NĐ') {
            addParent(doc, pickRecent(rng, laws), 'BASED_ON');
            if (rng.chance(0.4)) addParent(doc, pickRecent(rng, laws), 'BASED_ON');
            const older = pickRecent(rng, decrees);
            if (older >= 0 && rng.chance(0.4)) addParent(doc, older, 'AMENDS');
            else if (older >= 0 && rng.chance(0.08)) addParent(doc, older, 'REPLACES');
            decrees.push(doc.idx);
          } else {
            addParent(doc, pickRecent(rng, centralParty), 'IMPLEMENTS');
            centralDirectives.push(doc.idx);
          }
        } else if (body.key === 'TTg') {
          setNumber(
            doc,
            kind,
            `TTg|${year}|${kind.form}`,
            kind.code === 'QĐ' && kind.form === 'state' ? 90 : 3,
          );
          if (kind.form === 'normative') addParent(doc, pickRecent(rng, laws), 'BASED_ON');
          else if (rng.chance(0.55)) addParent(doc, pickRecent(rng, centralParty), 'IMPLEMENTS');
          centralDirectives.push(doc.idx);
          tthDocs.push(doc.idx);
        } else {
          setNumber(doc, kind, `VPCP|${year}|admin`, 60, rng.pick(VPCP_UNITS));
          if (kind.code !== 'TB' && rng.chance(0.7)) addParent(doc, pickRecent(rng, tthDocs), 'IMPLEMENTS');
        }
        if (body.party) {
          centralParty.push(doc.idx);
          // Twin decisions issued together, cited together with one date and issuer.
          if (body.key !== 'BCH' && rng.chance(kind.code === 'QĐ' ? 0.3 : 0.12)) {
            const twin = base({ ...doc, idx: docs.length, parents: [], signer: doc.signer });
            setNumber(twin, kind, `TW|${kind.code}|${doc.term}`, 1);
            twin.sibling = doc.idx;
            doc.sibling = twin.idx;
            twin.file = rng.chance(0.35);
            if (twin.file) files.count++;
            centralParty.push(twin.idx);
          }
        }
      }
      doc.file = rng.chance(0.35);
    } else {
      const p = rng.int(0, provinces.length - 1);
      const prov = provinces[p];
      const provScope = prov.name;
      const partyWord = prov.kind === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy';
      if (level === 'province') {
        const choice = rng.weighted<BodyKind>([
          ['TU', 0.12],
          ['BTVTU', 0.28],
          ['UBNDT', 0.56],
          ['HDNDT', 0.04],
        ]);
        const issuer =
          choice === 'TU'
            ? `${partyWord} ${prov.name}`
            : choice === 'BTVTU'
              ? `Ban Thường vụ ${partyWord} ${prov.name}`
              : choice === 'UBNDT'
                ? `Ủy ban nhân dân ${prov.kind} ${prov.name}`
                : `Hội đồng nhân dân ${prov.kind} ${prov.name}`;
        doc = base({
          level,
          body: choice,
          issuer,
          date,
          scope: provScope,
          province: p,
          place: prov.name,
          party: choice === 'TU' || choice === 'BTVTU',
          bodyName: prov.kind,
          issuerCode: choice === 'TU' || choice === 'BTVTU' ? 'TU' : choice === 'UBNDT' ? 'UBND' : 'HĐND',
        });
        const term = localTerm(date);
        if (doc.party) {
          const kind =
            choice === 'TU'
              ? rng.weighted<KindSpec>([
                  [PARTY_KINDS.NQ, 2],
                  [PARTY_KINDS.CTR, 3],
                  [PARTY_KINDS.CT, 1],
                  [PARTY_KINDS.QC, 1],
                ])
              : rng.weighted<KindSpec>([
                  [PARTY_KINDS.KH, 4],
                  [PARTY_KINDS.CV, 4],
                  [PARTY_KINDS.QD, 1],
                  [PARTY_KINDS.HD, 1],
                  [PARTY_KINDS.BC, 1],
                  [PARTY_KINDS.CT, 1],
                ]);
          setNumber(
            doc,
            kind,
            `${p}|TU|${kind.code}|${term}`,
            kind.code === 'CV' ? 40 : kind.code === 'QĐ' ? 120 : 4,
          );
          const central = pickRecent(rng, centralParty);
          if (kind.code === 'BC') addParent(doc, central, 'REVIEWS');
          else if (kind.code === 'CT' && rng.chance(0.5)) addParent(doc, central, 'CONTINUES');
          else if (kind.code === 'CV' && rng.chance(0.3))
            addParent(doc, pickRecent(rng, provParty.get(p)), 'IMPLEMENTS');
          else if (kind.code !== 'QĐ' || rng.chance(0.3)) addParent(doc, central, 'IMPLEMENTS');
          if (kind.code === 'KH' && rng.chance(0.25))
            addParent(doc, pickRecent(rng, centralParty), 'IMPLEMENTS');
          if (kind.code === 'CT' && rng.chance(0.03)) doc.flags |= FLAG_NO_NUMBER;
          if (!(doc.flags & FLAG_NO_NUMBER)) push(provParty, p, doc.idx);
        } else if (choice === 'HDNDT') {
          setNumber(doc, STATE_KINDS.NQ_QPPL, `${p}|HĐND|${year}|normative`, 4);
          addParent(doc, pickRecent(rng, laws), 'BASED_ON');
          addParent(doc, pickRecent(rng, decrees), 'BASED_ON');
          push(provNormative, p, doc.idx);
        } else {
          const kind = rng.weighted<KindSpec>([
            [STATE_KINDS.KH, 4],
            [STATE_KINDS.CV, 5],
            [STATE_KINDS.QD, 2],
            [STATE_KINDS.CT, 1],
            [STATE_KINDS.HD, 0.6],
            [STATE_KINDS.BC, 0.6],
            [STATE_KINDS.QD_QPPL, 0.8],
          ]);
          if (kind.form === 'normative') setNumber(doc, kind, `${p}|UBND|${year}|normative`, 3);
          else setNumber(doc, kind, `${p}|UBND|${year}|admin`, 180, rng.pick(LETTER_UNITS));
          planLocalState(doc, kind, provState.get(p), provParty.get(p));
          if (kind.form === 'normative') {
            const older = pickRecent(rng, provNormative.get(p));
            if (older >= 0 && rng.chance(0.25)) addParent(doc, older, 'REPLACES');
            else if (older >= 0 && rng.chance(0.1)) addParent(doc, older, 'AMENDS');
            push(provNormative, p, doc.idx);
          }
          // A plan dated before the programme it carries out (seed 002: 739/KH-UBND and 51-CTr/TU).
          const only = doc.parents[0];
          if (
            kind.code === 'KH' &&
            only &&
            doc.parents.length === 1 &&
            docs[only.to].level === 'province' &&
            rng.chance(0.04)
          ) {
            const parent = docs[only.to];
            const earlier = Date.parse(parent.date) - rng.int(5, 120) * DAY;
            if (
              parent.date.slice(0, 4) === date.slice(0, 4) &&
              isoDay(earlier).slice(0, 4) === date.slice(0, 4) &&
              only.type === 'IMPLEMENTS'
            ) {
              doc.date = intern(isoDay(earlier));
              doc.flags |= FLAG_BACKDATED;
            }
          }
          if ((kind.code === '' || kind.code === 'KH') && rng.chance(0.012)) doc.flags |= FLAG_DRAFT;
          if (!(doc.flags & FLAG_DRAFT)) push(provState, p, doc.idx);
        }
      } else {
        const d = rng.int(0, prov.districts.length - 1);
        const dist = prov.districts[d];
        const key = `${p}/${d}`;
        const hasParty = dist.kind === 'huyện' || dist.kind === 'quận';
        const distPartyWord = dist.kind === 'quận' ? 'Quận ủy' : 'Huyện ủy';
        const choice = rng.weighted<BodyKind>([
          ['HU', hasParty ? 0.1 : 0],
          ['BTVHU', hasParty ? 0.25 : 0],
          ['UBNDH', 0.65],
        ]);
        doc = base({
          level,
          body: choice,
          issuer:
            choice === 'HU'
              ? `${distPartyWord} ${dist.name}`
              : choice === 'BTVHU'
                ? `Ban Thường vụ ${distPartyWord} ${dist.name}`
                : `Ủy ban nhân dân ${dist.kind} ${dist.name}`,
          date,
          // Districts named by a number (Quận 1) are so named in the scope and the place line.
          scope: `${prov.name}/${districtScopeName(dist.name)}`,
          province: p,
          district: d,
          place: districtScopeName(dist.name),
          party: choice !== 'UBNDH',
          bodyName: dist.kind,
          issuerCode: choice === 'UBNDH' ? 'UBND' : dist.kind === 'quận' ? 'QU' : 'HU',
        });
        if (doc.party) {
          const kind = rng.weighted<KindSpec>([
            [PARTY_KINDS.KH, 4],
            [PARTY_KINDS.CTR, 1],
            [PARTY_KINDS.CV, 3],
            [PARTY_KINDS.BC, 0.5],
          ]);
          setNumber(doc, kind, `${key}|HU|${kind.code}|${localTerm(date)}`, kind.code === 'CV' ? 12 : 3);
          const local = pickRecent(rng, provParty.get(p));
          const target = local >= 0 && rng.chance(0.8) ? local : pickRecent(rng, centralParty);
          addParent(doc, target, kind.code === 'BC' ? 'REVIEWS' : 'IMPLEMENTS');
          push(distParty, key, doc.idx);
        } else {
          const kind = rng.weighted<KindSpec>([
            [STATE_KINDS.KH, 4],
            [STATE_KINDS.CV, 5],
            [STATE_KINDS.QD, 1.5],
            [STATE_KINDS.CT, 0.8],
            [STATE_KINDS.BC, 0.5],
          ]);
          setNumber(doc, kind, `${key}|UBND|${year}|admin`, 60, rng.pick(LETTER_UNITS));
          planLocalState(
            doc,
            kind,
            provState.get(p),
            provParty.get(p),
            distState.get(key),
            distParty.get(key),
          );
          if ((kind.code === '' || kind.code === 'KH') && rng.chance(0.012)) doc.flags |= FLAG_DRAFT;
          if (!(doc.flags & FLAG_DRAFT)) push(distState, key, doc.idx);
        }
      }
      doc.file = rng.chance(level === 'province' ? 0.95 : 1);
    }
    if (doc.flags & (FLAG_DRAFT | FLAG_NO_NUMBER)) doc.file = true;
    if (doc.file) files.count++;
    if (doc.parents.length > 0 && rng.chance(0.9)) doc.subject = docs[doc.parents[0].to].subject;
    // A mention of a law or decree "theo quy định tại …": a plain citation.
    if (doc.level !== 'external' && rng.chance(0.3)) {
      const cited = rng.chance(0.5) ? pickRecent(rng, decrees) : pickRecent(rng, laws);
      if (cited >= 0 && !doc.parents.some((e) => e.to === cited))
        doc.parents = doc.parents.concat({ to: cited, type: 'CITES' });
    }
  }
  return { docs, provinces, files: files.count };

  /** What a provincial or district People's Committee document carries out. */
  function planLocalState(
    doc: PlannedDoc,
    kind: KindSpec,
    provStatePool: number[] | undefined,
    provPartyPool: number[] | undefined,
    distStatePool?: number[],
    distPartyPool?: number[],
  ): void {
    const district = doc.level === 'district';
    if (kind.code === 'BC') {
      addParent(doc, pickRecent(rng, district ? provStatePool : centralDirectives), 'REVIEWS');
      return;
    }
    if (kind.code === 'HD') {
      addParent(doc, pickRecent(rng, provStatePool), 'GUIDES');
      return;
    }
    if (kind.form === 'normative' || kind.code === 'QĐ') {
      addParent(doc, pickRecent(rng, laws), 'BASED_ON');
      if (rng.chance(0.7)) addParent(doc, pickRecent(rng, decrees), 'BASED_ON');
      if (kind.form === 'normative') return;
    }
    const n = rng.weighted([
      [1, 5],
      [2, 3],
      [3, 1],
    ]);
    for (let k = 0; k < n; k++) {
      const source = district
        ? rng.weighted<number[] | undefined>([
            [provStatePool, 4],
            [distPartyPool, 2],
            [provPartyPool, 1.5],
            [distStatePool, 0.8],
            [centralDirectives, 0.7],
          ])
        : rng.weighted<number[] | undefined>([
            [provPartyPool, 4],
            [centralDirectives, 3],
            [centralParty, 1.5],
            [provStatePool, 1.5],
          ]);
      const to = pickRecent(rng, source);
      if (to < 0) continue;
      const sameBodyEarlier = source === provStatePool || source === distStatePool;
      addParent(doc, to, sameBodyEarlier && rng.chance(0.4) ? 'CONTINUES' : 'IMPLEMENTS');
    }
  }
}
