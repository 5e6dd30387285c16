/** A point in the model's ground plane: [east, north] in local metres. */
export type GroundPoint = readonly [number, number];

/** One building footprint: its feature index and rings (the first outer, the rest holes; or several outers). */
export interface FootprintPolygon {
  index: number;
  rings: readonly (readonly GroundPoint[])[];
}

/**
 * A feature-id grid over the ground: `data[row * width + col]` is the feature index + 1 (0: no building).
 * Row 0 is the southern edge (`minY`), column 0 the western edge (`minX`); cells are `cell` metres square.
 */
export interface FootprintRaster {
  width: number;
  height: number;
  minX: number;
  minY: number;
  cell: number;
  data: Uint16Array;
}

/** Cell size in metres, the largest grid side, and a margin around the footprints. */
export interface RasterOptions {
  cell: number;
  maxSize: number;
  margin: number;
}

/** Half-metre cells, at most 2048 a side (a larger area gets coarser cells), one metre of margin. */
export const RASTER_DEFAULTS: RasterOptions = { cell: 0.5, maxSize: 2048, margin: 1 };

/** The largest feature index a cell can hold (16 bits, 0 reserved for "none"). */
export const MAX_RASTER_FEATURES = 0xfffe;

/**
 * Rasterise footprints by scanlines, sampling cell centres with the even-odd rule (so holes stay empty).
 * A later polygon overwrites an earlier one where they overlap.
 */
export function rasteriseFootprints(
  polygons: readonly FootprintPolygon[],
  options: Partial<RasterOptions> = {},
): FootprintRaster {
  const o = { ...RASTER_DEFAULTS, ...options };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygons)
    for (const ring of polygon.rings)
      for (const [x, y] of ring) {
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
  if (minX > maxX) return { width: 1, height: 1, minX: 0, minY: 0, cell: o.cell, data: new Uint16Array(1) };
  minX -= o.margin;
  minY -= o.margin;
  maxX += o.margin;
  maxY += o.margin;
  const cell = Math.max(o.cell, Math.max(maxX - minX, maxY - minY) / o.maxSize);
  const width = Math.max(1, Math.min(o.maxSize, Math.ceil((maxX - minX) / cell)));
  const height = Math.max(1, Math.min(o.maxSize, Math.ceil((maxY - minY) / cell)));
  const raster: FootprintRaster = { width, height, minX, minY, cell, data: new Uint16Array(width * height) };
  for (const polygon of polygons) fillPolygon(raster, polygon);
  return raster;
}

function fillPolygon(raster: FootprintRaster, polygon: FootprintPolygon): void {
  if (polygon.index < 0 || polygon.index > MAX_RASTER_FEATURES) return;
  const { width, height, minX, minY, cell, data } = raster;
  let low = Infinity;
  let high = -Infinity;
  for (const ring of polygon.rings)
    for (const [, y] of ring) {
      low = Math.min(low, y);
      high = Math.max(high, y);
    }
  const firstRow = Math.max(0, Math.floor((low - minY) / cell - 0.5));
  const lastRow = Math.min(height - 1, Math.ceil((high - minY) / cell - 0.5));
  const crossings: number[] = [];
  const value = polygon.index + 1;
  for (let row = firstRow; row <= lastRow; row++) {
    const y = minY + (row + 0.5) * cell;
    crossings.length = 0;
    for (const ring of polygon.rings) {
      const n = ring.length;
      for (let k = 0; k < n; k++) {
        const a = ring[k]!;
        const b = ring[(k + 1) % n]!;
        // Half-open on y, so a vertex exactly on the scanline counts once.
        if (a[1] <= y !== b[1] <= y) crossings.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
      }
    }
    crossings.sort((p, q) => p - q);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = Math.max(0, Math.ceil((crossings[k]! - minX) / cell - 0.5));
      const to = Math.min(width, Math.ceil((crossings[k + 1]! - minX) / cell - 0.5));
      if (to > from) data.fill(value, row * width + from, row * width + to);
    }
  }
}

/** The feature index at a ground point, or -1 where no footprint covers it (or outside the grid). */
export function rasterLookup(raster: FootprintRaster, x: number, y: number): number {
  const col = Math.floor((x - raster.minX) / raster.cell);
  const row = Math.floor((y - raster.minY) / raster.cell);
  if (!(col >= 0 && col < raster.width && row >= 0 && row < raster.height)) return -1;
  return (raster.data[row * raster.width + col] ?? 0) - 1;
}
