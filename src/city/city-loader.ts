import type { WebGLRenderer } from 'three';
import { GLTFLoader, type GLTF } from 'three/addons/loaders/GLTFLoader.js';
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js';
import { KTX2Loader } from 'three/addons/loaders/KTX2Loader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { GLTFMeshFeaturesExtension, GLTFStructuralMetadataExtension } from '3d-tiles-renderer/three/plugins';

/** Bytes received so far and, where the server says, in all. */
export type LoadProgress = (loaded: number, total: number | undefined) => void;

/** Why a city model could not be loaded, in words for the notice. */
export class CityLoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'CityLoadError';
  }
}

/**
 * Load a glTF/GLB with every decoder it may need, each served by the app itself (never a CDN),
 * and the EXT_mesh_features / EXT_structural_metadata readers.
 */
export async function loadGltf(
  url: string,
  renderer: WebGLRenderer,
  onProgress: LoadProgress,
): Promise<GLTF> {
  const base = new URL('./', document.baseURI);
  const draco = new DRACOLoader().setDecoderPath(new URL('decoders/draco/', base).href);
  const ktx2 = new KTX2Loader()
    .setTranscoderPath(new URL('decoders/basis/', base).href)
    .detectSupport(renderer);
  const loader = new GLTFLoader()
    .setDRACOLoader(draco)
    .setKTX2Loader(ktx2)
    .setMeshoptDecoder(MeshoptDecoder)
    .register(() => new GLTFMeshFeaturesExtension())
    .register(() => new GLTFStructuralMetadataExtension());
  try {
    return await new Promise<GLTF>((resolve, reject) =>
      loader.load(
        url,
        resolve,
        (event) => onProgress(event.loaded, event.lengthComputable ? event.total : undefined),
        reject,
      ),
    );
  } catch (error) {
    throw new CityLoadError(url, describe(error));
  } finally {
    draco.dispose();
    ktx2.dispose();
  }
}

function describe(error: unknown): string {
  // three's FileLoader rejects with an HttpError carrying the response.
  const response = (error as { response?: Response } | null)?.response;
  if (response) return `HTTP ${response.status} ${response.statusText}`.trim();
  if (error instanceof SyntaxError) return `not a glTF or GLB file (${error.message})`;
  if (error instanceof Error) return error.message;
  return String(error);
}
