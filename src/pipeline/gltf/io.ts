import { NodeIO, type PlatformIO } from '@gltf-transform/core';
import {
  EXTMeshoptCompression,
  KHRMeshQuantization,
  KHRONOS_EXTENSIONS,
  EXTTextureWebP,
  EXTTextureAVIF,
} from '@gltf-transform/extensions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { EXTMeshFeaturesIO } from './mesh-features.ts';
import { EXTStructuralMetadataIO } from './structural-metadata.ts';

/** Teaches an IO (Node's or the browser's) meshopt, quantization, the Khronos extensions and our metadata. */
export async function withCityExtensions<T extends PlatformIO>(io: T): Promise<T> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  // Our own EXT_mesh_features / EXT_structural_metadata classes; the library's experimental ones stay unregistered.
  const khronos = KHRONOS_EXTENSIONS.filter((e) => e !== KHRMeshQuantization);
  io.registerExtensions([
    ...khronos,
    KHRMeshQuantization,
    EXTMeshoptCompression,
    EXTTextureWebP,
    EXTTextureAVIF,
    EXTMeshFeaturesIO,
    EXTStructuralMetadataIO,
  ]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder, 'meshopt.encoder': MeshoptEncoder });
  return io;
}

/** A NodeIO that knows meshopt, quantization, the Khronos extensions and our two metadata extensions. */
export function createCityIO(): Promise<NodeIO> {
  return withCityExtensions(new NodeIO());
}
