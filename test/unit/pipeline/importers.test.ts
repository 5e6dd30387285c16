import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGeoFrame } from '../../../src/core/geo/geo-frame.ts';
import { importFile, type ImportOptions } from '../../../src/pipeline/import/import-file.ts';
import { validateGlb } from '../../../src/pipeline/gltf/validate.ts';
import { listMeshFeatures } from '../../../src/pipeline/import/gltf-import.ts';
import { boundsOf, featuresOf, positionsOfFeature, readGlb } from './helpers.ts';

const FIX = join(import.meta.dirname, '../../fixtures/city');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'city-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The glTF fixtures are in local metres and carry no CRS: placed as a user would, with --crs and --origin.
const PLACED: ImportOptions = { crs: 'EPSG:25833', origin: '384600,5935500' };

async function run(fixture: string, extra: ImportOptions = {}) {
  const out = join(dir, `${fixture}.glb`);
  const report = await importFile(join(FIX, fixture), out, extra);
  const bytes = new Uint8Array(await readFile(out));
  const doc = await readGlb(bytes);
  const stadt = doc.getRoot().getExtras().stadtzwilling as {
    origin: { easting: number; northing: number; height: number } | null;
  };
  return { report, bytes, doc, stadt, features: featuresOf(doc) };
}

describe('CityJSON 2.0 LoD2 import', () => {
  it('imports both buildings with ids, heights, semantics colours and validates', async () => {
    const r = await run('two-buildings.city.json');
    expect(r.features.map((f) => f.id)).toEqual(['DEMV_BLOCK_1', 'DEMV_HOUSE_2']);
    expect(r.features[0]).toMatchObject({
      name: 'Hofhaus',
      height: 9,
      roof: 'flat',
      use: 'residential',
      source: 'import',
    });
    expect(r.features[1]!.height).toBeCloseTo(10, 5);
    expect((await validateGlb(r.bytes)).errors).toBe(0);
    expect(listMeshFeatures(r.doc)[0]!.getFeatureIds()[0]).toMatchObject({
      featureCount: 2,
      attribute: 0,
      propertyTable: 0,
    });
  });

  it('places the data in the local frame around its centre (UTM 33N, transform honoured)', async () => {
    const r = await run('two-buildings.city.json');
    // Fixture: translate (384700, 5935500, 19); buildings span x 0..50, y 0..20 m.
    expect(r.stadt.origin).toMatchObject({ easting: 384725, northing: 5935510, height: 19 });
    const block = boundsOf(positionsOfFeature(r.doc, 0));
    expect(block.min[0]).toBeCloseTo(-25, 1);
    expect(block.max[0]).toBeCloseTo(-5, 1);
    expect(block.max[1]).toBeCloseTo(9, 1);
    // North 0..20 m around northing 5935510 -> z from +10 to -10.
    expect(block.min[2]).toBeCloseTo(-10, 1);
    expect(block.max[2]).toBeCloseTo(10, 1);
  });

  it('fills the courtyard hole: no roof vertex of the block lies inside the courtyard', async () => {
    const r = await run('two-buildings.city.json');
    const roof = positionsOfFeature(r.doc, 0).filter((p) => Math.abs(p[1] - 9) < 0.05);
    const inCourt = roof.filter(
      (p) => p[0] > -19 + 0.1 && p[0] < -11 - 0.1 && -p[2] > -4 + 0.1 && -p[2] < 4 - 0.1,
    );
    expect(roof.length).toBeGreaterThan(8);
    expect(inCourt).toEqual([]);
  });
});

describe('CityJSON 1.1 LoD1 import with transform and EPSG:25832', () => {
  it('merges BuildingParts into their building and reprojects into zone 33', async () => {
    const r = await run('lod1-transform.city.json');
    expect(r.features.map((f) => f.id)).toEqual(['LOD1_A', 'LOD1_B']);
    expect(r.features[0]!.height).toBe(12);
    expect(r.features[1]!.height).toBeCloseTo(15, 5);
    const a = boundsOf(positionsOfFeature(r.doc, 0));
    // 12 x 10 m box (a few cm of rotation between zones 32 and 33 is expected).
    expect(a.max[0] - a.min[0]).toBeGreaterThan(11.5);
    expect(a.max[0] - a.min[0]).toBeLessThan(17);
    // The fixture was placed at UTM33 (384800, 5935550): the origin must come out near there.
    expect(Math.abs(r.stadt.origin!.easting - 384821)).toBeLessThan(30);
    expect(Math.abs(r.stadt.origin!.northing - 5935555)).toBeLessThan(30);
    expect((await validateGlb(r.bytes)).errors).toBe(0);
  });
});

describe('GeoJSON footprints import', () => {
  it('extrudes by height or 3 m per level and writes footprints', async () => {
    const fp = join(dir, 'fp.geojson');
    const r = await run('footprints.geojson', { footprintsOut: fp });
    expect(r.features.map((f) => [f.id, f.height])).toEqual([
      ['way/1', 12.5],
      ['way/2', 12],
      ['way/3', 6],
    ]);
    expect(r.features[1]!.address).toBe('Treptower Straße 3');
    const frame = createGeoFrame(r.stadt.origin!.easting, r.stadt.origin!.northing);
    const [e, n] = frame.lonLatToEN(13.26, 53.556);
    const b = boundsOf(positionsOfFeature(r.doc, 0));
    expect(b.min[0]).toBeCloseTo(e, 0);
    expect(-b.max[2]).toBeCloseTo(n, 0);
    expect(b.max[1]).toBeCloseTo(12.5, 1);
    const written = JSON.parse(await readFile(fp, 'utf8')) as {
      features: { properties: { featureId: number } }[];
    };
    expect(written.features.map((f) => f.properties.featureId)).toEqual([0, 1, 2]);
    expect((await validateGlb(r.bytes)).errors).toBe(0);
  });
});

describe('glTF import', () => {
  it('turns one node per building into features, baking node transforms', async () => {
    const r = await run('nodes-per-building.glb', PLACED);
    expect(r.report.featureCount).toBe(3);
    expect(r.features.map((f) => f.id)).toEqual(['house-a', 'Haus B', 'Haus C']);
    expect(r.features[1]).toMatchObject({ address: 'Turmstraße 2', height: 12 });
    const b = boundsOf(positionsOfFeature(r.doc, 1));
    expect(b.min[0]).toBeCloseTo(20, 1);
    expect(b.max[2]).toBeCloseTo(1, 1);
    expect(
      r.doc
        .getRoot()
        .listMeshes()
        .flatMap((m) => m.listPrimitives()),
    ).toHaveLength(1);
    expect((await validateGlb(r.bytes)).errors).toBe(0);
  });

  it('keeps existing EXT_mesh_features on re-import', async () => {
    const first = await run('nodes-per-building.glb', PLACED);
    const again = await importFile(join(dir, 'nodes-per-building.glb.glb'), join(dir, 'again.glb'));
    expect(again.notes[0]).toMatch(/kept the existing EXT_mesh_features \(3 features\)/);
    expect(featuresOf(await readGlb(join(dir, 'again.glb')))).toEqual(first.features);
  });

  it('passes an unsegmented mesh through without features and says so', async () => {
    const r = await run('unsegmented.glb', PLACED);
    expect(r.report.featureCount).toBe(0);
    expect(r.report.notes.join('\n')).toMatch(/unsegmented mesh/);
    expect(listMeshFeatures(r.doc)).toEqual([]);
    expect(r.doc.getRoot().listNodes()[0]!.getExtras().surface).toBe('ground');
    expect((await validateGlb(r.bytes)).errors).toBe(0);
  });
});
