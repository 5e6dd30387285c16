import { Vector2, type Mesh } from 'three';
import { patchMaterial } from '../../city/patch-material.ts';

/** Where the ground is cut away: the viewer's ground position [x, z] and the radius, shared by every patch. */
export interface XrayUniforms {
  centre: { value: Vector2 };
  radius: { value: number };
}

/** Uniforms with the cut at the origin. */
export function createXrayUniforms(radius: number): XrayUniforms {
  return { centre: { value: new Vector2() }, radius: { value: radius } };
}

/**
 * Cut a hole into the walkable surfaces around the viewer: each mesh gets its own copy of its material (the
 * city shares one material between ground and buildings), patched to discard fragments inside the radius and
 * darken a rim at its edge. Returns the undo: the meshes get their own materials back, the copies are freed.
 */
export function applyXray(meshes: readonly Mesh[], uniforms: XrayUniforms): () => void {
  const undo: (() => void)[] = [];
  for (const mesh of meshes) {
    const original = mesh.material;
    const copies = [original].flat().map((m) => m.clone());
    for (const copy of copies) {
      const unpatch = patchMaterial(copy, 'xray', (shader) => {
        shader.uniforms.xrayCentre = uniforms.centre;
        shader.uniforms.xrayRadius = uniforms.radius;
        shader.vertexShader = shader.vertexShader
          .replace('#include <common>', '#include <common>\nvarying vec2 vXrayGround;')
          .replace(
            '#include <begin_vertex>',
            '#include <begin_vertex>\nvXrayGround = (modelMatrix * vec4(transformed, 1.0)).xz;',
          );
        shader.fragmentShader = shader.fragmentShader
          .replace(
            '#include <common>',
            '#include <common>\nuniform vec2 xrayCentre;\nuniform float xrayRadius;\nvarying vec2 vXrayGround;',
          )
          .replace(
            '#include <color_fragment>',
            `#include <color_fragment>
float xrayDistance = distance(vXrayGround, xrayCentre);
if (xrayDistance < xrayRadius) discard;
// A dark edge where the ground is cut, so the hole reads as a cut and not as a rendering fault.
if (xrayDistance < xrayRadius + 0.3) diffuseColor.rgb = vec3(0.3, 0.22, 0.14);`,
          );
      });
      undo.push(() => {
        unpatch();
        copy.dispose();
      });
    }
    mesh.material = Array.isArray(original) ? copies : copies[0]!;
    undo.push(() => void (mesh.material = original));
  }
  return () => {
    for (const step of undo.splice(0).reverse()) step();
  };
}
