import { Logger, type Document } from '@gltf-transform/core';
import { EXTMeshoptCompression } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/** Options for compressCity. */
export interface CompressOptions {
  /** Bits per position component (KHR_mesh_quantization). */
  positionBits: number;
  /** Use meshopt's better (slower) encoding. */
  level: 'medium' | 'high';
}

/** Defaults for compressCity: 16-bit positions are ~3 cm over a 2 km city. */
export const COMPRESS_DEFAULTS: CompressOptions = { positionBits: 16, level: 'high' };

/**
 * Quantizes (KHR_mesh_quantization) and meshopt-compresses a document in place. Feature-id attributes are
 * excluded from quantization, so ids stay exact integers.
 */
export async function compressCity(doc: Document, opts: Partial<CompressOptions> = {}): Promise<void> {
  const o = { ...COMPRESS_DEFAULTS, ...opts };
  await MeshoptEncoder.ready;
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({
      pattern: /^(POSITION|NORMAL|COLOR_\d+|TEXCOORD_\d+)$/,
      quantizePosition: o.positionBits,
      quantizeNormal: 8,
      quantizeColor: 8,
      quantizeTexcoord: 12,
    }),
  );
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({
      method:
        o.level === 'high'
          ? EXTMeshoptCompression.EncoderMethod.FILTER
          : EXTMeshoptCompression.EncoderMethod.QUANTIZE,
    });
}
