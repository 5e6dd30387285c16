import { readFile } from 'node:fs/promises';
import type { Document } from '@gltf-transform/core';
import { createCityIO } from '../../../src/pipeline/gltf/io.ts';
import {
  EXT_STRUCTURAL_METADATA,
  type StructuralMetadata,
} from '../../../src/pipeline/gltf/structural-metadata.ts';
import { tableToFeatures } from '../../../src/pipeline/gltf/feature-schema.ts';
import type { BuildingFeature } from '../../../src/core/city-features.ts';

/** Reads GLB bytes or a GLB path with the pipeline's IO. */
export async function readGlb(src: string | Uint8Array): Promise<Document> {
  const io = await createCityIO();
  const bytes = typeof src === 'string' ? new Uint8Array(await readFile(src)) : src;
  return io.readBinary(bytes);
}

/** The feature rows of a document's first property table. */
export function featuresOf(doc: Document): BuildingFeature[] {
  const meta = doc.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
  const table = meta?.getPropertyTables()[0];
  return table ? tableToFeatures(table) : [];
}

/** World-space vertex positions of every primitive that carries feature id `fid`. */
export function positionsOfFeature(doc: Document, fid: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const m = node.getWorldMatrix();
    for (const prim of mesh.listPrimitives()) {
      const ids = prim.getAttribute('_FEATURE_ID_0');
      const pos = prim.getAttribute('POSITION');
      if (!ids || !pos) continue;
      const p: number[] = [];
      const id: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        if (ids.getElement(i, id)[0] !== fid) continue;
        pos.getElement(i, p);
        const [x, y, z] = p as [number, number, number];
        out.push([
          m[0] * x + m[4] * y + m[8] * z + m[12],
          m[1] * x + m[5] * y + m[9] * z + m[13],
          m[2] * x + m[6] * y + m[10] * z + m[14],
        ]);
      }
    }
  }
  return out;
}

type Vec = [number, number, number];

/** Axis-aligned bounds of points. */
export function boundsOf(points: readonly [number, number, number][]): { min: Vec; max: Vec } {
  const min: Vec = [Infinity, Infinity, Infinity];
  const max: Vec = [-Infinity, -Infinity, -Infinity];
  for (const p of points)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, p[i]!);
      max[i] = Math.max(max[i]!, p[i]!);
    }
  return { min, max };
}
