import { describe, expect, it } from 'vitest';
import { readGltfGeoref } from '../../../src/core/city/gltf-georef.ts';
import { needsPlacing, parseOrigin, placedGlb } from '../../../src/features/drop/drop-place.ts';
import { splitGlb } from '../../../src/pipeline/gltf/glb-merge.ts';
import { makeGeorefGlb } from '../../fixtures/georef/make-georef-glb.ts';

describe('placing a dropped model', () => {
  it('is offered only for a model that says nothing about where it lies', async () => {
    expect(needsPlacing(await makeGeorefGlb({}))).toBe(true);
    expect(needsPlacing(await makeGeorefGlb({ rootExtras: { crs: 'EPSG:25833' } }))).toBe(false);
    expect(needsPlacing(await makeGeorefGlb({ rtcCenter: [3.7e6, 8.7e5, 5.1e6] }))).toBe(false);
    const own = { stadtzwilling: { origin: { easting: 384600, northing: 5935500 } } };
    expect(needsPlacing(await makeGeorefGlb({ rootExtras: own }))).toBe(false);
    expect(needsPlacing(new TextEncoder().encode('<!doctype html>'))).toBe(false);
  });

  it('writes the place into the root extras, where the georeference is read, keeping the binary chunk', async () => {
    const glb = await makeGeorefGlb({ rootExtras: { note: 'kept' } });
    const placed = placedGlb(glb, { crs: 'EPSG:25832', origin: [412345.5, 5934567.25, 30] });
    const { json, bin } = splitGlb(placed);
    expect(readGltfGeoref(json)).toEqual({
      kind: 'crs',
      crs: 'EPSG:25832',
      offset: [412345.5, 5934567.25, 30],
      place: 'extras.crs',
    });
    expect((json as { extras: { note: string } }).extras.note).toBe('kept');
    expect(bin).toEqual(splitGlb(glb).bin);
    expect(needsPlacing(placed)).toBe(false);
  });

  it('reads the coordinates as typed: a decimal comma, the height 0 when empty, nothing when not numbers', () => {
    expect(parseOrigin(' 412345,5 ', '5934567', '')).toEqual([412345.5, 5934567, 0]);
    expect(parseOrigin('412345', '5934567', '31.2')).toEqual([412345, 5934567, 31.2]);
    expect(parseOrigin('', '5934567', '')).toBeNull();
    expect(parseOrigin('Ost', '5934567', '')).toBeNull();
    expect(parseOrigin('412345', '5934567', 'hoch')).toBeNull();
  });
});
