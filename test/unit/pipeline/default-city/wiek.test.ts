import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/random.ts';
import { FeatureTable } from '../../../../src/pipeline/mesh/city-features.ts';
import { createLayer } from '../../../../src/pipeline/mesh/mesh.ts';
import type { OrientedRect, Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import type { GatePlacement } from '../../../../src/pipeline/default-city/landmarks.ts';
import { gateAt } from './gate-placement.ts';
import {
  addWiekhaeuser,
  segmentNearRect,
  WIEK_DEFAULTS,
} from '../../../../src/pipeline/default-city/wiek.ts';
import { layerTriangles } from '../mesh/layer-triangles.ts';
import { circleRing } from './circles.ts';

function wiek(seed: number, gates: GatePlacement[] = []) {
  const layer = createLayer('building', true);
  const table = new FeatureTable();
  const rects = addWiekhaeuser(layer, table, circleRing(200), gates, createRandom(seed));
  return { layer, table, rects };
}

describe('addWiekhaeuser', () => {
  const { layer, table, rects } = wiek(1);

  it('spaces the houses along the inside of the wall, each turned along it', () => {
    expect(rects.length).toBeGreaterThan(25);
    for (const r of rects) {
      expect(Math.hypot(...r.center)).toBeCloseTo(200 - WIEK_DEFAULTS.inset, 6);
      // Along the wall: the length axis is at right angles to the radius.
      const radial = Math.atan2(r.center[1], r.center[0]);
      expect(Math.abs(Math.cos(r.angle - radial))).toBeLessThan(0.01);
    }
    for (let i = 1; i < rects.length; i++) {
      const [a, b] = [rects[i - 1]!.center, rects[i]!.center];
      expect(Math.hypot(b[0] - a[0], b[1] - a[1])).toBeGreaterThan(WIEK_DEFAULTS.spacing - 0.5);
    }
  });

  it('adds one numbered feature per house, its triangles carrying that feature id', () => {
    expect(table.rows.map((r) => r.id)).toEqual(rects.map((_, i) => `gen-wiek-${i + 1}`));
    for (const row of table.rows) {
      expect(row).toMatchObject({ roof: 'gabled', use: 'residential', source: 'generated', osm_id: '' });
      expect(row.name).toBe(row.id.replace('gen-wiek-', 'Wiekhaus '));
      expect(row.height).toBeGreaterThanOrEqual(5.2 + 3);
      expect(row.height).toBeLessThanOrEqual(6.2 + 3.8);
    }
    const fids = new Set(layerTriangles(layer).map((t) => t.fid));
    expect([...fids].sort((a, b) => a - b)).toEqual(rects.map((_, i) => i));
  });

  it('keeps clear of the gates', () => {
    const gate = gateAt('Tor', [200, 0]);
    const near = wiek(1, [gate]).rects;
    expect(near.length).toBeLessThan(rects.length);
    for (const r of near)
      expect(Math.hypot(r.center[0] - 200, r.center[1])).toBeGreaterThanOrEqual(
        WIEK_DEFAULTS.gateClearance - 4,
      );
  });

  it('places the same houses for any seed; the seed only varies their heights', () => {
    const again = wiek(1);
    expect(again.table.rows).toEqual(table.rows);
    expect(again.layer.positions).toEqual(layer.positions);
    const other = wiek(2);
    expect(other.rects).toEqual(rects);
    expect(other.table.rows.map((r) => r.height)).not.toEqual(table.rows.map((r) => r.height));
  });
});

describe('segmentNearRect', () => {
  const r: OrientedRect = { center: [0, 0], angle: Math.PI / 4, halfLength: 5, halfWidth: 2 };

  it('is true for a segment through or beside the rectangle within the margin', () => {
    expect(segmentNearRect([-20, 0], [20, 0], r, 0)).toBe(true);
    // Along the width axis, 2.5 m from the centre: outside the rectangle, inside a 1 m margin.
    const side: Vec2 = [-Math.SQRT1_2 * 2.5, Math.SQRT1_2 * 2.5];
    const along: Vec2 = [Math.SQRT1_2, Math.SQRT1_2];
    const a: Vec2 = [side[0] - along[0] * 3, side[1] - along[1] * 3];
    const b: Vec2 = [side[0] + along[0] * 3, side[1] + along[1] * 3];
    expect(segmentNearRect(a, b, r, 0)).toBe(false);
    expect(segmentNearRect(a, b, r, 1)).toBe(true);
  });

  it('is false for a segment far away', () => {
    expect(segmentNearRect([30, 30], [40, 30], r, 2)).toBe(false);
  });
});
