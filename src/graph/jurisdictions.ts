/**
 * (:Jurisdiction) rows from the gazetteer: the 63 provinces before 1 July 2025 with their districts (ids are
 * the scope strings documents use: "Kon Tum", "Bình Dương/Phú Giáo"), and the 34 units from 1 July 2025
 * ("2025:Quảng Ngãi"), each old province SUCCEEDED_BY its successor.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { PROVINCES, PROVINCES_2025, districtScopeName } from '../resolve/gazetteer';
import { cypher } from './cypher';

export const ERA_BEFORE_2025 = 'before-2025';
export const ERA_2025 = '2025';
/** Districts were abolished when the two-level local government began. */
const DISTRICTS_ABOLISHED = '2025-07-01';

export interface JurisdictionRow {
  id: string;
  name: string;
  level: 'province' | 'district';
  kind: string;
  era: string;
  abolished: string | null;
  successor: string | null;
  partOf: string | null;
  successorId: string | null;
}

export const successorId = (name: string) => `${ERA_2025}:${name}`;

export function jurisdictionRows(): JurisdictionRow[] {
  const rows: JurisdictionRow[] = PROVINCES_2025.map((p) => ({
    id: successorId(p.name),
    name: p.name,
    level: 'province',
    kind: p.kind,
    era: ERA_2025,
    abolished: null,
    successor: null,
    partOf: null,
    successorId: null,
  }));
  const seen = new Set<string>();
  for (const p of PROVINCES) {
    rows.push({
      id: p.name,
      name: p.name,
      level: 'province',
      kind: p.kind,
      era: ERA_BEFORE_2025,
      abolished: p.abolished ?? null,
      successor: p.successor,
      partOf: null,
      successorId: p.successor ? successorId(p.successor) : null,
    });
    // A province under its former name ("Thừa Thiên Huế" until Huế became a city on 2025-01-01): documents of
    // that time are scoped by it; the former unit is SUCCEEDED_BY the renamed one.
    for (const f of p.formerNames ?? []) {
      const abolished = new Date(Date.parse(`${f.until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      rows.push({
        id: f.name,
        name: f.name,
        level: 'province',
        kind: f.kind,
        era: ERA_BEFORE_2025,
        abolished,
        successor: p.name,
        partOf: null,
        successorId: p.name,
      });
      for (const d of p.districts)
        rows.push({
          id: `${f.name}/${districtScopeName(d.name)}`,
          name: districtScopeName(d.name),
          level: 'district',
          kind: d.kind,
          era: ERA_BEFORE_2025,
          abolished,
          successor: null,
          partOf: f.name,
          successorId: `${p.name}/${districtScopeName(d.name)}`,
        });
    }
    // A former district can share its name with a current one (merged into it): one node per name.
    for (const d of [...p.districts, ...(p.formerDistricts ?? [])]) {
      const id = `${p.name}/${districtScopeName(d.name)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({
        id,
        name: districtScopeName(d.name),
        level: 'district',
        kind: d.kind,
        era: ERA_BEFORE_2025,
        abolished: d.former ? null : DISTRICTS_ABOLISHED,
        successor: null,
        partOf: p.name,
        successorId: null,
      });
    }
  }
  return rows;
}

/** MERGEs the gazetteer into the graph (idempotent; about 800 rows in one transaction). */
export async function loadJurisdictions(driver: Driver, database?: string): Promise<number> {
  const rows = jurisdictionRows();
  await driver.executeQuery(
    cypher('load-jurisdictions'),
    { rows },
    { database, routing: neo4j.routing.WRITE },
  );
  return rows.length;
}
