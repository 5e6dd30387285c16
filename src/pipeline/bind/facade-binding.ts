// Binding sensor positions to the building whose façade is nearest, in the ground plane (glTF x, z).
import type { GeoFrame } from '../../core/geo/geo-frame.ts';
import { distanceToSegment } from '../mesh/polygon.ts';
import { toEntry, type RegistryEntry, type RegistrySourceEntry } from '../../core/sensors/registry.ts';

/** A building's façade seen from above: its wall triangles as XZ segments, flat `[ax, az, bx, bz, ...]`. */
export interface FacadeOutline {
  id: string;
  segments: readonly number[];
}

/** Options of `bindToFacades` and `wallSegmentOf`. */
export interface FacadeBindingOptions {
  /** Farthest a sensor may be from a façade, metres. */
  maxDistance: number;
  /** A triangle counts as wall when |normal.y| is at most this (0 vertical, 1 flat). */
  maxNormalY: number;
}

/** Defaults: 30 m reach; walls within about 15 degrees of vertical. */
export const FACADE_BINDING_DEFAULTS: FacadeBindingOptions = { maxDistance: 30, maxNormalY: 0.25 };

/** What binding needs besides the rows: names for messages, the known ids and the city's frame. */
export interface FacadeBindingContext {
  /** The registry file, as the user named it. */
  fileName: string;
  /** The city model, as the user named it. */
  cityName: string;
  /** Every feature id of the city (rows that name a building must name one of these). */
  knownIds: ReadonlySet<string>;
  /** The city's local frame; null when the model has no georeference (then only x/z rows bind). */
  frame: GeoFrame | null;
}

/** A row bound by position: where it stands in local x/z and how far the chosen façade is. */
export interface BoundRow {
  line: number;
  sensor: string;
  building: string;
  x: number;
  z: number;
  distance: number;
}

/** The plain registry and, for each row bound by position, how it was bound. */
export interface FacadeBindingResult {
  entries: RegistryEntry[];
  bound: BoundRow[];
}

/** The footprint of a wall triangle (x, y, z points) as one XZ segment `[ax, az, bx, bz]`, or null if not a wall. */
export function wallSegmentOf(
  a: readonly number[],
  b: readonly number[],
  c: readonly number[],
  maxNormalY = FACADE_BINDING_DEFAULTS.maxNormalY,
): [number, number, number, number] | null {
  const [ax = 0, ay = 0, az = 0] = a;
  const [bx = 0, by = 0, bz = 0] = b;
  const [cx = 0, cy = 0, cz = 0] = c;
  const ux = bx - ax,
    uy = by - ay,
    uz = bz - az;
  const vx = cx - ax,
    vy = cy - ay,
    vz = cz - az;
  const nx = uy * vz - uz * vy;
  const ny = uz * vx - ux * vz;
  const nz = ux * vy - uy * vx;
  const len = Math.hypot(nx, ny, nz);
  if (len < 1e-9 || Math.abs(ny) / len > maxNormalY) return null;
  // A vertical triangle projects onto a line: its longest projected edge covers the other two.
  const edges: [number, number, number, number][] = [
    [ax, az, bx, bz],
    [bx, bz, cx, cz],
    [cx, cz, ax, az],
  ];
  let best = edges[0] as [number, number, number, number];
  let bestLen = -1;
  for (const e of edges) {
    const l = Math.hypot(e[2] - e[0], e[3] - e[1]);
    if (l > bestLen) [best, bestLen] = [e, l];
  }
  return bestLen > 1e-6 ? best : null;
}

/** The outline whose nearest segment is closest to (x, z), and that distance; null without segments. */
export function nearestFacade(
  x: number,
  z: number,
  outlines: readonly FacadeOutline[],
): { id: string; distance: number } | null {
  let best: { id: string; distance: number } | null = null;
  for (const { id, segments: s } of outlines) {
    for (let i = 0; i + 3 < s.length; i += 4) {
      const d = distanceToSegment(
        [x, z],
        [s[i] as number, s[i + 1] as number],
        [s[i + 2] as number, s[i + 3] as number],
      );
      if (d < (best?.distance ?? Infinity)) best = { id, distance: d };
    }
  }
  return best;
}

/** A row's position in local glTF x/z (x east, z south): from x/z, easting/northing or lon/lat; null if none. */
export function localPositionOf(
  row: RegistrySourceEntry,
  frame: GeoFrame | null,
): { x: number; z: number } | null {
  if (row.x !== undefined && row.z !== undefined) return { x: row.x, z: row.z };
  if (!frame) return null;
  if (row.easting !== undefined && row.northing !== undefined) {
    const [e, n] = frame.utmToEN(row.easting, row.northing);
    return { x: e, z: -n };
  }
  if (row.lon !== undefined && row.lat !== undefined) {
    const [e, n] = frame.lonLatToEN(row.lon, row.lat);
    return { x: e, z: -n };
  }
  return null;
}

/** Binds every row without a building to the nearest façade; throws one line naming the file and line. */
export function bindToFacades(
  rows: readonly RegistrySourceEntry[],
  outlines: readonly FacadeOutline[],
  context: FacadeBindingContext,
  maxDistance = FACADE_BINDING_DEFAULTS.maxDistance,
): FacadeBindingResult {
  const { fileName, cityName, knownIds, frame } = context;
  const bound: BoundRow[] = [];
  const entries = rows.map((row) => {
    const fail = (message: string): never => {
      throw new Error(`${fileName} line ${row.line}: ${message}`);
    };
    if (row.building) {
      if (!knownIds.has(row.building)) fail(`building "${row.building}" is not in ${cityName}`);
      return toEntry(row);
    }
    const at = localPositionOf(row, frame);
    if (!at)
      fail(`${cityName} has no georeference (extras.stadtzwilling.origin); give x,z in local metres instead`);
    const { x, z } = at as { x: number; z: number };
    const nearest = nearestFacade(x, z, outlines);
    if (!nearest || nearest.distance > maxDistance) {
      const what = nearest ? `the nearest, ${nearest.id}, is ${nearest.distance.toFixed(1)} m away` : 'none';
      fail(`no building façade within ${maxDistance} m of x ${x.toFixed(1)}, z ${z.toFixed(1)} (${what})`);
    }
    const { id, distance } = nearest as { id: string; distance: number };
    bound.push({ line: row.line, sensor: row.sensor, building: id, x, z, distance });
    return toEntry({ ...row, building: id });
  });
  return { entries, bound };
}
