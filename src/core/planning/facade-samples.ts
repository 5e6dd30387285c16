/** Points on the walls around a site, each with its wall's outward normal: where a façade study counts sun. */
export interface FacadeSamples {
  count: number;
  /** x, y, z per sample (model frame), the centre of a square patch of the wall. */
  positions: Float32Array;
  /** The wall's unit normal per sample (x, y, z). */
  normals: Float32Array;
  /** Side of each patch, metres. */
  size: number;
  /** More wall than `maxSamples` patches: the rest was left out. */
  truncated: boolean;
}

/**
 * A patch's sun is the sun seen from this far (metres) in front of its centre, in the GPU and the CPU study
 * alike: two texels of the GPU's depth map over a 200 m site, the nearest point it can tell from the wall
 * itself at a low sun. Detail finer than that (an eave's lip over the top row) is below the study's grain.
 */
export const FACADE_LIFT = 0.6;

/** The square of the ground a façade study covers (model frame). */
export interface FacadeArea {
  x: number;
  z: number;
  size: number;
}

/** Options of the façade sampling. */
export interface FacadeSampleOptions {
  /** Side of a patch, metres. */
  resolution: number;
  /** Surfaces leaning further than this from the vertical are roofs or ground, not walls. */
  maxTiltDeg: number;
  /** At most this many patches (a GPU texture's worth). */
  maxSamples: number;
}

/** 1 m patches of walls within 20° of vertical, at most 262 144 of them (a 512 x 512 texture). */
export const FACADE_SAMPLE_DEFAULTS: FacadeSampleOptions = {
  resolution: 1,
  maxTiltDeg: 20,
  maxSamples: 512 * 512,
};

/**
 * Cover the walls among `triangles` (9 numbers each: three corners, model frame) with square patches on a
 * grid of the wall's own plane (along the wall and up it, aligned to whole multiples of the resolution, so
 * the two triangles of one wall share one grid), keeping the patches whose centre is inside the area.
 */
export function facadeSamples(
  triangles: Float32Array,
  area: FacadeArea,
  options: Partial<FacadeSampleOptions> = {},
): FacadeSamples {
  const o = { ...FACADE_SAMPLE_DEFAULTS, ...options };
  if (!(o.resolution >= 0.1 && o.resolution <= 50)) throw new Error('facadeSamples: resolution 0.1..50 m');
  if (!(o.maxSamples >= 1)) throw new Error('facadeSamples: maxSamples must be at least 1');
  const positions: number[] = [];
  const normals: number[] = [];
  const maxY = Math.sin((o.maxTiltDeg * Math.PI) / 180);
  const half = area.size / 2;
  const r = o.resolution;
  let truncated = false;
  for (let t = 0; t + 9 <= triangles.length && !truncated; t += 9) {
    const corners = [0, 3, 6].map((k) => [0, 1, 2].map((c) => triangles[t + k + c]!) as Vec);
    const [a, b, c] = corners as [Vec, Vec, Vec];
    const n = unit(cross(b[0] - a[0], b[1] - a[1], b[2] - a[2], c[0] - a[0], c[1] - a[1], c[2] - a[2]));
    if (!n || Math.abs(n[1]) > maxY) continue;
    const [u, v] = wallAxes(n);
    const uv = corners.map((p) => [dot(p, u), dot(p, v)] as const);
    const [p0, p1, p2] = uv as [
      readonly [number, number],
      readonly [number, number],
      readonly [number, number],
    ];
    const offset = dot(corners[0]!, n);
    for (
      let su = Math.floor(Math.min(p0[0], p1[0], p2[0]) / r);
      su * r < Math.max(p0[0], p1[0], p2[0]);
      su++
    ) {
      for (
        let sv = Math.floor(Math.min(p0[1], p1[1], p2[1]) / r);
        sv * r < Math.max(p0[1], p1[1], p2[1]);
        sv++
      ) {
        const cu = (su + 0.5) * r;
        const cv = (sv + 0.5) * r;
        if (!inside(cu, cv, p0, p1, p2)) continue;
        const x = u[0] * cu + v[0] * cv + n[0] * offset;
        const y = u[1] * cu + v[1] * cv + n[1] * offset;
        const z = u[2] * cu + v[2] * cv + n[2] * offset;
        if (Math.abs(x - area.x) > half || Math.abs(z - area.z) > half) continue;
        if (positions.length / 3 >= o.maxSamples) {
          truncated = true;
          break;
        }
        positions.push(x, y, z);
        normals.push(n[0], n[1], n[2]);
      }
    }
  }
  return {
    count: positions.length / 3,
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    size: r,
    truncated,
  };
}

/** A wall's axes in its plane for its unit normal: along it (level) and up it. */
export function wallAxes(n: readonly [number, number, number]): [Vec, Vec] {
  const h = Math.hypot(n[0], n[2]) || 1;
  const u: Vec = [-n[2] / h, 0, n[0] / h];
  return [u, cross(u[0], u[1], u[2], n[0], n[1], n[2])];
}

/** The index of the sample nearest to x, y, z within `within` metres, or -1. */
export function nearestSample(
  samples: FacadeSamples,
  x: number,
  y: number,
  z: number,
  within: number,
): number {
  let best = -1;
  let bestD = within * within;
  for (let i = 0; i < samples.count; i++) {
    const p = samples.positions;
    const d = (p[i * 3]! - x) ** 2 + (p[i * 3 + 1]! - y) ** 2 + (p[i * 3 + 2]! - z) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** A 3-vector. */
export type Vec = [number, number, number];

const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

function cross(ax: number, ay: number, az: number, bx: number, by: number, bz: number): Vec {
  return [ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx];
}

function unit(a: Vec): Vec | null {
  const l = Math.hypot(a[0], a[1], a[2]);
  // A folded (hidden) building's triangles have no area: they are no wall.
  return l > 1e-9 ? [a[0] / l, a[1] / l, a[2] / l] : null;
}

/**
 * The point is inside the triangle, or on an edge that this triangle owns: of two triangles sharing an edge
 * (met in opposite directions once both run counter-clockwise), exactly one owns it, so a patch centred on a
 * wall's diagonal is counted once.
 */
function inside(
  x: number,
  y: number,
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
): boolean {
  const area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const [p, q, r] = area >= 0 ? [a, b, c] : [a, c, b];
  const edges: [readonly [number, number], readonly [number, number]][] = [
    [p, q],
    [q, r],
    [r, p],
  ];
  return edges.every(([from, to]) => {
    const dx = to[0] - from[0];
    const dy = to[1] - from[1];
    const d = dx * (y - from[1]) - dy * (x - from[0]);
    if (Math.abs(d) > 1e-9 * (Math.abs(dx) + Math.abs(dy))) return d > 0;
    return dy > 0 || (dy === 0 && dx > 0);
  });
}
