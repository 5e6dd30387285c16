import { describe, expect, it } from 'vitest';
import {
  createGeoFrame,
  createGeoFrameAt,
  enuToGltf,
  gltfToEnu,
  headingOf,
  lonLatToUtm33,
  utm33ToLonLat,
} from '../../../../src/core/geo/geo-frame.ts';

const MARKT = { lon: 13.2606, lat: 53.5565 };

function haversine(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = 6371008.8;
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(a));
}

describe('geo-frame', () => {
  it('puts Neubrandenburg in UTM zone 33 west of the central meridian', () => {
    const [e, n] = lonLatToUtm33(MARKT.lon, MARKT.lat);
    // 15 deg E is the zone's central meridian (500 km); 13.26 E lies about 115 km west of it.
    expect(e).toBeGreaterThan(380_000);
    expect(e).toBeLessThan(390_000);
    expect(n).toBeGreaterThan(5_930_000);
    expect(n).toBeLessThan(5_940_000);
  });

  it('round-trips lon/lat through UTM and the local frame', () => {
    const frame = createGeoFrameAt(MARKT.lon, MARKT.lat, 19);
    for (const [lon, lat] of [
      [13.255, 53.557],
      [13.2658, 53.5562],
      [13.26, 53.55],
    ] as const) {
      const [x, y] = frame.lonLatToEN(lon, lat);
      const [lon2, lat2] = frame.enToLonLat(x, y);
      expect(lon2).toBeCloseTo(lon, 8);
      expect(lat2).toBeCloseTo(lat, 8);
    }
    const [lon, lat] = utm33ToLonLat(...lonLatToUtm33(MARKT.lon, MARKT.lat));
    expect(lon).toBeCloseTo(MARKT.lon, 9);
    expect(lat).toBeCloseTo(MARKT.lat, 9);
  });

  it('has an origin rounded to whole metres that maps to (0, 0)', () => {
    const frame = createGeoFrame(384780, 5935590, 19);
    expect(frame.origin).toMatchObject({
      epsg: 'EPSG:25833',
      easting: 384780,
      northing: 5935590,
      height: 19,
    });
    const [x, y] = frame.lonLatToEN(frame.origin.lon, frame.origin.lat);
    expect(Math.abs(x)).toBeLessThan(1e-6);
    expect(Math.abs(y)).toBeLessThan(1e-6);
  });

  it('measures ground distances like the ellipsoid (within UTM scale error)', () => {
    const frame = createGeoFrameAt(MARKT.lon, MARKT.lat);
    const a = frame.lonLatToEN(13.255, 53.557);
    const b = frame.lonLatToEN(13.2658, 53.5562);
    const grid = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const true_ = haversine(13.255, 53.557, 13.2658, 53.5562);
    // Haversine is spherical (up to ~0.5% off the ellipsoid); UTM adds ~0.02% scale here.
    expect(Math.abs(grid / true_ - 1)).toBeLessThan(0.006);
  });

  it('maps east/north/up to glTF +X east, +Y up, -Z north', () => {
    expect(enuToGltf(10, 100, 2)).toEqual([10, 2, -100]);
    expect(gltfToEnu(...enuToGltf(3, -4, 5))).toEqual([3, -4, 5]);
    const frame = createGeoFrameAt(MARKT.lon, MARKT.lat);
    const north = frame.lonLatToEN(MARKT.lon, MARKT.lat + 0.001);
    expect(north[1]).toBeGreaterThan(100);
    expect(enuToGltf(north[0], north[1], 0)[2]).toBeLessThan(-100);
  });

  it('gives compass headings clockwise from north', () => {
    expect(headingOf(0, 1)).toBeCloseTo(0);
    expect(headingOf(1, 0)).toBeCloseTo(90);
    expect(headingOf(0, -1)).toBeCloseTo(180);
    expect(headingOf(-1, 0)).toBeCloseTo(270);
  });
});
