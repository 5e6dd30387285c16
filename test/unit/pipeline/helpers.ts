import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../../src/core/input/input-error.ts';
import type { Vec3 } from '../../../src/pipeline/mesh/mesh.ts';
import type { WorldTriangle } from '../../../src/pipeline/gltf/read-glb.ts';
import { DEFAULT_DATA_DIR } from '../../../src/pipeline/build-city.ts';

// The GLB readers are the pipeline's own (the bind tool uses them too); re-exported for the tests.
export {
  featuresOf,
  positionsOfFeature,
  readGlb,
  trianglesOf,
  type WorldTriangle,
} from '../../../src/pipeline/gltf/read-glb.ts';

type Vec = Vec3;

const ROOT = join(import.meta.dirname, '../../..');
/** The committed default city. */
export const DEFAULT_GLB = join(ROOT, 'assets/neubrandenburg.glb');
/** The OpenStreetMap extract the default city is built from, shipped in the repository under assets/. */
export function sharedData(): string {
  const dir = join(ROOT, DEFAULT_DATA_DIR);
  if (!existsSync(dir)) throw new Error(`OpenStreetMap data not found at ${dir}: it ships in the repository`);
  return dir;
}

/** Axis-aligned bounds of points. */
export function boundsOf(points: readonly [number, number, number][]): { min: Vec; max: Vec } {
  const min: Vec = [Infinity, Infinity, Infinity];
  const max: Vec = [-Infinity, -Infinity, -Infinity];
  for (const p of points)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, p[i]!);
      max[i] = Math.max(max[i]!, p[i]!);
    }
  return { min, max };
}

/** Distance along a ray (unit `dir`) to a triangle, or null when it misses (Möller-Trumbore, two-sided). */
export function rayHit(origin: Vec, dir: Vec, t: WorldTriangle): number | null {
  const e1 = [t.b[0] - t.a[0], t.b[1] - t.a[1], t.b[2] - t.a[2]] as Vec;
  const e2 = [t.c[0] - t.a[0], t.c[1] - t.a[1], t.c[2] - t.a[2]] as Vec;
  const p = cross(dir, e2);
  const det = dot(e1, p);
  if (Math.abs(det) < 1e-12) return null;
  const s = [origin[0] - t.a[0], origin[1] - t.a[1], origin[2] - t.a[2]] as Vec;
  const u = dot(s, p) / det;
  if (u < 0 || u > 1) return null;
  const q = cross(s, e1);
  const v = dot(dir, q) / det;
  if (v < 0 || u + v > 1) return null;
  const d = dot(e2, q) / det;
  return d >= 0 ? d : null;
}

function cross(a: Vec, b: Vec): Vec {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function dot(a: Vec, b: Vec): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** The InputError a call throws; any other outcome fails the test. */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}
