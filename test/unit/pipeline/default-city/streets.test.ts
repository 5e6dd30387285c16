import { describe, expect, it } from 'vitest';
import { GRID_DEFAULTS } from '../../../../src/pipeline/default-city/blocks.ts';
import { addStreets, GATE_LANE_MIN } from '../../../../src/pipeline/default-city/streets.ts';
import { SURFACE_Y } from '../../../../src/pipeline/default-city/surfaces.ts';
import { expectWindingMatchesNormals, layerTriangles } from '../mesh/layer-triangles.ts';
import { walledSyntheticTown } from './synthetic-town.ts';

describe('addStreets', () => {
  const { input, layers, town } = walledSyntheticTown();
  const plan = addStreets(layers, GRID_DEFAULTS, input, town);
  const inner = town.gates.filter((g) => !g.outer);

  it('lays every street flat and facing up at street height, the car park on the square layer', () => {
    expectWindingMatchesNormals(layers.street);
    for (const t of layerTriangles(layers.street)) {
      expect(t.normal).toEqual([0, 1, 0]);
      expect(t.a[1]).toBe(SURFACE_Y.street);
    }
    const park = layerTriangles(layers.square);
    expect(park).toHaveLength(2);
    for (const t of park) expect(t.a[1]).toBeCloseTo(SURFACE_Y.square - 0.01, 9);
  });

  it('keeps houses off the roads out of the gates, the ways to the grid and the OSM roads', () => {
    // Two streets per inner gate (out to the ring road, in to a crossing), one segment per OSM road.
    const osmRoads = input.roads.filter((w) => w.tags.tunnel === undefined).length;
    expect(plan.keepOut).toHaveLength(2 * inner.length + osmRoads);
    for (const k of plan.keepOut) expect([1.5, 3, 3.5]).toContain(k.half);
  });

  it('clears a lane in through each inner gate, on to its Vortor or straight out of the town', () => {
    // Per inner gate its own street in, and one lane on; per outer gate one lane on out.
    expect(plan.lanes).toHaveLength(2 * inner.length + (town.gates.length - inner.length));
    const vortor = town.gates.find((g) => g.outer)!;
    const between = plan.lanes.find((l) => l.half === 2.5)!;
    expect(
      Math.hypot(between.b[0] - vortor.passage.center[0], between.b[1] - vortor.passage.center[1]),
    ).toBeLessThan(1e-9);
  });

  it('gives each inner gate a connector inside the wall for its viewpoint', () => {
    expect([...plan.connectors.keys()].sort()).toEqual(inner.map((g) => g.name).sort());
    for (const g of inner) {
      const c = plan.connectors.get(g.name)!;
      expect(town.wall.depthOf(c)).toBeGreaterThan(8);
      const own = plan.lanes.find((l) => l.a === g.passage.center)!;
      const length = Math.hypot(own.b[0] - own.a[0], own.b[1] - own.a[1]);
      // Down the gate's own street when it is long enough, else to the nearest inner crossing.
      if (length >= GATE_LANE_MIN) expect(c).toEqual(own.b);
      else expect(c).not.toEqual(own.b);
    }
  });
});
