import { FeatureTable, type BuiltCity } from '../mesh/city-features.ts';
import type { Footprint } from './geojson.ts';
import { addFlatPolygon, createLayer, type Vec3 } from '../mesh/mesh.ts';
import { PALETTE, PLASTER } from '../mesh/palette.ts';
import { normaliseRing, ringArea, type Vec2 } from '../mesh/polygon.ts';
import { addRingWalls } from '../mesh/solids.ts';
import type { Point3 } from '../mesh/triangulate.ts';
import { createGeoFrame, utm33ToLonLat } from '../../core/geo/geo-frame.ts';

/** A projection from the source CRS to ETRS89 / UTM 33N. */
export type ToUtm = (x: number, y: number) => [number, number];

/** The imported city plus each feature's footprint in WGS84 (for a footprint layer). */
export interface ImportResult {
  city: BuiltCity;
  footprints: { id: string; featureId: number; ring: [number, number][] }[];
  /** How chunks handed out while meshing (`onChunk`) must move into the city's frame (x, y, z in glTF axes). */
  shift?: Vec3;
}

/** The colour of each CityGML/CityJSON semantic surface. */
export const SEMANTIC_COLOURS: Record<string, Vec3> = {
  RoofSurface: PALETTE.roofTile,
  WallSurface: PLASTER[0] as Vec3,
  GroundSurface: PALETTE.street,
  ClosureSurface: PALETTE.fieldstone,
};

/** Extrudes footprints (flat roofs) in a local frame around the data's centre. */
export function footprintsToCity(prints: readonly Footprint[], toUtm: ToUtm, attribution = ''): ImportResult {
  const projected = prints.map((f) => ({
    f,
    polygons: f.polygons.map((poly) => poly.map((ring) => ring.map(([x, y]) => toUtm(x, y)))),
  }));
  const all = projected.flatMap((p) => p.polygons.flat(2).map(([e, n]): Point3 => [e, n, 0]));
  const extent = extentOf(all);
  const { frame } = frameOf(extent);
  const building = createLayer('building', true);
  const table = new FeatureTable();
  const footprints: ImportResult['footprints'] = [];
  projected.forEach(({ f, polygons }) => {
    const fid = table.add({
      ...f.building,
      id: uniqueId(table, f.building.id),
      height: round(f.building.height),
      source: 'import',
      osm_id: '',
    });
    const wall = PLASTER[fid % PLASTER.length] as Vec3;
    for (const poly of polygons) {
      const rings = poly.map((ring) =>
        normaliseRing(ring.map(([e, n]): Vec2 => [e - frame.origin.easting, n - frame.origin.northing])),
      );
      const [outer, ...holes] = rings;
      if (!outer || outer.length < 3 || Math.abs(ringArea(outer)) < 1e-6) continue;
      addRingWalls(building, outer, 0, f.building.height, wall, fid);
      for (const h of holes) addRingWalls(building, h.slice().reverse(), 0, f.building.height, wall, fid);
      addFlatPolygon(
        building,
        outer,
        holes.map((h) => h.slice().reverse()),
        f.building.height,
        PALETTE.roofDark,
        fid,
      );
      footprints.push({
        id: table.rows[fid]?.id ?? '',
        featureId: fid,
        ring: (poly[0] ?? []).map(([e, n]) => utm33ToLonLat(e, n)),
      });
    }
  });
  return { city: finishCity(frame, table, building, attribution, extent), footprints };
}

/** The UTM extent of a city's points, grown point by point. */
export interface Extent {
  minE: number;
  maxE: number;
  minN: number;
  maxN: number;
  minZ: number;
}

/** An extent that holds nothing yet. */
export const emptyExtent = (): Extent => ({
  minE: Infinity,
  maxE: -Infinity,
  minN: Infinity,
  maxN: -Infinity,
  minZ: Infinity,
});

/** Grows `x` by a point. */
export function extend(x: Extent, e: number, n: number, z: number): void {
  x.minE = Math.min(x.minE, e);
  x.maxE = Math.max(x.maxE, e);
  x.minN = Math.min(x.minN, n);
  x.maxN = Math.max(x.maxN, n);
  x.minZ = Math.min(x.minZ, z);
}

/** The local frame of an extent: its centre in whole metres, on its lowest point (whole metres down). */
export function frameOf(x: Extent): { frame: ReturnType<typeof createGeoFrame>; minZ: number } {
  if (!(x.minE <= x.maxE)) throw new Error('the input holds no building geometry');
  const height = Math.floor(x.minZ);
  return {
    frame: createGeoFrame(Math.round((x.minE + x.maxE) / 2), Math.round((x.minN + x.maxN) / 2), height),
    minZ: height,
  };
}

/** The city from its building layer: a ground square under the extent, the features, the frame. */
export function finishCity(
  frame: ReturnType<typeof createGeoFrame>,
  table: FeatureTable,
  building: ReturnType<typeof createLayer>,
  attribution: string,
  x: Extent,
): BuiltCity {
  const ground = createLayer('ground', false);
  const { easting: e0, northing: n0 } = frame.origin;
  const r = Math.max(20, x.maxE - e0 + 20, e0 - x.minE + 20, x.maxN - n0 + 20, n0 - x.minN + 20);
  addFlatPolygon(
    ground,
    [
      [-r, -r],
      [r, -r],
      [r, r],
      [-r, r],
    ],
    [],
    -0.02,
    PALETTE.ground,
  );
  return {
    layers: [ground, building],
    features: table.rows,
    viewpoints: [],
    origin: frame.origin,
    attribution,
  };
}

function extentOf(points: readonly Point3[]): Extent {
  const x = emptyExtent();
  for (const [e, n, z] of points) extend(x, e, n, z);
  return x;
}

/** The ring of a building's surfaces that lies lowest on average (its footprint when none is a GroundSurface). */
export function lowestRing(rings: readonly Point3[][]): Point3[] {
  let best: Point3[] = [];
  let bestZ = Infinity;
  for (const r of rings) {
    const z = r.reduce((m, p) => m + p[2], 0) / (r.length || 1);
    if (r.length >= 3 && z < bestZ) {
      bestZ = z;
      best = r;
    }
  }
  return best;
}

/** `id`, or `id-2`, `id-3` … when the table has it already. */
export function uniqueId(table: FeatureTable, id: string): string {
  if (!table.has(id)) return id;
  let i = 2;
  while (table.has(`${id}-${i}`)) i++;
  return `${id}-${i}`;
}

/** Rounded to centimetres. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
