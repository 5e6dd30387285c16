import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../../../src/pipeline/mesh/polygon.ts';
import { GRID_DEFAULTS, gridToEN } from '../../../../src/pipeline/default-city/blocks.ts';
import {
  addSquaresAndLandmarks,
  cellRect,
} from '../../../../src/pipeline/default-city/squares-and-landmarks.ts';
import { SURFACE_Y } from '../../../../src/pipeline/default-city/surfaces.ts';
import { expectWindingMatchesNormals, layerTriangles } from '../mesh/layer-triangles.ts';
import { walledSyntheticTown } from './synthetic-town.ts';

const g = GRID_DEFAULTS;

describe('cellRect', () => {
  it('spans grid cells, shrunk by the inset on every side', () => {
    const r = cellRect(g, 0, 84, 0, 72, 4);
    expect(r).toEqual({ center: gridToEN(g, 42, 36), angle: g.angle, halfLength: 38, halfWidth: 32 });
  });
});

describe('addSquaresAndLandmarks', () => {
  const { input, layers, table } = walledSyntheticTown();
  const before = table.rows.length;
  const sites = addSquaresAndLandmarks(layers, table, g, input);

  it('lays the Marktplatz on the grid cell south-west of the grid origin, and the Kirchplatz south of it', () => {
    expect(sites.markt).toEqual(
      cellRect(g, g.u0 - g.spacingU, g.u0, g.v0 - g.spacingV, g.v0, g.streetWidth / 2),
    );
    expect(sites.kirchplatz.center[1]).toBeLessThan(sites.markt.center[1]);
    const squares = layerTriangles(layers.square);
    expect(squares).toHaveLength(4);
    for (const t of squares) expect(t.a[1]).toBe(SURFACE_Y.square);
  });

  it('adds the Marienkirche from OSM, then the HKB and St. Johannis', () => {
    expect(table.rows.slice(before).map((r) => r.id)).toEqual([
      `osm-way-${input.church!.id}`,
      'gen-hkb',
      'gen-st-johannis',
    ]);
    expectWindingMatchesNormals(layers.building);
  });

  it('keeps the squares and every landmark site out of the houses’ way', () => {
    expect(sites.exclusions).toHaveLength(6);
    expect(sites.exclusions).toContain(sites.markt);
    expect(sites.exclusions).toContain(sites.kirchplatz);
    // The HKB tower stands on an excluded site.
    expect(sites.exclusions.some((x) => rectsOverlap(x, sites.hkbTower))).toBe(true);
  });

  it('leaves the church out where the data has none', () => {
    const bare = walledSyntheticTown();
    const without = addSquaresAndLandmarks(bare.layers, bare.table, g, { ...bare.input, church: undefined });
    expect(without.exclusions).toHaveLength(5);
    expect(bare.table.rows.slice(-2).map((r) => r.id)).toEqual(['gen-hkb', 'gen-st-johannis']);
  });
});
