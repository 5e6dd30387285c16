import type { FeatureTable } from '../mesh/city-features.ts';
import type { GatePlacement } from './landmarks.ts';
import type { MeshLayer } from '../mesh/mesh.ts';
import { PALETTE } from '../mesh/palette.ts';
import type { OrientedRect, Vec2 } from '../mesh/polygon.ts';
import type { Random } from '../../core/random.ts';
import type { RadialRing } from './ring.ts';
import { addGabledHouse } from '../mesh/house.ts';

/** Options for addWiekhaeuser. */
export interface WiekOptions {
  /** Distance between Wiekhäuser along the wall, metres. */
  spacing: number;
  /** Keep this far from gate centres. */
  gateClearance: number;
  /** Distance of the house centre inside the wall's centre line. */
  inset: number;
}

/** Defaults for addWiekhaeuser: historically about one Wiekhaus every 30-40 m. */
export const WIEK_DEFAULTS: WiekOptions = { spacing: 36, gateClearance: 30, inset: 4.2 };

/** Adds the Wiekhäuser: small half-timbered houses built into the inside of the wall. */
export function addWiekhaeuser(
  layer: MeshLayer,
  table: FeatureTable,
  wall: RadialRing,
  gates: readonly GatePlacement[],
  rng: Random,
  opts: Partial<WiekOptions> = {},
): OrientedRect[] {
  const o = { ...WIEK_DEFAULTS, ...opts };
  const line = wall.ring(-o.inset, 720);
  const rects: OrientedRect[] = [];
  let travelled = o.spacing / 2;
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const a = line[i] as Vec2;
    const b = line[(i + 1) % line.length] as Vec2;
    travelled += Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (travelled < o.spacing) continue;
    travelled = 0;
    if (gates.some((g) => Math.hypot(g.rect.center[0] - a[0], g.rect.center[1] - a[1]) < o.gateClearance))
      continue;
    n++;
    const rect: OrientedRect = {
      center: a,
      angle: Math.atan2(b[1] - a[1], b[0] - a[0]),
      halfLength: 3.6,
      halfWidth: 2.6,
    };
    const eave = rng.range(5.2, 6.2);
    const ridge = eave + rng.range(3, 3.8);
    const fid = table.add({
      id: `gen-wiek-${n}`,
      name: `Wiekhaus ${n}`,
      address: `Wiekhaus ${n}, Stadtmauer, 17033 Neubrandenburg`,
      height: Math.round(ridge * 10) / 10,
      roof: 'gabled',
      use: 'residential',
      source: 'generated',
      osm_id: '',
    });
    addGabledHouse(
      layer,
      rect,
      {
        eave,
        ridge,
        wall: PALETTE.plasterWhite,
        roof: PALETTE.roofTile,
        window: PALETTE.timber,
        storeyHeight: 2.6,
        overhang: 0.3,
      },
      fid,
    );
    rects.push(rect);
  }
  return rects;
}

/** True when the segment a-b passes within `margin` of the rectangle. */
export function segmentNearRect(a: Vec2, b: Vec2, r: OrientedRect, margin: number): boolean {
  const ux = Math.cos(r.angle);
  const uy = Math.sin(r.angle);
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const steps = Math.max(1, Math.ceil(len / 1.5));
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const px = a[0] + (b[0] - a[0]) * t - r.center[0];
    const py = a[1] + (b[1] - a[1]) * t - r.center[1];
    const du = px * ux + py * uy;
    const dv = -px * uy + py * ux;
    if (Math.abs(du) < r.halfLength + margin && Math.abs(dv) < r.halfWidth + margin) return true;
  }
  return false;
}
