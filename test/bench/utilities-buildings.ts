// Bench figure: the "under a building" check of a planned line against building outlines built from the
// buildings' faces (L-shaped houses, four roof pieces each), with the R-tree against testing every piece.
import { outlinePieces } from '../../src/core/utilities/building-outline.ts';
import { createFootprintIndex, type FootprintIndex } from '../../src/core/utilities/footprint-clash.ts';
import { checkRoute, type PlannedRoute } from '../../src/core/utilities/route-check.ts';
import { createSegmentIndex } from '../../src/core/utilities/segment-index.ts';
import type { ClearanceRules } from '../../src/core/utilities/clearance-rules.ts';
import type { Vec3 } from '../../src/core/utilities/segment-distance.ts';
import type { Figure } from './figure.ts';

const BUILDINGS = 10_000;

/** A flat top over an L of two rectangles at (x, z): 4 triangles, 9 numbers each (walls add nothing). */
function lHouse(x: number, z: number): number[] {
  const rect = (w: number, s: number, e: number, n: number): number[] =>
    [w, 9, -s, e, 9, -s, e, 9, -n, w, 9, -s, e, 9, -n, w, 9, -n].map((v, i) =>
      i % 3 === 0 ? v + x : i % 3 === 2 ? v + z : v,
    );
  return [...rect(0, 0, 12, 6), ...rect(0, 6, 6, 14)];
}

/** Run `check` `rounds` times: the median time (ms) and what the last run counted. */
export function medianRun(rounds: number, check: () => number): { ms: number; clashes: number } {
  const ms: number[] = [];
  let clashes = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    clashes = check();
    ms.push(performance.now() - start);
  }
  return { ms: [...ms].sort((a, b) => a - b)[ms.length >> 1]!, clashes };
}

/** Report the building check's time with the index, against every piece tested. */
export function buildingFigures(report: (f: Figure) => void, rules: ClearanceRules): void {
  // A 100 x 100 grid of houses, 20 m apart: 2 km square, the route from the bench's main figure across it.
  const pieces = Array.from({ length: BUILDINGS }, (_, i) =>
    outlinePieces(i, lHouse((i % 100) * 20 - 1000, Math.floor(i / 100) * 20 - 1000)),
  ).flat();
  const ids = Array.from({ length: BUILDINGS }, (_, i) => `house-${i}`);
  const indexed = createFootprintIndex(pieces, ids);
  const every = Array.from(pieces.keys());
  const brute: FootprintIndex = { polygons: pieces, ids, near: () => every };
  const network = createSegmentIndex([]);
  const route: PlannedRoute = {
    type: 'gas',
    diameterM: 0.15,
    points: Array.from({ length: 51 }, (_, i): Vec3 => [-250 + i * 10, -1.1, Math.sin(i / 5) * 30]),
  };
  const time = (buildings: FootprintIndex, rounds: number) =>
    medianRun(rounds, () => checkRoute(route, { network, rules, buildings }).length);
  time(indexed, 20);
  const withIndex = time(indexed, 100);
  // One round: testing every piece takes seconds.
  const without = time(brute, 1);
  if (withIndex.clashes !== without.clashes)
    throw new Error(`the index found ${withIndex.clashes} building clashes, every piece ${without.clashes}`);
  report({
    name: `building check of a 50-segment route against ${BUILDINGS} L-shaped outlines (${pieces.length} pieces), R-tree (median; ${withIndex.clashes} clashes)`,
    value: Number(withIndex.ms.toFixed(3)),
    unit: 'ms',
    baseline: { name: 'same check, every piece tested', value: Number(without.ms.toFixed(3)) },
  });
}
