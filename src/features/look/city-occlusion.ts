import { Box3, type Material } from 'three';
import type { CityModel } from '../../city/city-model.ts';
import { patchMaterial } from '../../city/patch-material.ts';

/** Options of the street-canyon occlusion. */
export interface OcclusionOptions {
  /** Metres above the ground over which the shading fades out (about three storeys). */
  height: number;
  /** How much of the sky's light the foot of a wall loses (0..1). */
  strength: number;
}

/** Defaults: the foot of a wall in a lane gets about half the sky's light, the third storey all of it. */
export const OCCLUSION_DEFAULTS: OcclusionOptions = { height: 9, strength: 0.5 };

const box = new Box3();

/**
 * Shade the city's buildings and walls like ambient occlusion in narrow streets: the sky's light (not the sun's)
 * fades towards the ground, as lanes and courtyards see less of the sky. A few instructions per pixel, no pass of
 * its own, so it fits VR as well. Returns the undo, which puts the materials back as they were.
 */
export function occludeCity(city: CityModel, options: Partial<OcclusionOptions> = {}): () => void {
  const o = { ...OCCLUSION_DEFAULTS, ...options };
  if (!(o.height > 0 && o.strength >= 0 && o.strength <= 1))
    throw new Error(
      `occludeCity: Requires height > 0 and strength in 0..1, not ${o.height} and ${o.strength}`,
    );
  box.makeEmpty();
  for (const mesh of city.solid) box.expandByObject(mesh);
  // The lowest foot of a building is the ground the shading starts from (the default city's is 0).
  const ground = { value: box.isEmpty() ? 0 : box.min.y };
  const materials = new Set<Material>(city.solid.flatMap((mesh) => [mesh.material].flat()));
  const undo = [...materials].map((material) =>
    patchMaterial(material, `look-ao-${o.strength}-${o.height}`, (shader) => {
      shader.uniforms.lookGround = ground;
      shader.vertexShader = shader.vertexShader
        .replace('#include <common>', '#include <common>\nvarying float vLookHeight;')
        .replace(
          '#include <begin_vertex>',
          '#include <begin_vertex>\nvLookHeight = (modelMatrix * vec4(transformed, 1.0)).y;',
        );
      shader.fragmentShader = shader.fragmentShader
        .replace(
          '#include <common>',
          '#include <common>\nuniform float lookGround;\nvarying float vLookHeight;',
        )
        .replace(
          '#include <aomap_fragment>',
          `#include <aomap_fragment>
reflectedLight.indirectDiffuse *= mix(${(1 - o.strength).toFixed(3)}, 1.0, smoothstep(0.0, ${o.height.toFixed(2)}, vLookHeight - lookGround));`,
        );
    }),
  );
  return () => {
    for (const put of undo.reverse()) put();
  };
}
