import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ecefToGeodetic, geodeticToEcef } from '../../../../src/core/geo/ecef.ts';
import { lonLatToUtm33, utm33ToLonLat } from '../../../../src/core/geo/geo-frame.ts';
import { cityOriginOf } from '../../../../src/pipeline/gltf/read-glb.ts';
import { importFile, type ImportOptions } from '../../../../src/pipeline/import/import-file.ts';
import { besselMeridianArc, dhdnToWgs84 } from '../../../fixtures/crs/known-points.ts';
import { makeGeorefGlb, type GeorefFixture } from '../../../fixtures/georef/make-georef-glb.ts';
import { expectFailure } from '../expect-failure.ts';
import { featuresOf, readGlb, trianglesOf } from '../helpers.ts';
import { createTempDir } from '../temp-dir.ts';

const tempDir = createTempDir('gltf-georef-');

// PROJ's test suite (builtins.gie): 12 E 55 N is E 691875.632 N 6098907.825 in UTM 32 (GRS80).
const UTM32 = { e: 691875.632, n: 6098907.825, lon: 12, lat: 55 };
const [GK_LON, GK_LAT] = dhdnToWgs84(12, 53.5);

/** Imports a georeferenced two-house GLB and returns where Haus_A's corner at the model's 0,0,0 landed. */
async function corner(name: string, georef: GeorefFixture, opts: ImportOptions = {}) {
  const input = join(tempDir(), `${name}.glb`);
  const out = join(tempDir(), `${name}.out.glb`);
  await writeFile(input, await makeGeorefGlb(georef));
  const report = await importFile(input, out, opts);
  const doc = await readGlb(new Uint8Array(await readFile(out)));
  const origin = cityOriginOf(doc)!;
  const fid = featuresOf(doc).findIndex((f) => f.id === 'Haus_A');
  const points = trianglesOf(doc)
    .filter((t) => t.fid === fid)
    .flatMap((t) => [t.a, t.b, t.c]);
  // The corner at 0,0,0 is the one furthest west and south (x small, z large) and lowest.
  const [x, y, z] = points.reduce((best, p) => (p[0] - p[2] + p[1] < best[0] - best[2] + best[1] ? p : best));
  const lonLat = utm33ToLonLat(origin.easting + x, origin.northing - z);
  // The cube's middle (the middle of its bounds, however it is turned).
  const mid = [0, 1, 2].map(
    (i) => (Math.min(...points.map((p) => p[i]!)) + Math.max(...points.map((p) => p[i]!))) / 2,
  ) as [number, number, number];
  const middle = utm33ToLonLat(origin.easting + mid[0], origin.northing - mid[2]);
  return { report, origin, lonLat, middle, up: origin.height + y, features: featuresOf(doc) };
}

/** Metres between two WGS84 points, measured in UTM 33. */
function metres(a: [number, number], b: [number, number]): number {
  const [ea, na] = lonLatToUtm33(a[0], a[1]);
  const [eb, nb] = lonLatToUtm33(b[0], b[1]);
  return Math.hypot(ea - eb, na - nb);
}

describe('a glTF placed by its own georeference', () => {
  it("BlenderGIS's scene crs/crsx/crsy (EPSG:25832): the known point within 0.5 m, both houses kept", async () => {
    const r = await corner('blender', {
      sceneExtras: { crs: 'EPSG:25832', crsx: UTM32.e, crsy: UTM32.n },
    });
    expect(metres(r.lonLat, [UTM32.lon, UTM32.lat])).toBeLessThan(0.5);
    expect(r.features.map((f) => f.id)).toEqual(['Haus_A', 'Haus_B']);
    expect(r.report.notes.join('\n')).toMatch(/placed by scenes\[0\]\.extras\.crs \(EPSG:25832\)/);
  });

  it('asset extras with an EPSG number and an offset, Gauss-Krüger zone 4: within 0.5 m of EPSG:1777', async () => {
    const r = await corner('gk4', {
      assetExtras: { epsg: 31468, offset: [4_500_000, besselMeridianArc(53.5), 20] },
    });
    expect(metres(r.lonLat, [GK_LON, GK_LAT])).toBeLessThan(0.5);
    expect(r.up).toBeCloseTo(20, 1);
  });

  it('root extras georeference with an OGC URL (EPSG:25833)', async () => {
    const crs = 'http://www.opengis.net/def/crs/EPSG/0/25833';
    const r = await corner('root', { rootExtras: { georeference: { crs, origin: [384600, 5935500, 18] } } });
    expect(metres(r.lonLat, utm33ToLonLat(384600, 5935500))).toBeLessThan(0.05);
    expect(r.origin).toMatchObject({ epsg: 'EPSG:25833', height: 18 });
  });

  it('CESIUM_RTC: offsets from an Earth-centred centre', async () => {
    const center = geodeticToEcef(13.2611, 53.5578, 30);
    const r = await corner('rtc', { rtcCenter: center });
    // Haus_A's middle is glTF (5, 5, -5) from the centre: ECEF (5, 5, 5) once y-up turns to z-up.
    const [lon, lat] = ecefToGeodetic(center[0] + 5, center[1] + 5, center[2] + 5);
    expect(metres(r.middle, [lon, lat])).toBeLessThan(0.05);
    expect(r.origin.height).toBe(30);
  });

  it('a glTF without one is refused with how to give it, and then works with --crs and --origin', async () => {
    const bare = await makeGeorefGlb({});
    await expectFailure(
      tempDir(),
      'bare.glb',
      bare,
      /^bare\.glb: extras: no CRS given in the file .*give it with --crs EPSG:n$/,
    );
    const r = await corner('given', {}, { crs: 'EPSG:25833', origin: '384600,5935500' });
    expect(metres(r.lonLat, utm33ToLonLat(384600, 5935500))).toBeLessThan(0.05);
  });

  it('an unknown or geographic CRS in the extras is refused by its place', async () => {
    const unknown = await makeGeorefGlb({ sceneExtras: { crs: 'EPSG:99999', crsx: 0, crsy: 0 } });
    await expectFailure(
      tempDir(),
      'unknown.glb',
      unknown,
      /^unknown\.glb: scenes\[0\]\.extras\.crs: unknown CRS EPSG:99999/,
    );
    const degrees = await makeGeorefGlb({ rootExtras: { crs: 'EPSG:4326' } });
    await expectFailure(
      tempDir(),
      'degrees.glb',
      degrees,
      /^degrees\.glb: extras\.crs: EPSG:4326 is geographic/,
    );
  });
});
