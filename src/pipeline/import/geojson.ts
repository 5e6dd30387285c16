import type { ImportedBuilding, ImportedCity } from './cityjson.ts';
import { normaliseCrs } from '../../core/geo/crs.ts';
import { JsonReader } from '../../core/input/json-reader.ts';
import { parseOsmHeight } from '../default-city/osm.ts';

/** Options for parseGeoJsonFootprints. */
export interface FootprintOptions {
  /** Metres per `building:levels` level. */
  levelHeight: number;
  /** Height when a footprint has neither `height` nor `building:levels`. */
  defaultHeight: number;
}

/** Defaults for parseGeoJsonFootprints: 3 m per level, OSM style. */
export const FOOTPRINT_DEFAULTS: FootprintOptions = { levelHeight: 3, defaultHeight: 9 };

/** A footprint ready for extrusion: outer ring plus holes in the source CRS, and its height. */
export interface Footprint {
  building: Omit<ImportedBuilding, 'surfaces'> & { height: number };
  /** Polygons, each outer ring first then holes, [x, y] in the source CRS. */
  polygons: [number, number][][][];
  /** True when the height came from the default, not the data. */
  guessedHeight: boolean;
}

/** Parses GeoJSON building footprints (Polygon / MultiPolygon features); CRS84 unless a `crs` member says otherwise. */
export function parseGeoJsonFootprints(
  value: unknown,
  file: string,
  opts: Partial<FootprintOptions> = {},
): Omit<ImportedCity, 'buildings'> & { footprints: Footprint[] } {
  const o = { ...FOOTPRINT_DEFAULTS, ...opts };
  const root = new JsonReader(file, value);
  const type = root.key('type').string();
  const features =
    type === 'FeatureCollection'
      ? root.key('features').items()
      : type === 'Feature'
        ? [root]
        : root.key('type').fail(`expected FeatureCollection or Feature, found ${type}`);
  const crsText = root.key('crs').key('properties').key('name').optionalString('');
  const footprints: Footprint[] = [];
  features.forEach((f, i) => {
    const geom = f.key('geometry');
    if (geom.isMissing()) return;
    const gtype = geom.key('type').string();
    const coords = geom.key('coordinates');
    const polys = gtype === 'Polygon' ? [coords] : gtype === 'MultiPolygon' ? coords.items() : null;
    if (!polys) return;
    const polygons = polys.map((poly) =>
      poly.items().map((ring) => {
        const pts = ring.items().map((p): [number, number] => {
          const xy = p.items();
          if (xy.length < 2) p.fail(`a position needs 2 coordinates, found ${xy.length}`);
          return [(xy[0] as JsonReader).number(), (xy[1] as JsonReader).number()];
        });
        if (pts.length < 4) ring.fail(`a linear ring needs at least 4 positions, found ${pts.length}`);
        return pts;
      }),
    );
    const props = f.key('properties');
    const text = (k: string): string => {
      const v = props.key(k).value;
      return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    };
    const levels = Number(text('building:levels'));
    const tagged = parseOsmHeight(text('height') || undefined);
    const height = tagged ?? (levels > 0 ? levels * o.levelHeight : undefined);
    const idText = text('id') || text('@id') || String(f.key('id').value ?? '') || `feature-${i}`;
    footprints.push({
      building: {
        id: idText,
        name: text('name'),
        address: [
          [text('addr:street'), text('addr:housenumber')].filter(Boolean).join(' '),
          [text('addr:postcode'), text('addr:city')].filter(Boolean).join(' '),
        ]
          .filter(Boolean)
          .join(', '),
        height: height ?? o.defaultHeight,
        roof: text('roof:shape') || 'flat',
        use: text('building') && text('building') !== 'yes' ? text('building') : 'building',
      },
      polygons,
      guessedHeight: height === undefined,
    });
  });
  return {
    crs: crsText ? normaliseCrs(crsText) : 'EPSG:4326',
    crsText: crsText || 'RFC 7946 (WGS84 lon/lat)',
    footprints,
  };
}
