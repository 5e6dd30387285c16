// A streaming CityGML 1.0 / 2.0 / 3.0 reader: text goes in chunk by chunk, each Building comes out as soon as it
// closes, so memory holds one building (and a bounded cache of linkable polygons), never the document.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Point3 } from '../../mesh/triangulate.ts';
import { InputError } from '../../../core/input/input-error.ts';
import type { ImportedBuilding } from '../cityjson.ts';
import { BUILDING_PROPERTIES, BuildingDraft, type GmlPolygon } from './citygml-building.ts';
import { openRing, parseCoordinates, parsePosList } from './gml-coordinates.ts';

/** Options for createCityGmlReader. */
export interface CityGmlReaderOptions {
  /** The file name for messages. */
  file: string;
  /** The level of detail to keep (1, 2 …); default the highest each building has. */
  lod?: number;
  /** Receives each building when its element closes, with the document's first `srsName` so far. */
  onBuilding(building: ImportedBuilding, srsName: string): void;
}

/** What a whole document said about itself. */
export interface CityGmlSummary {
  version: string;
  /** The first `srsName` in the document ('' when it has none). */
  srsName: string;
  buildings: number;
  /** XLinks to polygons that were not found (not drawn). */
  unresolved: number;
  /** How many buildings had each LoD. */
  lods: Map<number, number>;
}

/** A push reader: `write` text chunks, then `close` for the summary; throws InputError with line:col and path. */
export interface CityGmlReader {
  write(text: string): void;
  close(): CityGmlSummary;
}

const SEMANTIC = /^(Wall|Roof|Ground|Closure|OuterCeiling|OuterFloor|Floor|Ceiling|InteriorWall)Surface$/;
const POLYGON = new Set(['Polygon', 'Triangle', 'PolygonPatch', 'Rectangle']);
const RING_TEXT = new Set(['posList', 'pos', 'coordinates']);
// How many polygons with a gml:id are kept for links from later buildings (shared walls).
const LINK_CACHE = 20_000;

interface Frame {
  tag: SaxesTagNS;
  lod?: number;
  semantic?: string | null;
  dim?: number;
}

/** Creates a streaming CityGML reader. */
export function createCityGmlReader(opts: CityGmlReaderOptions): CityGmlReader {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  const cache = createLinkCache(LINK_CACHE);
  const summary: CityGmlSummary = { version: '', srsName: '', buildings: 0, unresolved: 0, lods: new Map() };
  let building: BuildingDraft | null = null;
  let buildingDepth = -1;
  let polygon: GmlPolygon | null = null;
  let ring: Point3[] = [];
  let text = '';
  let collecting = false;

  const place = (): string => {
    const path = stack.map((f) => {
      const id = attr(f.tag, 'id');
      return id ? `${f.tag.name}[@gml:id="${id}"]` : f.tag.name;
    });
    return `line ${parser.line}:${parser.column} (${path.join('/') || 'document'})`;
  };
  const fail = (detail: string): never => {
    throw new InputError(opts.file, place(), detail);
  };
  const context = <K extends 'lod' | 'semantic' | 'dim'>(key: K): Frame[K] | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]![key] !== undefined) return stack[i]![key];
    return undefined;
  };

  parser.on('error', (err) => fail(err.message.replace(/^\d+:\d+: /, '')));
  parser.on('opentag', (tag) => {
    const frame: Frame = { tag };
    const local = tag.local;
    const a = attrsOf(tag);
    if (stack.length === 0) {
      const m = /\/citygml\/(\d\.\d)$/.exec(tag.uri);
      if (local !== 'CityModel' || !m?.[1])
        fail(`not CityGML: the root element is <${tag.name}> in "${tag.uri || 'no namespace'}"`);
      summary.version = m?.[1] ?? '';
    }
    if (a.srsName && !summary.srsName) summary.srsName = a.srsName;
    const dim = Number(a.srsDimension);
    if (dim) frame.dim = dim;
    const lod = /^lod([0-4])/.exec(local);
    if (lod) frame.lod = Number(lod[1]);
    if (SEMANTIC.test(local)) frame.semantic = local;
    stack.push(frame);
    if (local === 'Building' && !building && tag.uri.includes('/citygml/building/')) {
      building = new BuildingDraft(a.id || `building-${summary.buildings + 1}`);
      buildingDepth = stack.length;
      return;
    }
    if (!building) return;
    const href = a.href;
    if (href?.startsWith('#'))
      building.addLink(href.slice(1), context('lod') ?? 0, context('semantic') ?? null);
    if (POLYGON.has(local) && isGml(tag)) {
      polygon = {
        id: attr(tag, 'id'),
        rings: [],
        semantic: context('semantic') ?? null,
        lod: context('lod') ?? 0,
      };
    } else if (polygon && local === 'LinearRing') ring = [];
    collecting =
      (polygon !== null && RING_TEXT.has(local)) ||
      stack.length === buildingDepth + 1 ||
      isAddressPart(stack);
    text = '';
  });
  parser.on('text', (t) => {
    if (collecting) text += t;
  });
  parser.on('closetag', (tag) => {
    const local = tag.local;
    if (building) {
      if (polygon && RING_TEXT.has(local)) {
        try {
          const dim = context('dim') ?? 3;
          ring.push(...(local === 'coordinates' ? parseCoordinates(text) : parsePosList(text, dim)));
        } catch (e) {
          fail((e as Error).message);
        }
      } else if (polygon && local === 'LinearRing') {
        try {
          polygon.rings.push(openRing(ring));
        } catch (e) {
          fail((e as Error).message);
        }
      } else if (polygon && POLYGON.has(local) && isGml(tag)) {
        if (!polygon.rings.length) fail('a polygon without an exterior ring');
        building.addPolygon(polygon);
        if (polygon.id) cache.add(polygon);
        polygon = null;
      } else if (stack.length === buildingDepth + 1 && BUILDING_PROPERTIES.has(local)) {
        building.setProperty(local, text.trim());
      } else readAddress(building, stack, text);
      if (stack.length === buildingDepth) {
        const done = building.finish(opts.lod, (id) => cache.get(id));
        summary.buildings++;
        summary.unresolved += done.unresolved;
        for (const l of done.lods) summary.lods.set(l, (summary.lods.get(l) ?? 0) + 1);
        building = null;
        buildingDepth = -1;
        if (done.building.surfaces.length) opts.onBuilding(done.building, summary.srsName);
      }
    }
    stack.pop();
    collecting = false;
  });

  return {
    write(chunk) {
      parser.write(chunk);
    },
    close() {
      if (!stack.length && !summary.version) fail('the file holds no XML element (empty?)');
      parser.close();
      return summary;
    },
  };
}

// The four attributes the reader looks at, found in one pass over a tag's attributes.
function attrsOf(tag: SaxesTagNS): { id: string; srsName: string; srsDimension: string; href: string } {
  const out = { id: '', srsName: '', srsDimension: '', href: '' };
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    if (a.local === 'id' || a.local === 'srsName' || a.local === 'srsDimension' || a.local === 'href')
      out[a.local] = a.value;
  }
  return out;
}

function attr(tag: SaxesTagNS, local: string): string {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return '';
}

function isGml(tag: SaxesTagNS): boolean {
  return tag.uri.startsWith('http://www.opengis.net/gml');
}

/** Polygons with a gml:id kept for links from later buildings; the oldest is forgotten first, in O(1). */
function createLinkCache(size: number): {
  get(id: string): GmlPolygon | undefined;
  add(p: GmlPolygon): void;
} {
  const byId = new Map<string, GmlPolygon>();
  // A ring of the ids in arrival order: a Map's own oldest entry is slow to find once many were deleted.
  const ring: (GmlPolygon | undefined)[] = new Array<GmlPolygon | undefined>(size);
  let next = 0;
  return {
    get: (id) => byId.get(id),
    add(p) {
      const old = ring[next];
      if (old && byId.get(old.id) === old) byId.delete(old.id);
      ring[next] = p;
      next = (next + 1) % size;
      byId.set(p.id, p);
    },
  };
}

// xAL 2 (CityGML 1.0/2.0) names its parts directly; xAL 3 (CityGML 3.0) puts NameElement/Number/Identifier
// under Thoroughfare, PostCode and Locality.
function isAddressPart(stack: readonly Frame[]): boolean {
  const local = stack.at(-1)?.tag.local ?? '';
  return /^(ThoroughfareName|ThoroughfareNumber|PostalCodeNumber|LocalityName|NameElement|Number|Identifier)$/.test(
    local,
  );
}

function readAddress(b: BuildingDraft, stack: readonly Frame[], text: string): void {
  const local = stack.at(-1)?.tag.local ?? '';
  const parent = stack.at(-2)?.tag.local ?? '';
  const v = text.trim();
  if (!v || !isAddressPart(stack)) return;
  const a = b.address;
  if (local === 'ThoroughfareName' || (parent === 'Thoroughfare' && local === 'NameElement')) a.street ||= v;
  else if (local === 'ThoroughfareNumber' || (parent === 'Thoroughfare' && local === 'Number'))
    a.number ||= v;
  else if (local === 'PostalCodeNumber' || (parent === 'PostCode' && local === 'Identifier'))
    a.postcode ||= v;
  else if ((local === 'LocalityName' || (parent === 'Locality' && local === 'NameElement')) && !a.city)
    a.city = v;
}
