import { GRID_DEFAULTS, gridLines, gridToEN, type GridOptions } from '../default-city/blocks.ts';
import type { Vec2 } from '../mesh/polygon.ts';
import { createRandom } from '../../core/random.ts';
import type { UtilityType } from '../../core/utilities/utility-types.ts';

/** Where a kind of line lies in the street's cross-section (DIN 1998 zones), how deep and how thick. */
interface Lane {
  type: UtilityType;
  /** Metres across the street from its centre line (positive: to the left of the walking direction). */
  offset: number;
  depthM: number;
  diameterM: number;
  owner: string;
  /** Only every n-th street has this line (district heating and gas do not reach every street). */
  every: number;
}

const STADTWERKE = 'Stadtwerke (Beispieldaten)';
const LANES: readonly Lane[] = [
  { type: 'sewage', offset: 0, depthM: 2.6, diameterM: 0.3, owner: STADTWERKE, every: 1 },
  { type: 'water', offset: 1.6, depthM: 1.5, diameterM: 0.15, owner: STADTWERKE, every: 1 },
  { type: 'district-heating', offset: 0.8, depthM: 1.0, diameterM: 0.3, owner: STADTWERKE, every: 2 },
  { type: 'gas', offset: -1.6, depthM: 1.1, diameterM: 0.1, owner: STADTWERKE, every: 1 },
  { type: 'power', offset: -2.6, depthM: 0.7, diameterM: 0.15, owner: STADTWERKE, every: 1 },
  {
    type: 'telecom',
    offset: 2.8,
    depthM: 0.6,
    diameterM: 0.1,
    owner: 'Netzbetreiber (Beispieldaten)',
    every: 1,
  },
  { type: 'street-lighting', offset: -3.4, depthM: 0.6, diameterM: 0.05, owner: STADTWERKE, every: 1 },
];

/** A generated line, in local [east, north] metres with a depth of cover per vertex. */
export interface SampleLine {
  id: string;
  type: UtilityType;
  owner: string;
  diameterM: number;
  points: Vec2[];
  depthM: number[];
}

/** Sample every this many metres along a street line to find where the street surface is. */
const STEP = 2;
/** Vertices along a line, metres apart. */
const VERTEX_EVERY = 12;

/**
 * A plausible network under the old town's grid streets: every stretch of a grid line that runs on the
 * street surface (`onStreet`) gets the lanes of a DIN 1998 cross-section, with a little seeded variation
 * of depth. Sample data: no Stadtwerk's real lines.
 */
export function sampleNetwork(
  onStreet: (p: Vec2) => boolean,
  grid: GridOptions = GRID_DEFAULTS,
): SampleLine[] {
  const random = createRandom(1998);
  const lines: SampleLine[] = [];
  const streets: { from: number; to: number; at: (s: number, across: number) => Vec2 }[] = [];
  for (const u of gridLines(grid.u0, grid.spacingU, grid.extent))
    streets.push(
      ...stretches(
        (s) => gridToEN(grid, u, s),
        (s, a) => gridToEN(grid, u - a, s),
        onStreet,
        grid.extent,
      ),
    );
  for (const v of gridLines(grid.v0, grid.spacingV, grid.extent))
    streets.push(
      ...stretches(
        (s) => gridToEN(grid, s, v),
        (s, a) => gridToEN(grid, s, v + a),
        onStreet,
        grid.extent,
      ),
    );
  streets.forEach((street, n) => {
    for (const lane of LANES) {
      if (n % lane.every !== 0) continue;
      const count = Math.max(1, Math.round((street.to - street.from) / VERTEX_EVERY));
      const points: Vec2[] = [];
      const depthM: number[] = [];
      for (let k = 0; k <= count; k++) {
        const s = street.from + ((street.to - street.from) * k) / count;
        points.push(street.at(s, lane.offset).map((c) => Math.round(c * 100) / 100) as unknown as Vec2);
        depthM.push(Math.round((lane.depthM + random.range(-0.1, 0.1)) * 100) / 100);
      }
      lines.push({
        id: `${lane.type}-${String(n + 1).padStart(2, '0')}`,
        type: lane.type,
        owner: lane.owner,
        diameterM: lane.diameterM,
        points,
        depthM,
      });
    }
  });
  return lines;
}

/** The stretches of one grid line that lie on the street, at least 20 m long, trimmed 4 m at each end. */
function stretches(
  centre: (s: number) => Vec2,
  at: (s: number, across: number) => Vec2,
  onStreet: (p: Vec2) => boolean,
  extent: number,
): { from: number; to: number; at: (s: number, across: number) => Vec2 }[] {
  const out: { from: number; to: number; at: (s: number, across: number) => Vec2 }[] = [];
  let start: number | null = null;
  for (let s = -extent; s <= extent + STEP; s += STEP) {
    const on = s <= extent && onStreet(centre(s)) && onStreet(at(s, 3.5)) && onStreet(at(s, -3.5));
    if (on && start === null) start = s;
    if (!on && start !== null) {
      if (s - STEP - start >= 20) out.push({ from: start + 4, to: s - STEP - 4, at });
      start = null;
    }
  }
  return out;
}
