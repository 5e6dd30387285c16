import { DataTexture, NearestFilter, RGBAFormat, UnsignedByteType, Vector2 } from 'three';
import {
  rasterLookup,
  rasteriseFootprints,
  type FootprintRaster,
  type RasterOptions,
} from '../../core/geo/footprint-raster.ts';
import type { FootprintSet } from '../../core/geo/footprint-geojson.ts';
import type { FootprintLookup } from '../../city/city-model.ts';

/** The rasterised footprints on the GPU: the id texture and where it lies on the ground. */
export interface FootprintLayer extends FootprintLookup {
  readonly raster: FootprintRaster;
  readonly texture: DataTexture;
  /** South-west corner [east, north] and size in metres of the raster. */
  readonly min: Vector2;
  readonly size: Vector2;
  dispose(): void;
}

/** Rasterise a footprint set and upload it as a nearest-filtered RGBA texture (id + 1 in red and green). */
export function createFootprintLayer(
  set: FootprintSet,
  options: Partial<RasterOptions> = {},
): FootprintLayer {
  const raster = rasteriseFootprints(set.polygons, options);
  const bytes = new Uint8Array(raster.width * raster.height * 4);
  for (let i = 0; i < raster.data.length; i++) {
    const v = raster.data[i]!;
    bytes[i * 4] = v & 255;
    bytes[i * 4 + 1] = v >> 8;
    bytes[i * 4 + 3] = 255;
  }
  const texture = new DataTexture(bytes, raster.width, raster.height, RGBAFormat, UnsignedByteType);
  texture.magFilter = NearestFilter;
  texture.minFilter = NearestFilter;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return {
    raster,
    texture,
    min: new Vector2(raster.minX, raster.minY),
    size: new Vector2(raster.width * raster.cell, raster.height * raster.cell),
    highlight: { value: -1 },
    inset: raster.cell,
    featureAt: (x, z) => rasterLookup(raster, x, -z),
    dispose: () => texture.dispose(),
  };
}
