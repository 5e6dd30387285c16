import type { ImportedBuilding } from './cityjson.ts';
import { FeatureTable, type BuiltCity } from '../mesh/city-features.ts';
import type { Footprint } from './geojson.ts';
import { addFace, addFlatPolygon, createLayer, faceNormal, type Vec3 } from '../mesh/mesh.ts';
import { PALETTE, PLASTER } from '../mesh/palette.ts';
import { normaliseRing, ringArea, type Vec2 } from '../mesh/polygon.ts';
import { addRingWalls } from '../mesh/solids.ts';
import { triangulatePolygon3D, type Point3 } from '../mesh/triangulate.ts';
import { createGeoFrame, utm33ToLonLat } from '../../core/geo/geo-frame.ts';

/** A projection from the source CRS to ETRS89 / UTM 33N. */
export type ToUtm = (x: number, y: number) => [number, number];

/** The imported city plus each feature's footprint in WGS84 (for a footprint layer). */
export interface ImportResult {
  city: BuiltCity;
  footprints: { id: string; featureId: number; ring: [number, number][] }[];
}

const SEMANTIC_COLOURS: Record<string, Vec3> = {
  RoofSurface: PALETTE.roofTile,
  WallSurface: PLASTER[0] as Vec3,
  GroundSurface: PALETTE.street,
  ClosureSurface: PALETTE.fieldstone,
};

/** Meshes CityJSON buildings in a local frame around the data's centre (origin: rounded UTM, lowest z). */
export function buildingsToCity(
  buildings: readonly ImportedBuilding[],
  toUtm: ToUtm,
  attribution = '',
): ImportResult {
  const projected = buildings.map((b) => ({
    b,
    surfaces: b.surfaces.map((s) => ({
      ...s,
      rings: s.rings.map((r) => r.map(([x, y, z]): Point3 => [...toUtm(x, y), z])),
    })),
  }));
  const all = projected.flatMap((p) => p.surfaces.flatMap((s) => s.rings.flat()));
  const { frame, minZ } = frameAround(all);
  const building = createLayer('building', true);
  const table = new FeatureTable();
  const footprints: ImportResult['footprints'] = [];
  for (const { b, surfaces } of projected) {
    const pts = surfaces.flatMap((s) => s.rings.flat());
    if (!pts.length) continue;
    const zs = pts.map((p) => p[2]);
    const bottom = Math.min(...zs);
    const fid = table.add({
      id: uniqueId(table, b.id),
      name: b.name,
      address: b.address,
      height: round(b.height ?? Math.max(...zs) - bottom),
      roof: b.roof || 'unknown',
      use: b.use,
      source: 'import',
      osm_id: '',
    });
    for (const s of surfaces) {
      const local = s.rings.map((r) =>
        r.map(([e, n, z]): Vec3 => [e - frame.origin.easting, z - minZ, -(n - frame.origin.northing)]),
      );
      const tris = triangulatePolygon3D(local.map((r) => r.map(([x, y, z]): Point3 => [x, -z, y])));
      if (!tris.length) continue;
      const flat = local.flat();
      const ny = faceNormal(flat, tris)[1];
      const colour =
        (s.semantic && SEMANTIC_COLOURS[s.semantic]) ||
        (ny > 0.6 ? PALETTE.roofTile : ny < -0.6 ? PALETTE.street : (PLASTER[0] as Vec3));
      addFace(building, flat, tris, colour, fid);
    }
    const ground = surfaces.filter((s) => s.semantic === 'GroundSurface');
    const ringSource = ground.length
      ? ground.map((s) => s.rings[0] ?? [])
      : [lowestRing(surfaces.map((s) => s.rings[0] ?? []))];
    for (const r of ringSource) {
      if (r.length >= 3)
        footprints.push({
          id: table.rows[fid]?.id ?? b.id,
          featureId: fid,
          ring: r.map(([e, n]) => utm33ToLonLat(e, n)),
        });
    }
  }
  return { city: finish(frame, table, building, attribution, all), footprints };
}

/** Extrudes footprints (flat roofs) in a local frame around the data's centre. */
export function footprintsToCity(prints: readonly Footprint[], toUtm: ToUtm, attribution = ''): ImportResult {
  const projected = prints.map((f) => ({
    f,
    polygons: f.polygons.map((poly) => poly.map((ring) => ring.map(([x, y]) => toUtm(x, y)))),
  }));
  const all = projected.flatMap((p) => p.polygons.flat(2).map(([e, n]): Point3 => [e, n, 0]));
  const { frame } = frameAround(all);
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
  return { city: finish(frame, table, building, attribution, all), footprints };
}

function frameAround(points: readonly Point3[]): { frame: ReturnType<typeof createGeoFrame>; minZ: number } {
  if (!points.length) throw new Error('the input holds no building geometry');
  let minE = Infinity;
  let maxE = -Infinity;
  let minN = Infinity;
  let maxN = -Infinity;
  let minZ = Infinity;
  for (const [e, n, z] of points) {
    minE = Math.min(minE, e);
    maxE = Math.max(maxE, e);
    minN = Math.min(minN, n);
    maxN = Math.max(maxN, n);
    minZ = Math.min(minZ, z);
  }
  const height = Math.floor(minZ);
  return {
    frame: createGeoFrame(Math.round((minE + maxE) / 2), Math.round((minN + maxN) / 2), height),
    minZ: height,
  };
}

function finish(
  frame: ReturnType<typeof createGeoFrame>,
  table: FeatureTable,
  building: ReturnType<typeof createLayer>,
  attribution: string,
  all: readonly Point3[],
): BuiltCity {
  const ground = createLayer('ground', false);
  let r = 20;
  for (const [e, n] of all)
    r = Math.max(r, Math.abs(e - frame.origin.easting) + 20, Math.abs(n - frame.origin.northing) + 20);
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

function lowestRing(rings: readonly Point3[][]): Point3[] {
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

function uniqueId(table: FeatureTable, id: string): string {
  if (!table.has(id)) return id;
  let i = 2;
  while (table.has(`${id}-${i}`)) i++;
  return `${id}-${i}`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
