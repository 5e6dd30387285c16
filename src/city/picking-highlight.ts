import type { Material } from 'three';
import type { CityModel } from './city-model.ts';
import { patchMaterial } from './patch-material.ts';

/** The selected building drawn brighter; `set(-1)` clears it. */
export interface FeatureHighlight {
  set(featureIndex: number): void;
  dispose(): void;
}

/** GLSL that lightens the highlighted feature (`vFeatureHighlight` is 1 there); in linear light, so a little goes far. */
export const HIGHLIGHT_FRAGMENT =
  'diffuseColor.rgb = mix(diffuseColor.rgb, vec3(1.0), 0.15 * vFeatureHighlight);';

/**
 * Highlight through the shader the city already has: one uniform (the selected feature id) shared by its
 * feature materials. A footprint city's material carries its own uniform; per-vertex ids get a small patch.
 */
export function createFeatureHighlight(city: CityModel): FeatureHighlight {
  if (city.footprints) {
    const uniform = city.footprints.highlight;
    return {
      set: (index) => void (uniform.value = index),
      dispose: () => void (uniform.value = -1),
    };
  }
  const uniform = { value: -1 };
  const restore: (() => void)[] = [];
  const seen = new Set<Material>();
  for (const mesh of city.featureMeshes)
    for (const material of [mesh.material].flat()) {
      if (seen.has(material)) continue;
      seen.add(material);
      restore.push(patch(material, uniform));
    }
  return {
    set: (index) => void (uniform.value = index),
    dispose() {
      for (const undo of restore.splice(0)) undo();
    },
  };
}

function patch(material: Material, uniform: { value: number }): () => void {
  return patchMaterial(material, 'highlight', (shader) => {
    // Runs after the feature-colour patch, which declares `featureId` in main() at <begin_vertex>.
    if (!shader.vertexShader.includes('float featureId')) return;
    shader.uniforms.featureHighlight = uniform;
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nuniform float featureHighlight;\nvarying float vFeatureHighlight;',
      )
      .replace(
        '#include <project_vertex>',
        'vFeatureHighlight = abs(featureId - featureHighlight) < 0.5 ? 1.0 : 0.0;\n#include <project_vertex>',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vFeatureHighlight;')
      .replace('#include <alphamap_fragment>', `${HIGHLIGHT_FRAGMENT}\n#include <alphamap_fragment>`);
  });
}
