import { readFile } from 'node:fs/promises';
import type { Document, Node } from '@gltf-transform/core';
import type { BuildingFeature } from '../mesh/city-features.ts';
import type { Vec3 } from '../mesh/mesh.ts';
import type { GeoOrigin } from '../../core/geo/geo-frame.ts';
import { FEATURE_ID_ATTRIBUTE } from './city-document.ts';
import { tableToFeatures } from './feature-schema.ts';
import { createCityIO } from './io.ts';
import { EXT_STRUCTURAL_METADATA, type StructuralMetadata } from './structural-metadata.ts';
import { readCityExtras } from '../../core/city/city-extras.ts';

/** A world-space triangle of a mesh node, with its surface and (for walls/buildings) feature id. */
export interface WorldTriangle {
  surface: string;
  fid: number;
  a: Vec3;
  b: Vec3;
  c: Vec3;
}

/** Reads GLB bytes or a GLB path with the pipeline's IO (meshopt, quantization, our metadata extensions). */
export async function readGlb(src: string | Uint8Array): Promise<Document> {
  const io = await createCityIO();
  const bytes = typeof src === 'string' ? new Uint8Array(await readFile(src)) : src;
  return io.readBinary(bytes);
}

/** The feature rows of a document's first property table (empty when it has none). */
export function featuresOf(doc: Document): BuildingFeature[] {
  const meta = doc.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
  const table = meta?.getPropertyTables()[0];
  return table ? tableToFeatures(table) : [];
}

/** The georeference in root `extras.stadtzwilling.origin`, or null when it is missing or incomplete. */
export function cityOriginOf(doc: Document): GeoOrigin | null {
  // The same reading of root extras as the app's, so the tools and the viewer agree on the georeference.
  return readCityExtras(doc.getRoot().getExtras()).origin;
}

/** World-space vertex positions of every primitive vertex that carries feature id `fid`. */
export function positionsOfFeature(doc: Document, fid: number): Vec3[] {
  const out: Vec3[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const world = worldTransform(node);
    for (const prim of mesh.listPrimitives()) {
      const ids = prim.getAttribute(FEATURE_ID_ATTRIBUTE);
      const pos = prim.getAttribute('POSITION');
      if (!ids || !pos) continue;
      const p: number[] = [];
      const id: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        if (ids.getElement(i, id)[0] !== fid) continue;
        out.push(world(pos.getElement(i, p)));
      }
    }
  }
  return out;
}

/** Every triangle of a document in world space, tagged with its node's surface and feature id (-1 none). */
export function trianglesOf(doc: Document): WorldTriangle[] {
  const out: WorldTriangle[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const world = worldTransform(node);
    const surface = String(node.getExtras().surface ?? '');
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION');
      const ids = prim.getAttribute(FEATURE_ID_ATTRIBUTE);
      const index = prim.getIndices();
      if (!pos) continue;
      const p: number[] = [];
      const at = (i: number): Vec3 => world(pos.getElement(i, p));
      const count = index ? index.getCount() : pos.getCount();
      const id: number[] = [];
      for (let k = 0; k + 2 < count; k += 3) {
        const [i0 = 0, i1 = 0, i2 = 0] = [k, k + 1, k + 2].map((j) => (index ? index.getScalar(j) : j));
        out.push({
          surface,
          fid: ids ? (ids.getElement(i0, id)[0] ?? -1) : -1,
          a: at(i0),
          b: at(i1),
          c: at(i2),
        });
      }
    }
  }
  return out;
}

/** The node's world matrix as a function; positions are quantized per mesh, so it always applies. */
function worldTransform(node: Node): (p: readonly number[]) => Vec3 {
  const m = node.getWorldMatrix();
  return (p) => {
    const [x = 0, y = 0, z = 0] = p;
    return [
      m[0] * x + m[4] * y + m[8] * z + m[12],
      m[1] * x + m[5] * y + m[9] * z + m[13],
      m[2] * x + m[6] * y + m[10] * z + m[14],
    ];
  };
}
