import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFootprintIndex } from '../../../../src/core/utilities/footprint-clash.ts';
import type { PlacedLine } from '../../../../src/core/utilities/placed-line.ts';
import { checkRoute, type PlannedRoute } from '../../../../src/core/utilities/route-check.ts';
import { createSegmentIndex } from '../../../../src/core/utilities/segment-index.ts';
import type { Vec3 } from '../../../../src/core/utilities/segment-distance.ts';
import { shippedRules } from './helpers.ts';

const rules = shippedRules();
// A gas main (DN 100) along the street at 1.1 m below a flat ground at y = 0, and a water main beside it.
const gas: PlacedLine = {
  id: 'gas-1',
  type: 'gas',
  owner: 'Stadtwerke',
  radiusM: 0.05,
  points: [
    [0, -1.1, 0],
    [50, -1.1, 0],
  ],
};
const water: PlacedLine = {
  id: 'water-1',
  type: 'water',
  owner: 'Stadtwerke',
  radiusM: 0.1,
  points: [
    [0, -1.6, 3],
    [50, -1.6, 3],
  ],
};
const network = createSegmentIndex([gas, water]);
const flat = (): number => 0;
const power = (points: Vec3[]): PlannedRoute => ({ type: 'power', diameterM: 0.1, points });

describe('checkRoute', () => {
  it('lists a power cable crossing the gas main too close, with the distance between the walls', () => {
    const clashes = checkRoute(
      power([
        [20, -1.2, -5],
        [20, -1.2, 1],
      ]),
      { network, rules, groundAt: flat },
    );
    expect(clashes).toHaveLength(1);
    const [c] = clashes;
    expect(c?.lineId).toBe('gas-1');
    expect(c?.kind).toBe('clearance');
    expect(c?.crossing).toBe(true);
    // Axes 0.1 m apart, radii 0.05 + 0.05: the walls touch; a crossing needs 0.1 m (DVGW G 459-1).
    expect(c?.distanceM).toBeCloseTo(0, 9);
    expect(c?.requiredM).toBe(0.1);
    expect(c?.at[0]).toBeCloseTo(20, 9);
    expect(c?.at[1]).toBeCloseTo(-1.15, 9);
  });

  it('is empty once the cable crosses deep enough, and takes the parallel rule side by side', () => {
    expect(
      checkRoute(
        power([
          [20, -1.5, -5],
          [20, -1.5, 1],
        ]),
        { network, rules, groundAt: flat },
      ),
    ).toEqual([]);
    // Alongside the gas main, 0.25 m axis to axis: 0.15 m between the walls, 0.2 m needed.
    const beside = checkRoute(
      power([
        [5, -1.1, -0.25],
        [45, -1.1, -0.25],
      ]),
      { network, rules, groundAt: flat },
    );
    expect(beside.map((c) => [c.lineId, c.crossing, c.requiredM])).toEqual([['gas-1', false, 0.2]]);
    expect(beside[0]?.distanceM).toBeCloseTo(0.15, 9);
  });

  it('reports one entry per stretch over consecutive segments, at its closest point', () => {
    const points: Vec3[] = [0, 10, 20, 30].map((x) => [x + 5, -1.1, x === 10 ? -0.2 : -0.3] as Vec3);
    const clashes = checkRoute(power(points), { network, rules });
    expect(clashes).toHaveLength(1);
    expect(clashes[0]?.distanceM).toBeCloseTo(0.1, 9);
    expect(clashes[0]?.at[0]).toBeCloseTo(15, 9);
  });

  it('flags a route that runs under a building, and one that lies too shallow', () => {
    const buildings = createFootprintIndex(
      [
        {
          index: 0,
          rings: [
            [
              [30, 10],
              [40, 10],
              [40, 20],
              [30, 20],
            ],
          ],
        },
      ],
      ['rathaus'],
    );
    const route = power([
      [35, -0.4, -5],
      [35, -0.8, -25],
    ]);
    const clashes = checkRoute(route, { network, rules, buildings, groundAt: flat });
    const building = clashes.find((c) => c.kind === 'building');
    expect(building?.lineId).toBe('rathaus');
    expect(building?.distanceM).toBe(0);
    expect(-building!.at[2]).toBeGreaterThan(10);
    expect(-building!.at[2]).toBeLessThan(20);
    const cover = clashes.find((c) => c.kind === 'cover');
    // Shallowest at the start: 0.4 m to the axis, 0.35 m to the top, 0.6 m needed for power.
    expect(cover?.distanceM).toBeCloseTo(0.35, 9);
    expect(cover?.requiredM).toBe(rules.minCoverM.power);
  });

  it('finds what the brute force finds', () => {
    const coord = fc.double({ min: -10, max: 60, noNaN: true });
    const depth = fc.double({ min: -3, max: -0.5, noNaN: true });
    const vertex = fc.tuple(
      coord,
      depth,
      fc.double({ min: -10, max: 10, noNaN: true }),
    ) as fc.Arbitrary<Vec3>;
    const brute = createSegmentIndex([gas, water], { indexed: false });
    fc.assert(
      fc.property(
        fc.array(vertex, { minLength: 2, maxLength: 8 }),
        fc.constantFrom('gas', 'power', 'sewage'),
        (points, type) => {
          const route: PlannedRoute = { type: type as PlannedRoute['type'], diameterM: 0.2, points };
          expect(checkRoute(route, { network, rules })).toEqual(checkRoute(route, { network: brute, rules }));
        },
      ),
    );
  });
});
