import { describe, expect, it } from 'vitest';
import { MeshStandardMaterial, type WebGLProgramParametersWithUniforms, type WebGLRenderer } from 'three';
import { patchMaterial } from '../../../src/city/patch-material.ts';

const compile = (material: MeshStandardMaterial): string[] => {
  const order: string[] = [];
  const shader = { uniforms: { order: { value: order } } } as unknown as WebGLProgramParametersWithUniforms;
  material.onBeforeCompile(shader, {} as WebGLRenderer);
  return order;
};

const tagging = (tag: string) => (shader: WebGLProgramParametersWithUniforms) =>
  void (shader.uniforms.order!.value as string[]).push(tag);

describe('patchMaterial', () => {
  it('runs patches in the order they were applied and chains every cache key', () => {
    const material = new MeshStandardMaterial();
    const plain = material.customProgramCacheKey();
    patchMaterial(material, 'colours', tagging('colours'));
    patchMaterial(material, 'highlight', tagging('highlight'));
    expect(compile(material)).toEqual(['colours', 'highlight']);
    expect(material.customProgramCacheKey()).toMatch(/\+colours\+highlight$/);
    expect(material.customProgramCacheKey()).not.toBe(plain);
  });

  it('keeps a patch made before it without going through it', () => {
    const material = new MeshStandardMaterial();
    material.onBeforeCompile = tagging('own');
    material.customProgramCacheKey = () => 'own-key';
    patchMaterial(material, 'colours', tagging('colours'));
    expect(compile(material)).toEqual(['own', 'colours']);
    expect(material.customProgramCacheKey()).toBe('own-key+colours');
  });

  it('undoes to exactly what was there before, and asks for a recompile each time', () => {
    const material = new MeshStandardMaterial();
    patchMaterial(material, 'colours', tagging('colours'));
    const keyBefore = material.customProgramCacheKey();
    const version = material.version;
    const undo = patchMaterial(material, 'highlight', tagging('highlight'));
    expect(material.version).toBeGreaterThan(version);
    undo();
    expect(compile(material)).toEqual(['colours']);
    expect(material.customProgramCacheKey()).toBe(keyBefore);
    expect(material.version).toBeGreaterThan(version + 1);
  });
});
