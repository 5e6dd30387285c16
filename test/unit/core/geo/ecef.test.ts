import { describe, expect, it } from 'vitest';
import {
  ecefToGeodetic,
  geodeticToEcef,
  gridToEcef,
  invertAffine,
  isEarthCentred,
} from '../../../../src/core/geo/ecef.ts';
import { createGeoFrame, lonLatToUtm33 } from '../../../../src/core/geo/geo-frame.ts';

const apply = (m: number[], x: number, y: number, z: number): number[] =>
  [0, 1, 2].map((r) => m[r]! * x + m[4 + r]! * y + m[8 + r]! * z + m[12 + r]!);

describe('ECEF and the local grid frame', () => {
  const origin = createGeoFrame(384780, 5935590, 19).origin;

  it('converts WGS84 to ECEF and back to a tenth of a millimetre', () => {
    const [x, y, z] = geodeticToEcef(13.2606, 53.5565, 19);
    expect(Math.hypot(x, y, z)).toBeGreaterThan(6.36e6);
    expect(isEarthCentred(x, y, z)).toBe(true);
    expect(isEarthCentred(100, 20, 3)).toBe(false);
    const [lon, lat, h] = ecefToGeodetic(x, y, z);
    expect(lon).toBeCloseTo(13.2606, 9);
    expect(lat).toBeCloseTo(53.5565, 9);
    expect(h).toBeCloseTo(19, 4);
  });

  it('puts a grid point 1.5 km out where proj4 puts it, on the tangent plane of the origin', () => {
    const m = gridToEcef(origin);
    const [x, y, z] = apply(m, 1200, -900, 10) as [number, number, number];
    const [lon, lat, height] = ecefToGeodetic(x, y, z);
    const [e, n] = lonLatToUtm33(lon, lat);
    expect(Math.hypot(e - origin.easting - 1200, n - origin.northing + 900)).toBeLessThan(0.01);
    // A flat frame: the ellipsoid falls away from it by d²/2R, 18 cm at 1.5 km.
    const drop = (1200 ** 2 + 900 ** 2) / (2 * 6.38e6);
    expect(height).toBeCloseTo(origin.height + 10 + drop, 1);
  });

  it('is a similarity (one scale on every axis) and its inverse takes ECEF back to the grid', () => {
    const m = gridToEcef(origin);
    const length = (k: number) => Math.hypot(m[k]!, m[k + 1]!, m[k + 2]!);
    expect(length(0)).toBeCloseTo(length(4), 7);
    expect(length(8)).toBeCloseTo(length(0), 7);
    const back = apply(invertAffine(m), ...(apply(m, 250, 40, 7) as [number, number, number]));
    expect(back[0]).toBeCloseTo(250, 6);
    expect(back[1]).toBeCloseTo(40, 6);
    expect(back[2]).toBeCloseTo(7, 6);
    expect(() => invertAffine(new Array(16).fill(0))).toThrow(/singular/);
  });
});
