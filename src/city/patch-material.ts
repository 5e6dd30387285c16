import type { Material, WebGLProgramParametersWithUniforms, WebGLRenderer } from 'three';

/** A change to a material's shader: edits the program's source and uniforms just before it compiles. */
export type ShaderPatch = (shader: WebGLProgramParametersWithUniforms, renderer: WebGLRenderer) => void;

/**
 * Patch a material's shader after whatever patches it has already, and append `key` to its program cache key,
 * so three.js never reuses a program made for a material patched differently. Returns the undo, which puts
 * back the patch and the key the material had before (undo in the reverse order of patching).
 */
export function patchMaterial(material: Material, key: string, patch: ShaderPatch): () => void {
  const before = material.onBeforeCompile;
  const beforeKey = material.customProgramCacheKey;
  material.onBeforeCompile = (shader, renderer) => {
    before.call(material, shader, renderer);
    patch(shader, renderer);
  };
  material.customProgramCacheKey = () => `${beforeKey.call(material)}+${key}`;
  material.needsUpdate = true;
  return () => {
    material.onBeforeCompile = before;
    material.customProgramCacheKey = beforeKey;
    material.needsUpdate = true;
  };
}
