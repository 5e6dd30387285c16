import { describe, expect, it } from 'vitest';
import { createLayer, addQuad } from '../../../src/pipeline/mesh/mesh.ts';
import type { BuiltCity } from '../../../src/pipeline/mesh/city-features.ts';
import { createCityIO } from '../../../src/pipeline/gltf/io.ts';
import { EXT_MESH_FEATURES, type MeshFeatures } from '../../../src/pipeline/gltf/mesh-features.ts';
import { validateGlb } from '../../../src/pipeline/gltf/validate.ts';
import { cityToGlb } from '../../../src/pipeline/write-city.ts';
import { featuresOf, readGlb } from './helpers.ts';

function tinyCity(featureCount: number): BuiltCity {
  const layer = createLayer('building', true);
  for (let f = 0; f < featureCount; f++) {
    const x = f * 3;
    addQuad(layer, [x, 0, 0], [x + 1, 0, 0], [x + 1, 1, 0], [x, 1, 0], [0.5, 0.2, 0.1], f);
  }
  return {
    layers: [layer],
    features: Array.from({ length: featureCount }, (_, f) => ({
      id: `f-${f}`,
      name: f % 2 ? `Haus ${f} – Straße` : '',
      address: '',
      height: 3.25 + f,
      roof: 'flat',
      use: 'residential',
      source: 'generated' as const,
      osm_id: '',
    })),
    viewpoints: [],
    origin: { epsg: 'EPSG:25833', easting: 1, northing: 2, height: 3, lon: 0, lat: 0 },
    attribution: 'test',
  };
}

describe('EXT_mesh_features + EXT_structural_metadata', () => {
  it('keeps feature ids exact through quantization and meshopt (ids 0 and 1 lie in the quantizable [0,1] range)', async () => {
    const glb = await cityToGlb(tinyCity(2));
    const doc = await readGlb(glb);
    const prim = doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!;
    const ids = prim.getAttribute('_FEATURE_ID_0')!;
    expect(ids.getNormalized()).toBe(false);
    expect(Array.from(ids.getArray()!)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(prim.getExtension<MeshFeatures>(EXT_MESH_FEATURES)!.getFeatureIds()).toEqual([
      { featureCount: 2, attribute: 0, propertyTable: 0 },
    ]);
  });

  it('round-trips the property table (UTF-8 strings, FLOAT32 heights) through read -> write -> read', async () => {
    const glb = await cityToGlb(tinyCity(300));
    const io = await createCityIO();
    const again = await io.writeBinary(await readGlb(glb));
    const features = featuresOf(await readGlb(again));
    expect(features).toHaveLength(300);
    expect(features[7]).toMatchObject({
      id: 'f-7',
      name: 'Haus 7 – Straße',
      source: 'generated',
      osm_id: '',
    });
    expect(features[299]!.height).toBeCloseTo(302.25, 4);
    const json = (await io.binaryToJSON(again)).json;
    expect(json.extensionsUsed).toEqual(
      expect.arrayContaining([
        'EXT_mesh_features',
        'EXT_structural_metadata',
        'EXT_meshopt_compression',
        'KHR_mesh_quantization',
      ]),
    );
    const ext = json.extensions?.EXT_structural_metadata as {
      propertyTables: { count: number; class: string }[];
    };
    expect(ext.propertyTables[0]).toMatchObject({ count: 300, class: 'building' });
    expect((await validateGlb(again)).errors).toBe(0);
  });
});
