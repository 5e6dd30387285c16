import { describe, expect, it } from 'vitest';
import { outlinePieces } from '../../../../src/core/utilities/building-outline.ts';
import { createFootprintIndex } from '../../../../src/core/utilities/footprint-clash.ts';
import { checkRoute, type PlannedRoute } from '../../../../src/core/utilities/route-check.ts';
import { createSegmentIndex } from '../../../../src/core/utilities/segment-index.ts';
import { shippedRules } from './helpers.ts';

type Ground = [number, number];

// A building as a mesh would hold it (scene metres: x east, y up, z south): a flat top at `height` over each
// rectangle [west, south, east, north] of its plan, and upright walls around each rectangle.
function block(rects: readonly [number, number, number, number][], height = 9): number[] {
  const out: number[] = [];
  const corner = ([e, n]: Ground, y: number): number[] => [e, y, -n];
  const quad = (a: number[], b: number[], c: number[], d: number[]) =>
    out.push(...a, ...b, ...c, ...a, ...c, ...d);
  for (const [w, s, e, n] of rects) {
    const ring: Ground[] = [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ];
    quad(...(ring.map((p) => corner(p, height)) as [number[], number[], number[], number[]]));
    ring.forEach((p, i) => {
      const q = ring[(i + 1) % 4]!;
      quad(corner(p, 0), corner(q, 0), corner(q, height), corner(p, height));
    });
  }
  return out;
}

const rules = shippedRules();
const network = createSegmentIndex([]);
const cable = (points: [number, number][]): PlannedRoute => ({
  type: 'power',
  diameterM: 0.1,
  // 0.8 m down: deep enough, so only buildings can clash.
  points: points.map(([e, n]) => [e, -0.85, -n]),
});
const check = (corners: number[], route: PlannedRoute) =>
  checkRoute(route, {
    network,
    rules,
    buildings: createFootprintIndex(outlinePieces(0, corners), ['house']),
  });

describe('a building outline from its faces', () => {
  // An L: a 20 m wing along the street and a 10 m wing to the north, the inner corner open to the north-east.
  const lShape = block([
    [0, 0, 20, 8],
    [0, 8, 8, 18],
  ]);

  it('keeps the tops and leaves out the walls', () => {
    const pieces = outlinePieces(0, lShape);
    expect(pieces).toHaveLength(4);
    const area = pieces.reduce((sum, piece) => {
      const [a, b, c] = piece.rings[0]!;
      return sum + ((b![0] - a![0]) * (c![1] - a![1]) - (b![1] - a![1]) * (c![0] - a![0])) / 2;
    }, 0);
    // Counter-clockwise pieces: 160 + 80 square metres.
    expect(area).toBeCloseTo(240, 9);
  });

  it('does not count the inner corner of an L-shaped house as under it', () => {
    // In the inner corner, where the convex hull of the house's corners would have the house.
    expect(
      check(
        lShape,
        cable([
          [10, 10],
          [14, 11],
        ]),
      ),
    ).toEqual([]);
    const under = check(
      lShape,
      cable([
        [4, 25],
        [4, 12],
      ]),
    );
    expect(under.map((c) => [c.kind, c.lineId, c.distanceM])).toEqual([['building', 'house', 0]]);
    expect(-under[0]!.at[2]).toBeLessThan(18);
  });

  it('leaves the courtyard of a U-shaped and of a closed block open', () => {
    const u = block([
      [0, 0, 30, 8],
      [0, 8, 8, 25],
      [22, 8, 30, 25],
    ]);
    expect(
      check(
        u,
        cable([
          [15, 30],
          [15, 9],
        ]),
      ),
    ).toEqual([]);
    expect(
      check(
        u,
        cable([
          [15, 30],
          [15, 5],
        ]),
      ).map((c) => c.kind),
    ).toEqual(['building']);
    const closed = block([
      [0, 0, 30, 8],
      [0, 8, 8, 25],
      [22, 8, 30, 25],
      [8, 17, 22, 25],
    ]);
    // A house connection laid inside the courtyard, and one that leaves it under the northern wing.
    expect(
      check(
        closed,
        cable([
          [10, 10],
          [20, 15],
        ]),
      ),
    ).toEqual([]);
    expect(
      check(
        closed,
        cable([
          [15, 12],
          [15, 30],
        ]),
      ).map((c) => c.kind),
    ).toEqual(['building']);
  });

  it('covers a pitched roof with its eaves, and refuses options out of range', () => {
    // Two slopes over 0..10 x 0..6, the ridge along the middle at 7 m, eaves at 4 m: a gable roof.
    const roof = [
      0, 4, 0, 10, 4, 0, 10, 7, -3, 0, 4, 0, 10, 7, -3, 0, 7, -3, 0, 7, -3, 10, 7, -3, 10, 4, -6, 0, 7, -3,
      10, 4, -6, 0, 4, -6,
    ];
    expect(outlinePieces(0, roof)).toHaveLength(4);
    expect(
      check(
        roof,
        cable([
          [5, -2],
          [5, 2],
        ]),
      ).map((c) => c.kind),
    ).toEqual(['building']);
    expect(() => outlinePieces(0, roof, { minUpright: 1, minArea: 0 })).toThrow(/minUpright/);
  });
});
