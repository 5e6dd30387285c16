import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createCityIO } from '../../../src/pipeline/gltf/io.ts';
import { validateGlb } from '../../../src/pipeline/gltf/validate.ts';
import { listMeshFeatures } from '../../../src/pipeline/import/gltf-import.ts';
import { buildCityFromData } from '../../../src/pipeline/build-city.ts';
import { featuresOf, readGlb } from './helpers.ts';
import { DEFAULT_GLB as GLB, sharedData } from './helpers.ts';

const DATA = sharedData();

const WALKABLE = ['ground', 'street', 'square', 'green'];

describe('the committed default city', async () => {
  const bytes = new Uint8Array(await readFile(GLB));
  const doc = await readGlb(bytes);
  const features = featuresOf(doc);
  const json = (await (await createCityIO()).binaryToJSON(bytes)).json;

  it('validates with zero errors and stays in budget', async () => {
    const report = await validateGlb(bytes);
    expect(report.errors).toBe(0);
    expect(report.info.drawCallCount).toBeLessThanOrEqual(10);
    expect(report.info.totalTriangleCount).toBeLessThanOrEqual(750_000);
    expect(bytes.byteLength).toBeLessThan(4 * 1024 * 1024);
    const prims = doc
      .getRoot()
      .listMeshes()
      .flatMap((m) => m.listPrimitives());
    expect(prims.length).toBeLessThanOrEqual(10);
    expect(json.extensionsRequired).toEqual(
      expect.arrayContaining(['EXT_meshopt_compression', 'KHR_mesh_quantization']),
    );
  });

  it('has at least 600 features with unique ids, OSM and generated ones marked', () => {
    expect(features.length).toBeGreaterThanOrEqual(600);
    expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
    for (const f of features) {
      if (f.source === 'osm') expect(f.osm_id).toMatch(/^way\/\d+$/);
      else expect([f.source, f.osm_id]).toEqual(['generated', '']);
    }
    expect(
      features.filter((f) => f.source === 'generated' && f.use !== 'wall').length,
    ).toBeGreaterThanOrEqual(600);
  });

  it('holds the four gates and the Marienkirche with their OSM ids', () => {
    const byOsm = new Map(features.map((f) => [f.osm_id, f]));
    for (const [id, name] of [
      ['way/110658118', 'Friedländer Tor'],
      ['way/252602835', 'Friedländer Tor (Vortor)'],
      ['way/28009659', 'Treptower Tor'],
      ['way/265815064', 'Stargarder Tor'],
      ['way/39810649', 'Stargarder Tor (Vortor)'],
      ['way/39810651', 'Neues Tor'],
    ]) {
      expect(byOsm.get(id!)).toMatchObject({ name, use: 'gate', source: 'osm' });
    }
    expect(byOsm.get('way/23559521')).toMatchObject({ use: 'church', height: 90 });
    const hkb = features.find((f) => f.id === 'gen-hkb');
    expect(hkb?.height).toBe(56);
    expect(features.some((f) => f.name === 'St. Johannis')).toBe(true);
    expect(features.filter((f) => f.name.startsWith('Wiekhaus')).length).toBeGreaterThan(30);
  });

  it('marks every mesh node with its surface; only buildings and walls carry feature ids', () => {
    const ids = new Set<number>();
    for (const node of doc.getRoot().listNodes()) {
      const surface = node.getExtras().surface as string;
      expect(['ground', 'street', 'square', 'green', 'water', 'building', 'wall']).toContain(surface);
      for (const prim of node.getMesh()?.listPrimitives() ?? []) {
        const attr = prim.getAttribute('_FEATURE_ID_0');
        expect(Boolean(attr)).toBe(!WALKABLE.includes(surface) && surface !== 'water');
        if (attr) for (const v of attr.getArray() ?? []) ids.add(v);
      }
    }
    expect(ids.size).toBe(features.length);
    expect(Math.max(...ids)).toBe(features.length - 1);
    expect(listMeshFeatures(doc).reduce((n, f) => n + f.getFeatureIds()[0]!.featureCount, 0)).toBe(
      features.length,
    );
  });

  it('stores origin, attribution and the viewpoints in root extras', () => {
    const s = json.extras?.stadtzwilling as {
      origin: Record<string, number | string>;
      attribution: string;
      viewpoints: { id: string; position: number[]; headingDeg: number }[];
    };
    expect(s.origin).toMatchObject({ epsg: 'EPSG:25833', easting: 384780, northing: 5935590 });
    expect(s.origin.lat).toBeCloseTo(53.5565, 3);
    expect(s.origin.lon).toBeCloseTo(13.2606, 3);
    expect(s.attribution).toBe('© OpenStreetMap contributors');
    const ids = s.viewpoints.map((v) => v.id).sort();
    expect(ids).toEqual([
      'friedlaender-tor',
      'hkb-tower-top',
      'marienkirche',
      'marktplatz',
      'neues-tor',
      'stargarder-tor',
      'treptower-tor',
    ]);
    for (const v of s.viewpoints) {
      expect(v.position).toHaveLength(3);
      expect(v.headingDeg).toBeGreaterThanOrEqual(0);
      expect(v.headingDeg).toBeLessThan(360);
      if (v.id !== 'hkb-tower-top') expect(v.position[1]).toBeCloseTo(1.7, 0);
    }
    expect(s.viewpoints.find((v) => v.id === 'hkb-tower-top')!.position[1]).toBeGreaterThan(56);
  });
});

describe('building the default city from the shared data', () => {
  it('is deterministic and matches the committed feature table', async () => {
    const a = await buildCityFromData(DATA);
    const b = await buildCityFromData(DATA);
    expect(a.features).toEqual(b.features);
    expect(a.layers.map((l) => l.positions.length)).toEqual(b.layers.map((l) => l.positions.length));
    const committed = featuresOf(await readGlb(GLB));
    expect(committed.map((f) => f.id)).toEqual(a.features.map((f) => f.id));
  });
});
