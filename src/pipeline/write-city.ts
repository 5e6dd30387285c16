import type { BuiltCity } from './mesh/city-features.ts';
import { cityToDocument } from './gltf/city-document.ts';
import { compressCity } from './gltf/compress.ts';
import { mergeGlbs } from './gltf/glb-merge.ts';
import { createCityIO } from './gltf/io.ts';

/** Options for cityToGlb. */
export interface CityGlbOptions {
  /** Quantize and meshopt-compress (the contract); false only for baselines. */
  compress: boolean;
  /** Extra root extras merged next to `stadtzwilling`. */
  extras: Record<string, unknown>;
  /** Buildings already compressed chunk by chunk (chunk-glb.ts), joined after the city's own layers. */
  parts: { glbs: readonly Uint8Array[]; shift: readonly number[] } | null;
}

/** Defaults for cityToGlb. */
export const CITY_GLB_DEFAULTS: CityGlbOptions = { compress: true, extras: {}, parts: null };

/** Serialises a built city to GLB bytes in the output contract. */
export async function cityToGlb(city: BuiltCity, opts: Partial<CityGlbOptions> = {}): Promise<Uint8Array> {
  const o = { ...CITY_GLB_DEFAULTS, ...opts };
  const doc = cityToDocument(city, o.extras);
  if (o.compress) await compressCity(doc);
  const io = await createCityIO();
  const glb = await io.writeBinary(doc);
  return o.parts ? mergeGlbs(glb, o.parts.glbs, o.parts.shift) : glb;
}
