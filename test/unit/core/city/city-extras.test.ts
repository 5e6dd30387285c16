import { describe, expect, it } from 'vitest';
import { readCityExtras } from '../../../../src/core/city/city-extras.ts';

describe('readCityExtras', () => {
  it('reads origin, attribution and viewpoints', () => {
    const extras = readCityExtras({
      stadtzwilling: {
        origin: {
          epsg: 'EPSG:25833',
          easting: 383000,
          northing: 5935000,
          height: 20,
          lon: 13.26,
          lat: 53.55,
        },
        attribution: '© OpenStreetMap contributors',
        viewpoints: [
          {
            id: 'marktplatz',
            name_de: 'Marktplatz',
            name_en: 'Market square',
            position: [0, 1.6, 0],
            headingDeg: 90,
          },
          { id: 'broken', position: [0, 'x', 0] },
        ],
      },
    });
    expect(extras.origin?.easting).toBe(383000);
    expect(extras.attribution).toContain('OpenStreetMap');
    expect(extras.viewpoints).toEqual([
      {
        id: 'marktplatz',
        name: { de: 'Marktplatz', en: 'Market square' },
        position: [0, 1.6, 0],
        headingDeg: 90,
      },
    ]);
  });

  it('copes with a model from elsewhere that has none', () => {
    expect(readCityExtras(undefined)).toEqual({ origin: null, attribution: '', viewpoints: [] });
    expect(readCityExtras({ stadtzwilling: { origin: { easting: 'x' } } }).origin).toBeNull();
  });
});
