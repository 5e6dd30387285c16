import type { BuiltCity } from './mesh/city-features.ts';
import { cityToDocument } from './gltf/city-document.ts';
import { compressCity } from './gltf/compress.ts';
import { createCityIO } from './gltf/io.ts';

/** Options for cityToGlb. */
export interface CityGlbOptions {
  /** Quantize and meshopt-compress (the contract); false only for baselines. */
  compress: boolean;
  /** Extra root extras merged next to `stadtzwilling`. */
  extras: Record<string, unknown>;
}

/** Defaults for cityToGlb. */
export const CITY_GLB_DEFAULTS: CityGlbOptions = { compress: true, extras: {} };

/** Serialises a built city to GLB bytes in the output contract. */
export async function cityToGlb(city: BuiltCity, opts: Partial<CityGlbOptions> = {}): Promise<Uint8Array> {
  const o = { ...CITY_GLB_DEFAULTS, ...opts };
  const doc = cityToDocument(city, o.extras);
  if (o.compress) await compressCity(doc);
  const io = await createCityIO();
  return io.writeBinary(doc);
}
