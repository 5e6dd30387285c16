import type { LonLat } from './osm.ts';
import { JsonReader } from '../../core/input/json-reader.ts';

/** Reads the first outer ring of the first (Multi)Polygon in a GeoJSON FeatureCollection, as lon/lat. */
export function readOutlineRing(value: unknown, file: string): LonLat[] {
  const root = new JsonReader(file, value);
  const features = root.key('features').items();
  const first = features[0] ?? root.key('features').fail('no features');
  const geom = first.key('geometry');
  const type = geom.key('type').string();
  const coords = geom.key('coordinates');
  let ring: JsonReader | undefined;
  if (type === 'Polygon') ring = coords.items()[0];
  else if (type === 'MultiPolygon') ring = coords.items()[0]?.items()[0];
  else geom.key('type').fail(`expected Polygon or MultiPolygon, found ${type}`);
  const outer = ring ?? coords.fail('empty polygon');
  const points = outer.items().map((p): LonLat => {
    const xy = p.items();
    return [(xy[0] ?? p).number(), (xy[1] ?? p).number()];
  });
  if (points.length < 4) outer.fail(`a ring needs at least 4 positions, found ${points.length}`);
  return points;
}
