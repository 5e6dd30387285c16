import { addFlatPolygon, type MeshLayer } from '../mesh/mesh.ts';
import { PALETTE } from '../mesh/palette.ts';
import type { Vec2 } from '../mesh/polygon.ts';
import type { RadialRing } from './ring.ts';
import { addRibbon } from '../mesh/line-shapes.ts';

/** Heights of the flat layers above the ground, so they never z-fight from a walker's eye. */
export const SURFACE_Y = { ground: 0, green: 0.04, water: 0.06, street: 0.08, square: 0.1 } as const;

/** The old town's surroundings: ground plane, green belt, moat and ring road. */
export interface SurroundingsLayers {
  ground: MeshLayer;
  green: MeshLayer;
  water: MeshLayer;
  street: MeshLayer;
}

/** Options for addSurroundings. */
export interface SurroundingsOptions {
  /** Half size of the square ground plane in metres. */
  groundHalfSize: number;
  moatWidth: number;
  ringRoadWidth: number;
  /** Distance of the ring road's centre line outside the green belt's outline. */
  ringRoadOffset: number;
}

/** Defaults for addSurroundings. */
export const SURROUNDINGS_DEFAULTS: SurroundingsOptions = {
  groundHalfSize: 1200,
  moatWidth: 9,
  ringRoadWidth: 14,
  ringRoadOffset: 10,
};

/** Adds ground, the green belt between wall and outline, the moat in the belt and the ring road. */
export function addSurroundings(
  layers: SurroundingsLayers,
  wall: RadialRing,
  outline: RadialRing,
  opts: Partial<SurroundingsOptions> = {},
): void {
  const o = { ...SURROUNDINGS_DEFAULTS, ...opts };
  const s = o.groundHalfSize;
  const [cx, cy] = wall.center;
  addFlatPolygon(
    layers.ground,
    [
      [cx - s, cy - s],
      [cx + s, cy - s],
      [cx + s, cy + s],
      [cx - s, cy + s],
    ],
    [],
    SURFACE_Y.ground,
    PALETTE.ground,
  );
  const steps = 240;
  const outer: Vec2[] = [];
  const inner: Vec2[] = [];
  const moat: Vec2[] = [];
  const road: Vec2[] = [];
  for (let i = 0; i < steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    const rw = wall.radiusAt(a) + 1.2;
    const ro = Math.max(outline.radiusAt(a), rw + 12);
    const at = (r: number): Vec2 => [cx + Math.cos(a) * r, cy + Math.sin(a) * r];
    inner.push(at(rw));
    outer.push(at(ro));
    moat.push(at(rw + (ro - rw) * 0.55));
    road.push(at(ro + o.ringRoadOffset));
  }
  // The belt is a ring: earcut wants the hole clockwise relative to the outer ring.
  addFlatPolygon(layers.green, outer, [inner.slice().reverse()], SURFACE_Y.green, PALETTE.green);
  addRibbon(layers.water, moat, o.moatWidth, SURFACE_Y.water, PALETTE.water, true);
  addRibbon(layers.street, road, o.ringRoadWidth, SURFACE_Y.street, PALETTE.street, true);
}
