// A large import's buildings, compressed chunk by chunk as they are meshed: what stays in memory is each chunk's
// small compressed GLB, not its vertex arrays, so the peak no longer grows with the input (glb-merge.ts joins them).
import { Document, type NodeIO } from '@gltf-transform/core';
import type { PackedLayer } from '../mesh/packed-layer.ts';
import { addLayer } from './city-document.ts';
import { compressCity } from './compress.ts';
import { createCityIO } from './io.ts';
import { EXTMeshFeaturesIO, EXT_MESH_FEATURES } from './mesh-features.ts';

/** Takes packed layers as they are finished and compresses each, one at a time, in the order given. */
export interface ChunkWriter {
  /** Queues a layer; its arrays can be let go of once it is compressed. */
  add(layer: PackedLayer): void;
  /** Every chunk's GLB, in the order added; rejects with the first failure. */
  finish(): Promise<Uint8Array[]>;
}

/** Creates a chunk writer; compression runs between the reader's chunks (the reader never waits for it). */
export function createChunkWriter(): ChunkWriter {
  const glbs: Uint8Array[] = [];
  let io: Promise<NodeIO> | null = null;
  let pending: Promise<void> = Promise.resolve();
  return {
    add(layer) {
      io ??= createCityIO();
      const ready = io;
      pending = pending.then(async () => void glbs.push(await chunkGlb(layer, await ready)));
      // Marked as handled here; `finish` still sees the failure.
      pending.catch(() => undefined);
    },
    async finish() {
      await pending;
      return glbs;
    },
  };
}

/** One packed layer as a compressed GLB of one node, its primitive's features pointing at property table 0. */
export async function chunkGlb(layer: PackedLayer, io: NodeIO): Promise<Uint8Array> {
  const doc = new Document();
  const scene = doc.createScene('city');
  doc.getRoot().setDefaultScene(scene);
  const material = doc.createMaterial('vertex-colour');
  const node = addLayer(doc, layer, material, doc.createBuffer());
  const prim = node.getMesh()?.listPrimitives()[0];
  if (prim && layer.withFeatures) {
    const features = doc.createExtension(EXTMeshFeaturesIO).createMeshFeatures();
    const featureCount = new Set(layer.featureIds).size;
    prim.setExtension(
      EXT_MESH_FEATURES,
      features.setFeatureIds([{ featureCount, attribute: 0, propertyTable: 0 }]),
    );
  }
  scene.addChild(node);
  await compressCity(doc);
  return io.writeBinary(doc);
}
