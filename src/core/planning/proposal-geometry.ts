import earcut from 'earcut';
import type { GroundXZ, Proposal } from './proposal.ts';
import { roofRise } from './proposal-measures.ts';

type P3 = readonly [number, number, number];
type Ring = readonly P3[];

/**
 * The block's surfaces as triangles (x, y, z per corner; y up from its ground), around its centre before
 * rotation. Walls stand on every footprint edge; a pitched roof covers the footprint's bounding rectangle
 * as a series of rings from the eaves up (a hip ends in a ridge, a gable in a ridge as long as the house),
 * joined by strips, so the gable ends and the hips come out of the same code.
 */
export function proposalTriangles(p: Proposal): Float32Array {
  const out: number[] = [];
  const eaves = p.storeys * p.storeyHeight;
  const n = p.footprint.length;
  for (let i = 0; i < n; i++) {
    const [ax, az] = p.footprint[i]!;
    const [bx, bz] = p.footprint[(i + 1) % n]!;
    quad(out, [ax, 0, az], [bx, 0, bz], [bx, eaves, bz], [ax, eaves, az]);
  }
  if (p.roof === 'flat') {
    cap(out, p.footprint, eaves);
    return new Float32Array(out);
  }
  const rings = roofRings(p, eaves);
  for (let r = 0; r + 1 < rings.length; r++) strip(out, rings[r]!, rings[r + 1]!);
  return new Float32Array(out);
}

/** The rings of a pitched roof over the footprint's bounding rectangle, ridge along its longer side. */
function roofRings(p: Proposal, eaves: number): Ring[] {
  const xs = p.footprint.map((q) => q[0]);
  const zs = p.footprint.map((q) => q[1]);
  const [x0, x1, z0, z1] = [Math.min(...xs), Math.max(...xs), Math.min(...zs), Math.max(...zs)];
  const cx = (x0 + x1) / 2;
  const cz = (z0 + z1) / 2;
  const along = x1 - x0 >= z1 - z0;
  // Half sizes along and across the ridge.
  const a = (along ? x1 - x0 : z1 - z0) / 2;
  const c = (along ? z1 - z0 : x1 - x0) / 2;
  const rise = roofRise(p);
  const ring = (ha: number, hc: number, y: number): Ring =>
    (
      [
        [-ha, -hc],
        [ha, -hc],
        [ha, hc],
        [-ha, hc],
      ] as const
    ).map(([u, v]): P3 => (along ? [cx + u, y, cz + v] : [cx + v, y, cz + u]));
  const base = ring(a, c, eaves);
  if (p.roof === 'gable') return [base, ring(a, 0, eaves + rise)];
  if (p.roof === 'hip') return [base, ring(Math.max(0, a - c), 0, eaves + rise)];
  // Mansard: a steep lower slope (in by 30 % of the half span, up by three quarters of the rise), a shallow hip above.
  const inset = c * 0.3;
  return [base, ring(a - inset, c - inset, eaves + rise * 0.75), ring(Math.max(0, a - c), 0, eaves + rise)];
}

function push(out: number[], ...points: P3[]): void {
  for (const q of points) out.push(q[0], q[1], q[2]);
}

const minus = (p: P3, q: P3): P3 => [p[0] - q[0], p[1] - q[1], p[2] - q[2]];

/** Add a triangle, leaving out one with no area (a gable's end under its ridge, a hip's ridge of length 0). */
function triangle(out: number[], a: P3, b: P3, c: P3): void {
  const [ux, uy, uz] = minus(b, a);
  const [vx, vy, vz] = minus(c, a);
  if (Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) > 1e-9) push(out, a, b, c);
}

function quad(out: number[], a: P3, b: P3, c: P3, d: P3): void {
  triangle(out, a, b, c);
  triangle(out, a, c, d);
}

function strip(out: number[], lower: Ring, upper: Ring): void {
  for (let i = 0; i < lower.length; i++) {
    const j = (i + 1) % lower.length;
    quad(out, lower[i]!, lower[j]!, upper[j]!, upper[i]!);
  }
}

function cap(out: number[], polygon: readonly GroundXZ[], y: number): void {
  const flat = polygon.flatMap((q) => [q[0], q[1]]);
  const index = earcut(flat);
  for (let i = 0; i + 2 < index.length; i += 3) {
    const [a, b, c] = [index[i]!, index[i + 1]!, index[i + 2]!].map((k): P3 => [
      polygon[k]![0],
      y,
      polygon[k]![1],
    ]);
    triangle(out, a!, b!, c!);
  }
}
