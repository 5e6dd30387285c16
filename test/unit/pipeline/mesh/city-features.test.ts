import { describe, expect, it } from 'vitest';
import { FeatureTable, type BuildingFeature } from '../../../../src/pipeline/mesh/city-features.ts';

const row = (id: string): BuildingFeature => ({
  id,
  name: '',
  address: '',
  height: 9,
  roof: 'flat',
  use: 'residential',
  source: 'generated',
  osm_id: '',
});

describe('FeatureTable', () => {
  it('hands out feature ids 0..N-1 in the order rows are added', () => {
    const table = new FeatureTable();
    expect(['a', 'b', 'c'].map((id) => table.add(row(id)))).toEqual([0, 1, 2]);
    expect(table.rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(table.has('b')).toBe(true);
    expect(table.has('d')).toBe(false);
  });

  it('refuses a second row with the same id and keeps the table as it was', () => {
    const table = new FeatureTable();
    table.add(row('a'));
    expect(() => table.add(row('a'))).toThrow('duplicate feature id a');
    expect(table.rows).toHaveLength(1);
  });
});
