import { BufferGeometry, Mesh, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { applyXray, createXrayUniforms } from '../../../../src/features/utilities/xray-material.ts';

describe('applyXray', () => {
  it('gives each ground mesh a patched copy of its material, and its own one back with the copies freed', () => {
    const shared = new MeshStandardMaterial();
    const ground = new Mesh(new BufferGeometry(), shared);
    const house = new Mesh(new BufferGeometry(), shared);
    const undo = applyXray([ground], createXrayUniforms(15));
    const copy = ground.material as MeshStandardMaterial;
    // The house keeps the shared material untouched: only the ground is cut.
    expect(copy).not.toBe(shared);
    expect(house.material).toBe(shared);
    expect(copy.customProgramCacheKey()).toContain('+xray');
    expect(shared.customProgramCacheKey()).not.toContain('xray');
    let freed = false;
    copy.addEventListener('dispose', () => (freed = true));
    undo();
    expect(ground.material).toBe(shared);
    expect(freed).toBe(true);
  });
});
