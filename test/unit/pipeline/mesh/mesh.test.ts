import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addConvexFace,
  addFace,
  addFlatPolygon,
  addQuad,
  createLayer,
  faceNormal,
  hexColor,
  toGltf,
  triangleCount,
  type Vec3,
} from '../../../../src/pipeline/mesh/mesh.ts';
import { ringArea, type Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import {
  expectWindingMatchesNormals,
  layerTriangles,
  PLAIN,
  triangleArea,
  windingNormal,
} from './layer-triangles.ts';

describe('createLayer and triangleCount', () => {
  it('starts empty and counts triangles from the indices', () => {
    const layer = createLayer('street', false);
    expect(layer).toMatchObject({ surface: 'street', withFeatures: false, positions: [], indices: [] });
    expect(triangleCount(layer)).toBe(0);
    addQuad(layer, [0, 0, 0], [1, 0, 0], [1, 0, -1], [0, 0, -1], PLAIN);
    expect(triangleCount(layer)).toBe(2);
  });
});

describe('hexColor', () => {
  it('converts sRGB hex to linear RGB', () => {
    expect(hexColor('#000000')).toEqual([0, 0, 0]);
    expect(hexColor('#ffffff')).toEqual([1, 1, 1]);
    const [r, g, b] = hexColor('#808000');
    // sRGB 128/255 is about 0.2159 linear; the transfer curve is what makes mid-grey dark in linear space.
    expect(r).toBeCloseTo(0.2159, 4);
    expect(g).toBeCloseTo(0.2159, 4);
    expect(b).toBe(0);
  });

  it('is monotonic in every channel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 254 }), (v) => {
        const hex = (x: number): string => `#${x.toString(16).padStart(2, '0').repeat(3)}`;
        expect(hexColor(hex(v + 1))[0]).toBeGreaterThan(hexColor(hex(v))[0]);
      }),
    );
  });
});

describe('toGltf', () => {
  it('puts east on +X, the height on +Y and north on -Z', () => {
    expect(toGltf([3, 4], 5)).toEqual([3, 5, -4]);
  });
});

/** A right triangle in the plane z = `z`, counter-clockwise seen from +Z. */
const triangleAt = (z: number): Vec3[] => [
  [0, 0, z],
  [1, 0, z],
  [0, 1, z],
];

describe('addFace', () => {
  it('offsets indices by the vertices already in the layer and shares one normal per face', () => {
    const layer = createLayer('building', true);
    addFace(layer, triangleAt(0), [0, 1, 2], PLAIN, 7);
    addFace(layer, triangleAt(1), [0, 1, 2], PLAIN, 8);
    expect(layer.indices).toEqual([0, 1, 2, 3, 4, 5]);
    expect(layer.featureIds).toEqual([7, 7, 7, 8, 8, 8]);
    expect(layer.normals.slice(0, 3)).toEqual([0, 0, 1]);
    expect(layer.colors).toHaveLength(18);
  });

  it('writes no feature ids on a layer without them, and nothing for fewer than three indices', () => {
    const layer = createLayer('ground', false);
    addFace(
      layer,
      [
        [0, 0, 0],
        [1, 0, 0],
      ],
      [0, 1],
      PLAIN,
      3,
    );
    expect(layer.positions).toEqual([]);
    addFace(
      layer,
      [
        [0, 0, 0],
        [1, 0, 0],
        [0, 0, -1],
      ],
      [0, 1, 2],
      PLAIN,
      3,
    );
    expect(layer.featureIds).toEqual([]);
    expect(layer.positions).toHaveLength(9);
  });
});

describe('faceNormal', () => {
  it('is the unit normal of the winding, and up for a degenerate face', () => {
    const n = faceNormal(
      [
        [0, 0, 0],
        [2, 0, 0],
        [0, 2, 0],
      ],
      [0, 1, 2],
    );
    expect(n).toEqual([0, 0, 1]);
    expect(
      faceNormal(
        [
          [0, 0, 0],
          [1, 1, 1],
          [2, 2, 2],
        ],
        [0, 1, 2],
      ),
    ).toEqual([0, 1, 0]);
  });
});

describe('addConvexFace', () => {
  const square: Vec3[] = [...triangleAt(0).slice(0, 2), [1, 1, 0], [0, 1, 0]];

  it('fans n points into n-2 triangles that look towards the given side', () => {
    for (const facing of [
      [0, 0, 1],
      [0, 0, -1],
    ] as Vec3[]) {
      const layer = createLayer('wall', true);
      addConvexFace(layer, square, facing, PLAIN, 2);
      expect(triangleCount(layer)).toBe(2);
      for (const t of layerTriangles(layer)) expect(Math.sign(windingNormal(t)[2])).toBe(facing[2]);
      expectWindingMatchesNormals(layer);
    }
  });

  it('takes triangles and pentagons too', () => {
    const layer = createLayer('wall', true);
    addConvexFace(layer, square.slice(0, 3), [0, 0, 1], PLAIN);
    addConvexFace(layer, [...square, [0.5, 1.5, 0]], [0, 0, 1], PLAIN);
    expect(triangleCount(layer)).toBe(1 + 3);
  });
});

/** A convex polygon: `n` points on a circle of radius `r`, counter-clockwise or not. */
function polygon(n: number, r: number, ccw: boolean): Vec2[] {
  const out: Vec2[] = [];
  for (let i = 0; i < n; i++) {
    const a = ((ccw ? i : -i) / n) * 2 * Math.PI;
    out.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return out;
}

describe('addFlatPolygon', () => {
  it('faces up (or down) at its height and keeps the area, whatever the input winding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 24 }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (n, r, ccw, down) => {
          const ring = polygon(n, r, ccw);
          const layer = createLayer('square', false);
          addFlatPolygon(layer, ring, [], 2.5, PLAIN, 0, down);
          const tris = layerTriangles(layer);
          expect(tris).toHaveLength(n - 2);
          for (const t of tris) {
            expect(Math.sign(windingNormal(t)[1])).toBe(down ? -1 : 1);
            expect([t.a[1], t.b[1], t.c[1]]).toEqual([2.5, 2.5, 2.5]);
          }
          expectWindingMatchesNormals(layer);
          const area = tris.reduce((s, t) => s + triangleArea(t), 0);
          expect(area).toBeCloseTo(Math.abs(ringArea(ring)), 6);
        },
      ),
    );
  });

  it('leaves holes out of the area', () => {
    const layer = createLayer('green', false);
    const outer: Vec2[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    const hole: Vec2[] = [
      [4, 4],
      [4, 6],
      [6, 6],
      [6, 4],
    ];
    addFlatPolygon(layer, outer, [hole], 0, PLAIN);
    expect(layerTriangles(layer).reduce((s, t) => s + triangleArea(t), 0)).toBeCloseTo(96, 9);
    expectWindingMatchesNormals(layer);
  });

  it('maps north to -Z', () => {
    const layer = createLayer('ground', false);
    addFlatPolygon(
      layer,
      polygon(4, 1, true).map(([e, n]): Vec2 => [e, n + 100]),
      [],
      0,
      PLAIN,
    );
    for (let i = 2; i < layer.positions.length; i += 3) expect(layer.positions[i]).toBeLessThan(-98);
  });
});
