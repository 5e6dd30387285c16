/** A square site on the ground, divided into cells. */
export interface StudySite {
  /** Centre of the site, model frame. */
  x: number;
  z: number;
  /** Side length and cell size, metres. */
  size: number;
  resolution: number;
  /** Height of the ground the study samples (a little above it, so the ground does not shade itself). */
  y: number;
}

/** Hours of direct sun per cell, row by row from the north-west corner (row: z, column: x). */
export interface SunHoursGrid {
  site: StudySite;
  cells: number;
  hours: Float32Array;
}

/** The number of cells along a side. */
export const cellsOf = (site: StudySite): number => Math.max(1, Math.round(site.size / site.resolution));

/** The sun hours of the cell holding x, z, or null outside the site. */
export function hoursAt(grid: SunHoursGrid, x: number, z: number): number | null {
  const { site, cells } = grid;
  const col = Math.floor(((x - (site.x - site.size / 2)) / site.size) * cells);
  const row = Math.floor(((z - (site.z - site.size / 2)) / site.size) * cells);
  if (col < 0 || row < 0 || col >= cells || row >= cells) return null;
  return grid.hours[row * cells + col] ?? null;
}

/** Each cell's loss of sun hours from `before` to `after` (positive: what the proposals shade). */
export function lostHours(before: SunHoursGrid, after: SunHoursGrid): SunHoursGrid {
  const hours = new Float32Array(after.hours.length);
  for (let i = 0; i < hours.length; i++) hours[i] = Math.max(0, before.hours[i]! - after.hours[i]!);
  return { ...after, hours };
}
