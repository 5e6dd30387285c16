import type { Document } from '@gltf-transform/core';
import { compressTexture } from '@gltf-transform/functions';
import sharp from 'sharp';

/** Smallest edge a coarse level's texture is shrunk to, pixels: below this a texture shows nothing of itself. */
export const MIN_TEXTURE_EDGE = 8;

/**
 * Shrink every texture of a tile's document to `scale` of its size (a coarse level is seen from farther away,
 * so it needs fewer pixels), with glTF-Transform's texture compression and sharp's Lanczos resampling.
 */
export async function scaleTextures(doc: Document, scale: number): Promise<void> {
  if (!(scale > 0 && scale <= 1)) throw new Error(`scaleTextures: Requires 0 < scale <= 1, not ${scale}`);
  if (scale === 1) return;
  for (const texture of doc.getRoot().listTextures()) {
    const [width, height] = texture.getSize() ?? [0, 0];
    if (width === 0 || height === 0) continue;
    const edge = (n: number) => Math.max(Math.min(n, MIN_TEXTURE_EDGE), Math.round(n * scale));
    await compressTexture(texture, { encoder: sharp, resize: [edge(width), edge(height)] });
  }
}

/** The share of its leaves' texture size a tile gets, `height` levels above the finest: half per level. */
export const textureScaleOf = (height: number): number => 0.5 ** Math.max(0, height);
