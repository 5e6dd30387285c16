import { describe, expect, it } from 'vitest';
import { toBuildingRecord } from '../../../../src/core/city/building-table.ts';
import { createFeatureIndex } from '../../../../src/core/city/feature-index.ts';

const house = (id: string) => toBuildingRecord({ id, name: `Haus ${id}` }, 0);

describe('one feature index shared by tiles that come and go', () => {
  it('gives a building one index however many tiles show it, and frees it when the last one leaves', () => {
    const index = createFeatureIndex(8);
    const a = index.acquire(house('a'));
    const b = index.acquire(house('b'));
    expect([a, b]).toEqual([0, 1]);
    expect(index.acquire(house('a'))).toBe(a);
    expect(index.live).toBe(2);
    expect(index.release(a)).toBe(false);
    expect(index.indexOf('a')).toBe(0);
    expect(index.release(a)).toBe(true);
    expect(index.indexOf('a')).toBeUndefined();
    expect(index.at(a)).toBeUndefined();
    expect(index.ids()).toEqual(['b']);
    // The freed index goes to the next new building; a second release of it does nothing.
    expect(index.release(a)).toBe(false);
    expect(index.acquire(house('c'))).toBe(0);
    expect(index.at(0)?.name).toBe('Haus c');
  });

  it('answers -1 once full, and refuses a capacity that is no whole number', () => {
    const index = createFeatureIndex(2);
    index.acquire(house('a'));
    index.acquire(house('b'));
    expect(index.acquire(house('c'))).toBe(-1);
    expect(index.count).toBe(2);
    expect(() => createFeatureIndex(0)).toThrow(/capacity/);
    expect(() => createFeatureIndex(2.5)).toThrow(/capacity/);
  });
});
