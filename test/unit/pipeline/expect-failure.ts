import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { InputError } from '../../../src/core/input/input-error.ts';
import { importFile, type ImportOptions } from '../../../src/pipeline/import/import-file.ts';

/** Writes `content` as `name` in a fresh folder under `dir`, imports it, and expects a refusal matching `pattern`
 * that names the file and leaves nothing behind. */
export async function expectFailure(
  dir: string,
  name: string,
  content: string | Uint8Array,
  pattern: RegExp,
  opts: ImportOptions = {},
): Promise<void> {
  const sub = join(dir, name.replace(/\W/g, '_'));
  await rm(sub, { recursive: true, force: true });
  await mkdir(sub);
  const input = join(sub, name);
  await writeFile(input, content);
  const out = join(sub, 'out', 'model.glb');
  const err = await importFile(input, out, { displayName: name, ...opts }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as Error).message).toMatch(pattern);
  expect((err as Error).message.startsWith(`${name}: `)).toBe(true);
  // No output file and no temporary leftovers.
  const left = await readdir(sub, { recursive: true });
  expect(left.filter((f) => f !== name)).toEqual([]);
}
