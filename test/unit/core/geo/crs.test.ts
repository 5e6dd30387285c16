import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { createToUtm33, isKnownCrs, normaliseCrs } from '../../../../src/core/geo/crs.ts';
import { createNodeCrsRegistry } from '../../../../src/pipeline/geo/epsg-set.ts';

describe('city-crs', () => {
  it('normalises the CRS spellings CityJSON, CityGML and GeoJSON use', () => {
    expect(normaliseCrs('EPSG:25833')).toBe('EPSG:25833');
    expect(normaliseCrs('https://www.opengis.net/def/crs/EPSG/0/25832')).toBe('EPSG:25832');
    expect(normaliseCrs('urn:ogc:def:crs:EPSG::3857')).toBe('EPSG:3857');
    expect(normaliseCrs('urn:ogc:def:crs:EPSG:6.12:25833')).toBe('EPSG:25833');
    expect(normaliseCrs('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(normaliseCrs('urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::7837')).toBe('EPSG:25832');
    expect(normaliseCrs('urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH')).toBe('EPSG:25832');
    expect(normaliseCrs('urn:adv:crs:DE_DHDN_3GK3_NW177')).toBe('EPSG:31467');
    expect(normaliseCrs('my local grid')).toBeNull();
  });

  it('defines any code of the EPSG set on demand and refuses unknown ones', () => {
    const registry = createNodeCrsRegistry();
    expect(isKnownCrs('EPSG:25833')).toBe(true);
    for (const code of ['EPSG:25832', 'EPSG:3035', 'EPSG:2180', 'EPSG:4979', 'EPSG:5650', 'EPSG:3857']) {
      registry.define(code);
      expect(isKnownCrs(code)).toBe(true);
    }
    expect(() => registry.define('EPSG:999999')).toThrow(/unknown CRS EPSG:999999/);
    expect(() => registry.define('EPSG:5783')).toThrow(/vertical CRS/);
    expect(() => registry.define('EPSG:4978')).toThrow(/geocentric/);
    expect(isKnownCrs('EPSG:999999')).toBe(false);
    expect(() => createToUtm33('EPSG:999999')).toThrow(/unknown CRS EPSG:999999/);
  });

  it('resolves compound codes to their horizontal part', () => {
    const registry = createNodeCrsRegistry();
    const rdNap = registry.define('EPSG:7415');
    expect(rdNap.notes.join()).toMatch(/EPSG:28992/);
    const etrsDhhn = registry.define('EPSG:5555');
    expect(etrsDhhn.notes.join()).toMatch(/EPSG:25832/);
    const [e, n] = proj4('EPSG:5555', 'EPSG:4326', [691875.632, 6098907.825]);
    expect(e).toBeCloseTo(12, 6);
    expect(n).toBeCloseTo(55, 6);
  });

  it('projects as the EPSG guidance note 7-2 examples do', () => {
    // Oblique stereographic (Amersfoort / RD New): 53 N 6 E is X 196105.283 Y 557057.739.
    const rd = proj4(
      createNodeCrsRegistry()
        .define('EPSG:28992')
        .proj4.replace(/\+towgs84=\S+/, ''),
    );
    const [x, y] = rd.forward([6, 53]);
    expect(x).toBeCloseTo(196105.283, 2);
    expect(y).toBeCloseTo(557057.739, 2);
  });

  it('shifts DHDN with the 7-parameter fallback when the BeTA2007 grid is not given', () => {
    const gk4 = createNodeCrsRegistry().define('EPSG:31468');
    expect(gk4.proj4).toMatch(/\+towgs84=598\.1,73\.7,418\.2/);
    expect(gk4.notes.join()).toMatch(/about 3 m.*--grid BETA2007\.gsb/);
  });

  it('projects zone 32 and Web Mercator coordinates onto the same UTM 33 point', () => {
    createNodeCrsRegistry().define('EPSG:3857');
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
