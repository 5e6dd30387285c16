import { describe, expect, it } from 'vitest';
import { createBuildingTable, toBuildingRecord } from '../../../../src/core/city/building-table.ts';

describe('building table', () => {
  it('reads property-table rows and node extras alike', () => {
    const a = toBuildingRecord(
      { id: 'osm-way-1', name: 'Marienkirche', height: 30.5, osm_id: 1, source: 'osm' },
      0,
    );
    expect(a).toMatchObject({
      id: 'osm-way-1',
      name: 'Marienkirche',
      height: 30.5,
      osmId: '1',
      source: 'osm',
    });
    const b = toBuildingRecord({ name: 'Haus 3' }, 4);
    expect(b.id).toBe('Haus 3');
    expect(b.height).toBeNull();
    expect(toBuildingRecord({}, 7).id).toBe('feature-7');
  });

  it('finds features by id and index; a repeated id keeps its first feature', () => {
    const table = createBuildingTable(['a', 'b', 'a'].map((id, i) => toBuildingRecord({ id }, i)));
    expect(table.count).toBe(3);
    expect(table.indexOf('b')).toBe(1);
    expect(table.indexOf('a')).toBe(0);
    expect(table.indexOf('zzz')).toBeUndefined();
    expect(table.at(2)?.id).toBe('a');
  });
});
