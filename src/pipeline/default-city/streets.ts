import { addFlatPolygon, type MeshLayer, type Rgb } from '../mesh/mesh.ts';
import { addRibbon } from '../mesh/line-shapes.ts';
import { PALETTE } from '../mesh/palette.ts';
import type { Vec2 } from '../mesh/polygon.ts';
import { distanceToGridStreet, gridLines, gridToEN, type GridOptions } from './blocks.ts';
import { wayToEN, type CityInput } from './city-input.ts';
import type { CityLayers } from './city-layers.ts';
import { passageLine } from './gate.ts';
import { SURFACE_Y } from './surfaces.ts';
import type { WalledTown } from './wall-and-gates.ts';

/** A straight strip to keep houses off: a segment and half its width, metres. */
export interface Corridor {
  a: Vec2;
  b: Vec2;
  half: number;
}

/** What the streets leave for the houses and the viewpoints. */
export interface StreetPlan {
  /** Streets laid before the houses: no house is generated on one. */
  keepOut: Corridor[];
  /** The lanes through the gates: a house on one is dropped after the layout, so every other keeps its id. */
  lanes: Corridor[];
  /** Where each inner gate's viewpoint looks from the gate, by gate name. */
  connectors: Map<string, Vec2>;
}

/** A gate's own street this long (metres from its centre) holds the gate's viewpoint. */
export const GATE_LANE_MIN = 36;

/** Lays the streets: the grid inside the wall, the lane along it, the gates' streets, OSM roads and car parks. */
export function addStreets(
  layers: Pick<CityLayers, 'street' | 'square'>,
  g: GridOptions,
  input: CityInput,
  town: WalledTown,
): StreetPlan {
  const plan: StreetPlan = { keepOut: [], lanes: [], connectors: new Map() };
  const depthOf = town.wall.depthOf;
  for (const u of gridLines(g.u0, g.spacingU, g.extent)) addGridStreet(layers.street, g, depthOf, 'u', u);
  for (const v of gridLines(g.v0, g.spacingV, g.extent)) addGridStreet(layers.street, g, depthOf, 'v', v);
  addRibbon(layers.street, town.wall.ring(-8, 240), 6, SURFACE_Y.street, PALETTE.cobbles, true);
  addGateStreets(layers.street, g, town, plan);
  for (const w of input.roads.filter((x) => x.tags.tunnel === undefined)) {
    const width = w.tags.highway === 'path' || w.tags.highway === 'footway' ? 3 : 6;
    layStreet(layers.street, plan.keepOut, wayToEN(w, input.toEN), width);
  }
  for (const w of input.parking) {
    addFlatPolygon(layers.square, wayToEN(w, input.toEN), [], SURFACE_Y.square - 0.01, PALETTE.street);
  }
  return plan;
}

/** Lays the streets through the gates: out to the ring road, in to the grid, between inner and outer gate. */
function addGateStreets(layer: MeshLayer, g: GridOptions, town: WalledTown, plan: StreetPlan): void {
  const { center, gates } = town;
  for (const gate of gates.filter((x) => !x.outer)) {
    const c = gate.rect.center;
    const dir = Math.atan2(c[1] - center[1], c[0] - center[0]);
    const r = town.outline.radiusAt(dir) + 10;
    const out: Vec2 = [center[0] + Math.cos(dir) * r, center[1] + Math.sin(dir) * r];
    layStreet(layer, plan.keepOut, [c, out], 7, PALETTE.street);
    const crossing = nearestInnerCrossing(g, c, town.wall.depthOf);
    layStreet(layer, plan.keepOut, [c, crossing], 7);
    // The gate's own street: on along the passage into the town until it meets the grid.
    const p = gate.passage;
    const inward = p.angle + Math.PI;
    const depth = distanceToGridStreet(g, p.center, inward, town.wall.depthOf, 13) + 1;
    const end: Vec2 = [p.center[0] + Math.cos(inward) * depth, p.center[1] + Math.sin(inward) * depth];
    layStreet(layer, plan.lanes, [p.center, end], 7);
    // The viewpoint looks down the gate's own street when it is long enough to stand back on.
    plan.connectors.set(gate.name, depth >= GATE_LANE_MIN ? end : crossing);
  }
  for (const gate of gates) {
    // Inner gate to its outer gate; from the outermost passage straight on out of the town.
    const outer = gate.outer ? undefined : gates.find((x) => x.outer && x.name === gate.name);
    if (outer) {
      layStreet(layer, plan.lanes, [gate.passage.center, outer.passage.center], 5);
      continue;
    }
    const [, out] = passageLine(gate.passage, 0);
    const a = gate.passage.angle;
    layStreet(layer, plan.lanes, [out, [out[0] + Math.cos(a) * 30, out[1] + Math.sin(a) * 30]], 7);
  }
  // The lane through every gate's passage, a little past both faces (the piers stand on its edges).
  for (const gate of gates) {
    const width = gate.passage.width + 1;
    addRibbon(layer, passageLine(gate.passage, 4), width, SURFACE_Y.street, PALETTE.cobbles);
  }
}

/** Adds a street ribbon and records each of its segments as a corridor houses keep off. */
function layStreet(
  layer: MeshLayer,
  into: Corridor[],
  line: readonly Vec2[],
  width: number,
  color: Rgb = PALETTE.cobbles,
): void {
  addRibbon(layer, line, width, SURFACE_Y.street, color);
  for (let i = 0; i + 1 < line.length; i++)
    into.push({ a: line[i] as Vec2, b: line[i + 1] as Vec2, half: width / 2 });
}

/** Adds one grid street line as ribbons over the runs that lie more than 8 m inside the wall. */
function addGridStreet(
  layer: MeshLayer,
  g: GridOptions,
  depthOf: (p: Vec2) => number,
  axis: 'u' | 'v',
  at: number,
): void {
  let run: Vec2[] = [];
  const flush = (): void => {
    if (run.length >= 2)
      addRibbon(
        layer,
        [run[0] as Vec2, run[run.length - 1] as Vec2],
        g.streetWidth,
        SURFACE_Y.street,
        PALETTE.cobbles,
      );
    run = [];
  };
  for (let s = -g.extent; s <= g.extent; s += 2) {
    const p = axis === 'u' ? gridToEN(g, at, s) : gridToEN(g, s, at);
    if (depthOf(p) > 8) run.push(p);
    else flush();
  }
  flush();
}

/** The grid crossing nearest to `p` that lies more than 18 m inside the wall. */
function nearestInnerCrossing(g: GridOptions, p: Vec2, depthOf: (p: Vec2) => number): Vec2 {
  let best: Vec2 = [0, 0];
  let bestD = Infinity;
  for (const u of gridLines(g.u0, g.spacingU, g.extent)) {
    for (const v of gridLines(g.v0, g.spacingV, g.extent)) {
      const q = gridToEN(g, u, v);
      const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
      if (depthOf(q) > 18 && d < bestD) {
        bestD = d;
        best = q;
      }
    }
  }
  return best;
}
