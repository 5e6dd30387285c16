import type { GeoOrigin } from '../geo/geo-frame.ts';
import { ringCentroid } from '../geo/ring.ts';
import { InputError, formatJsonPath, type JsonPathSegment } from '../input/input-error.ts';
import { ROOF_SHAPES, worldFootprint, type GroundXZ, type Proposal, type RoofShape } from './proposal.ts';
import { measureProposal } from './proposal-measures.ts';

/** The CRS the proposals are saved in: ETRS89 / UTM 33N, as the city's own geodata. */
export const PROPOSAL_CRS = 'urn:ogc:def:crs:EPSG::25833';

/** The model's origin in UTM 33N; a model without one saves in its local metres as if the origin were 0, 0. */
const originOf = (origin: GeoOrigin | null): { e: number; n: number; h: number } =>
  origin ? { e: origin.easting, n: origin.northing, h: origin.height } : { e: 0, n: 0, h: 0 };

/** The proposals as a GeoJSON FeatureCollection: footprints in EPSG:25833, heights, roof, storeys, model. */
export function proposalsToGeoJSON(proposals: readonly Proposal[], origin: GeoOrigin | null): object {
  const o = originOf(origin);
  return {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: PROPOSAL_CRS } },
    features: proposals.map((p) => {
      const ring = worldFootprint(p).map(([x, z]) => [round(o.e + x), round(o.n - z)]);
      const m = measureProposal(p, []);
      return {
        type: 'Feature',
        id: p.id,
        geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
        properties: {
          id: p.id,
          name: p.name,
          site: p.site,
          variant: p.variant,
          storeys: p.storeys,
          storeyHeight: p.storeyHeight,
          eavesHeight: round(m.eavesHeight),
          height: round(m.height),
          roof: p.roof,
          roofPitchDeg: p.roofPitchDeg,
          rotationDeg: p.rotationDeg,
          baseHeight: round(o.h + p.baseY),
          model: p.model,
        },
      };
    }),
  };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

type Path = JsonPathSegment[];

/** Corners farther than this from the model's origin are not in its city (lon/lat given as metres, say). */
const MAX_DISTANCE_M = 50_000;

/** Read proposals saved by `proposalsToGeoJSON`; throws an InputError naming the first place that is wrong. */
export function parseProposals(json: unknown, file: string, origin: GeoOrigin | null): Proposal[] {
  const fail = (path: Path, detail: string): never => {
    throw new InputError(file, formatJsonPath(path), detail);
  };
  const root = asObject(json, [], fail);
  if (root.type !== 'FeatureCollection') fail(['type'], 'must be "FeatureCollection"');
  const crs = (root.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (crs !== undefined && !/EPSG:{1,2}25833$/.test(String(crs)))
    fail(['crs', 'properties', 'name'], `must be EPSG:25833 (ETRS89 / UTM 33N), not ${String(crs)}`);
  if (!Array.isArray(root.features)) return fail(['features'], 'must be a list of features');
  const o = originOf(origin);
  const ids = new Set<string>();
  return root.features.map((raw: unknown, i: number): Proposal => {
    const at = (...rest: Path): Path => ['features', i, ...rest];
    const feature = asObject(raw, at(), fail);
    const props = asObject(feature.properties, at('properties'), fail);
    const text = (key: string, fallback: string): string => {
      const v = props[key] ?? fallback;
      return typeof v === 'string' && v.trim() !== '' ? v : fail(at('properties', key), 'must be a text');
    };
    const num = (key: string, min: number, max: number, fallback?: number, whole = false): number => {
      const v = props[key] ?? fallback;
      const ok =
        typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!whole || v % 1 === 0);
      return ok
        ? v
        : fail(at('properties', key), `must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`);
    };
    const id = text('id', typeof feature.id === 'string' ? feature.id : `proposal-${i + 1}`);
    if (ids.has(id)) fail(at('properties', 'id'), `"${id}" is used twice`);
    ids.add(id);
    const roof = props.roof ?? 'flat';
    if (!ROOF_SHAPES.includes(roof as RoofShape))
      fail(at('properties', 'roof'), `must be one of ${ROOF_SHAPES.join(', ')}`);
    const model = props.model ?? null;
    if (model !== null && typeof model !== 'string') fail(at('properties', 'model'), 'must be a URL or null');
    const rotationDeg = num('rotationDeg', -360, 360, 0);
    const ring = readRing(feature.geometry, at('geometry'), fail).map(([e, n]): GroundXZ => [
      e - o.e,
      o.n - n,
    ]);
    const far = ring.findIndex(([x, z]) => Math.hypot(x, z) > MAX_DISTANCE_M);
    if (far >= 0)
      fail(at('geometry', 'coordinates', 0, far), 'is far from the city: corners must be EPSG:25833 metres');
    const [cx, cz] = ringCentroid(ring);
    const a = (-rotationDeg * Math.PI) / 180;
    const footprint = ring.map(([x, z]): GroundXZ => {
      const [u, v] = [x - cx, z - cz];
      return [u * Math.cos(a) - v * Math.sin(a), u * Math.sin(a) + v * Math.cos(a)];
    });
    return {
      id,
      name: text('name', id),
      site: text('site', 'site-1'),
      variant: text('variant', 'A'),
      x: cx,
      z: cz,
      baseY: num('baseHeight', -500, 9000, o.h) - o.h,
      rotationDeg,
      footprint,
      storeys: num('storeys', 1, 200, undefined, true),
      storeyHeight: num('storeyHeight', 2, 12, 3),
      roof: roof as RoofShape,
      roofPitchDeg: num('roofPitchDeg', 5, 60, 35),
      model: model as string | null,
    };
  });
}

type Fail = (path: Path, detail: string) => never;

function asObject(v: unknown, path: Path, fail: Fail): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : fail(path, 'must be an object');
}

/** The outer ring of a Polygon, without its closing point: at least three corners of two finite numbers. */
function readRing(geometry: unknown, path: Path, fail: Fail): [number, number][] {
  const g = asObject(geometry, path, fail);
  if (g.type !== 'Polygon') fail([...path, 'type'], 'must be "Polygon"');
  const rings = g.coordinates;
  if (!Array.isArray(rings) || !Array.isArray(rings[0]))
    return fail([...path, 'coordinates'], 'must be a list of rings');
  const ring = rings[0] as unknown[];
  const points = ring.map((p, k): [number, number] => {
    const ok =
      Array.isArray(p) &&
      p.length >= 2 &&
      p.slice(0, 2).every((c) => typeof c === 'number' && Number.isFinite(c));
    return ok
      ? [p[0] as number, p[1] as number]
      : fail([...path, 'coordinates', 0, k], 'must be [easting, northing]');
  });
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  if (points.length < 3) fail([...path, 'coordinates', 0], 'needs at least three corners');
  return points;
}
