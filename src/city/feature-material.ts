import type { Material } from 'three';
import type { FeatureColours } from './feature-colours.ts';
import { patchMaterial } from './patch-material.ts';

/** The vertex attribute that carries the feature id (GLTFLoader lower-cases `_FEATURE_ID_0`). */
export const FEATURE_ID_ATTRIBUTE = '_feature_id_0';

// The sensor colour covers 85 % of the model's own, so roofs and walls stay distinguishable under it.

/**
 * Make a model material look up each vertex's feature colour in the lookup texture and blend it over
 * the model's own colour. One shared material per model material: no material per building.
 */
export function applyFeatureColours(material: Material, colours: FeatureColours): void {
  patchMaterial(material, 'feature-colours', (shader) => {
    shader.uniforms.featureColours = { value: colours.texture };
    shader.uniforms.featureColoursSize = { value: [colours.width, colours.height] };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float ${FEATURE_ID_ATTRIBUTE};
uniform sampler2D featureColours;
uniform vec2 featureColoursSize;
varying vec4 vFeatureColour;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
float featureId = floor(${FEATURE_ID_ATTRIBUTE} + 0.5);
vec2 featureTexel = vec2(mod(featureId, featureColoursSize.x), floor(featureId / featureColoursSize.x));
vFeatureColour = texture2D(featureColours, (featureTexel + 0.5) / featureColoursSize);`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec4 vFeatureColour;')
      .replace(
        '#include <color_fragment>',
        '#include <color_fragment>\ndiffuseColor.rgb = mix(diffuseColor.rgb, vFeatureColour.rgb, vFeatureColour.a * 0.85);',
      );
  });
}
