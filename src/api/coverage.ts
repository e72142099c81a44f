/**
 * The coverage report: implementing documents grouped by province, for the provinces in force on the
 * implemented document's date (the gazetteer: 63 before 1 July 2025, 34 from then on). After the reorganisation a
 * former province's documents count for its successor; documents whose province is not a province of the era
 * (unknown scope, or a name the gazetteer lacks) are listed apart, never as a province.
 */
import { PROVINCES, PROVINCES_2025, currentProvinceName } from '../resolve/gazetteer';

type Row = Record<string, unknown>;

/** The day the 34 provinces replaced the 63 (Resolution 202/2025/QH15). */
export const REORGANISATION_DATE = '2025-07-01';

const DAY_MS = 86_400_000;
function daysBetween(from: unknown, to: unknown): number | null {
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function provinceOfScope(scope: unknown): string | null {
  if (typeof scope !== 'string' || scope === 'national' || scope === '') return null;
  return scope.split('/')[0].replace(/^2025:/, '');
}

export function eraOf(date: unknown): 'before-2025' | '2025' {
  return typeof date === 'string' && date >= REORGANISATION_DATE ? '2025' : 'before-2025';
}

/** Province name → the provinces it stands for in the era, and how a document's province maps to one of them. */
function provincesOf(era: 'before-2025' | '2025') {
  if (era === 'before-2025') {
    const names = PROVINCES.map((p) => p.name);
    const known = new Set(names);
    return {
      names,
      former: new Map<string, string[]>(),
      // A province under a former name ("Thừa Thiên Huế" before 2025) counts for the province it became.
      place: (p: string) =>
        known.has(p) ? p : known.has(currentProvinceName(p)) ? currentProvinceName(p) : null,
    };
  }
  const names = PROVINCES_2025.map((p) => p.name);
  const known = new Set(names);
  const successor = new Map(PROVINCES.map((p) => [p.name, p.successor]));
  const former = new Map<string, string[]>(
    PROVINCES_2025.map((p) => [p.name, p.formedFrom.filter((f) => f !== p.name)]),
  );
  return {
    names,
    former,
    place: (p: string) => {
      const q = currentProvinceName(p);
      return known.has(q) ? q : successor.get(q) && known.has(successor.get(q)!) ? successor.get(q)! : null;
    },
  };
}

export function coverageReport(document: Row, implementations: Row[], truncated: boolean): Row {
  const era = eraOf(document.date);
  const { names, former, place } = provincesOf(era);
  const byProvince = new Map<string, Row[]>();
  const unplaced: Row[] = [];
  let national = 0;
  for (const impl of implementations) {
    if (impl.scope === 'national') {
      national += 1;
      continue;
    }
    const raw = provinceOfScope(impl.scope);
    const province = raw ? place(raw) : null;
    if (!province) {
      unplaced.push(impl);
      continue;
    }
    const list = byProvince.get(province) ?? [];
    list.push(impl);
    byProvince.set(province, list);
  }
  const provinces = [...names]
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((province) => {
      const documents = (byProvince.get(province) ?? []).sort((a, b) =>
        String(a.date ?? '9999').localeCompare(String(b.date ?? '9999')),
      );
      const firstDate = (documents.find((d) => d.date)?.date as string | undefined) ?? null;
      return {
        province,
        covered: documents.length > 0,
        formerProvinces: former.get(province) ?? [],
        documents,
        firstDate,
        delayDays: daysBetween(document.date, firstDate),
      };
    });
  const covered = provinces.filter((p) => p.covered).length;
  return {
    document,
    era,
    covered,
    uncovered: provinces.length - covered,
    provinces,
    unplaced,
    national,
    truncated,
  };
}
