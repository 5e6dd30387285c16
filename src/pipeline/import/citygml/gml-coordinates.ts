import type { Point3 } from '../../mesh/triangulate.ts';

/** Parses a `gml:posList` / `gml:pos` text of `dim` numbers per point; throws a plain-words reason. */
export function parsePosList(text: string, dim: number): Point3[] {
  const nums = text.trim().split(/\s+/);
  if (nums.length === 1 && nums[0] === '') return [];
  if (dim !== 2 && dim !== 3) throw new Error(`srsDimension ${dim} is not supported (2 or 3 are)`);
  if (nums.length % dim !== 0)
    throw new Error(`${nums.length} numbers do not make whole points of ${dim} coordinates`);
  const out: Point3[] = [];
  for (let i = 0; i < nums.length; i += dim) {
    const x = Number(nums[i]);
    const y = Number(nums[i + 1]);
    const z = dim === 3 ? Number(nums[i + 2]) : 0;
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z))
      throw new Error(`"${nums.slice(i, i + dim).join(' ')}" is not a point of numbers`);
    out.push([x, y, z]);
  }
  return out;
}

/** Parses GML 2's `gml:coordinates` ("x,y,z x,y,z"). */
export function parseCoordinates(text: string): Point3[] {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((tuple) => {
      const c = tuple.split(',').map(Number);
      if (c.length < 2 || c.some((v) => !Number.isFinite(v)))
        throw new Error(`"${tuple}" is not a coordinate tuple`);
      return [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0] as Point3;
    });
}

/** A linear ring without its closing point; throws when fewer than three distinct points remain. */
export function openRing(points: Point3[]): Point3[] {
  const ring = points.slice();
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1 && same(first, last)) ring.pop();
  const distinct = distinctUpToThree(ring);
  if (distinct < 3)
    throw new Error(`a polygon ring with ${distinct} distinct points (at least 3 are needed)`);
  return ring;
}

// Counts distinct points, stopping at three: one pass, no strings (rings come by the million).
function distinctUpToThree(ring: readonly Point3[]): number {
  const a = ring[0];
  if (!a) return 0;
  const b = ring.find((p) => !same(p, a));
  if (!b) return 1;
  return ring.some((p) => !same(p, a) && !same(p, b)) ? 3 : 2;
}

function same(p: Point3, q: Point3): boolean {
  return p[0] === q[0] && p[1] === q[1] && p[2] === q[2];
}
