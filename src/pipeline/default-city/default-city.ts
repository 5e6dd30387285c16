import { FeatureTable, type BuiltCity } from '../mesh/city-features.ts';
import {
  GRID_DEFAULTS,
  distanceToGridStreet,
  generateHouses,
  gridLines,
  gridToEN,
  type GridOptions,
} from './blocks.ts';
import {
  addCityWalls,
  addGates,
  addHkb,
  addJohannis,
  addMarienkirche,
  type GatePlacement,
} from './landmarks.ts';
import { addFlatPolygon, createLayer, type MeshLayer } from '../mesh/mesh.ts';
import type { LonLat, OsmData } from './osm.ts';
import { PALETTE, PLASTER, ROOFS } from '../mesh/palette.ts';
import { rectCorners, rectsOverlap, ringCentroid, type OrientedRect, type Vec2 } from '../mesh/polygon.ts';
import { createRandom } from '../../core/random.ts';
import { createRadialRing } from './ring.ts';
import { addGabledHouse } from '../mesh/house.ts';
import { addRibbon } from '../mesh/line-shapes.ts';
import { SURFACE_Y, addSurroundings } from './surfaces.ts';
import { createGeoFrame } from '../../core/geo/geo-frame.ts';
import { segmentNearRect, addWiekhaeuser } from './wiek.ts';
import { createViewpoints } from './viewpoints.ts';
import { passageLine } from './gate.ts';

/** Options for buildDefaultCity. */
export interface DefaultCityOptions {
  seed: number;
  /** The local frame's origin in EPSG:25833 (the Marktplatz, rounded to 10 m). */
  easting: number;
  northing: number;
  /** Ground height of the origin above sea level (DHHN2016, approximate). */
  height: number;
  grid: GridOptions;
}

/** Defaults for buildDefaultCity: origin at the Marktplatz (53.5565 N, 13.2606 E). */
export const DEFAULT_CITY_DEFAULTS: DefaultCityOptions = {
  seed: 1248,
  easting: 384780,
  northing: 5935590,
  height: 19,
  grid: GRID_DEFAULTS,
};

/** A gate's own street this long (metres from its centre) holds the gate's viewpoint. */
export const GATE_LANE_MIN = 36;

/** The attribution the OSM-derived city must show. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** Builds the default Neubrandenburg old town from OSM data, the green-belt outline and the generator. */
export function buildDefaultCity(
  osm: OsmData,
  outline: readonly LonLat[],
  opts: Partial<DefaultCityOptions> = {},
): BuiltCity {
  const o = { ...DEFAULT_CITY_DEFAULTS, ...opts };
  const frame = createGeoFrame(o.easting, o.northing, o.height);
  const toEN = (lon: number, lat: number): Vec2 => frame.lonLatToEN(lon, lat);
  const rng = createRandom(o.seed);
  const layer = (s: MeshLayer['surface'], f = false): MeshLayer => createLayer(s, f);
  const L = {
    ground: layer('ground'),
    street: layer('street'),
    square: layer('square'),
    green: layer('green'),
    water: layer('water'),
    wall: layer('wall', true),
    building: layer('building', true),
  };
  const table = new FeatureTable();

  const wallWays = osm.ways.filter((w) => w.tags.barrier === 'city_wall');
  const gateWays = osm.ways.filter((w) => w.tags.historic === 'city_gate');
  const church = osm.ways.find((w) => w.tags.building === 'church');
  const gateRings = gateWays.map((w) => w.geometry.map(([lo, la]) => toEN(lo, la)));
  const roadLines = osm.ways
    .filter((w) => w.tags.highway)
    .map((w) => w.geometry.map(([lo, la]) => toEN(lo, la)));
  const wallPoints = addCityWalls(L.wall, table, wallWays, toEN, 7, gateRings, roadLines);
  if (wallPoints.length < 10) throw new Error('the OSM data holds no city wall (barrier=city_wall)');
  const center = ringCentroid(wallPoints);
  const wallRing = createRadialRing(wallPoints, center);
  const outlineRing = createRadialRing(
    outline.map(([lo, la]) => toEN(lo, la)),
    center,
  );
  const roads = osm.ways.filter((w) => w.tags.highway);
  const gates = addGates(L.wall, table, gateWays, toEN, center, roads);
  addSurroundings(L, wallRing, outlineRing);

  // Streets: the grid inside the wall, the lane along the wall, roads out through the gates.
  const g = o.grid;
  const keepOut: { a: Vec2; b: Vec2; half: number }[] = [];
  const street = (line: Vec2[], width: number, color = PALETTE.cobbles): void => {
    addRibbon(L.street, line, width, SURFACE_Y.street, color);
    for (let i = 0; i + 1 < line.length; i++)
      keepOut.push({ a: line[i] as Vec2, b: line[i + 1] as Vec2, half: width / 2 });
  };
  // Lanes cleared through the gates after the houses are laid out, so every other house keeps its id.
  const lanes: { a: Vec2; b: Vec2; half: number }[] = [];
  const lane = (line: [Vec2, Vec2], width: number): void => {
    addRibbon(L.street, line, width, SURFACE_Y.street, PALETTE.cobbles);
    lanes.push({ a: line[0], b: line[1], half: width / 2 });
  };
  for (const u of gridLines(g.u0, g.spacingU, g.extent)) addGridStreet(L.street, g, wallRing.depthOf, 'u', u);
  for (const v of gridLines(g.v0, g.spacingV, g.extent)) addGridStreet(L.street, g, wallRing.depthOf, 'v', v);
  addRibbon(L.street, wallRing.ring(-8, 240), 6, SURFACE_Y.street, PALETTE.cobbles, true);
  const innerGates = gates.filter((x) => !x.outer);
  const connectors = new Map<string, Vec2>();
  for (const gate of innerGates) {
    const c = gate.rect.center;
    const dir = Math.atan2(c[1] - center[1], c[0] - center[0]);
    const r = outlineRing.radiusAt(dir) + 10;
    street([c, [center[0] + Math.cos(dir) * r, center[1] + Math.sin(dir) * r]], 7, PALETTE.street);
    const crossing = nearestInnerCrossing(g, c, wallRing.depthOf);
    street([c, crossing], 7);
    // The gate's own street: on along the passage into the town until it meets the grid.
    const p = gate.passage;
    const inward = p.angle + Math.PI;
    const depth = distanceToGridStreet(g, p.center, inward, wallRing.depthOf, 13) + 1;
    const end: Vec2 = [p.center[0] + Math.cos(inward) * depth, p.center[1] + Math.sin(inward) * depth];
    lane([p.center, end], 7);
    // The viewpoint looks down the gate's own street when it is long enough to stand back on.
    connectors.set(gate.name, depth >= GATE_LANE_MIN ? end : crossing);
  }
  for (const gate of gates) {
    // Inner gate to its outer gate; from the outermost passage straight on out of the town.
    const outer = gate.outer ? undefined : gates.find((x) => x.outer && x.name === gate.name);
    if (outer) {
      lane([gate.passage.center, outer.passage.center], 5);
      continue;
    }
    const [, out] = passageLine(gate.passage, 0);
    const a = gate.passage.angle;
    lane([out, [out[0] + Math.cos(a) * 30, out[1] + Math.sin(a) * 30]], 7);
  }
  // The lane through every gate's passage, a little past both faces (the piers stand on its edges).
  for (const gate of gates)
    addRibbon(
      L.street,
      passageLine(gate.passage, 4),
      gate.passage.width + 1,
      SURFACE_Y.street,
      PALETTE.cobbles,
    );
  for (const w of roads.filter((x) => x.tags.tunnel === undefined)) {
    street(
      w.geometry.map(([lo, la]) => toEN(lo, la)),
      w.tags.highway === 'path' || w.tags.highway === 'footway' ? 3 : 6,
    );
  }
  for (const w of osm.ways.filter((x) => x.tags.amenity === 'parking')) {
    addFlatPolygon(
      L.square,
      w.geometry.map(([lo, la]) => toEN(lo, la)),
      [],
      SURFACE_Y.square - 0.01,
      PALETTE.street,
    );
  }

  // Squares and landmarks.
  const cellRect = (u0: number, u1: number, v0: number, v1: number, inset: number): OrientedRect => ({
    center: gridToEN(g, (u0 + u1) / 2, (v0 + v1) / 2),
    angle: g.angle,
    halfLength: (u1 - u0) / 2 - inset,
    halfWidth: (v1 - v0) / 2 - inset,
  });
  const mu0 = g.u0 - g.spacingU;
  const mv0 = g.v0 - g.spacingV;
  const markt = cellRect(mu0, g.u0, mv0, g.v0, g.streetWidth / 2);
  const kirchplatz = cellRect(mu0 - 14, g.u0 - 8, mv0 - 84, mv0, 0);
  addFlatPolygon(L.square, rectCorners(markt), [], SURFACE_Y.square, PALETTE.square);
  addFlatPolygon(L.square, rectCorners(kirchplatz), [], SURFACE_Y.square, PALETTE.square);
  const exclusions: OrientedRect[] = [markt, kirchplatz];
  if (church) exclusions.push(grow(addMarienkirche(L.building, table, church, toEN), 6));
  const hkbSite = cellRect(mu0, g.u0, g.v0, g.v0 + g.spacingV, g.streetWidth / 2);
  const hkbTower: OrientedRect = {
    center: gridToEN(g, mu0 + g.spacingU * 0.62, g.v0 + g.streetWidth / 2 + 9),
    angle: g.angle,
    halfLength: 7,
    halfWidth: 7,
  };
  const hkbHall = cellRect(mu0 + 8, g.u0 - 8, g.v0 + 26, g.v0 + g.spacingV - 10, 0);
  addHkb(L.building, table, hkbTower, hkbHall);
  exclusions.push(hkbSite);
  const johannis: OrientedRect = {
    center: gridToEN(g, -205, -150),
    angle: g.angle,
    halfLength: 24,
    halfWidth: 8,
  };
  addJohannis(L.building, table, johannis);
  exclusions.push(
    grow(johannis, 10),
    grow({ ...johannis, center: gridToEN(g, -233, -150), halfLength: 4 }, 8),
  );
  for (const gate of gates) exclusions.push(grow(gate.rect, 6));
  const wiek = addWiekhaeuser(L.building, table, wallRing, gates, rng);

  const houses = generateHouses(g, rng, (r) => {
    if (rectCorners(r).some((p) => wallRing.depthOf(p) < 13)) return false;
    if (exclusions.some((x) => rectsOverlap(x, r))) return false;
    if (wiek.some((x) => rectsOverlap(x, r))) return false;
    return !keepOut.some((k) => segmentNearRect(k.a, k.b, r, k.half + 0.6));
  });
  for (const h of houses) {
    const eave = h.storeys * 3.05 + 0.5;
    const pitch = (rng.range(40, 54) * Math.PI) / 180;
    const ridge = eave + h.rect.halfWidth * Math.tan(pitch);
    const wall = rng.pick(PLASTER);
    const roof = rng.pick(ROOFS);
    if (lanes.some((k) => segmentNearRect(k.a, k.b, h.rect, k.half + 0.6))) continue;
    const fid = table.add({ ...h.feature, height: Math.round(ridge * 10) / 10, roof: 'gabled' });
    addGabledHouse(
      L.building,
      h.rect,
      { eave, ridge, wall, roof, window: PALETTE.window, overhang: 0.35 },
      fid,
    );
  }

  return {
    layers: [L.ground, L.green, L.water, L.street, L.square, L.wall, L.building],
    features: table.rows,
    viewpoints: createViewpoints({
      gates,
      center,
      markt,
      kirchplatz,
      hkbTower,
      churchWay: church,
      toEN,
      connectors,
    }),
    origin: frame.origin,
    attribution: OSM_ATTRIBUTION,
  };
}

function grow(r: OrientedRect, d: number): OrientedRect {
  return { ...r, halfLength: r.halfLength + d, halfWidth: r.halfWidth + d };
}

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

export type { GatePlacement };
