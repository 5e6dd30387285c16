// Bench: the clash check of a planned line. In Node: a 50-segment route against 100,000 existing segments,
// with the R-tree against the brute force over every segment, same code, same run (goal: under 20 ms).
// In Chromium on the default city: frame time and draw calls with the X-ray view on, against the normal view.
import { readFileSync } from 'node:fs';
import { JsonReader } from '../../src/core/input/json-reader.ts';
import { createRandom } from '../../src/core/random.ts';
import { parseClearanceRules } from '../../src/core/utilities/clearance-rules.ts';
import type { PlacedLine } from '../../src/core/utilities/placed-line.ts';
import { checkRoute, type PlannedRoute } from '../../src/core/utilities/route-check.ts';
import { createSegmentIndex } from '../../src/core/utilities/segment-index.ts';
import type { Vec3 } from '../../src/core/utilities/segment-distance.ts';
import { UTILITY_TYPES } from '../../src/core/utilities/utility-types.ts';
import type { Figure } from './figure.ts';
import { buildingFigures, medianRun } from './utilities-buildings.ts';
import { xrayFigures } from './utilities-xray.ts';

const SEGMENTS = 100_000;
const PER_LINE = 10;

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  checkFigures(report);
  await xrayFigures(report);
}

function checkFigures(report: (f: Figure) => void): void {
  const random = createRandom(14);
  const rules = parseClearanceRules(
    new JsonReader(
      'clearance-rules.json',
      JSON.parse(readFileSync('src/features/utilities/clearance-rules.json', 'utf8')),
    ),
  );
  // A city's network: 10,000 lines of ten 10 m segments over 2 km square, at 0.5 to 3 m depth.
  const lines: PlacedLine[] = [];
  for (let l = 0; l < SEGMENTS / PER_LINE; l++) {
    let x = random.range(-1000, 1000);
    let z = random.range(-1000, 1000);
    const angle = random.range(0, Math.PI * 2);
    const y = -random.range(0.5, 3);
    const points: Vec3[] = [[x, y, z]];
    for (let i = 0; i < PER_LINE; i++) {
      x += Math.cos(angle) * 10;
      z += Math.sin(angle) * 10;
      points.push([x, y, z]);
    }
    const type = UTILITY_TYPES[l % UTILITY_TYPES.length]!;
    lines.push({ id: `l${l}`, type, owner: '', radiusM: random.range(0.05, 0.25), points });
  }
  const route: PlannedRoute = {
    type: 'gas',
    diameterM: 0.15,
    points: Array.from({ length: 51 }, (_, i): Vec3 => [-250 + i * 10, -1.1, Math.sin(i / 5) * 30]),
  };
  const t0 = performance.now();
  const indexed = createSegmentIndex(lines);
  const buildMs = performance.now() - t0;
  const brute = createSegmentIndex(lines, { indexed: false });
  const time = (index: typeof indexed, rounds: number) =>
    medianRun(rounds, () => checkRoute(route, { network: index, rules }).length);
  time(indexed, 20);
  const withIndex = time(indexed, 100);
  const without = time(brute, 7);
  if (withIndex.clashes !== without.clashes)
    throw new Error(`the index found ${withIndex.clashes} clashes, the brute force ${without.clashes}`);
  report({
    name: `check of a 50-segment route against ${SEGMENTS} segments, R-tree (median; ${withIndex.clashes} clashes)`,
    value: round(withIndex.ms),
    unit: 'ms',
    baseline: { name: 'same check, every segment tested (brute force)', value: round(without.ms) },
  });
  report({ name: `building the R-tree over ${SEGMENTS} segments`, value: round(buildMs), unit: 'ms' });
  buildingFigures(report, rules);
}

const round = (v: number): number => Number(v.toFixed(3));
