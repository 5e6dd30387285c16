import { JsonReader } from '../../core/input/json-reader.ts';

/** A WGS84 point [lon, lat]. */
export type LonLat = [number, number];

/** An OSM way with its geometry, as Overpass `out geom` delivers it. */
export interface OsmWay {
  id: number;
  tags: Record<string, string>;
  geometry: LonLat[];
}

/** An OSM node with tags. */
export interface OsmNode {
  id: number;
  tags: Record<string, string>;
  lon: number;
  lat: number;
}

/** The parts of an Overpass answer the city builder uses. */
export interface OsmData {
  ways: OsmWay[];
  nodes: OsmNode[];
}

/** Parses an Overpass JSON answer (already JSON-parsed); structure errors name the JSON path. */
export function parseOverpass(value: unknown, file: string): OsmData {
  const root = new JsonReader(file, value);
  const ways: OsmWay[] = [];
  const nodes: OsmNode[] = [];
  for (const el of root.key('elements').items()) {
    const type = el.key('type').string();
    const id = el.key('id').number();
    const tags = readTags(el.key('tags'));
    if (type === 'node') {
      nodes.push({ id, tags, lon: el.key('lon').number(), lat: el.key('lat').number() });
    } else if (type === 'way') {
      const geom = el.key('geometry');
      if (geom.isMissing()) el.fail('way without geometry: fetch with `out geom`');
      const geometry = geom.items().map((p): LonLat => [p.key('lon').number(), p.key('lat').number()]);
      if (geometry.length < 2) geom.fail(`a way needs at least 2 points, found ${geometry.length}`);
      ways.push({ id, tags, geometry });
    }
  }
  return { ways, nodes };
}

function readTags(r: JsonReader): Record<string, string> {
  if (r.isMissing()) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of r.entries()) out[k] = v.string();
  return out;
}

/** Reads an OSM `height` tag like `7`, `7 m` or `7.5`; undefined when absent or unreadable. */
export function parseOsmHeight(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(m|metres|meters)?\s*$/.exec(text);
  if (!m?.[1]) return undefined;
  const h = Number(m[1].replace(',', '.'));
  return h > 0 && h < 1000 ? h : undefined;
}
