import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import obj2gltf from 'obj2gltf';
import { InputError } from '../../core/input/input-error.ts';
import { importGltfFile } from './gltf-file.ts';
import type { GltfPlaceOptions } from './gltf-place.ts';

/**
 * Converts an OBJ with its MTL and textures through obj2gltf, then imports the GLB as any glTF is (one
 * feature per named object or group when it has them). OBJ carries no CRS: `--crs` (and `--origin`) place it.
 */
export async function importObjFile(
  file: string,
  name: string,
  place: GltfPlaceOptions,
): Promise<{ glb: Uint8Array; featureCount: number; notes: string[] }> {
  const warnings: string[] = [];
  let glb: Buffer;
  try {
    glb = await obj2gltf(file, { binary: true, secure: true, logger: (m) => warnings.push(m) });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(name, (await faceOutOfRange(file)) ?? 'OBJ', `cannot convert: ${why}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'obj-import-'));
  try {
    const tmp = join(dir, 'model.glb');
    await writeFile(tmp, glb);
    const r = await importGltfFile(tmp, name, place);
    const notes = [
      `OBJ converted by obj2gltf`,
      ...warnings.slice(0, 5).map((w) => `obj2gltf: ${w}`),
      ...r.notes,
    ];
    return { ...r, notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `line L:col C` of the first face corner whose vertex index lies past the vertices defined before it. */
async function faceOutOfRange(file: string): Promise<string | null> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  let vertices = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('v ')) vertices++;
    if (!line.startsWith('f ')) continue;
    for (const m of line.matchAll(/\s(-?\d+)/g)) {
      const index = Number(m[1]);
      const resolved = index < 0 ? vertices + index + 1 : index;
      if (resolved < 1 || resolved > vertices)
        return `line ${i + 1}:${(m.index ?? 0) + 2} (vertex index ${index} of ${vertices})`;
    }
  }
  return null;
}
