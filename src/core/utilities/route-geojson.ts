import { JsonReader } from '../input/json-reader.ts';
import type { Clash } from './route-check.ts';
import { UTILITY_TYPES, utilityTypeOf, type UtilityType } from './utility-types.ts';

/** A planned line as it is saved: type, size, default cover, and per point [x, z] with its own cover. */
export interface SavedRoute {
  type: UtilityType;
  diameterM: number;
  coverM: number;
  points: readonly { x: number; z: number; coverM: number | null }[];
}

const LOCAL = { type: 'name', properties: { name: 'local' } };

/**
 * The route and its check as GeoJSON in the model's local metres ([east, north], as footprints are): the
 * route as a LineString with its depths, each clash as a Point with what it is about.
 */
export function routeToGeoJson(route: SavedRoute, clashes: readonly Clash[]): Record<string, unknown> {
  return {
    type: 'FeatureCollection',
    crs: LOCAL,
    features: [
      {
        type: 'Feature',
        id: 'route',
        properties: {
          role: 'planned-route',
          type: route.type,
          diameterM: route.diameterM,
          coverM: route.coverM,
          depthM: route.points.map((p) => p.coverM ?? route.coverM),
          ownDepth: route.points.map((p) => p.coverM !== null),
        },
        geometry: { type: 'LineString', coordinates: route.points.map((p) => [p.x, -p.z]) },
      },
      ...clashes.map((c, i) => ({
        type: 'Feature',
        id: `clash-${i + 1}`,
        properties: {
          role: 'clash',
          kind: c.kind,
          lineId: c.lineId,
          distanceM: Math.round(c.distanceM * 1000) / 1000,
          requiredM: c.requiredM,
          heightM: Math.round(c.at[1] * 1000) / 1000,
        },
        geometry: { type: 'Point', coordinates: [c.at[0], -c.at[2]] },
      })),
    ],
  };
}

/** Read a saved route (the check is made again on load); throws an InputError at the place that is wrong. */
export function parseRoute(json: unknown, file: string): SavedRoute {
  const root = new JsonReader(file, json);
  if (root.key('type').value !== 'FeatureCollection') root.key('type').fail('expected "FeatureCollection"');
  if (!/local/i.test(JSON.stringify(root.key('crs').value ?? '')))
    root.key('crs').fail('expected a route in the model’s local metres (crs named "local")');
  const features = root.key('features').items();
  const feature = features.find((f) => f.key('properties').key('role').value === 'planned-route');
  if (!feature) return root.key('features').fail('expected a feature with properties.role "planned-route"');
  const props = feature.key('properties');
  const type =
    utilityTypeOf(props.key('type').string()) ??
    props.key('type').fail(`unknown utility type (one of ${UTILITY_TYPES.join(', ')})`);
  const diameterM = props.key('diameterM').number();
  if (diameterM <= 0 || diameterM > 5) props.key('diameterM').fail(`expected 0 to 5 m, found ${diameterM}`);
  const coverM = props.key('coverM').number();
  const geometry = feature.key('geometry');
  if (geometry.key('type').value !== 'LineString') geometry.key('type').fail('expected a LineString');
  const depths = props.key('depthM');
  const own = props.key('ownDepth');
  const points = geometry
    .key('coordinates')
    .items()
    .map((p, i) => {
      const [east, north] = p.items().map((c) => c.number());
      if (east === undefined || north === undefined) return p.fail('expected a position [east, north]');
      const depth = depths.isMissing() ? null : depths.items()[i]?.number();
      const mine = !own.isMissing() && own.items()[i]?.value === true;
      return { x: east, z: -north, coverM: mine && depth !== undefined ? depth : null };
    });
  return { type, diameterM, coverM, points };
}
