import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from '../temp-dir.ts';
import { lonLatToUtm33 } from '../../../../src/core/geo/geo-frame.ts';
import { importFile } from '../../../../src/pipeline/import/import-file.ts';
import { KNOWN_POINTS } from '../../../fixtures/crs/known-points.ts';
import { featuresOf, readGlb } from '../helpers.ts';

const FIX = join(import.meta.dirname, '../../../fixtures/crs');
const tempDir = createTempDir('city-crs-');

interface Footprints {
  features: { properties: { id: string }; geometry: { coordinates: [number, number][][] } }[];
}

/** Metres between two WGS84 points, measured in UTM 33 (plenty within a few metres). */
function metres(a: [number, number], b: [number, number]): number {
  const [ea, na] = lonLatToUtm33(a[0], a[1]);
  const [eb, nb] = lonLatToUtm33(b[0], b[1]);
  return Math.hypot(ea - eb, na - nb);
}

describe('known points in every reference system', () => {
  for (const k of KNOWN_POINTS)
    for (const file of k.files)
      it(`${file} (${k.srsName}): two buildings, house 1's corner within ${k.tolerance} m`, async () => {
        const out = join(tempDir(), `${file}.glb`);
        const prints = join(tempDir(), `${file}.geojson`);
        const report = await importFile(join(FIX, file), out, { footprintsOut: prints });
        const features = featuresOf(await readGlb(new Uint8Array(await readFile(out))));
        // The BuildingPart is drawn with its Building: two features, not three.
        expect(features.map((f) => f.id)).toEqual([`${k.prefix}_HAUS_1`, `${k.prefix}_HAUS_2`]);
        expect(features[0]).toMatchObject({ use: expect.stringMatching(/31001_1000|Wohnhaus/) });
        expect(features[0]!.address).toBe('Marktplatz 1, 17033 Neubrandenburg');
        const geo = JSON.parse(await readFile(prints, 'utf8')) as Footprints;
        const house = geo.features.find((f) => f.properties.id === `${k.prefix}_HAUS_1`);
        const corner = house?.geometry.coordinates[0]?.[0] as [number, number];
        expect(metres(corner, [k.lon, k.lat])).toBeLessThan(k.tolerance);
        expect(report.notes.join('\n')).toMatch(/2 buildings/);
      });
});
