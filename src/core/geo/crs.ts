import proj4 from 'proj4';
import { resolveEpsg, type CrsDefinition, type EpsgLookup } from './epsg.ts';
import { UTM33N } from './geo-frame.ts';

/** A projection from a source CRS to ETRS89 / UTM 33N. */
export type ToUtm33 = (x: number, y: number) => [number, number];

// The AdV's own CRS names in German CityGML (urn:adv:crs:…): position part first, a height part after `*`.
const ADV: [RegExp, (m: RegExpExecArray) => string][] = [
  [/ETRS89_UTM(\d{2})/i, (m) => `EPSG:258${m[1]}`],
  [/DE_DHDN_3GK([2-5])/i, (m) => `EPSG:${31464 + Number(m[1])}`],
  [/ETRS89_Lat-Lon/i, () => 'EPSG:4258'],
];

/** A resolved CRS: a normalised `EPSG:n` code, or null when the text names no EPSG code. */
export function normaliseCrs(text: string): string | null {
  const t = text.trim();
  if (/CRS84$/i.test(t) || /OGC\/1\.3\/CRS84/i.test(t)) return 'EPSG:4326';
  if (/^urn:adv:crs:/i.test(t)) {
    for (const [re, code] of ADV) {
      const m = re.exec(t);
      if (m) return code(m);
    }
    return null;
  }
  // Plain `EPSG:25833`, OGC URNs `urn:ogc:def:crs:EPSG::25833` or with a version `EPSG:6.12:25833`
  // (compound `crs,crs:…`: the first, horizontal one) and URLs `https://www.opengis.net/def/crs/EPSG/0/25833`.
  const m = /EPSG(?::[\d.]*:|:|\/[\d.]+\/|\/)(\d+)/i.exec(t) ?? /^(\d{4,5})$/.exec(t);
  return m?.[1] ? `EPSG:${m[1]}` : null;
}

/** True when proj4 has a definition for the code. */
export function isKnownCrs(code: string): boolean {
  try {
    return proj4.defs(code) !== undefined;
  } catch {
    return false;
  }
}

/** A function that projects [x, y] in `code` to ETRS89 / UTM 33N; throws on a code proj4 does not know. */
export function createToUtm33(code: string): ToUtm33 {
  if (!isKnownCrs(code)) throw new Error(`unknown CRS ${code}: no projection definition (give --crs EPSG:n)`);
  if (code === UTM33N) return (x, y) => [x, y];
  const conv = proj4(code, UTM33N);
  return (x, y) => {
    const [e, n] = conv.forward([x, y]);
    return [e ?? NaN, n ?? NaN];
  };
}

/** The reference systems an import can use: any code of an EPSG definition set, defined in proj4 on first use. */
export interface CrsRegistry {
  /** Defines `EPSG:n` in proj4 (once) and says what was used; throws with the reason when it cannot. */
  define(code: string): CrsDefinition;
  /** Loads an NTv2 grid (`.gsb`) under its file name, e.g. `BETA2007.gsb`; later definitions use it. */
  addGrid(name: string, data: ArrayBuffer): void;
}

/** A registry over an EPSG definition set (epsg-index's entries, read by the caller). */
export function createCrsRegistry(lookup: EpsgLookup): CrsRegistry {
  const grids = new Set<string>();
  const defined = new Map<string, CrsDefinition>();
  return {
    define(code) {
      const known = defined.get(code);
      if (known) return known;
      const def = resolveEpsg(code, lookup, grids);
      proj4.defs(code, def.proj4);
      defined.set(code, def);
      return def;
    },
    addGrid(name, data) {
      proj4.nadgrid(name, data);
      grids.add(name);
      defined.clear();
    },
  };
}
