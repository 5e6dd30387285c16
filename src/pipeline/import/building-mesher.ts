import type { ImportedBuilding } from './cityjson.ts';
import { FeatureTable } from '../mesh/city-features.ts';
import { addFace, createLayer, faceNormal, type Vec3 } from '../mesh/mesh.ts';
import { PALETTE, PLASTER } from '../mesh/palette.ts';
import { moveLayer, packLayer, type PackedLayer } from '../mesh/packed-layer.ts';
import { triangulatePolygon3D, type Point3 } from '../mesh/triangulate.ts';
import { utm33ToLonLat } from '../../core/geo/geo-frame.ts';
import {
  SEMANTIC_COLOURS,
  emptyExtent,
  extend,
  finishCity,
  frameOf,
  lowestRing,
  round,
  uniqueId,
  type ImportResult,
  type ToUtm,
} from './import-mesh.ts';

/** Meshes buildings one by one as a reader hands them over, so no file's buildings are all held at once. */
export interface BuildingMesher {
  /** Meshes one building; it can be let go of at once. */
  add(building: ImportedBuilding): void;
  /** The city in its frame (centre of all buildings, lowest point); the mesher is spent. */
  finish(attribution?: string): ImportResult;
}

/** Options for createBuildingMesher. */
export interface BuildingMesherOptions {
  /** Buildings per chunk: each chunk is packed into typed arrays (one glTF primitive) once it is full. */
  chunk: number;
  /** Takes each full chunk instead of keeping it (to compress it at once); `finish` says how to move them. */
  onChunk?: (layer: PackedLayer) => void;
  /** Keep each building's footprint (for `--footprints-out`); without, memory holds no geometry per building. */
  footprints: boolean;
}

/** One primitive per 8192 buildings: a city district in one draw call, a 500 MB file in a few dozen. */
export const BUILDING_MESHER_DEFAULTS: BuildingMesherOptions = { chunk: 8192, footprints: true };

/**
 * A mesher into chunks of buildings, each packed into typed arrays when full, so memory holds the packed mesh
 * and one growing chunk, never the file's buildings. The city's frame is known only at the end, so vertices are
 * laid down around the first building's first point and moved to the final frame in one pass at the end.
 */
export function createBuildingMesher(
  toUtm: ToUtm,
  options: Partial<BuildingMesherOptions> = {},
): BuildingMesher {
  const { chunk, onChunk, footprints: keepFootprints } = { ...BUILDING_MESHER_DEFAULTS, ...options };
  if (!(chunk >= 1)) throw new Error(`createBuildingMesher: chunk must be 1 or more, not ${chunk}`);
  let building = createLayer('building', true);
  let inChunk = 0;
  const packed: PackedLayer[] = [];
  const table = new FeatureTable();
  const footprints: ImportResult['footprints'] = [];
  const extent = emptyExtent();
  let anchor: [number, number, number] | null = null;
  const keep = (layer: PackedLayer): number => packed.push(layer);
  return {
    add(b) {
      const surfaces = b.surfaces.map((s) => ({
        ...s,
        rings: s.rings.map((r) => r.map(([x, y, z]): Point3 => [...toUtm(x, y), z])),
      }));
      const pts = surfaces.flatMap((s) => s.rings.flat());
      if (!pts.length) return;
      const [ae, an, az] = (anchor ??= [
        Math.round(pts[0]![0]),
        Math.round(pts[0]![1]),
        Math.floor(pts[0]![2]),
      ]);
      let bottom = Infinity;
      let top = -Infinity;
      for (const [e, n, z] of pts) {
        extend(extent, e, n, z);
        bottom = Math.min(bottom, z);
        top = Math.max(top, z);
      }
      const fid = table.add({
        id: uniqueId(table, own(b.id)),
        name: own(b.name),
        address: own(b.address),
        height: round(b.height ?? top - bottom),
        roof: own(b.roof) || 'unknown',
        use: own(b.use),
        source: 'import',
        osm_id: '',
      });
      for (const s of surfaces) {
        const local = s.rings.map((r) => r.map(([e, n, z]): Vec3 => [e - ae, z - az, -(n - an)]));
        const tris = triangulatePolygon3D(local.map((r) => r.map(([x, y, z]): Point3 => [x, -z, y])));
        if (!tris.length) continue;
        const flat = local.flat();
        const ny = faceNormal(flat, tris)[1];
        const colour =
          (s.semantic && SEMANTIC_COLOURS[s.semantic]) ||
          (ny > 0.6 ? PALETTE.roofTile : ny < -0.6 ? PALETTE.street : (PLASTER[0] as Vec3));
        addFace(building, flat, tris, colour, fid);
      }
      if (++inChunk >= chunk) {
        (onChunk ?? keep)(packLayer(building));
        building = createLayer('building', true);
        inChunk = 0;
      }
      if (!keepFootprints) return;
      const ground = surfaces.filter((s) => s.semantic === 'GroundSurface');
      const rings = ground.length
        ? ground.map((s) => s.rings[0] ?? [])
        : [lowestRing(surfaces.map((s) => s.rings[0] ?? []))];
      for (const r of rings)
        if (r.length >= 3)
          footprints.push({
            id: table.rows[fid]?.id ?? b.id,
            featureId: fid,
            ring: r.map(([e, n]) => utm33ToLonLat(e, n)),
          });
    },
    finish(attribution = '') {
      const { frame, minZ } = frameOf(extent);
      const [ae, an, az] = anchor ?? [0, 0, 0];
      if (inChunk) (onChunk ?? keep)(packLayer(building));
      const shift: Vec3 = [ae - frame.origin.easting, az - minZ, frame.origin.northing - an];
      for (const layer of packed) moveLayer(layer, ...shift);
      const city = finishCity(frame, table, createLayer('building', true), attribution, extent);
      return { city: { ...city, packed }, footprints, shift };
    },
  };
}

/**
 * A copy of `text` that stands alone. A reader's strings are slices of the text chunk they were read from, and a
 * slice keeps its whole chunk alive: kept in the feature table, a 500 MB file's ids would keep the file.
 */
function own(text: string): string {
  return text ? (JSON.parse(JSON.stringify(text)) as string) : text;
}

/** Meshes buildings in a local frame around the data's centre (origin: rounded UTM, lowest z). */
export function buildingsToCity(
  buildings: readonly ImportedBuilding[],
  toUtm: ToUtm,
  attribution = '',
): ImportResult {
  const mesher = createBuildingMesher(toUtm);
  for (const b of buildings) mesher.add(b);
  return mesher.finish(attribution);
}
