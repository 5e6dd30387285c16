import type { WebGLRenderer } from 'three';
import { GLTFLoader, type GLTF } from 'three/addons/loaders/GLTFLoader.js';
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js';
import { KTX2Loader } from 'three/addons/loaders/KTX2Loader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { GLTFMeshFeaturesExtension, GLTFStructuralMetadataExtension } from '3d-tiles-renderer/three/plugins';
import { modelBytesProblem } from '../core/city/model-bytes.ts';

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
    const bytes = await fetchBytes(url, onProgress);
    // Named before the loader sees it: a loader fails on such bytes with a TypeError that helps nobody.
    const problem = modelBytesProblem(bytes);
    if (problem) throw new CityLoadError(url, problem);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // A blob: URL (a dropped file) has no folder: its model is one self-contained GLB.
    const folder = url.startsWith('blob:') ? '' : new URL('./', url).href;
    return await loader.parseAsync(buffer, folder);
  } catch (error) {
    throw new CityLoadError(url, describe(error));
  } finally {
    draco.dispose();
    ktx2.dispose();
  }
}

async function fetchBytes(url: string, onProgress: LoadProgress): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new CityLoadError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  const total = Number(response.headers.get('content-length')) || undefined;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    loaded += r.value.byteLength;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

function describe(error: unknown): string {
  if (error instanceof CityLoadError) return error.reason;
  // three's FileLoader rejects with an HttpError carrying the response.
  const response = (error as { response?: Response } | null)?.response;
  if (response) return `HTTP ${response.status} ${response.statusText}`.trim();
  if (error instanceof SyntaxError) return `not a glTF or GLB file (${error.message})`;
  if (error instanceof Error) return error.message;
  return String(error);
}
