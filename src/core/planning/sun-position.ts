import { getPosition } from 'suncalc';
import type { GeoOrigin } from '../geo/geo-frame.ts';

/** Where the sun stands: degrees above the horizon (refraction-corrected) and clockwise from north. */
export interface SunPosition {
  altitudeDeg: number;
  azimuthDeg: number;
}

/** A place on the earth, WGS84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Neubrandenburg's old town, for a model without a georeference. */
export const NEUBRANDENBURG: LatLon = { lat: 53.557, lon: 13.261 };

/** The model's place from its georeferenced origin, else Neubrandenburg's. */
export function cityLocation(origin: GeoOrigin | null): LatLon {
  const ok = origin && Number.isFinite(origin.lat) && Number.isFinite(origin.lon);
  return ok ? { lat: origin.lat, lon: origin.lon } : NEUBRANDENBURG;
}

/** The sun's position at an instant (ms, UTC) for a place (suncalc: Meeus' algorithms). */
export function sunPosition(utcMs: number, place: LatLon): SunPosition {
  const p = getPosition(new Date(utcMs), place.lat, place.lon);
  return { altitudeDeg: p.altitude, azimuthDeg: ((p.azimuth % 360) + 360) % 360 };
}

/** The unit vector towards the sun in the model's frame (x east, y up, z south). */
export function sunDirection(sun: SunPosition): [number, number, number] {
  const alt = (sun.altitudeDeg * Math.PI) / 180;
  const az = (sun.azimuthDeg * Math.PI) / 180;
  return [Math.sin(az) * Math.cos(alt), Math.sin(alt), -Math.cos(az) * Math.cos(alt)];
}
