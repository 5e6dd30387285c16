import { describe, expect, it } from 'vitest';
import { parseFootprints } from '../../../../src/core/geo/footprint-geojson.ts';

const box = (x: number, y: number, s: number): number[][] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];
const collection = (features: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  features,
  ...extra,
});

describe('parseFootprints', () => {
  it('reads local-metre polygons with holes and multipolygons, keeping properties by feature index', () => {
    const set = parseFootprints(
      collection([
        {
          type: 'Feature',
          properties: { id: 'a', name: 'A' },
          geometry: { type: 'Polygon', coordinates: [box(0, 0, 10), box(2, 2, 2)] },
        },
        { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [1, 2] } },
        {
          type: 'Feature',
          properties: { id: 'b' },
          geometry: { type: 'MultiPolygon', coordinates: [[box(20, 0, 5)], [box(30, 0, 5)]] },
        },
      ]),
    );
    expect(set.frame).toBe('local');
    expect(set.skipped).toBe(1);
    expect(set.properties.map((p) => p.id)).toEqual(['a', 'b']);
    expect(set.polygons.map((p) => [p.index, p.rings.length])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(set.polygons[0]?.rings[0]?.[1]).toEqual([10, 0]);
  });

  it('projects lon/lat near the origin and UTM coordinates with the given converters', () => {
    const origin = { lon: 13.26, lat: 53.556 };
    const lonLat = (lon: number, lat: number): [number, number] => [
      (lon - 13.26) * 66_000,
      (lat - 53.556) * 111_000,
    ];
    const utm = (e: number, n: number): [number, number] => [e - 384_780, n - 5_935_590];
    const ll = parseFootprints(
      collection([
        { properties: {}, geometry: { type: 'Polygon', coordinates: [box(13.26, 53.556, 0.0001)] } },
      ]),
      { origin, lonLat, utm },
    );
    expect(ll.frame).toBe('lonlat');
    expect(ll.polygons[0]?.rings[0]?.[0]?.[0]).toBeCloseTo(0, 6);
    const u = parseFootprints(
      collection([
        { properties: {}, geometry: { type: 'Polygon', coordinates: [box(384_800, 5_935_600, 10)] } },
      ]),
      { origin, lonLat, utm },
    );
    expect(u.frame).toBe('utm');
    expect(u.polygons[0]?.rings[0]?.[0]).toEqual([20, 10]);
    const zoned = parseFootprints(
      collection([
        { properties: {}, geometry: { type: 'Polygon', coordinates: [box(33_384_800, 5_935_600, 10)] } },
      ]),
      { origin, lonLat, utm },
    );
    expect(zoned.polygons[0]?.rings[0]?.[0]).toEqual([20, 10]);
    expect(() =>
      parseFootprints(
        collection([{ geometry: { type: 'Polygon', coordinates: [box(384_800, 5_935_600, 10)] } }]),
      ),
    ).toThrow(/origin/);
  });

  it('says what is wrong with a file that is not a FeatureCollection', () => {
    expect(() => parseFootprints({ type: 'Feature' })).toThrow(/FeatureCollection/);
    expect(() => parseFootprints(null)).toThrow(/FeatureCollection/);
  });
});
