import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { createToUtm33 } from '../../../../src/core/geo/crs.ts';
import { lonLatToUtm33 } from '../../../../src/core/geo/geo-frame.ts';
import { createNodeCrsRegistry } from '../../../../src/pipeline/geo/epsg-set.ts';

// What the README claims for Gauss-Krüger without the national grid (EPSG:1777's stated accuracy).
const CLAIMED_METRES = 3;
const registry = createNodeCrsRegistry();
for (const code of ['EPSG:4314', 'EPSG:31466', 'EPSG:31468', 'EPSG:31469', 'EPSG:25832'])
  registry.define(code);

describe('Gauss-Krüger without the national grid, against published coordinates', () => {
  it("BKG's BeTA2007 test point (GK zone 2 to ETRS89 / UTM 32): within the README's 3 m", () => {
    // BETA2007testdaten.csv (BKG, crs-geo.eu): R 2598417.333192 H 5930677.980308 is E 399340.601863
    // N 5928794.177992 through the BeTA2007 grid; the import uses EPSG:1777's seven parameters instead.
    const [e, n] = proj4('EPSG:31466', 'EPSG:25832', [2598417.333192, 5930677.980308]) as [number, number];
    const off = Math.hypot(e - 399340.601863, n - 5928794.177992);
    expect(off).toBeLessThan(CLAIMED_METRES);
    // Not the grid: the seven parameters are a metre or two off here, as the README says.
    expect(off).toBeGreaterThan(0.5);
  });

  it("LGB Brandenburg's published datum shift at 52°15' N 13°35' E (GK zones 4 and 5 to UTM 33): within 3 m", () => {
    // geobasis-bb.de, "Geodätische Grundlagen" of the topographic maps: WGS84 / ETRS89 to Potsdam datum (DHDN)
    // there is +6.38" in longitude and +4.96" in latitude (a map sheet's value, given to 0.01").
    const dhdn: [number, number] = [13 + 35 / 60, 52.25];
    const published = lonLatToUtm33(dhdn[0] - 6.38 / 3600, dhdn[1] - 4.96 / 3600);
    for (const zone of ['EPSG:31468', 'EPSG:31469']) {
      // Rechtswert and Hochwert of the point in the zone: the projection alone, on the same datum.
      const [r, h] = proj4('EPSG:4314', zone, dhdn) as [number, number];
      const [e, n] = createToUtm33(zone)(r, h);
      expect(Math.hypot(e - published[0], n - published[1]), zone).toBeLessThan(CLAIMED_METRES);
    }
  });
});
