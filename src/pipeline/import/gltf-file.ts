import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Logger, type Document } from '@gltf-transform/core';
import { InputError } from '../../core/input/input-error.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { compressCity } from '../gltf/compress.ts';
import { createCityIO } from '../gltf/io.ts';
import { checkGlbStructure } from './glb-check.ts';
import { segmentGltf } from './gltf-import.ts';

/** Reads a glTF/GLB, segments it into features when it can, and returns compressed GLB bytes. */
export async function importGltfFile(
  file: string,
  name: string,
): Promise<{ glb: Uint8Array; featureCount: number; notes: string[] }> {
  const io = await createCityIO();
  let doc: Document;
  if (extname(file).toLowerCase() === '.glb') {
    const bytes = new Uint8Array(await readFile(file));
    checkGlbStructure(bytes, name);
    doc = await readOr(name, 'GLB', () => io.readBinary(bytes));
  } else {
    parseJsonText(await readFile(file, 'utf8'), name);
    doc = await readOr(name, 'glTF', () => io.read(file));
  }
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  const extras = doc.getRoot().getExtras();
  const { segmentation, featureCount } = await segmentGltf(doc);
  const notes: string[] = [];
  if (segmentation === 'mesh-features')
    notes.push(`kept the existing EXT_mesh_features (${featureCount} features)`);
  if (segmentation === 'nodes')
    notes.push(`one node per building: ${featureCount} features from node names/extras`);
  if (segmentation === 'none') {
    notes.push(
      'unsegmented mesh (one mesh, no feature ids): passed through re-compressed without features; colour it by a footprints layer',
    );
  }
  const previous = (extras.stadtzwilling ?? {}) as Record<string, unknown>;
  doc.getRoot().setExtras({
    ...extras,
    stadtzwilling: {
      origin: previous.origin ?? null,
      attribution: previous.attribution ?? '',
      viewpoints: previous.viewpoints ?? [],
      featureCount,
      segmentation,
    },
  });
  await compressCity(doc);
  return { glb: await io.writeBinary(doc), featureCount, notes };
}

async function readOr(name: string, what: string, read: () => Promise<Document>): Promise<Document> {
  try {
    return await read();
  } catch (err) {
    throw new InputError(name, what, `cannot read: ${err instanceof Error ? err.message : String(err)}`);
  }
}
