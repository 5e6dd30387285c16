import type { Point3 } from '../mesh/triangulate.ts';
import { normaliseCrs } from '../../core/geo/crs.ts';
import { JsonReader } from '../../core/input/json-reader.ts';

/** One polygon surface with holes (outer ring first) and its semantic type, if any. */
export interface ImportedSurface {
  rings: Point3[][];
  /** RoofSurface, WallSurface, GroundSurface ... or null. */
  semantic: string | null;
}

/** A building from a real-data source, coordinates still in the source CRS. */
export interface ImportedBuilding {
  id: string;
  name: string;
  address: string;
  /** Height from the data's attributes, when it has one. */
  height?: number;
  roof: string;
  use: string;
  surfaces: ImportedSurface[];
}

/** What a real-data parser returns: the buildings and the CRS the data says it is in. */
export interface ImportedCity {
  /** Normalised `EPSG:n`, or null when the data names none. */
  crs: string | null;
  /** The CRS text as found, for messages. */
  crsText: string;
  buildings: ImportedBuilding[];
}

const BUILDING_TYPES = new Set(['Building', 'BuildingPart', 'BuildingInstallation']);

/** Options for parseCityJson. */
export interface CityJsonOptions {
  /** The level of detail to draw (`"2.2"`, `"1"`); default the highest each object has. */
  lod?: string;
}

/** A vertex by index (already scaled and translated), or undefined out of range. */
export type VertexAt = (i: number) => Point3 | undefined;

/** Vertices looked up by index, and how many there are (for messages). */
export interface CityJsonVertices {
  at: VertexAt;
  count: number;
}

/** Checks `type` and `version` of a CityJSON document (or its header), naming the path of what is wrong. */
export function checkCityJsonHeader(root: JsonReader): void {
  if (root.key('type').string() !== 'CityJSON') root.key('type').fail('expected "CityJSON"');
  const version = root.key('version').string();
  if (!/^(1\.0|1\.1|2\.0)(\.\d+)?$/.test(version))
    root.key('version').fail(`unsupported CityJSON version ${version} (1.0, 1.1 and 2.0 are)`);
}

/** The `transform` of a document: `scale` and `translate` (1 and 0 when it has none). */
export function readTransform(root: JsonReader): { scale: Point3; translate: Point3 } {
  const scale: Point3 = [1, 1, 1];
  const translate: Point3 = [0, 0, 0];
  const tr = root.key('transform');
  if (!tr.isMissing()) {
    tr.key('scale')
      .items()
      .forEach((r, i) => i < 3 && (scale[i] = r.number()));
    tr.key('translate')
      .items()
      .forEach((r, i) => i < 3 && (translate[i] = r.number()));
  }
  return { scale, translate };
}

/** Parses CityJSON 1.0 / 1.1 / 2.0 (already JSON-parsed): Buildings with their parts, the chosen LoD. */
export function parseCityJson(value: unknown, file: string, opts: CityJsonOptions = {}): ImportedCity {
  const root = new JsonReader(file, value);
  checkCityJsonHeader(root);
  const { scale, translate } = readTransform(root);
  const vertices: Point3[] = root
    .key('vertices')
    .items()
    .map((v) => {
      const xyz = v.items();
      if (xyz.length < 3) v.fail(`a vertex needs 3 coordinates, found ${xyz.length}`);
      return [0, 1, 2].map((i) => (xyz[i] as JsonReader).number() * scale[i]! + translate[i]!) as Point3;
    });
  const crsText = root.key('metadata').key('referenceSystem').optionalString('');
  const objects = new Map(root.key('CityObjects').entries());
  const table = { at: (i: number) => vertices[i], count: vertices.length };
  const buildings: ImportedBuilding[] = [];
  for (const [id, obj] of objects) {
    const b = cityObjectBuilding(id, obj, (c) => objects.get(c), table, opts.lod);
    if (b) buildings.push(b);
  }
  return { crs: crsText ? normaliseCrs(crsText) : null, crsText, buildings };
}

/**
 * A root Building (its parts found by `objectAt`) as one building, or null for any other object (a part, a
 * tree, a road): a part is drawn with its Building.
 */
export function cityObjectBuilding(
  id: string,
  obj: JsonReader,
  objectAt: (id: string) => JsonReader | undefined,
  vertices: CityJsonVertices,
  lod?: string,
): ImportedBuilding | null {
  const type = obj.key('type').string();
  if (!BUILDING_TYPES.has(type)) return null;
  const parents = obj.key('parents');
  if (!parents.isMissing() && parents.items().length > 0) return null;
  const surfaces: ImportedSurface[] = [];
  const collect = (o: JsonReader, depth: number): void => {
    surfaces.push(...readGeometry(o, vertices, lod));
    const children = o.key('children');
    if (children.isMissing() || depth > 8) return;
    for (const c of children.items()) {
      const child = objectAt(c.string()) ?? c.fail(`child ${c.string()} is not in CityObjects`);
      collect(child, depth + 1);
    }
  };
  collect(obj, 0);
  const attrs = obj.key('attributes');
  const attr = (k: string): string => {
    const v = attrs.key(k).value;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  const measured = Number(attr('measuredHeight') || attr('height'));
  return {
    id,
    name: attr('name'),
    address: readAddress(obj),
    height: Number.isFinite(measured) && measured > 0 ? measured : undefined,
    roof: attr('roofType') || '',
    use: attr('function') || attr('usage') || 'building',
    surfaces,
  };
}

function readGeometry(obj: JsonReader, vertices: CityJsonVertices, lod?: string): ImportedSurface[] {
  const geoms = obj.key('geometry');
  if (geoms.isMissing()) return [];
  const list = geoms.items().filter((g) => g.key('type').string() !== 'GeometryInstance');
  if (!list.length) return [];
  // The level of detail asked for when the object has it, else the finest it has.
  const lodOf = (g: JsonReader): number => Number(g.key('lod').value) || 0;
  const best =
    list.find((g) => lod !== undefined && Number(g.key('lod').value) === Number(lod)) ??
    list.reduce((a, b) => (lodOf(b) > lodOf(a) ? b : a));
  const type = best.key('type').string();
  const depths: Record<string, number> = {
    MultiSurface: 1,
    CompositeSurface: 1,
    Solid: 2,
    MultiSolid: 3,
    CompositeSolid: 3,
  };
  const depth = depths[type] ?? best.key('type').fail(`unsupported geometry type ${type}`);
  const semSurfaces = best.key('semantics').key('surfaces');
  const semTypes = semSurfaces.isMissing() ? [] : semSurfaces.items().map((s) => s.key('type').string());
  const out: ImportedSurface[] = [];
  const walk = (b: JsonReader, v: JsonReader, level: number): void => {
    if (level > 1) {
      b.items().forEach((child, i) => walk(child, arrayAt(v, i), level - 1));
      return;
    }
    // b is one surface: a list of rings of vertex indices.
    const rings = b.items().map((ring) =>
      ring.items().map((ix) => {
        const i = ix.number();
        const p = Number.isInteger(i) ? vertices.at(i) : undefined;
        return p ?? ix.fail(`vertex index ${i} out of range (0..${vertices.count - 1})`);
      }),
    );
    const semIndex = v.value;
    const semantic = typeof semIndex === 'number' ? (semTypes[semIndex] ?? null) : null;
    if (rings[0] && rings[0].length >= 3) out.push({ rings, semantic });
  };
  const values = best.key('semantics').key('values');
  best
    .key('boundaries')
    .items()
    .forEach((b, i) => walk(b, arrayAt(values, i), depth));
  return out;
}

function arrayAt(r: JsonReader, i: number): JsonReader {
  if (r.isMissing() || !Array.isArray(r.value)) return new JsonReader(r.file, undefined, [...r.path, i]);
  return r.items()[i] ?? new JsonReader(r.file, undefined, [...r.path, i]);
}

function readAddress(obj: JsonReader): string {
  const a = obj.key('address');
  const first = Array.isArray(a.value) ? a.items()[0] : a.isMissing() ? undefined : a;
  if (!first) return '';
  const s = (k: string): string => {
    const v = first.key(k).value;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  };
  const street = [s('ThoroughfareName') || s('street'), s('ThoroughfareNumber') || s('housenumber')]
    .filter(Boolean)
    .join(' ');
  const city = [s('PostalCode') || s('postcode'), s('LocalityName') || s('city')].filter(Boolean).join(' ');
  return [street, city].filter(Boolean).join(', ');
}
