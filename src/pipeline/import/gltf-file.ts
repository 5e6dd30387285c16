import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Logger, type Document } from '@gltf-transform/core';
import { InputError } from '../../core/input/input-error.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { compressCity } from '../gltf/compress.ts';
import { createCityIO } from '../gltf/io.ts';
import { checkGlbStructure } from './glb-check.ts';
import { segmentGltf } from './gltf-import.ts';
import { georefFor, glbJson, placeDocument, type GltfPlaceOptions } from './gltf-place.ts';

/**
 * Reads a glTF/GLB, places it in the twin's frame by its georeference (unless it carries the twin's own
 * origin), segments it into features when it can, and returns compressed GLB bytes.
 */
export async function importGltfFile(
  file: string,
  name: string,
  place: GltfPlaceOptions,
): Promise<{ glb: Uint8Array; featureCount: number; notes: string[] }> {
  const io = await createCityIO();
  let doc: Document;
  let json: unknown;
  if (extname(file).toLowerCase() === '.glb') {
    const bytes = new Uint8Array(await readFile(file));
    checkGlbStructure(bytes, name);
    json = glbJson(bytes);
    doc = await readOr(name, 'GLB', () => io.readBinary(bytes));
  } else {
    json = parseJsonText(await readFile(file, 'utf8'), name);
    doc = await readOr(name, 'glTF', () => io.read(file));
  }
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  const extras = doc.getRoot().getExtras();
  const previous = (extras.stadtzwilling ?? {}) as Record<string, unknown>;
  const notes: string[] = [];
  let origin = previous.origin ?? null;
  if (!origin) {
    const georef = georefFor(json, place, name);
    const placed = placeDocument(doc, georef, place.registry, name);
    origin = placed.origin;
    notes.push(
      `placed by ${georef.place}${georef.kind === 'crs' ? ` (${georef.crs})` : ''}: origin EPSG:25833 ${placed.origin.easting} ${placed.origin.northing}`,
    );
  }
  const { segmentation, featureCount } = await segmentGltf(doc);
  if (segmentation === 'mesh-features')
    notes.push(`kept the existing EXT_mesh_features (${featureCount} features)`);
  if (segmentation === 'nodes')
    notes.push(`one node per building: ${featureCount} features from node names/extras`);
  if (segmentation === 'none') {
    notes.push(
      'unsegmented mesh (one mesh, no feature ids): passed through re-compressed without features; colour it by a footprints layer',
    );
  }
  doc.getRoot().setExtras({
    ...extras,
    stadtzwilling: {
      origin,
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
