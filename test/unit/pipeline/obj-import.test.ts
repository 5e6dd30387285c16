import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from './temp-dir.ts';
import { importFile } from '../../../src/pipeline/import/import-file.ts';
import { validateGlb } from '../../../src/pipeline/gltf/validate.ts';
import { expectFailure } from './expect-failure.ts';
import { featuresOf, readGlb } from './helpers.ts';

const FIX = join(import.meta.dirname, '../../fixtures/obj');
const tempDir = createTempDir('obj-import-');

describe('OBJ import', () => {
  it('converts an OBJ with its MTL and texture: one feature per object, the texture kept, valid', async () => {
    const out = join(tempDir(), 'houses.glb');
    const report = await importFile(join(FIX, 'houses.obj'), out, {
      crs: 'EPSG:25833',
      origin: '384600,5935500',
    });
    expect(report.format).toBe('obj');
    const bytes = new Uint8Array(await readFile(out));
    const doc = await readGlb(bytes);
    expect(featuresOf(doc).map((f) => f.id)).toEqual(['Haus_1', 'Haus_2']);
    expect(doc.getRoot().listTextures()).toHaveLength(1);
    expect(
      doc
        .getRoot()
        .listMaterials()
        .map((m) => m.getName())
        .sort(),
    ).toEqual(['dach', 'putz']);
    expect((await validateGlb(bytes)).errors).toBe(0);
  });

  it('a face naming a vertex that does not exist is refused with its line', async () => {
    await expectFailure(
      tempDir(),
      'bad.obj',
      'o A\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 99\n',
      /^bad\.obj: line 5:7 \(vertex index 99 of 3\): cannot convert: Position index 98 is out of bounds/,
    );
  });
});
