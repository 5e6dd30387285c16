import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/random.ts';
import { rectCorners, rectsOverlap, growRect, type Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import {
  distanceToGridStreet,
  generateHouses,
  GRID_DEFAULTS,
  gridLines,
  gridToEN,
  OLD_TOWN_STREETS,
  type GridOptions,
} from '../../../../src/pipeline/default-city/blocks.ts';

// Two by two blocks around the origin keep the layout small enough to check house by house.
const SMALL: GridOptions = { ...GRID_DEFAULTS, extent: 100 };
const everywhere = (): boolean => true;

describe('gridToEN', () => {
  it('is the identity at angle 0 and a rotation otherwise', () => {
    expect(gridToEN({ ...SMALL, angle: 0 }, 3, 4)).toEqual([3, 4]);
    const [e, n] = gridToEN({ ...SMALL, angle: Math.PI / 2 }, 3, 4);
    expect(e).toBeCloseTo(-4, 12);
    expect(n).toBeCloseTo(3, 12);
    fc.assert(
      fc.property(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), (angle) => {
        const p = gridToEN({ ...SMALL, angle }, 30, 40);
        expect(Math.hypot(...p)).toBeCloseTo(50, 9);
      }),
    );
  });
});

describe('gridLines', () => {
  it('lists every line origin + k * spacing inside the extent, in order', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: 10, max: 120, noNaN: true }),
        fc.double({ min: 50, max: 600, noNaN: true }),
        (origin, spacing, extent) => {
          const lines = gridLines(origin, spacing, extent);
          for (const x of lines) {
            expect(x).toBeGreaterThanOrEqual(-extent - 1e-9);
            expect(x).toBeLessThanOrEqual(extent + 1e-9);
          }
          for (let i = 1; i < lines.length; i++) expect(lines[i]! - lines[i - 1]!).toBeCloseTo(spacing, 9);
          expect(lines[0]! - spacing).toBeLessThan(-extent);
          expect(lines[lines.length - 1]! + spacing).toBeGreaterThan(extent);
        },
      ),
    );
    expect(gridLines(42, 84, 100)).toEqual([-42, 42]);
  });
});

describe('generateHouses', () => {
  const houses = generateHouses(SMALL, createRandom(7), everywhere);

  it('is the same for the same seed and differs for another', () => {
    expect(generateHouses(SMALL, createRandom(7), everywhere)).toEqual(houses);
    expect(generateHouses(SMALL, createRandom(8), everywhere)).not.toEqual(houses);
  });

  it('gives unique block-scoped ids and numbers each street from 1 without gaps', () => {
    expect(houses.length).toBeGreaterThan(20);
    const ids = houses.map((h) => h.feature.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^gen-b\d+-\d+-\d+$/);
    const byStreet = new Map<string, number[]>();
    for (const h of houses) {
      expect(OLD_TOWN_STREETS).toContain(h.street);
      const m = /^(.*) (\d+), 17033 Neubrandenburg$/.exec(h.feature.address);
      expect(m?.[1]).toBe(h.street);
      byStreet.set(h.street, [...(byStreet.get(h.street) ?? []), Number(m?.[2])]);
    }
    for (const numbers of byStreet.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('keeps houses off the streets and off each other', () => {
    const half = SMALL.streetWidth / 2;
    const offLine = (x: number, origin: number, spacing: number): number => {
      const k = Math.round((x - origin) / spacing);
      return Math.abs(x - origin - k * spacing);
    };
    for (const h of houses) {
      for (const [u, v] of rectCorners(h.rect)) {
        expect(offLine(u, SMALL.u0, SMALL.spacingU)).toBeGreaterThanOrEqual(half - 1e-6);
        expect(offLine(v, SMALL.v0, SMALL.spacingV)).toBeGreaterThanOrEqual(half - 1e-6);
      }
    }
    // Neighbours share walls exactly; shrunk by a centimetre, no two overlap.
    const shrunk = houses.map((h) => growRect(h.rect, -0.01));
    for (let i = 0; i < shrunk.length; i++)
      for (let j = i + 1; j < shrunk.length; j++) expect(rectsOverlap(shrunk[i]!, shrunk[j]!)).toBe(false);
  });

  it('gives every house 2 to 4 storeys, a use and the generated source', () => {
    for (const h of houses) {
      expect([2, 3, 4]).toContain(h.storeys);
      expect(['residential', 'retail']).toContain(h.feature.use);
      expect(h.feature).toMatchObject({ source: 'generated', osm_id: '', name: '' });
      expect(h.rect.halfWidth).toBeGreaterThan(2);
    }
  });

  it('leaves out whatever `keep` refuses', () => {
    const east = generateHouses(SMALL, createRandom(7), (r) => r.center[0] > 0);
    expect(east.length).toBeGreaterThan(0);
    expect(east.length).toBeLessThan(houses.length);
    for (const h of east) expect(h.rect.center[0]).toBeGreaterThan(0);
  });
});

describe('distanceToGridStreet', () => {
  const inside = (): number => 100;

  it('is zero on a street and the walk to the nearest street edge from inside a block', () => {
    const onStreet: Vec2 = [SMALL.u0, 10];
    expect(distanceToGridStreet(SMALL, onStreet, 0, inside)).toBe(0);
    // From the middle of the block east of u0, walking east to the next line's near edge at 126 - 4.
    const mid: Vec2 = [84, 96];
    expect(distanceToGridStreet(SMALL, mid, 0, inside)).toBeCloseTo(38.5, 9);
    expect(distanceToGridStreet(SMALL, mid, Math.PI, inside)).toBeCloseTo(38.5, 9);
  });

  it('gives up at maxDistance where no street lies deep enough inside the wall', () => {
    expect(distanceToGridStreet(SMALL, [84, 96], 0, () => 0)).toBe(150);
    expect(distanceToGridStreet(SMALL, [84, 96], 0, () => 0, 8, 60)).toBe(60);
  });
});
