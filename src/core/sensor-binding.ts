import type { RegistryEntry, RegistrySourceEntry } from './registry.ts';

/** A building's centre, in local metres (x east, z south) and/or WGS84 degrees. */
export interface BuildingCentroid {
  id: string;
  x?: number;
  z?: number;
  lon?: number;
  lat?: number;
}

/** How far from a building's centre a sensor position may be and still bind to it. */
export const BINDING_DEFAULTS = { maxDistance: 80 };

const EARTH_RADIUS = 6_371_000;

/** Bind rows that give coordinates (and no building) to the nearest building centre; throws naming the line. */
export function bindToBuildings(
  rows: readonly RegistrySourceEntry[],
  centroids: readonly BuildingCentroid[],
  fileName: string,
  maxDistance = BINDING_DEFAULTS.maxDistance,
): RegistryEntry[] {
  return rows.map((row) => {
    const entry: RegistryEntry = {
      sensor: row.sensor,
      building: row.building ?? '',
      unit: row.unit || '°C',
      label: row.label || row.sensor,
    };
    if (row.height !== undefined) entry.height = row.height;
    if (entry.building) return entry;
    const nearest = nearestBuilding(row, centroids);
    if (!nearest)
      throw new Error(`${fileName} line ${row.line}: building is empty and no coordinates to bind`);
    if (nearest.distance > maxDistance) {
      throw new Error(`${fileName} line ${row.line}: no building within ${maxDistance} m of the coordinates`);
    }
    entry.building = nearest.id;
    return entry;
  });
}

/** The nearest building centre to a position and its distance in metres, or null when nothing is comparable. */
export function nearestBuilding(
  at: { lon?: number; lat?: number; x?: number; z?: number },
  centroids: readonly BuildingCentroid[],
): { id: string; distance: number } | null {
  let best: { id: string; distance: number } | null = null;
  for (const c of centroids) {
    let d = Infinity;
    if (at.x !== undefined && at.z !== undefined && c.x !== undefined && c.z !== undefined) {
      d = Math.hypot(at.x - c.x, at.z - c.z);
    } else if (at.lon !== undefined && at.lat !== undefined && c.lon !== undefined && c.lat !== undefined) {
      // Equirectangular distance: exact enough within a city.
      const k = Math.cos(((at.lat + c.lat) / 2) * (Math.PI / 180));
      const dx = (at.lon - c.lon) * k;
      const dy = at.lat - c.lat;
      d = Math.hypot(dx, dy) * (Math.PI / 180) * EARTH_RADIUS;
    }
    if (d < (best?.distance ?? Infinity)) best = { id: c.id, distance: d };
  }
  return best;
}
