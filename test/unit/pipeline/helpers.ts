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

/** A world-space triangle of a mesh node, with its surface and (for walls/buildings) feature id. */
export interface WorldTriangle {
  surface: string;
  fid: number;
  a: Vec;
  b: Vec;
  c: Vec;
}

/** Every triangle of a document in world space, tagged with its node's surface and feature id (-1 none). */
export function trianglesOf(doc: Document): WorldTriangle[] {
  const out: WorldTriangle[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const m = node.getWorldMatrix();
    const surface = String(node.getExtras().surface ?? '');
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION');
      const ids = prim.getAttribute('_FEATURE_ID_0');
      const index = prim.getIndices();
      if (!pos) continue;
      const p: number[] = [];
      const world = (i: number): Vec => {
        pos.getElement(i, p);
        const [x, y, z] = p as [number, number, number];
        return [
          m[0] * x + m[4] * y + m[8] * z + m[12],
          m[1] * x + m[5] * y + m[9] * z + m[13],
          m[2] * x + m[6] * y + m[10] * z + m[14],
        ];
      };
      const count = index ? index.getCount() : pos.getCount();
      const id: number[] = [];
      for (let k = 0; k + 2 < count; k += 3) {
        const [i0, i1, i2] = [k, k + 1, k + 2].map((j) => (index ? index.getScalar(j) : j)) as [
          number,
          number,
          number,
        ];
        out.push({
          surface,
          fid: ids ? (ids.getElement(i0, id)[0] ?? -1) : -1,
          a: world(i0),
          b: world(i1),
          c: world(i2),
        });
      }
    }
  }
  return out;
}

/** Distance along a ray (unit `dir`) to a triangle, or null when it misses (Möller-Trumbore, two-sided). */
export function rayHit(origin: Vec, dir: Vec, t: WorldTriangle): number | null {
  const e1 = [t.b[0] - t.a[0], t.b[1] - t.a[1], t.b[2] - t.a[2]] as Vec;
  const e2 = [t.c[0] - t.a[0], t.c[1] - t.a[1], t.c[2] - t.a[2]] as Vec;
  const p = cross(dir, e2);
  const det = dot(e1, p);
  if (Math.abs(det) < 1e-12) return null;
  const s = [origin[0] - t.a[0], origin[1] - t.a[1], origin[2] - t.a[2]] as Vec;
  const u = dot(s, p) / det;
  if (u < 0 || u > 1) return null;
  const q = cross(s, e1);
  const v = dot(dir, q) / det;
  if (v < 0 || u + v > 1) return null;
  const d = dot(e2, q) / det;
  return d >= 0 ? d : null;
}

function cross(a: Vec, b: Vec): Vec {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function dot(a: Vec, b: Vec): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
