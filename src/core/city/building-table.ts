/** One building as the app knows it: the feature's properties from the city model. */
export interface BuildingRecord {
  id: string;
  name: string;
  address: string;
  height: number | null;
  roof: string;
  use: string;
  source: string;
  osmId: string;
}

/** Buildings by feature index (what the GPU sees) and by id (what sensors name). */
export interface BuildingTable {
  readonly count: number;
  at(index: number): BuildingRecord | undefined;
  indexOf(id: string): number | undefined;
  ids(): readonly string[];
}

/** Make a record from a property-table row or node extras, whatever keys the source used. */
export function toBuildingRecord(raw: Readonly<Record<string, unknown>>, index: number): BuildingRecord {
  const str = (...keys: string[]): string => {
    for (const key of keys) {
      const v = raw[key];
      if (typeof v === 'string' && v !== '') return v;
      if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    }
    return '';
  };
  const height = Number(raw.height);
  return {
    id: str('id', 'building', 'gml_id', 'name') || `feature-${index}`,
    name: str('name'),
    address: str('address'),
    height: Number.isFinite(height) && raw.height !== '' && raw.height !== null ? height : null,
    roof: str('roof'),
    use: str('use'),
    source: str('source'),
    osmId: str('osm_id', 'osmId'),
  };
}

/** Index records by id; a repeated id keeps its first feature, as a city model should not repeat them. */
export function createBuildingTable(records: readonly BuildingRecord[]): BuildingTable {
  const byId = new Map<string, number>();
  records.forEach((r, i) => {
    if (!byId.has(r.id)) byId.set(r.id, i);
  });
  const ids = records.map((r) => r.id);
  return {
    count: records.length,
    at: (index) => records[index],
    indexOf: (id) => byId.get(id),
    ids: () => ids,
  };
}
