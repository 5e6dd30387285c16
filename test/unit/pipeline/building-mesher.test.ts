import { describe, expect, it } from 'vitest';
import { box } from './box-building.ts';
import { createBuildingMesher } from '../../../src/pipeline/import/building-mesher.ts';
import { createCityGmlMeshing } from '../../../src/pipeline/import/import-city.ts';
import { createNodeCrsRegistry } from '../../../src/pipeline/geo/epsg-set.ts';

const identity = (x: number, y: number): [number, number] => [x, y];

describe('the building mesher', () => {
  it('lays buildings down one by one and moves them into the frame of all of them at the end', () => {
    const mesher = createBuildingMesher(identity);
    mesher.add(box('a', 384000.4, 5935000.2, 20.5));
    mesher.add(box('b', 384990, 5935990, 12.25));
    const { city, footprints } = mesher.finish();
    // The frame: the centre of both in whole metres, on the lowest point in whole metres.
    expect(city.origin).toMatchObject({ easting: 384500, northing: 5935500, height: 12 });
    expect(city.features.map((f) => [f.id, f.height])).toEqual([
      ['a', 10],
      ['b', 10],
    ]);
    const p = [...(city.packed ?? [])].flatMap((l) => [...l.positions]);
    const xs = p.filter((_, i) => i % 3 === 0);
    const ys = p.filter((_, i) => i % 3 === 1);
    const zs = p.filter((_, i) => i % 3 === 2);
    // House a's south-west ground corner: 499.6 m west, 499.8 m south, 8.5 m above the frame (float32: to the mm).
    expect(Math.min(...xs)).toBeCloseTo(-499.6, 3);
    expect(Math.max(...zs)).toBeCloseTo(499.8, 3);
    expect(Math.min(...ys)).toBeCloseTo(0.25, 3);
    expect(Math.max(...ys)).toBeCloseTo(18.5, 3);
    expect(footprints.map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('packs every full chunk of buildings into typed arrays, ids running on across chunks', () => {
    const mesher = createBuildingMesher(identity, { chunk: 2 });
    for (let i = 0; i < 5; i++) mesher.add(box(`h${i}`, 384000 + 20 * i, 5935000, 20));
    const { city } = mesher.finish();
    const packed = city.packed ?? [];
    expect(packed.map((l) => new Set(l.featureIds))).toEqual([
      new Set([0, 1]),
      new Set([2, 3]),
      new Set([4]),
    ]);
    expect(packed[0]!.positions).toBeInstanceOf(Float32Array);
    // Five boxes side by side, 10 m wide with 10 m gaps: 90 m from the first wall to the last.
    const xs = packed.flatMap((l) => [...l.positions].filter((_, i) => i % 3 === 0));
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(90, 4);
    expect(() => createBuildingMesher(identity, { chunk: 0 })).toThrow(/chunk must be 1 or more/);
  });

  it('CityGML buildings before the first srsName wait for it; the rest are meshed as they come', () => {
    const meshing = createCityGmlMeshing(createNodeCrsRegistry(), undefined, 'spät.gml');
    meshing.onBuilding(box('ohne', 384000, 5935000, 20), '');
    meshing.onBuilding(box('mit', 384100, 5935000, 20), 'EPSG:25833');
    const { result, crs } = meshing.finish('EPSG:25833');
    expect(crs.code).toBe('EPSG:25833');
    expect(result.city.features.map((f) => f.id)).toEqual(['ohne', 'mit']);
  });

  it('a file whose CRS never comes is refused at the end with how to give it', () => {
    const meshing = createCityGmlMeshing(createNodeCrsRegistry(), undefined, 'ohne.gml');
    meshing.onBuilding(box('a', 0, 0, 0), '');
    expect(() => meshing.finish('')).toThrow(
      /^ohne\.gml: srsName: no CRS given in the file; give it with --crs/,
    );
  });
});
