import type { Document, mat4 } from '@gltf-transform/core';
import { getBounds } from '@gltf-transform/functions';
import { readGltfGeoref, type GltfGeoref } from '../../core/city/gltf-georef.ts';
import type { CrsRegistry } from '../../core/geo/crs.ts';
import { placeGeoref, type GeorefPlacement } from '../../core/geo/georef-placement.ts';
import { InputError } from '../../core/input/input-error.ts';

/** How to place a glTF that carries no origin of the twin's own. */
export interface GltfPlaceOptions {
  registry: CrsRegistry;
  /** `--crs EPSG:n`: the model's coordinates are in this CRS (overrides the file's). */
  crs?: string;
  /** `--origin E,N[,H]`: the CRS point of the model's 0,0,0 (overrides the file's offset). */
  origin?: string;
}

/** The georeference to place a glTF by: `--crs`/`--origin`, else the file's own; refused with how to give one. */
export function georefFor(json: unknown, opts: GltfPlaceOptions, file: string): GltfGeoref {
  const own = readGltfGeoref(json);
  const offset = opts.origin === undefined ? undefined : parseOrigin(opts.origin, file);
  if (opts.crs) {
    const fileOffset = own?.kind === 'crs' ? own.offset : null;
    return { kind: 'crs', crs: opts.crs, offset: offset ?? fileOffset, place: '--crs' };
  }
  if (!own)
    throw new InputError(
      file,
      'extras',
      "no CRS given in the file (extras.crs, a scene's crs/crsx/crsy, CESIUM_RTC); give it with --crs EPSG:n",
    );
  if (offset && own.kind === 'crs') return { ...own, offset };
  return own;
}

/** Places the document's scenes in the twin's frame (a parent node with the matrix) and says where. */
export function placeDocument(
  doc: Document,
  georef: GltfGeoref,
  registry: CrsRegistry,
  file: string,
): GeorefPlacement {
  const root = doc.getRoot();
  const scenes = root.listScenes();
  const boxes = scenes.map((s) => getBounds(s)).filter((b) => Number.isFinite(b.min[0]));
  if (!boxes.length) throw new InputError(file, 'scenes', 'the model has no geometry to place');
  const min = [0, 1, 2].map((i) => Math.min(...boxes.map((b) => b.min[i]!))) as [number, number, number];
  const max = [0, 1, 2].map((i) => Math.max(...boxes.map((b) => b.max[i]!))) as [number, number, number];
  let placement: GeorefPlacement;
  try {
    placement = placeGeoref(georef, registry, { min, max });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(file, georef.place, `${why.replace(`${georef.place}: `, '')}; give --crs EPSG:n`);
  }
  for (const scene of scenes) {
    const frame = doc.createNode('georeference').setMatrix(placement.matrix as mat4);
    for (const child of scene.listChildren()) {
      scene.removeChild(child);
      frame.addChild(child);
    }
    scene.addChild(frame);
  }
  return placement;
}

function parseOrigin(text: string, file: string): [number, number, number] {
  const parts = text.split(',').map((p) => Number(p.trim()));
  if ((parts.length !== 2 && parts.length !== 3) || parts.some((p) => !Number.isFinite(p)))
    throw new InputError(file, '--origin', `"${text}" is not E,N or E,N,H in the CRS's metres`);
  return [parts[0]!, parts[1]!, parts[2] ?? 0];
}

/** The JSON chunk of a GLB (checked by checkGlbStructure before). */
export function glbJson(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
}
