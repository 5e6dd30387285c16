import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../../src/pipeline/mesh/city-features.ts';
import { createLayer, type MeshLayer } from '../../../../src/pipeline/mesh/mesh.ts';
import { rectCorners, type OrientedRect, type Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import type { OsmWay } from '../../../../src/pipeline/default-city/osm.ts';
import {
  addCityWalls,
  addGates,
  addHkb,
  addJohannis,
  addMarienkirche,
  alignTo,
  GATE_HEIGHTS,
  osmAddress,
  PINNACLED_GATES,
} from '../../../../src/pipeline/default-city/landmarks.ts';
import { expectWindingMatchesNormals, layerTriangles } from '../mesh/layer-triangles.ts';
import { PINNACLE_DEFAULTS } from '../../../../src/pipeline/mesh/pinnacles.ts';

// Ways given straight in local metres: the conversion is the identity.
const metres = (lon: number, lat: number): Vec2 => [lon, lat];
const way = (id: number, tags: Record<string, string>, points: Vec2[]): OsmWay => ({
  id,
  tags,
  geometry: points,
});
const footprint = (r: OrientedRect): Vec2[] => {
  const c = rectCorners(r);
  return [...c, c[0]!];
};

/** The highest point of the triangles carrying feature id `fid`. */
function topOf(layer: MeshLayer, fid: number): number {
  const ys = layerTriangles(layer)
    .filter((t) => t.fid === fid)
    .flatMap((t) => [t.a[1], t.b[1], t.c[1]]);
  return Math.max(...ys);
}

describe('addCityWalls', () => {
  const walls = [
    way(11, { barrier: 'city_wall', height: '9 m' }, [
      [0, 0],
      [50, 0],
    ]),
    way(12, { barrier: 'city_wall', name: 'Mauer Nord' }, [
      [55, 0],
      [100, 0],
      [100, 40],
    ]),
  ];

  it('adds one feature per way with its height tag or the default, and returns every vertex', () => {
    const layer = createLayer('wall', true);
    const table = new FeatureTable();
    const points = addCityWalls(layer, table, walls, metres, 7);
    expect(points).toHaveLength(5);
    expect(table.rows).toEqual([
      expect.objectContaining({
        id: 'osm-way-11',
        name: 'Stadtmauer',
        height: 9,
        use: 'wall',
        osm_id: 'way/11',
      }),
      expect.objectContaining({
        id: 'osm-way-12',
        name: 'Mauer Nord',
        height: 7,
        source: 'osm',
        roof: 'flat',
      }),
    ]);
    expect(topOf(layer, 0)).toBe(9);
    expect(topOf(layer, 1)).toBe(7);
    expectWindingMatchesNormals(layer);
  });

  it('closes the 5 m gap with the first way wall, and leaves it open for a shorter threshold', () => {
    const closed = createLayer('wall', true);
    addCityWalls(closed, new FeatureTable(), walls, metres, 7, [], [], 16);
    const open = createLayer('wall', true);
    addCityWalls(open, new FeatureTable(), walls, metres, 7, [], [], 4);
    const extra = layerTriangles(closed).slice(layerTriangles(open).length);
    // One straight filler: two faces, a top and two caps.
    expect(extra).toHaveLength(10);
    for (const t of extra) {
      expect(t.fid).toBe(0);
      for (const p of [t.a, t.b, t.c]) expect(p[0]).toBeGreaterThanOrEqual(50 - 1);
    }
    expect(Math.max(...extra.map((t) => Math.max(t.a[1], t.b[1], t.c[1])))).toBe(9);
  });
});

describe('addGates', () => {
  const center: Vec2 = [0, 0];
  // A double gate on the east road (inner 100 m, outer 130 m from the centre) and an unnamed gate north.
  const inner = footprint({ center: [100, 0], angle: Math.PI / 2, halfLength: 5, halfWidth: 7 });
  const outer = footprint({ center: [130, 0], angle: 0, halfLength: 6, halfWidth: 4 });
  const north = footprint({ center: [0, 90], angle: 0, halfLength: 6, halfWidth: 4 });
  const gates = [
    way(22, { historic: 'city_gate', name: 'Treptower Tor' }, outer),
    way(21, { historic: 'city_gate', name: 'Treptower Tor' }, inner),
    way(23, { historic: 'city_gate' }, north),
  ];
  const passageWay = way(30, { highway: 'footway', tunnel: 'building_passage' }, [
    [96, -1],
    [104, 1],
  ]);

  const layer = createLayer('wall', true);
  const table = new FeatureTable();
  const placed = addGates(layer, table, gates, metres, center, [passageWay]);

  it('tells the inner gate from its Vortor by the distance to the centre', () => {
    expect(placed.map((g) => [g.name, g.osmId, g.outer])).toEqual([
      ['Treptower Tor', 21, false],
      ['Treptower Tor', 22, true],
      ['Tor 23', 23, false],
    ]);
    expect(table.rows.map((r) => r.name)).toEqual(['Treptower Tor', 'Treptower Tor (Vortor)', 'Tor 23']);
    for (const r of table.rows)
      expect(r).toMatchObject({ use: 'gate', roof: 'stepped-gable', source: 'osm' });
  });

  it('takes the height from the gate table, a default for an unknown gate', () => {
    const h = GATE_HEIGHTS['Treptower Tor']!;
    expect(placed.map((g) => g.height)).toEqual([h.inner, h.outer, 20]);
    // The stepped gables stand 1.5 m over the ridge, the top slab 0.9 m over that; on the Treptower Tor the
    // top slab's pinnacle (shaft and a cap 1.6 times the others') over that, on the unknown gate nothing.
    const pinnacle = PINNACLE_DEFAULTS.shaft + PINNACLE_DEFAULTS.cap * 1.6;
    const crown = (name: string): number => (PINNACLED_GATES.includes(name) ? pinnacle : 0);
    placed.forEach((g, fid) => expect(topOf(layer, fid)).toBeCloseTo(g.height + 2.4 + crown(g.name), 9));
    expect(crown('Treptower Tor')).toBeGreaterThan(0);
    expect(crown('Tor 23')).toBe(0);
    expectWindingMatchesNormals(layer);
  });

  it('turns each gate along its road and opens the passage along the OSM passage way where there is one', () => {
    for (const g of placed) {
      const radial = Math.atan2(g.rect.center[1], g.rect.center[0]);
      expect(Math.abs(Math.cos(g.rect.angle - radial))).toBeGreaterThanOrEqual(Math.SQRT1_2);
      expect(Math.cos(g.passage.angle - radial)).toBeGreaterThan(0);
    }
    expect(placed.map((g) => g.passage.from)).toEqual(['osm', 'road', 'road']);
    expect(placed[0]!.passage.angle).toBeCloseTo(Math.atan2(2, 8), 9);
  });
});

describe('alignTo', () => {
  it('swaps the axes when the width axis is the one closer to the direction', () => {
    const r: OrientedRect = { center: [0, 0], angle: 0, halfLength: 6, halfWidth: 3 };
    expect(alignTo(r, 0.3)).toBe(r);
    expect(alignTo(r, Math.PI / 2)).toEqual({
      center: [0, 0],
      angle: Math.PI / 2,
      halfLength: 3,
      halfWidth: 6,
    });
  });
});

describe('addMarienkirche', () => {
  // The footprint drawn clockwise from the east end, so the axis starts out pointing west.
  const ring = footprint({ center: [10, 20], angle: Math.PI, halfLength: 36, halfWidth: 13 }).reverse();
  const church = way(
    23559521,
    { building: 'church', name: 'Konzertkirche', alt_name: 'Marienkirche', 'addr:city': 'Neubrandenburg' },
    ring,
  );

  it('points the axis east, the tower and its spire at the west end, 90 m high', () => {
    const layer = createLayer('building', true);
    const table = new FeatureTable();
    const rect = addMarienkirche(layer, table, church, metres);
    expect(Math.cos(rect.angle)).toBeCloseTo(1, 9);
    expect(rect.halfLength).toBeCloseTo(36, 9);
    expect(table.rows[0]).toMatchObject({
      id: 'osm-way-23559521',
      name: 'Marienkirche – Konzertkirche',
      address: 'Neubrandenburg',
      height: 90,
      use: 'church',
      osm_id: 'way/23559521',
    });
    const apex = layerTriangles(layer)
      .flatMap((t) => [t.a, t.b, t.c])
      .filter((p) => p[1] === 90);
    expect(apex.length).toBeGreaterThan(0);
    for (const p of apex) expect(p[0]).toBeCloseTo(10 - 36 + 7, 9);
    expectWindingMatchesNormals(layer);
  });
});

describe('addHkb and addJohannis', () => {
  it('build the HKB to its 56 m tower roof and St. Johannis to its 42 m turret', () => {
    const layer = createLayer('building', true);
    const table = new FeatureTable();
    const tower: OrientedRect = { center: [0, 0], angle: 0, halfLength: 7, halfWidth: 7 };
    const hall: OrientedRect = { center: [30, 0], angle: 0, halfLength: 20, halfWidth: 15 };
    addHkb(layer, table, tower, hall);
    addJohannis(layer, table, { center: [200, 0], angle: 0, halfLength: 24, halfWidth: 8 });
    expect(table.rows.map((r) => [r.id, r.height, r.use])).toEqual([
      ['gen-hkb', 56, 'public'],
      ['gen-st-johannis', 42, 'church'],
    ]);
    // The HKB's roof marker lies 5 cm over the roof so it never z-fights with it.
    expect(topOf(layer, 0)).toBeCloseTo(56.05, 9);
    expect(topOf(layer, 1)).toBe(42);
    expectWindingMatchesNormals(layer);
  });
});

describe('osmAddress', () => {
  it('joins street and number, then postcode and city', () => {
    const full = {
      'addr:street': 'Große Wollweberstraße',
      'addr:housenumber': '12',
      'addr:postcode': '17033',
      'addr:city': 'Neubrandenburg',
    };
    expect(osmAddress(full)).toBe('Große Wollweberstraße 12, 17033 Neubrandenburg');
    expect(osmAddress({ 'addr:street': 'Turmstraße' })).toBe('Turmstraße');
    expect(osmAddress({})).toBe('');
  });
});
