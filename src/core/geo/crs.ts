import proj4 from 'proj4';
import { UTM33N } from './geo-frame.ts';

/** A resolved CRS: a normalised `EPSG:n` code, or null when the text names no EPSG code. */
export function normaliseCrs(text: string): string | null {
  const t = text.trim();
  if (/CRS84$/i.test(t) || /OGC\/1\.3\/CRS84/i.test(t)) return 'EPSG:4326';
  // Plain `EPSG:25833`, OGC URNs `urn:ogc:def:crs:EPSG::25833` (compound: the first, horizontal one)
  // and URLs `https://www.opengis.net/def/crs/EPSG/0/25833`.
  const m = /EPSG(?::|::|\/0\/|\/)(\d+)/i.exec(t) ?? /^(\d{4,5})$/.exec(t);
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

/** A function that projects [x, y] in `code` to ETRS89 / UTM 33N; throws on an unknown code. */
export function createToUtm33(code: string): (x: number, y: number) => [number, number] {
  if (!isKnownCrs(code)) throw new Error(`unknown CRS ${code}: no projection definition (give --crs EPSG:n)`);
  if (code === UTM33N) return (x, y) => [x, y];
  const conv = proj4(code, UTM33N);
  return (x, y) => {
    const [e, n] = conv.forward([x, y]);
    return [e ?? NaN, n ?? NaN];
  };
}
