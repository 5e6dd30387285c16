import type { Random } from '../../core/random.ts';
import type { FeatureTable } from '../mesh/city-features.ts';
import { addGabledHouse } from '../mesh/house.ts';
import type { MeshLayer } from '../mesh/mesh.ts';
import { PALETTE, PLASTER, ROOFS } from '../mesh/palette.ts';
import { growRect, rectCorners, rectsOverlap } from '../mesh/polygon.ts';
import { generateHouses, type GridOptions } from './blocks.ts';
import type { LandmarkSites } from './squares-and-landmarks.ts';
import type { StreetPlan } from './streets.ts';
import type { WalledTown } from './wall-and-gates.ts';
import { addWiekhaeuser, segmentNearRect } from './wiek.ts';

/** What the houses are laid out around. */
export interface HouseSites {
  grid: GridOptions;
  town: WalledTown;
  sites: LandmarkSites;
  streets: StreetPlan;
}

/** Adds the Wiekhäuser along the wall, then the perimeter-block houses wherever the grid's cells are free. */
export function addHouses(layer: MeshLayer, table: FeatureTable, rng: Random, at: HouseSites): void {
  const { town, streets } = at;
  const exclusions = [...at.sites.exclusions, ...town.gates.map((gate) => growRect(gate.rect, 6))];
  const wiek = addWiekhaeuser(layer, table, town.wall, town.gates, rng);
  const houses = generateHouses(at.grid, rng, (r) => {
    if (rectCorners(r).some((p) => town.wall.depthOf(p) < 13)) return false;
    if (exclusions.some((x) => rectsOverlap(x, r))) return false;
    if (wiek.some((x) => rectsOverlap(x, r))) return false;
    return !streets.keepOut.some((k) => segmentNearRect(k.a, k.b, r, k.half + 0.6));
  });
  for (const h of houses) {
    const eave = h.storeys * 3.05 + 0.5;
    const pitch = (rng.range(40, 54) * Math.PI) / 180;
    const ridge = eave + h.rect.halfWidth * Math.tan(pitch);
    const wall = rng.pick(PLASTER);
    const roof = rng.pick(ROOFS);
    // Drawn before the check, so a dropped house leaves every other house's colours as they were.
    if (streets.lanes.some((k) => segmentNearRect(k.a, k.b, h.rect, k.half + 0.6))) continue;
    const fid = table.add({ ...h.feature, height: Math.round(ridge * 10) / 10, roof: 'gabled' });
    addGabledHouse(layer, h.rect, { eave, ridge, wall, roof, window: PALETTE.window, overhang: 0.35 }, fid);
  }
}
