// What the drop worker does with dropped files: the pipeline's own pure importers, then glTF-Transform's
// browser IO, into the GLB contract `npm run city -- import` writes (uncompressed). Nothing leaves the machine.
import { WebIO } from '@gltf-transform/core';
import { InputError } from '../../core/input/input-error.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { cityToDocument } from '../../pipeline/gltf/city-document.ts';
import { withCityExtensions } from '../../pipeline/gltf/io.ts';
import { editGlbJson } from '../../pipeline/gltf/glb-merge.ts';
import { readGltfGeoref, type GltfGeoref } from '../../core/city/gltf-georef.ts';
import { parseCityJson } from '../../pipeline/import/cityjson.ts';
import { createCityJsonSeqReader } from '../../pipeline/import/cityjson-seq.ts';
import { createCityGmlReader } from '../../pipeline/import/citygml/citygml-reader.ts';
import { parseGeoJsonFootprints } from '../../pipeline/import/geojson.ts';
import { resolveImportCrs } from '../../pipeline/import/import-crs.ts';
import { footprintsToCity, type ImportResult } from '../../pipeline/import/import-mesh.ts';
import { createCityGmlMeshing, meshCityJson } from '../../pipeline/import/import-city.ts';
import { createBrowserCrsRegistry } from '../../city/browser-epsg.ts';

/** A file as dropped: its name (with the folder path a dropped folder gives) and its bytes. */
export interface DroppedFile {
  name: string;
  blob: Blob;
}

/** The steps of an import, for the progress bar. */
export type DropPhase = 'read' | 'build' | 'write';

/** What an import gives the page: a GLB to show and what to say about it. */
export interface DroppedCity {
  name: string;
  glb: Uint8Array;
  featureCount: number;
  notes: string[];
}

const MODEL = /\.(glb|gltf)$/i;
const CITY = /\.(gml|xml|citygml|json|jsonl|geojson)$/i;

/**
 * Imports the dropped files (one model or city file, plus a glTF's buffers and textures) to one GLB; `crs`
 * (`EPSG:n`, entered on the page) stands in for a city file's missing or unusable reference system.
 */
export async function importDropped(
  files: readonly DroppedFile[],
  progress: (phase: DropPhase, fraction: number) => void,
  crs?: string,
): Promise<DroppedCity> {
  const main = files.find((f) => MODEL.test(f.name)) ?? files.find((f) => CITY.test(f.name)) ?? files[0];
  if (!main) throw new Error('nothing was dropped');
  if (main.blob.size === 0) throw new InputError(main.name, 'file', 'the file is empty (0 bytes)');
  if (/\.glb$/i.test(main.name)) {
    progress('read', 1);
    return {
      name: main.name,
      glb: new Uint8Array(await main.blob.arrayBuffer()),
      featureCount: 0,
      notes: [],
    };
  }
  if (/\.gltf$/i.test(main.name)) return packGltf(main, files, progress);
  const result = await importCity(main, progress, crs);
  progress('write', 0);
  // Not meshopt-compressed: the model goes straight to the viewer, never to disk, and the compressor's
  // texture helpers (ndarray) compile code at load, which the page's CSP forbids.
  const doc = cityToDocument(result.city, {});
  const io = await withCityExtensions(new WebIO());
  const glb = await io.writeBinary(doc);
  progress('write', 1);
  return { name: main.name, glb, featureCount: result.city.features.length, notes: [] };
}

async function importCity(
  file: DroppedFile,
  progress: (phase: DropPhase, f: number) => void,
  crs: string | undefined,
): Promise<ImportResult> {
  const registry = await createBrowserCrsRegistry();
  const name = file.name;
  const head = (await file.blob.slice(0, 64).text()).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    const meshing = createCityGmlMeshing(registry, crs, name);
    const reader = createCityGmlReader({ file: name, onBuilding: meshing.onBuilding });
    await readText(file.blob, (text, fraction) => {
      reader.write(text);
      progress('read', fraction);
    });
    const summary = reader.close();
    progress('build', 0);
    return meshing.finish(summary.srsName).result;
  }
  if (/\.jsonl$/i.test(name)) {
    const seq = createCityJsonSeqReader(name);
    let rest = '';
    await readText(file.blob, (text, fraction) => {
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) seq.line(line);
      progress('read', fraction);
    });
    seq.line(rest);
    return meshCityJson(registry, crs, seq.close(), name).result;
  }
  const value = parseJsonText(await file.blob.text(), name);
  progress('read', 1);
  const type = (value as { type?: unknown } | null)?.type;
  if (type === 'CityJSON') {
    return meshCityJson(registry, crs, parseCityJson(value, name), name).result;
  }
  if (type === 'FeatureCollection' || type === 'Feature') {
    const parsed = parseGeoJsonFootprints(value, name);
    const found = { text: parsed.crs ?? parsed.crsText, place: 'crs' };
    return footprintsToCity(parsed.footprints, resolveImportCrs(registry, crs, found, name).toUtm, '');
  }
  throw new InputError(
    name,
    'type',
    `expected "CityJSON", "FeatureCollection" or "Feature", found ${JSON.stringify(type)}`,
  );
}

async function readText(blob: Blob, onChunk: (text: string, fraction: number) => void): Promise<void> {
  const reader = blob.stream().pipeThrough(new TextDecoderStream()).getReader();
  let read = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    read += new TextEncoder().encode(r.value).byteLength;
    onChunk(r.value, Math.min(1, read / blob.size));
  }
}

async function packGltf(
  main: DroppedFile,
  files: readonly DroppedFile[],
  progress: (phase: DropPhase, f: number) => void,
): Promise<DroppedCity> {
  const json = parseJsonText(await main.blob.text(), main.name) as {
    buffers?: { uri?: string }[];
    images?: { uri?: string }[];
  };
  const resources: Record<string, Uint8Array<ArrayBuffer>> = {};
  const uris = [...(json.buffers ?? []), ...(json.images ?? [])]
    .map((r) => r.uri)
    .filter((u) => u && !u.startsWith('data:'));
  for (const uri of uris as string[]) {
    const wanted = decodeURIComponent(uri).split('/').pop();
    const found = files.find((f) => f.name.split('/').pop() === wanted);
    if (!found)
      throw new InputError(main.name, uri, `the glTF needs ${uri}: drop it together with the .gltf`);
    resources[uri] = new Uint8Array(await found.blob.arrayBuffer());
  }
  progress('read', 1);
  const georef = readGltfGeoref(json);
  const io = await withCityExtensions(new WebIO());
  const doc = await io.readJSON({ json: withoutExtension(json, 'CESIUM_RTC') as never, resources });
  const glb = await io.writeBinary(doc);
  progress('write', 1);
  return { name: main.name, glb: withEcefCentre(glb, georef), featureCount: 0, notes: [] };
}

/** The glTF JSON without an extension it is known to have, so the library does not warn of it. */
function withoutExtension(json: object, name: string): object {
  const { extensions, extensionsUsed, extensionsRequired, ...rest } = json as Record<string, unknown>;
  const others = { ...(extensions as object | undefined) } as Record<string, unknown>;
  delete others[name];
  const drop = (list: unknown): string[] | undefined =>
    Array.isArray(list) ? (list as string[]).filter((e) => e !== name) : undefined;
  return {
    ...rest,
    extensions: others,
    extensionsUsed: drop(extensionsUsed),
    extensionsRequired: drop(extensionsRequired),
  };
}

/**
 * The GLB with the CESIUM_RTC centre the dropped glTF had: glTF-Transform writes no extension it does not know,
 * and without it the model would lose where it lies (read back by the viewer, which places it).
 */
function withEcefCentre(glb: Uint8Array, georef: GltfGeoref | null): Uint8Array {
  if (georef?.kind !== 'ecef') return glb;
  return editGlbJson(glb, (json) => {
    json.extensions = { ...(json.extensions as object | undefined), CESIUM_RTC: { center: georef.center } };
    json.extensionsUsed = [...((json.extensionsUsed as string[] | undefined) ?? []), 'CESIUM_RTC'];
  });
}
