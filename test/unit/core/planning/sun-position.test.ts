import { Body, Equator, Horizon, Observer } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import { parseTwinTime } from '../../../../src/core/planning/berlin-time.ts';
import {
  NEUBRANDENBURG,
  cityLocation,
  sunDirection,
  sunPosition,
} from '../../../../src/core/planning/sun-position.ts';
import { noaaSun } from '../../../fixtures/planning/noaa-sun.ts';

// Solstices and equinoxes of 2026 in Berlin time: a morning hour, solar noon's hour and an evening hour,
// each with the sun at least a few degrees up (CET in winter and March, CEST in June and September).
const CASES = [
  '2026-03-20T08:00',
  '2026-03-20T12:00',
  '2026-03-20T17:00',
  '2026-06-21T06:00',
  '2026-06-21T13:00',
  '2026-06-21T20:00',
  '2026-09-23T09:00',
  '2026-09-23T13:00',
  '2026-09-23T18:00',
  '2026-12-21T09:30',
  '2026-12-21T12:00',
  '2026-12-21T15:00',
];
const diff = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('the sun over Neubrandenburg', () => {
  it.each(CASES)('%s: within 0.2° of the NOAA solar position', (text) => {
    const time = parseTwinTime(text);
    if (typeof time !== 'number') throw new Error(`not a time: ${text}`);
    const ours = sunPosition(time, NEUBRANDENBURG);
    const ref = noaaSun(time, NEUBRANDENBURG.lat, NEUBRANDENBURG.lon);
    expect(ref.elevation).toBeGreaterThan(2);
    expect(Math.abs(ours.altitudeDeg - ref.elevation)).toBeLessThan(0.2);
    expect(diff(ours.azimuthDeg, ref.azimuth)).toBeLessThan(0.2);
  });

  // An ephemeris of its own: Astronomy Engine (VSOP87 with nutation and aberration, checked by its authors
  // against JPL Horizons to about an arcminute), the Sun's apparent place seen from the Marktplatz with the
  // standard refraction, as a printed table gives the visible sun.
  it.each(CASES)('%s: within 0.2° of the Astronomy Engine ephemeris', (text) => {
    const time = new Date(parseTwinTime(text) as number);
    const ours = sunPosition(time.getTime(), NEUBRANDENBURG);
    const observer = new Observer(NEUBRANDENBURG.lat, NEUBRANDENBURG.lon, 20);
    const sky = Equator(Body.Sun, time, observer, true, true);
    const ref = Horizon(time, observer, sky.ra, sky.dec, 'normal');
    expect(Math.abs(ours.altitudeDeg - ref.altitude)).toBeLessThan(0.2);
    expect(diff(ours.azimuthDeg, ref.azimuth)).toBeLessThan(0.2);
  });

  // The one published table value reachable here: the worked example of the report on NREL's Solar Position
  // Algorithm (Reda & Andreas, NREL/TP-560-34302, 2003, rev. 2008): Golden, Colorado (39.742476° N,
  // 105.1786° W), 17 October 2003, 12:30:30 at UTC-7: topocentric zenith 50.11162° (refraction included,
  // 0.02° at that height), azimuth 194.34024°. No table for Neubrandenburg itself was at hand.
  it("agrees within 0.2° with the published example of NREL's Solar Position Algorithm", () => {
    const golden = sunPosition(Date.UTC(2003, 9, 17, 19, 30, 30), { lat: 39.742476, lon: -105.1786 });
    expect(Math.abs(golden.altitudeDeg - (90 - 50.11162))).toBeLessThan(0.2);
    expect(diff(golden.azimuthDeg, 194.34024)).toBeLessThan(0.2);
  });

  it('stands highest near noon: about 13° at the winter solstice and 60° at the summer solstice', () => {
    const winter = sunPosition(parseTwinTime('2026-12-21T12:10') as number, NEUBRANDENBURG);
    const summer = sunPosition(parseTwinTime('2026-06-21T13:10') as number, NEUBRANDENBURG);
    expect(winter.altitudeDeg).toBeCloseTo(90 - 53.557 - 23.44 + 0.07, 0);
    expect(summer.altitudeDeg).toBeCloseTo(90 - 53.557 + 23.44, 0);
    expect(diff(winter.azimuthDeg, 180)).toBeLessThan(3);
  });

  it('points the light from the sun in the model frame (x east, y up, z south)', () => {
    const [x, y, z] = sunDirection({ altitudeDeg: 0, azimuthDeg: 90 });
    expect([x, y, z].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1, 0, -0]);
    const south = sunDirection({ altitudeDeg: 30, azimuthDeg: 180 });
    expect(south[2]).toBeGreaterThan(0);
    expect(south[1]).toBeCloseTo(0.5, 6);
  });

  it('takes the place from the model origin, else Neubrandenburg', () => {
    expect(cityLocation(null)).toEqual(NEUBRANDENBURG);
    const origin = { epsg: 'EPSG:25833', easting: 0, northing: 0, height: 0, lon: 12.1, lat: 54.1 };
    expect(cityLocation(origin)).toEqual({ lat: 54.1, lon: 12.1 });
  });
});
