/** Axis-aligned bounds per feature: [minX, minY, minZ, maxX, maxY, maxZ] at 6 * index. */
export type FeatureBounds = Float64Array;

/** Empty bounds for `count` features (min = +Infinity, max = -Infinity). */
export function createFeatureBounds(count: number): FeatureBounds {
  const bounds = new Float64Array(count * 6);
  for (let i = 0; i < count; i++)
    bounds.set([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity], i * 6);
  return bounds;
}

/** Grow feature `id`'s bounds by the point (x, y, z); ids outside the table are ignored. */
export function extendFeatureBounds(
  bounds: FeatureBounds,
  id: number,
  x: number,
  y: number,
  z: number,
): void {
  const o = id * 6;
  if (id < 0 || o + 5 >= bounds.length || !Number.isInteger(id)) return;
  if (x < bounds[o]!) bounds[o] = x;
  if (y < bounds[o + 1]!) bounds[o + 1] = y;
  if (z < bounds[o + 2]!) bounds[o + 2] = z;
  if (x > bounds[o + 3]!) bounds[o + 3] = x;
  if (y > bounds[o + 4]!) bounds[o + 4] = y;
  if (z > bounds[o + 5]!) bounds[o + 5] = z;
}

/** The bounds of one feature, or null if it has no vertex. */
export function featureBox(
  bounds: FeatureBounds,
  id: number,
): { min: [number, number, number]; max: [number, number, number] } | null {
  const o = id * 6;
  if (o < 0 || o + 5 >= bounds.length || !(bounds[o]! <= bounds[o + 3]!)) return null;
  return {
    min: [bounds[o]!, bounds[o + 1]!, bounds[o + 2]!],
    max: [bounds[o + 3]!, bounds[o + 4]!, bounds[o + 5]!],
  };
}
