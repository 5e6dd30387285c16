import {
  detectFrame,
  projector,
  type FootprintFrame,
  type FootprintProjection,
} from '../geo/footprint-geojson.ts';
import { JsonReader } from '../input/json-reader.ts';
import { utilityTypeOf, UTILITY_TYPES, type UtilityType } from './utility-types.ts';

/** One vertex of a line as the file gives it: local [east, north], and its depth of cover or its height. */
export interface NetworkVertex {
  east: number;
  north: number;
  /** Depth of cover over the pipe's top, metres below the ground; null when the height is given. */
  depthM: number | null;
  /** Height of the pipe's axis above sea level (DHHN2016), metres; null when the depth is given. */
  heightM: number | null;
}

/** A line of the network as read from the file, before it is placed under the model's ground. */
export interface NetworkLine {
  id: string;
  type: UtilityType;
  owner: string;
  /** Pipe diameter or cable bundle width, metres. */
  diameterM: number;
  vertices: NetworkVertex[];
}

/** A read network: its lines, the frame the file was in, and whether it says it is sample data. */
export interface Network {
  frame: FootprintFrame;
  sample: boolean;
  lines: NetworkLine[];
}

const IS_LOCAL = /"(local|LOCAL|Local)/;

/**
 * Read a FeatureCollection of LineString/MultiLineString utility lines (EPSG:25833, WGS84, or `crs` naming
 * `local`: the model's metres [east, north]); throws an InputError naming the place that is wrong.
 */
export function parseNetwork(json: unknown, file: string, projection: FootprintProjection = {}): Network {
  const root = new JsonReader(file, json);
  if (root.key('type').value !== 'FeatureCollection') root.key('type').fail('expected "FeatureCollection"');
  const features = root.key('features').items();
  const parts = features.map((f) => linesOf(f.key('geometry')));
  const crs = JSON.stringify(root.key('crs').value ?? '');
  const frame: FootprintFrame = IS_LOCAL.test(crs)
    ? 'local'
    : detectFrame(
        { crs: root.key('crs').value },
        parts.map((lines) => lines.map((l) => [l.map((p) => p.xyz)])),
        projection,
      );
  const project = projector(frame, projection);
  const lines: NetworkLine[] = [];
  features.forEach((feature, i) => {
    const props = feature.key('properties');
    props.entries();
    const type =
      utilityTypeOf(props.key('type').string()) ??
      props
        .key('type')
        .fail(
          `unknown utility type "${String(props.key('type').value)}" (one of ${UTILITY_TYPES.join(', ')})`,
        );
    const id = String(feature.key('id').value ?? props.key('id').value ?? `line-${i + 1}`);
    const size = props.key('diameterM').isMissing() ? props.key('widthM') : props.key('diameterM');
    const diameterM = size.number();
    if (diameterM <= 0 || diameterM > 5)
      size.fail(`expected a diameter between 0 and 5 m, found ${diameterM}`);
    const owner = props.key('owner').optionalString('');
    (parts[i] ?? []).forEach((line, part) => {
      const vertices = line.map((p, k) => {
        const [east, north] = project(p.xyz);
        return { east, north, ...heightOf(props, p, k) };
      });
      lines.push({
        id: (parts[i] ?? []).length > 1 ? `${id}/${part + 1}` : id,
        type,
        owner,
        diameterM,
        vertices,
      });
    });
  });
  return { frame, sample: root.key('sample').value === true, lines };
}

interface Vertex {
  xyz: number[];
  reader: JsonReader;
}

function linesOf(geometry: JsonReader): Vertex[][] {
  const type = geometry.key('type').value;
  const coordinates = geometry.key('coordinates');
  const line = (reader: JsonReader): Vertex[] => {
    const points = reader.items().map((p) => {
      const xyz = p.items().map((c) => c.number());
      if (xyz.length < 2) p.fail(`expected a position [x, y] or [x, y, z], found ${xyz.length} numbers`);
      return { xyz, reader: p };
    });
    if (points.length < 2) reader.fail(`expected a line of at least two positions, found ${points.length}`);
    return points;
  };
  if (type === 'LineString') return [line(coordinates)];
  if (type === 'MultiLineString') return coordinates.items().map(line);
  return geometry.key('type').fail(`expected a LineString or MultiLineString, found ${JSON.stringify(type)}`);
}

/** A vertex's depth (`depthM`, one number or one per vertex) or height (`heightM`, or the position's z). */
function heightOf(props: JsonReader, vertex: Vertex, k: number): Pick<NetworkVertex, 'depthM' | 'heightM'> {
  const perVertex = (key: string): JsonReader | null => {
    const r = props.key(key);
    if (r.isMissing()) return null;
    return Array.isArray(r.value) ? (r.items()[k] ?? r.fail(`expected a value for position ${k}`)) : r;
  };
  const depth = perVertex('depthM');
  if (depth) {
    const d = depth.number();
    if (d < 0 || d > 30) depth.fail(`expected a depth between 0 and 30 m, found ${d}`);
    return { depthM: d, heightM: null };
  }
  const height = perVertex('heightM');
  if (height) return { depthM: null, heightM: height.number() };
  const z = vertex.xyz[2];
  if (z !== undefined) return { depthM: null, heightM: z };
  return props.fail('expected depthM (depth of cover), heightM (DHHN2016) or positions with a height');
}
