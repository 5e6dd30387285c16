import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayer } from '../../../../src/pipeline/mesh/mesh.ts';
import {
  rectCorners,
  ringArea,
  type OrientedRect,
  type Vec2,
} from '../../../../src/pipeline/mesh/polygon.ts';
import {
  addGableRoof,
  addGateBody,
  clipRing,
  findGatePassage,
  GATE_PASSAGE_DEFAULTS,
  passageLine,
  type GatePassage,
} from '../../../../src/pipeline/default-city/gate.ts';
import {
  centroid,
  DARK,
  expectWindingMatchesNormals,
  layerPoints,
  layerTriangles,
  PLAIN,
} from '../mesh/layer-triangles.ts';

// A gate footprint 12 m along the road (east-west) and 9 m across, centred at (100, 0).
const rect: OrientedRect = { center: [100, 0], angle: 0, halfLength: 6, halfWidth: 4.5 };
const ring = rectCorners(rect);

describe('findGatePassage', () => {
  it('runs along the footprint axis, turned to point out of the town, when no way crosses it', () => {
    const out = findGatePassage(ring, rect, [], 0);
    expect(out).toMatchObject({ from: 'road', angle: 0, halfLength: 6, ...GATE_PASSAGE_DEFAULTS });
    expect(out.center[0]).toBeCloseTo(100, 9);
    const back = findGatePassage(ring, rect, [], Math.PI);
    expect(Math.cos(back.angle)).toBeCloseTo(-1, 9);
  });

  it('follows an OSM passage way whose middle lies inside, centred on the footprint along it', () => {
    const way: Vec2[] = [
      [95, -1],
      [103, 1],
    ];
    const p = findGatePassage(ring, rect, [way], 0, { width: 3.5 });
    expect(p.from).toBe('osm');
    expect(p.angle).toBeCloseTo(Math.atan2(2, 8), 9);
    expect(p.width).toBe(3.5);
    expect(p.height).toBe(GATE_PASSAGE_DEFAULTS.height);
    // The lane spans the footprint: both ends of the passage line lie on its edge or beyond.
    const [a, b] = passageLine(p, 0);
    expect(Math.max(Math.abs(a[0] - 100), Math.abs(b[0] - 100))).toBeGreaterThanOrEqual(6 - 1e-9);
  });

  it('ignores ways outside the footprint and ways too short to give a direction', () => {
    const outside: Vec2[] = [
      [200, 0],
      [210, 5],
    ];
    const dot: Vec2[] = [
      [100, 0],
      [100.5, 0],
    ];
    expect(findGatePassage(ring, rect, [outside, dot], 0).from).toBe('road');
  });
});

describe('clipRing', () => {
  it('keeps the part on the normal side of the line', () => {
    const square = rectCorners({ center: [0, 0], angle: 0, halfLength: 2, halfWidth: 2 });
    expect(ringArea(clipRing(square, [0, 0], [1, 0]))).toBeCloseTo(8, 9);
    expect(ringArea(clipRing(square, [-5, 0], [1, 0]))).toBeCloseTo(16, 9);
    expect(clipRing(square, [5, 0], [1, 0])).toEqual([]);
  });

  it('splits a ring into two parts whose areas add up', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        (offset, angle) => {
          const square = rectCorners({ center: [0, 0], angle: 0.3, halfLength: 3, halfWidth: 2 });
          const n: Vec2 = [Math.cos(angle), Math.sin(angle)];
          const at: Vec2 = [n[0] * offset, n[1] * offset];
          const a = ringArea(clipRing(square, at, n));
          const b = ringArea(clipRing(square, at, [-n[0], -n[1]]));
          expect(a + b).toBeCloseTo(24, 6);
        },
      ),
    );
  });
});

describe('passageLine', () => {
  it('is the lane through the centre, extended by `extra` at both ends, pointing out of town', () => {
    const p: GatePassage = {
      center: [0, 0],
      angle: Math.PI / 2,
      halfLength: 5,
      width: 4,
      height: 4.6,
      from: 'road',
    };
    const [a, b] = passageLine(p, 2);
    expect(a[1]).toBeCloseTo(-7, 9);
    expect(b[1]).toBeCloseTo(7, 9);
    expect(a[0]).toBeCloseTo(0, 9);
  });
});

describe('addGateBody', () => {
  const passage = findGatePassage(ring, rect, [], 0);

  it('leaves the passage open below the vault and closes the footprint above it', () => {
    const layer = createLayer('wall', true);
    addGateBody(layer, ring, passage, 14, { wall: PLAIN, inner: DARK }, 3);
    expectWindingMatchesNormals(layer);
    const tris = layerTriangles(layer);
    for (const t of tris) {
      expect(t.fid).toBe(3);
      const c = centroid(t);
      // Below the vault nothing stands in the lane: |north - 0| < half the width.
      if (c[1] < passage.height - 1e-6)
        expect(Math.abs(-c[2])).toBeGreaterThanOrEqual(passage.width / 2 - 1e-6);
    }
    const vault = tris.filter((t) => t.normal[1] < -0.99);
    expect(vault.length).toBeGreaterThan(0);
    for (const t of vault) expect(t.a[1]).toBe(passage.height);
    const ys = layerPoints(layer).map((p) => p[1]);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([-0.3, 14]);
  });
});

describe('addGableRoof', () => {
  it('adds the two gable triangles and the two roof planes, up to the ridge', () => {
    const layer = createLayer('wall', true);
    addGableRoof(layer, rect, 14, 22, { wall: PLAIN, roof: DARK }, 1);
    expect(layerTriangles(layer)).toHaveLength(2 + 4);
    expectWindingMatchesNormals(layer);
    expect(Math.max(...layerPoints(layer).map((p) => p[1]))).toBe(22);
  });
});
