import type { Material } from 'three';
import type { FeatureColours } from '../../city/feature-colours.ts';
import type { FootprintLayer } from './footprint-layer.ts';
import { HIGHLIGHT_FRAGMENT } from '../../city/picking-highlight.ts';
import { patchMaterial } from '../../city/patch-material.ts';

/**
 * The second colouring mode, for a mesh without ids: each fragment finds its feature id in the footprint
 * raster by world ground position ([x, -z] = [east, north]), then its colour in the same lookup texture.
 */
export function applyFootprintColours(
  material: Material,
  colours: FeatureColours,
  layer: FootprintLayer,
): void {
  patchMaterial(material, 'footprint-colours', (shader) => {
    shader.uniforms.featureColours = { value: colours.texture };
    shader.uniforms.featureColoursSize = { value: [colours.width, colours.height] };
    shader.uniforms.footprintIds = { value: layer.texture };
    shader.uniforms.footprintMin = { value: layer.min };
    shader.uniforms.footprintSize = { value: layer.size };
    shader.uniforms.featureHighlight = layer.highlight;
    shader.uniforms.footprintInset = { value: layer.inset };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nuniform float footprintInset;\nvarying vec2 vFootprintGround;',
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vec4 footprintWorld = modelMatrix * vec4(transformed, 1.0);
// Walls stand on the outline: look a little inside, against the wall's outward normal (roofs stay put).
vec3 footprintNormal = mat3(modelMatrix) * normal;
float footprintSide = length(footprintNormal.xz);
vec2 footprintInward = footprintSide > 1e-4
  ? -footprintNormal.xz / footprintSide * footprintInset * (footprintSide / max(length(footprintNormal), 1e-4))
  : vec2(0.0);
vFootprintGround = vec2(footprintWorld.x + footprintInward.x, -(footprintWorld.z + footprintInward.y));`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform sampler2D featureColours;
uniform vec2 featureColoursSize;
uniform sampler2D footprintIds;
uniform vec2 footprintMin;
uniform vec2 footprintSize;
uniform float featureHighlight;
varying vec2 vFootprintGround;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
vec2 footprintUv = (vFootprintGround - footprintMin) / footprintSize;
vec4 footprintTexel = texture2D(footprintIds, clamp(footprintUv, 0.0, 1.0));
// The id is 16 bits in red (low) and green (high); 0 means no building.
float featureId = floor(footprintTexel.r * 255.0 + 0.5) + 256.0 * floor(footprintTexel.g * 255.0 + 0.5) - 1.0;
if (footprintUv != clamp(footprintUv, 0.0, 1.0)) featureId = -1.0;
float vFeatureHighlight = 0.0;
if (featureId >= 0.0) {
  vec2 featureTexel = vec2(mod(featureId, featureColoursSize.x), floor(featureId / featureColoursSize.x));
  vec4 featureColour = texture2D(featureColours, (featureTexel + 0.5) / featureColoursSize);
  diffuseColor.rgb = mix(diffuseColor.rgb, featureColour.rgb, featureColour.a * 0.85);
  vFeatureHighlight = abs(featureId - featureHighlight) < 0.5 ? 1.0 : 0.0;
}
${HIGHLIGHT_FRAGMENT}`,
      );
  });
}
