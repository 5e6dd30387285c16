import type { FeatureTable } from '../mesh/city-features.ts';
import { addFlatPolygon, type MeshLayer } from '../mesh/mesh.ts';
import { wayToEN, type ToEN } from './city-input.ts';
import { parseOsmHeight, type OsmWay } from './osm.ts';
import { PALETTE } from '../mesh/palette.ts';
import { minAreaRect, normaliseRing, rectCorners, type OrientedRect, type Vec2 } from '../mesh/polygon.ts';
import { addGabledHouse } from '../mesh/house.ts';
import { addThickWall } from '../mesh/line-shapes.ts';
import { addGablePinnacles } from '../mesh/pinnacles.ts';
import { addPyramid, addSteppedGable } from '../mesh/roofs.ts';
import { addBox, addPrism } from '../mesh/solids.ts';
import { findWallGaps } from './wall-gaps.ts';
import { addGableRoof, addGateBody, findGatePassage, type GatePassage } from './gate.ts';

/** A gate as placed in the model. */
export interface GatePlacement {
  name: string;
  osmId: number;
  rect: OrientedRect;
  /** True for the outer gate (Vortor) of a double gate. */
  outer: boolean;
  height: number;
  /** The open passage through the gate, along the road. */
  passage: GatePassage;
}

/** Gate heights in metres (approximate, from published descriptions), by OSM name. */
export const GATE_HEIGHTS: Record<string, { inner: number; outer: number }> = {
  'Treptower Tor': { inner: 32, outer: 16 },
  'Friedländer Tor': { inner: 22, outer: 15 },
  'Stargarder Tor': { inner: 24, outer: 16 },
  'Neues Tor': { inner: 20, outer: 14 },
};

/** The gates whose stepped gables carry pinnacles (Fialen), inner gate and Vortor alike. */
export const PINNACLED_GATES: readonly string[] = ['Treptower Tor', 'Stargarder Tor'];

/**
 * Adds one thick wall per `barrier=city_wall` way (height tag or `defaultHeight`), and closes the
 * short gaps between ways' ends (up to `maxGap` m) except at the gates (`gateRings`) and `roads`.
 */
export function addCityWalls(
  layer: MeshLayer,
  table: FeatureTable,
  ways: readonly OsmWay[],
  toEN: ToEN,
  defaultHeight = 7,
  gateRings: readonly (readonly Vec2[])[] = [],
  roads: readonly (readonly Vec2[])[] = [],
  maxGap = 16,
): Vec2[] {
  const points: Vec2[] = [];
  const lines = ways.map((w) => wayToEN(w, toEN));
  const fids: number[] = [];
  const heights: number[] = [];
  ways.forEach((w, i) => {
    const line = lines[i] as Vec2[];
    points.push(...line);
    const height = parseOsmHeight(w.tags.height) ?? defaultHeight;
    const fid = table.add({
      id: `osm-way-${w.id}`,
      name: w.tags.name ?? 'Stadtmauer',
      address: '',
      height,
      roof: 'flat',
      use: 'wall',
      source: 'osm',
      osm_id: `way/${w.id}`,
    });
    fids.push(fid);
    heights.push(height);
    addThickWall(layer, line, 1.7, -0.5, height, PALETTE.fieldstone, PALETTE.wallTop, fid);
  });
  for (const gap of findWallGaps(lines, maxGap, gateRings, roads)) {
    const h = heights[gap.way] ?? defaultHeight;
    addThickWall(layer, gap.line, 1.7, -0.5, h, PALETTE.fieldstone, PALETTE.wallTop, fids[gap.way]);
  }
  return points;
}

/**
 * Adds the gate buildings: brick towers with steep roofs and stepped gables, ridge along the road,
 * each with an open passage along the OSM passage way through it (`roads`), else along the road.
 */
export function addGates(
  layer: MeshLayer,
  table: FeatureTable,
  ways: readonly OsmWay[],
  toEN: ToEN,
  center: Vec2,
  roads: readonly OsmWay[] = [],
): GatePlacement[] {
  const roadLines = roads.filter((w) => w.tags.tunnel === 'building_passage').map((w) => wayToEN(w, toEN));
  const byName = new Map<string, { way: OsmWay; rect: OrientedRect; dist: number }[]>();
  for (const way of ways) {
    const rect = minAreaRect(normaliseRing(wayToEN(way, toEN)));
    const name = way.tags.name ?? `Tor ${way.id}`;
    const dist = Math.hypot(rect.center[0] - center[0], rect.center[1] - center[1]);
    byName.set(name, [...(byName.get(name) ?? []), { way, rect, dist }]);
  }
  const out: GatePlacement[] = [];
  for (const [name, parts] of byName) {
    parts.sort((a, b) => a.dist - b.dist);
    parts.forEach((p, i) => {
      const outer = i > 0;
      const h = GATE_HEIGHTS[name] ?? { inner: 20, outer: 14 };
      const height = outer ? h.outer : h.inner;
      const radial = Math.atan2(p.rect.center[1] - center[1], p.rect.center[0] - center[0]);
      const rect = alignTo(p.rect, radial);
      const fid = table.add({
        id: `osm-way-${p.way.id}`,
        name: outer ? `${name} (Vortor)` : name,
        address: '',
        height,
        roof: 'stepped-gable',
        use: 'gate',
        source: 'osm',
        osm_id: `way/${p.way.id}`,
      });
      const ring = normaliseRing(wayToEN(p.way, toEN));
      const eave = height * 0.62;
      const passage = findGatePassage(ring, rect, roadLines, radial);
      addGateBody(layer, ring, passage, eave, { wall: PALETTE.brick, inner: PALETTE.brickDark }, fid);
      addGableRoof(layer, rect, eave, height, { wall: PALETTE.brick, roof: PALETTE.roofDark }, fid);
      const ux = Math.cos(rect.angle);
      const uy = Math.sin(rect.angle);
      for (const sign of [-1, 1]) {
        const c: Vec2 = [
          rect.center[0] + ux * sign * rect.halfLength,
          rect.center[1] + uy * sign * rect.halfLength,
        ];
        addSteppedGable(layer, c, rect.angle, rect.halfWidth * 2, eave, height + 1.5, PALETTE.brick, fid);
        if (PINNACLED_GATES.includes(name))
          addGablePinnacles(layer, c, rect.angle, rect.halfWidth * 2, eave, height + 1.5, PALETTE.brick, fid);
      }
      out.push({ name, osmId: p.way.id, rect, outer, height, passage });
    });
  }
  return out;
}

/** Re-expresses a rectangle so its length axis is the one closer to `direction`. */
export function alignTo(rect: OrientedRect, direction: number): OrientedRect {
  const along = Math.abs(Math.cos(rect.angle - direction));
  const across = Math.abs(Math.sin(rect.angle - direction));
  if (along >= across) return rect;
  return { ...rect, angle: rect.angle + Math.PI / 2, halfLength: rect.halfWidth, halfWidth: rect.halfLength };
}

/** Adds the Marienkirche from its OSM footprint: brick nave, steep roof, west tower with spire. */
export function addMarienkirche(
  layer: MeshLayer,
  table: FeatureTable,
  way: OsmWay,
  toEN: ToEN,
): OrientedRect {
  const ring = normaliseRing(wayToEN(way, toEN));
  const obb = minAreaRect(ring);
  // The tower stands at the west end: point the axis east.
  const rect = Math.cos(obb.angle) < 0 ? { ...obb, angle: obb.angle + Math.PI } : obb;
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  const fid = table.add({
    id: `osm-way-${way.id}`,
    name: [way.tags.alt_name, way.tags.name].filter(Boolean).join(' – ') || 'Marienkirche',
    address: osmAddress(way.tags),
    height: 90,
    roof: 'gabled',
    use: 'church',
    source: 'osm',
    osm_id: `way/${way.id}`,
  });
  const eave = 22;
  addPrism(layer, ring, -0.3, eave, PALETTE.brick, PALETTE.brickDark, fid);
  const tower = 14;
  const nave: OrientedRect = {
    center: [rect.center[0] + (ux * tower) / 2, rect.center[1] + (uy * tower) / 2],
    angle: rect.angle,
    halfLength: rect.halfLength - tower / 2,
    halfWidth: rect.halfWidth * 0.98,
  };
  addGabledHouse(
    layer,
    nave,
    { eave, ridge: 36, wall: PALETTE.brick, roof: PALETTE.roofTile, overhang: 0.3 },
    fid,
  );
  const east: Vec2 = [nave.center[0] + ux * nave.halfLength, nave.center[1] + uy * nave.halfLength];
  addSteppedGable(layer, east, rect.angle, nave.halfWidth * 2, eave, 37, PALETTE.brick, fid, 7);
  // The east gable, the church's showpiece, is crowned with pinnacles like the gates'.
  addGablePinnacles(layer, east, rect.angle, nave.halfWidth * 2, eave, 37, PALETTE.brick, fid, 7);
  const towerRect: OrientedRect = {
    center: [
      rect.center[0] - ux * (rect.halfLength - tower / 2),
      rect.center[1] - uy * (rect.halfLength - tower / 2),
    ],
    angle: rect.angle,
    halfLength: tower / 2,
    halfWidth: tower / 2,
  };
  addBox(layer, towerRect, 0, 58, PALETTE.brick, PALETTE.brickDark, fid);
  addPyramid(layer, rectCorners({ ...towerRect, halfLength: 6, halfWidth: 6 }), 58, 90, PALETTE.copper, fid);
  return rect;
}

/** Adds the HKB (Haus der Kultur und Bildung): a low hall and its slender tower of about 56 m. */
export function addHkb(layer: MeshLayer, table: FeatureTable, tower: OrientedRect, hall: OrientedRect): void {
  const fid = table.add({
    id: 'gen-hkb',
    name: 'Haus der Kultur und Bildung (HKB)',
    address: 'Marktplatz, 17033 Neubrandenburg',
    height: 56,
    roof: 'flat',
    use: 'public',
    source: 'generated',
    osm_id: '',
  });
  addBox(layer, hall, 0, 11, PALETTE.hkb, PALETTE.hkbRoof, fid);
  addBox(layer, tower, 0, 53, PALETTE.hkb, PALETTE.hkbRoof, fid);
  addBox(
    layer,
    { ...tower, halfLength: tower.halfLength * 0.7, halfWidth: tower.halfWidth * 0.7 },
    53,
    56,
    PALETTE.hkbRoof,
    PALETTE.hkbRoof,
    fid,
  );
  const c = tower.center;
  addFlatPolygon(
    layer,
    rectCorners({ ...tower, halfLength: 1, halfWidth: 1, center: c }),
    [],
    56.05,
    PALETTE.window,
    fid,
  );
}

/** Adds St. Johannis (generated: position and form approximate): brick hall church with a roof turret. */
export function addJohannis(layer: MeshLayer, table: FeatureTable, rect: OrientedRect): void {
  const fid = table.add({
    id: 'gen-st-johannis',
    name: 'St. Johannis',
    address: '',
    height: 42,
    roof: 'gabled',
    use: 'church',
    source: 'generated',
    osm_id: '',
  });
  addGabledHouse(
    layer,
    rect,
    { eave: 14, ridge: 26, wall: PALETTE.brick, roof: PALETTE.roofTile, overhang: 0.3 },
    fid,
  );
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  const west: Vec2 = [
    rect.center[0] - ux * (rect.halfLength + 4),
    rect.center[1] - uy * (rect.halfLength + 4),
  ];
  const tower: OrientedRect = { center: west, angle: rect.angle, halfLength: 4, halfWidth: 4 };
  addBox(layer, tower, 0, 30, PALETTE.brick, PALETTE.brickDark, fid);
  addPyramid(layer, rectCorners(tower), 30, 42, PALETTE.copper, fid);
}

/** An address from OSM `addr:*` tags, empty when the way has none. */
export function osmAddress(tags: Record<string, string>): string {
  const street = [tags['addr:street'], tags['addr:housenumber']].filter(Boolean).join(' ');
  const city = [tags['addr:postcode'], tags['addr:city']].filter(Boolean).join(' ');
  return [street, city].filter(Boolean).join(', ');
}
