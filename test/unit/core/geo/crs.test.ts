import { describe, expect, it } from 'vitest';
import { createToUtm33, isKnownCrs, normaliseCrs } from '../../../../src/core/geo/crs.ts';

describe('city-crs', () => {
  it('normalises the CRS spellings CityJSON and GeoJSON use', () => {
    expect(normaliseCrs('EPSG:25833')).toBe('EPSG:25833');
    expect(normaliseCrs('https://www.opengis.net/def/crs/EPSG/0/25832')).toBe('EPSG:25832');
    expect(normaliseCrs('urn:ogc:def:crs:EPSG::3857')).toBe('EPSG:3857');
    expect(normaliseCrs('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(normaliseCrs('urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::7837')).toBe('EPSG:25832');
    expect(normaliseCrs('my local grid')).toBeNull();
  });

  it('knows the German CRSs and refuses unknown codes', () => {
    for (const code of ['EPSG:25833', 'EPSG:25832', 'EPSG:4326', 'EPSG:3857', 'EPSG:5650'])
      expect(isKnownCrs(code)).toBe(true);
    expect(isKnownCrs('EPSG:999999')).toBe(false);
    expect(() => createToUtm33('EPSG:999999')).toThrow(/unknown CRS EPSG:999999/);
  });

  it('projects zone 32 and Web Mercator coordinates onto the same UTM 33 point', () => {
    const fromWgs = createToUtm33('EPSG:4326')(13.2606, 53.5565);
    const merc = createToUtm33('EPSG:3857');
    const x = (13.2606 * Math.PI * 6378137) / 180;
    const y = 6378137 * Math.log(Math.tan(Math.PI / 4 + (53.5565 * Math.PI) / 360));
    const fromMerc = merc(x, y);
    expect(fromMerc[0]).toBeCloseTo(fromWgs[0], 1);
    expect(fromMerc[1]).toBeCloseTo(fromWgs[1], 1);
    expect(createToUtm33('EPSG:25833')(1, 2)).toEqual([1, 2]);
  });
});
