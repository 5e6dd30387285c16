import { describe, expect, it } from 'vitest';
import { createLayer, type MeshLayer } from '../../../../src/pipeline/mesh/mesh.ts';
import {
  addSurroundings,
  SURFACE_Y,
  SURROUNDINGS_DEFAULTS,
  type SurroundingsLayers,
} from '../../../../src/pipeline/default-city/surfaces.ts';
import {
  expectWindingMatchesNormals,
  layerPoints,
  layerTriangles,
  triangleArea,
} from '../mesh/layer-triangles.ts';
import { circleRing } from './circles.ts';

const CENTER: [number, number] = [40, -30];

function surroundings(wallR: number, outlineR: number, opts = {}): SurroundingsLayers {
  const layers = {
    ground: createLayer('ground', false),
    green: createLayer('green', false),
    water: createLayer('water', false),
    street: createLayer('street', false),
  };
  addSurroundings(layers, circleRing(wallR, CENTER), circleRing(outlineR, CENTER), opts);
  return layers;
}

const areaOf = (layer: MeshLayer): number => layerTriangles(layer).reduce((s, t) => s + triangleArea(t), 0);
// The area between two regular 240-gons of circumradius r1 < r2.
const bandArea = (r1: number, r2: number): number =>
  120 * Math.sin((2 * Math.PI) / 240) * (r2 * r2 - r1 * r1);
const radii = (layer: MeshLayer): number[] =>
  layerPoints(layer).map(([x, , z]) => Math.hypot(x - CENTER[0], -z - CENTER[1]));

describe('addSurroundings', () => {
  const l = surroundings(200, 260);

  it('lays every surface flat and facing up at its own height', () => {
    for (const [name, layer] of Object.entries(l) as [keyof typeof SURFACE_Y, MeshLayer][]) {
      expect(layer.indices.length).toBeGreaterThan(0);
      expectWindingMatchesNormals(layer);
      for (const t of layerTriangles(layer)) {
        expect(t.normal).toEqual([0, 1, 0]);
        expect(t.a[1]).toBe(SURFACE_Y[name]);
      }
    }
  });

  it('centres a square ground plane of the given half size on the wall', () => {
    expect(layerTriangles(l.ground)).toHaveLength(2);
    const s = SURROUNDINGS_DEFAULTS.groundHalfSize;
    expect(areaOf(l.ground)).toBeCloseTo(4 * s * s, 3);
    const xs = layerPoints(l.ground).map((p) => p[0]);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([CENTER[0] - s, CENTER[0] + s]);
    const small = surroundings(200, 260, { groundHalfSize: 500 });
    expect(areaOf(small.ground)).toBeCloseTo(1e6, 3);
  });

  it('fills the green belt from just outside the wall to the outline, with the town left open', () => {
    expect(areaOf(l.green)).toBeCloseTo(bandArea(201.2, 260), 0);
    const r = radii(l.green);
    expect(Math.min(...r)).toBeCloseTo(201.2, 6);
    expect(Math.max(...r)).toBeCloseTo(260, 6);
  });

  it('keeps the belt 12 m wide where the outline comes closer than that to the wall', () => {
    expect(areaOf(surroundings(200, 150).green)).toBeCloseTo(bandArea(201.2, 213.2), 0);
  });

  it('runs the moat round the belt and the ring road outside it, both closed', () => {
    expect(layerTriangles(l.water)).toHaveLength(2 * 240);
    const moat = 201.2 + (260 - 201.2) * 0.55;
    const w = radii(l.water);
    expect(Math.min(...w)).toBeGreaterThan(moat - SURROUNDINGS_DEFAULTS.moatWidth / 2 - 0.01);
    expect(Math.max(...w)).toBeLessThan(moat + SURROUNDINGS_DEFAULTS.moatWidth / 2 + 0.01);
    const road = 260 + SURROUNDINGS_DEFAULTS.ringRoadOffset;
    const s = radii(l.street);
    expect(Math.min(...s)).toBeGreaterThan(road - 7.01);
    expect(Math.max(...s)).toBeLessThan(road + 7.01);
  });
});
