/** A point on the ground, [east, north] (or [x, z]) in metres. */
export type RingPoint = readonly [number, number];

/** Signed area of a ring (positive when counter-clockwise in east/north). */
export function ringArea(ring: readonly RingPoint[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i]!;
    const q = ring[j]!;
    a += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return a / 2;
}

/** Mean of the ring's vertices. */
export function ringCentroid(ring: readonly RingPoint[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0];
    y += p[1];
  }
  return [x / ring.length, y / ring.length];
}

/** Whether (x, y) lies inside one ring (even-odd rule: a ray eastwards crosses it an odd number of times). */
export function insideRing(x: number, y: number, ring: readonly RingPoint[]): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** Whether (x, y) lies inside the rings by the even-odd rule: holes and several outers count as they should. */
export function insideRings(x: number, y: number, rings: readonly (readonly RingPoint[])[]): boolean {
  let inside = false;
  for (const ring of rings) if (insideRing(x, y, ring)) inside = !inside;
  return inside;
}
