import { describe, expect, it } from 'vitest';
import { readOutlineRing } from '../../../../src/pipeline/default-city/outline.ts';
import { inputErrorOf } from '../helpers.ts';

const ring = [
  [13.25, 53.55],
  [13.27, 53.55],
  [13.27, 53.56],
  [13.25, 53.55],
];
const collection = (geometry: unknown): unknown => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry }],
});

const placeOf = (run: () => unknown): string => inputErrorOf(run).place;

describe('readOutlineRing', () => {
  it('reads the outer ring of a Polygon, ignoring holes', () => {
    const hole = [
      [13.26, 53.552],
      [13.261, 53.552],
      [13.261, 53.553],
      [13.26, 53.552],
    ];
    expect(readOutlineRing(collection({ type: 'Polygon', coordinates: [ring, hole] }), 'o.geojson')).toEqual(
      ring,
    );
  });

  it('reads the first polygon of a MultiPolygon', () => {
    const other = ring.map(([lon, lat]) => [lon! + 1, lat!]);
    const value = collection({ type: 'MultiPolygon', coordinates: [[ring], [other]] });
    expect(readOutlineRing(value, 'o.geojson')).toEqual(ring);
  });

  it('refuses other geometries, short rings and empty collections, naming the place', () => {
    expect(placeOf(() => readOutlineRing(collection({ type: 'LineString', coordinates: ring }), 'o'))).toBe(
      'features[0].geometry.type',
    );
    expect(
      placeOf(() => readOutlineRing(collection({ type: 'Polygon', coordinates: [ring.slice(0, 3)] }), 'o')),
    ).toBe('features[0].geometry.coordinates[0]');
    expect(placeOf(() => readOutlineRing(collection({ type: 'Polygon', coordinates: [] }), 'o'))).toBe(
      'features[0].geometry.coordinates',
    );
    expect(placeOf(() => readOutlineRing({ type: 'FeatureCollection', features: [] }, 'o'))).toBe('features');
  });
});
