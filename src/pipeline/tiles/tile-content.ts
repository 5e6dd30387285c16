import type { Document } from '@gltf-transform/core';
import { normals, simplify, unweld, weld } from '@gltf-transform/functions';
import { MeshoptSimplifier } from 'meshoptimizer';
import type { GeoOrigin } from '../../core/geo/geo-frame.ts';
import { cityToDocument } from '../gltf/city-document.ts';
import { compressCity } from '../gltf/compress.ts';
import { createCityIO } from '../gltf/io.ts';
import { validateGlb } from '../gltf/validate.ts';
import { readLayers } from './read-layers.ts';
import { scaleTextures } from './tile-textures.ts';
import { subsetLayers, type LayerSubset } from './subset.ts';
import type { MeshLayer } from '../mesh/mesh.ts';

/** How a tile's content is made: the share of triangles a coarser level keeps, and how far it may stray. */
export interface ContentOptions {
  /** Fraction of the triangles to keep (1: all, the leaves). */
  ratio: number;
  /** Simplification error limit, as a fraction of the tile's radius. */
  error: number;
  /** Share of its source size each texture keeps (1: all, the leaves). */
  textureScale: number;
}

/** Leaves keep everything. */
export const CONTENT_DEFAULTS: ContentOptions = { ratio: 1, error: 0.01, textureScale: 1 };

/** A tile's GLB, its triangle count as the validator counted them, and its geometry for the next level up. */
export interface TileContent {
  glb: Uint8Array;
  triangles: number;
  /** The tile's geometry after simplification: what its parent is simplified from. */
  geometry: LayerSubset;
}

const NO_ORIGIN: GeoOrigin = { epsg: '', easting: 0, northing: 0, height: 0, lon: NaN, lat: NaN };

/**
 * One tile's glTF: the subset's layers as primitives with EXT_mesh_features and the subset's own property
 * table, simplified with meshoptimizer when `ratio` < 1, its textures resized by `textureScale`, quantized
 * and meshopt-compressed, then checked by the Khronos validator (an error stops the tiling, naming the file).
 */
export async function makeTileContent(
  subset: LayerSubset,
  name: string,
  options: ContentOptions,
): Promise<TileContent> {
  let geometry = subset;
  if (options.ratio < 1) {
    const draft = toDocument(subset);
    await simplifyDocument(draft, options);
    // Simplification drops whole buildings from a coarse tile: its property table keeps only those it shows.
    const layers = readLayers(draft);
    geometry = subsetLayers(layers, layers.map(everyTriangle), subset.features);
  }
  const doc = toDocument(geometry);
  // The geometry handed up keeps the source images: each level is resized from them, not from a resized copy.
  await scaleTextures(doc, options.textureScale);
  await compressCity(doc);
  const glb = await (await createCityIO()).writeBinary(doc);
  const report = await validateGlb(glb);
  if (report.errors > 0) {
    const first = report.messages[0];
    throw new Error(
      `${name}: the validator found ${report.errors} errors (${first?.code}: ${first?.message})`,
    );
  }
  return { glb, triangles: report.info.totalTriangleCount ?? 0, geometry };
}

const everyTriangle = (layer: MeshLayer): Uint32Array =>
  Uint32Array.from({ length: layer.indices.length / 3 }, (_, i) => i);

function toDocument(subset: LayerSubset): Document {
  const doc = cityToDocument({
    layers: subset.layers,
    features: subset.features,
    viewpoints: [],
    origin: NO_ORIGIN,
    attribution: '',
  });
  // The tileset carries the georeference and viewpoints; a tile's content says only what it is.
  doc.getRoot().setExtras({});
  return doc;
}

async function simplifyDocument(doc: Document, options: ContentOptions): Promise<void> {
  await MeshoptSimplifier.ready;
  // Flat shading splits every corner; without normals the faces of one building share vertices and can merge.
  for (const mesh of doc.getRoot().listMeshes())
    for (const prim of mesh.listPrimitives()) {
      prim.getAttribute('NORMAL')?.dispose();
    }
  await doc.transform(
    weld(),
    simplify({ simplifier: MeshoptSimplifier, ratio: options.ratio, error: options.error }),
    unweld(),
    normals({ overwrite: true }),
    // Flat faces again share their corners where they are coplanar; this halves the vertices.
    weld(),
  );
}
