import { describe, expect, it } from 'vitest';
import { readGltfGeoref } from '../../../../src/core/city/gltf-georef.ts';
import { placeInCrs } from '../../../../src/core/geo/georef-placement.ts';

describe('readGltfGeoref', () => {
  it('reads BlenderGIS scene properties from the default scene', () => {
    const json = { scene: 1, scenes: [{}, { extras: { crs: 'EPSG:31468', crsx: 4500000, crsy: 5930000 } }] };
    expect(readGltfGeoref(json)).toEqual({
      kind: 'crs',
      crs: 'EPSG:31468',
      offset: [4500000, 5930000, 0],
      place: 'scenes[1].extras.crs',
    });
  });

  it('takes an EPSG number, and an offset as an array or as x/y/z, under georeference too', () => {
    expect(readGltfGeoref({ asset: { extras: { epsg: 25832, offset: [1, 2] } } })).toMatchObject({
      crs: 'EPSG:25832',
      offset: [1, 2, 0],
      place: 'asset.extras.epsg',
    });
    expect(
      readGltfGeoref({ extras: { georeference: { srsName: 'EPSG:2056', origin: { x: 5, y: 6, z: 7 } } } }),
    ).toMatchObject({ crs: 'EPSG:2056', offset: [5, 6, 7], place: 'extras.georeference.srsName' });
  });

  it('prefers the root extras, ignores odd values, and falls back to CESIUM_RTC', () => {
    const json = {
      extras: { crs: 'EPSG:25833', offset: ['a', 2] },
      scenes: [{ extras: { crs: 'EPSG:25832' } }],
      extensions: { CESIUM_RTC: { center: [1, 2, 3] } },
    };
    expect(readGltfGeoref(json)).toMatchObject({ crs: 'EPSG:25833', offset: null });
    expect(
      readGltfGeoref({ extras: { crs: '' }, extensions: { CESIUM_RTC: { center: [1, 2, 3] } } }),
    ).toEqual({
      kind: 'ecef',
      center: [1, 2, 3],
      place: 'extensions.CESIUM_RTC.center',
    });
    expect(readGltfGeoref({ extensions: { CESIUM_RTC: { center: [1, 'x', 3] } } })).toBeNull();
    expect(readGltfGeoref(null)).toBeNull();
    expect(readGltfGeoref({ asset: { version: '2.0' } })).toBeNull();
  });
});

describe('placeInCrs', () => {
  it("turns a grid by its convergence against UTM 33's and keeps a model in local metres in its frame", () => {
    // A grid turned 2 degrees and 1.0004 times larger than UTM 33's, its 0,0 at UTM 33 400000 5900000.
    const a = (2 * Math.PI) / 180;
    const k = 1.0004;
    const toUtm = (x: number, y: number): [number, number] => [
      400000 + k * (Math.cos(a) * x - Math.sin(a) * y),
      5900000 + k * (Math.sin(a) * x + Math.cos(a) * y),
    ];
    const { origin, matrix } = placeInCrs(toUtm, [0, 0, 12], { min: [0, 0, -10], max: [10, 5, 0] });
    expect(origin).toMatchObject({ easting: 400000, northing: 5900000, height: 12 });
    // glTF (100, 3, 0): 100 m east on the grid, 3 m up.
    const [x, y, z] = [0, 1, 2].map((r) => matrix[r]! * 100 + matrix[4 + r]! * 3 + matrix[12 + r]!);
    expect(x).toBeCloseTo(k * 100 * Math.cos(a), 6);
    expect(-z!).toBeCloseTo(k * 100 * Math.sin(a), 6);
    expect(y).toBeCloseTo(3, 9);
  });

  it('centres a model whose coordinates are the CRS own on its middle and lowest point', () => {
    const toUtm = (x: number, y: number): [number, number] => [x, y];
    const bounds = {
      min: [384500.4, 20.7, -5935600] as [number, number, number],
      max: [384700, 40, -5935400] as [number, number, number],
    };
    const { origin, matrix } = placeInCrs(toUtm, null, bounds);
    expect(origin).toMatchObject({ easting: 384600, northing: 5935500, height: 20 });
    expect(matrix.slice(12, 15).map((v) => Math.round(v * 10) / 10)).toEqual([-384600, -20, 5935500]);
  });
});
