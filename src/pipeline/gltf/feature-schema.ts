import type { BuildingFeature } from '../mesh/city-features.ts';
import type { PropertyTableData, SchemaDef } from './structural-metadata.ts';

/** Name of the metadata class every feature belongs to. */
export const BUILDING_CLASS = 'building';

/** The property names of the building class, in table order. */
export const BUILDING_PROPERTIES = [
  'id',
  'name',
  'address',
  'height',
  'roof',
  'use',
  'source',
  'osm_id',
] as const;

/** The schema written into every output GLB. */
export const BUILDING_SCHEMA: SchemaDef = {
  id: 'stadtzwilling',
  name: 'Stadtzwilling city features',
  version: '1.0.0',
  classes: {
    [BUILDING_CLASS]: {
      name: 'Building',
      description: 'A building, gate or wall segment of the city model.',
      properties: {
        id: { type: 'STRING', description: 'Stable id, e.g. osm-way-123 or gen-b3-4-7.', required: true },
        name: { type: 'STRING' },
        address: { type: 'STRING' },
        height: { type: 'SCALAR', componentType: 'FLOAT32', description: 'Height above ground, metres.' },
        roof: { type: 'STRING', description: 'gabled, flat, hipped, spire, stepped-gable ...' },
        use: { type: 'STRING', description: 'residential, retail, church, gate, wall, public ...' },
        source: { type: 'STRING', description: 'osm, generated or import.' },
        osm_id: { type: 'STRING', description: 'OSM element, e.g. way/123; empty when not from OSM.' },
      },
    },
  },
};

/** Turns feature rows into the one property table. */
export function featuresToTable(features: readonly BuildingFeature[]): PropertyTableData {
  const columns: Record<string, (string | number)[]> = {};
  for (const p of BUILDING_PROPERTIES) columns[p] = features.map((f) => f[p]);
  return { name: 'buildings', class: BUILDING_CLASS, count: features.length, columns };
}

/** Turns the property table back into feature rows (missing columns become empty). */
export function tableToFeatures(table: PropertyTableData): BuildingFeature[] {
  const out: BuildingFeature[] = [];
  for (let i = 0; i < table.count; i++) {
    const s = (k: string): string => String(table.columns[k]?.[i] ?? '');
    out.push({
      id: s('id'),
      name: s('name'),
      address: s('address'),
      height: Number(table.columns.height?.[i] ?? 0),
      roof: s('roof'),
      use: s('use'),
      source: (s('source') || 'import') as BuildingFeature['source'],
      osm_id: s('osm_id'),
    });
  }
  return out;
}
