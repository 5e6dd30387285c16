// Turns an entry of the EPSG definition set into a proj4 definition we can use: compound codes resolve to their
// horizontal part, and the DHDN grid shift uses the national grid when it is loaded, a 7-parameter one otherwise.

/** One entry of an EPSG definition set: the number, its kind, its proj4 string and its WKT. */
export interface EpsgEntry {
  code: string;
  kind: string;
  name: string;
  proj4: string;
  wkt: string;
}

/** Finds an EPSG entry by its number (`'25833'`); undefined when the set has none. */
export type EpsgLookup = (code: string) => EpsgEntry | undefined;

/** A CRS ready for proj4: the code asked for, the horizontal definition used, and what to tell the user. */
export interface CrsDefinition {
  /** `EPSG:n` as asked for (a compound code stays compound). */
  code: string;
  name: string;
  /** The proj4 string of the horizontal part. */
  proj4: string;
  /** Coordinates are degrees (longitude, latitude), not metres. */
  geographic: boolean;
  /** Said on the command line: the horizontal code of a compound one, a datum shift without its grid. */
  notes: string[];
}

/** DHDN to WGS 84 (2), EPSG transformation 1777: the 7-parameter shift for Germany, stated accuracy 3 m. */
export const DHDN_TOWGS84 = '598.1,73.7,418.2,0.202,0.045,-2.455,6.7';
/** The accuracy (metres) of DHDN_TOWGS84 as the EPSG registry states it; the README repeats it. */
export const DHDN_SHIFT_ACCURACY_M = 3;
/** The national DHDN grid (BKG's BeTA2007, NTv2) that the EPSG set names for Gauss-Krüger zones. */
export const BETA2007 = 'BETA2007.gsb';

/** Resolves `EPSG:n` to a horizontal proj4 definition; `grids` are the NTv2 grid names already loaded. */
export function resolveEpsg(code: string, lookup: EpsgLookup, grids: ReadonlySet<string>): CrsDefinition {
  const n = /^EPSG:(\d+)$/.exec(code)?.[1];
  if (!n) throw new Error(`${code} is not an EPSG code (write EPSG:n)`);
  const entry = lookup(n);
  if (!entry) throw new Error(`unknown CRS ${code}: not in the EPSG definition set`);
  const notes: string[] = [];
  let horizontal = entry;
  if (entry.kind === 'CRS-COMPOUNDCRS') {
    const h = horizontalCodeOf(entry.wkt);
    const found = h ? lookup(h) : undefined;
    if (!found)
      throw new Error(`${code} (${entry.name}): its horizontal part is not in the EPSG definition set`);
    horizontal = found;
    notes.push(`${code} is compound: positions in EPSG:${h} (${found.name}), heights as given`);
  } else if (entry.kind === 'CRS-VERTCRS') {
    throw new Error(`${code} (${entry.name}) is a vertical CRS: give the horizontal or compound one`);
  } else if (entry.kind === 'CRS-GCENCRS') {
    throw new Error(`${code} (${entry.name}) is geocentric (X/Y/Z): give a projected or geographic CRS`);
  }
  if (!horizontal.proj4)
    throw new Error(`${code} (${entry.name}): the EPSG definition set has no proj4 form`);
  const proj = withGridFallback(horizontal.proj4, grids, notes, code);
  return { code, name: entry.name, proj4: proj, geographic: /\+proj=longlat\b/.test(proj), notes };
}

function withGridFallback(given: string, grids: ReadonlySet<string>, notes: string[], code: string): string {
  // proj's `potsdam` datum is DHDN with the EPSG:1777 shift: written as the grid it stands in for, one rule decides.
  const proj = given.replace(/\+datum=potsdam\b/, `+ellps=bessel +nadgrids=${BETA2007}`);
  const m = /\+nadgrids=(\S+)/.exec(proj);
  if (!m?.[1]) return proj;
  const wanted = m[1].split(',').map((g) => g.replace(/^@/, ''));
  if (wanted.every((g) => g === 'null' || grids.has(g))) return proj;
  if (wanted.includes(BETA2007)) {
    notes.push(
      `${code}: DHDN shifted with EPSG:1777 (7 parameters, about ${DHDN_SHIFT_ACCURACY_M} m); give --grid ${BETA2007} for centimetres`,
    );
    return proj.replace(m[0], `+towgs84=${DHDN_TOWGS84}`);
  }
  throw new Error(`${code} needs the grid ${wanted.join(', ')}: give it with --grid <file.gsb>`);
}

/** The EPSG number of a WKT1 compound CRS's first (horizontal) part, e.g. 28992 for EPSG:7415. */
export function horizontalCodeOf(wkt: string): string | null {
  const open = wkt.indexOf('[');
  if (!wkt.startsWith('COMPD_CS') || open < 0) return null;
  // Skip the compound's own name, then take the first bracketed element whole.
  let i = wkt.indexOf(',', skipString(wkt, open + 1)) + 1;
  const start = i;
  let depth = 0;
  for (; i < wkt.length; i++) {
    const c = wkt[i];
    if (c === '"') i = skipString(wkt, i) - 1;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  const part = wkt.slice(start, i + 1);
  const codes = [...part.matchAll(/AUTHORITY\["EPSG","(\d+)"\]/g)];
  return codes.at(-1)?.[1] ?? null;
}

function skipString(s: string, i: number): number {
  if (s[i] !== '"') return i;
  const end = s.indexOf('"', i + 1);
  return end < 0 ? s.length : end + 1;
}
