import { describe, expect, it } from 'vitest';
import { createCityLayers, orderedLayers } from '../../../../src/pipeline/default-city/city-layers.ts';

describe('createCityLayers and orderedLayers', () => {
  it('makes one empty layer per surface; only walls and buildings carry feature ids', () => {
    const layers = createCityLayers();
    for (const [name, layer] of Object.entries(layers)) {
      expect(layer.surface).toBe(name);
      expect(layer.withFeatures).toBe(name === 'wall' || name === 'building');
      expect(layer.positions).toEqual([]);
    }
  });

  it('orders the layers as the GLB nodes: grounds first, buildings last, each once', () => {
    const layers = createCityLayers();
    const ordered = orderedLayers(layers);
    expect(ordered.map((l) => l.surface)).toEqual([
      'ground',
      'green',
      'water',
      'street',
      'square',
      'wall',
      'building',
    ]);
    expect(ordered[0]).toBe(layers.ground);
  });
});
