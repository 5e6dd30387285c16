import { describe, expect, it } from 'vitest';
import { citySourceFor, type CitySource } from '../../../src/twin/city-sources.ts';
import { createFeatureRegistry } from '../../../src/twin/feature-registry.ts';
import { createTwinStore } from '../../../src/twin/twin-store.ts';
import { isTilesetUrl } from '../../../src/features/tiles/tiles-options.ts';

const source = (name: string, accepts: (url: string) => boolean): CitySource => ({
  name,
  accepts,
  scene: () => null,
});

describe('city sources: other kinds of city than a GLB', () => {
  it('asks the sources in turn, the last added first; none means the GLB loader', () => {
    const tiles = source('tiles', isTilesetUrl);
    const all = source('all', () => true);
    expect(citySourceFor([tiles], './town/tileset.json')?.name).toBe('tiles');
    expect(citySourceFor([tiles], './neubrandenburg.glb')).toBeUndefined();
    expect(citySourceFor([tiles, all], './town/tileset.json')?.name).toBe('all');
  });

  it('recognises a tileset URL with a query or a hash, and not a GLB or glTF', () => {
    expect(isTilesetUrl('https://x.example/3d/tileset.json?key=1')).toBe(true);
    expect(isTilesetUrl('./stadt/root.JSON#x')).toBe(true);
    expect(isTilesetUrl('./stadt.glb')).toBe(false);
    expect(isTilesetUrl('./stadt.gltf')).toBe(false);
  });

  it('are added to and removed from the store through the feature registry, once', () => {
    const store = createTwinStore('', []);
    const registry = createFeatureRegistry(store);
    const tiles = source('tiles', isTilesetUrl);
    const remove = registry.addCitySource(tiles);
    expect(store.getState().citySources).toEqual([tiles]);
    remove();
    remove();
    expect(store.getState().citySources).toEqual([]);
  });
});
