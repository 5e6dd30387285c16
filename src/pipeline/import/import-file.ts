import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { ImportedCity } from './cityjson.ts';
import { meshCityJsonFile } from './cityjson-file.ts';
import { readCityJsonHead } from './cityjson-stream.ts';
import { createCityJsonSeqReader } from './cityjson-seq.ts';
import { meshCityGmlFile } from './citygml-file.ts';
import { parseGeoJsonFootprints } from './geojson.ts';
import { footprintsToCity, type ImportResult } from './import-mesh.ts';
import { resolveImportCrs } from './import-crs.ts';
import { createCityGmlMeshing, meshCityJson } from './import-city.ts';
import { InputError } from '../../core/input/input-error.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { createNodeCrsRegistry } from '../geo/epsg-set.ts';
import { validateGlb } from '../gltf/validate.ts';
import { cityToGlb } from '../write-city.ts';
import { importGltfFile } from './gltf-file.ts';
import { importObjFile } from './obj-file.ts';
import { createChunkWriter } from '../gltf/chunk-glb.ts';

/** Options for importFile. */
export interface ImportOptions {
  /** Overrides the data's own CRS, e.g. `EPSG:25832`. */
  crs?: string;
  /** NTv2 grid files (`.gsb`) for datum shifts, e.g. BKG's BETA2007.gsb for Gauss-Krüger. */
  grids?: string[];
  /** For glTF and OBJ: `E,N[,H]`, the point of the model's 0,0,0 in its CRS (`crs`, or the file's own). */
  origin?: string;
  /** The level of detail to draw (`2.2`, `1`); default the highest each building has. */
  lod?: string;
  /** Also write the footprints (WGS84 GeoJSON, property `featureId`) here. */
  footprintsOut?: string;
  /** The file name to put in error messages (defaults to the path). */
  displayName?: string;
}

/** What an import did, for the command line. */
export interface ImportReport {
  notes: string[];
  format: 'cityjson' | 'cityjsonseq' | 'citygml' | 'geojson' | 'gltf' | 'obj';
  featureCount: number;
}

/** Imports CityGML, CityJSON (Sequence), GeoJSON, OBJ or glTF/GLB into the output contract, writing `out` atomically. */
export async function importFile(file: string, out: string, opts: ImportOptions = {}): Promise<ImportReport> {
  const name = opts.displayName ?? file;
  const kind = await sniff(file, name);
  const registry = createNodeCrsRegistry(opts.grids);
  if (kind === 'gltf' || kind === 'obj') {
    const place = { registry, crs: opts.crs, origin: opts.origin };
    const r =
      kind === 'obj' ? await importObjFile(file, name, place) : await importGltfFile(file, name, place);
    await checkAndWrite(r.glb, out, name);
    return { format: kind, featureCount: r.featureCount, notes: [...r.notes, `wrote ${out}`] };
  }
  const notes: string[] = [];
  let result: ImportResult;
  let format: ImportReport['format'];
  // Each chunk of buildings is compressed as soon as it is full: memory holds compressed bytes, not vertices.
  const chunks = createChunkWriter();
  const mesher = { onChunk: chunks.add, footprints: Boolean(opts.footprintsOut) };
  // A JSON file's first pass: CityJSON's header and vertices (it stops at a root `type` of anything else).
  const head = kind === 'json' ? await readCityJsonHead(file, name) : null;
  if (kind === 'xml') {
    format = 'citygml';
    const lod = opts.lod === undefined ? undefined : Math.floor(Number(opts.lod));
    const meshing = createCityGmlMeshing(registry, opts.crs, name, mesher);
    const { meshed, summary } = await meshCityGmlFile(file, name, lod, meshing);
    result = meshed.result;
    const lods = [...summary.lods].map(([l, n]) => `LoD${l}: ${n}`).join(', ');
    notes.push(
      `CityGML ${summary.version}: ${summary.buildings} buildings (${lods}), CRS ${meshed.crs.code}`,
      ...meshed.crs.notes,
    );
    if (summary.unresolved)
      notes.push(`${summary.unresolved} XLinks pointed to polygons not found; not drawn`);
  } else if (kind === 'jsonl') {
    format = 'cityjsonseq';
    const city = await readCityJsonSeq(file, name, opts.lod);
    result = buildingsFrom(city, registry, opts, name, notes, 'CityJSON Sequence');
  } else if (head?.root.key('type').value === 'CityJSON') {
    format = 'cityjson';
    const city = await meshCityJsonFile(file, name, head, registry, { crs: opts.crs, lod: opts.lod, mesher });
    result = city.result;
    notes.push(`CityJSON: ${city.buildings} buildings, CRS ${city.crs.code}`, ...city.crs.notes);
  } else {
    const value = parseJsonText(await readFile(file, 'utf8'), name);
    const type = value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
    if (type === 'FeatureCollection' || type === 'Feature') {
      format = 'geojson';
      const parsed = parseGeoJsonFootprints(value, name);
      const text = parsed.crs ?? parsed.crsText;
      const crs = resolveImportCrs(registry, opts.crs, { text, place: 'crs' }, name);
      result = footprintsToCity(parsed.footprints, crs.toUtm, '');
      const guessed = parsed.footprints.filter((f) => f.guessedHeight).length;
      notes.push(`GeoJSON: ${parsed.footprints.length} footprints, CRS ${crs.def.code}`, ...crs.def.notes);
      if (guessed) notes.push(`${guessed} footprints had neither height nor building:levels; used 9 m`);
    } else {
      throw new InputError(
        name,
        'type',
        `expected "CityJSON", "FeatureCollection" or "Feature", found ${JSON.stringify(type)}`,
      );
    }
  }
  if (!result.city.features.length)
    throw new InputError(name, 'buildings', 'the file holds no building with geometry');
  const glbs = await chunks.finish();
  const parts = glbs.length ? { glbs, shift: result.shift ?? [0, 0, 0] } : null;
  const glb = await cityToGlb(result.city, { parts });
  await checkAndWrite(glb, out, name);
  const o = result.city.origin;
  notes.push(
    `wrote ${out}: ${result.city.features.length} features, origin EPSG:25833 ${o.easting} ${o.northing}`,
  );
  if (opts.footprintsOut) {
    await writeFileAtomic(opts.footprintsOut, `${JSON.stringify(footprintsGeoJson(result))}\n`);
    notes.push(`wrote ${opts.footprintsOut}`);
  }
  return { format, featureCount: result.city.features.length, notes };
}

function buildingsFrom(
  city: ImportedCity,
  registry: ReturnType<typeof createNodeCrsRegistry>,
  opts: ImportOptions,
  name: string,
  notes: string[],
  what: string,
): ImportResult {
  const { result, crs } = meshCityJson(registry, opts.crs, city, name);
  notes.push(`${what}: ${city.buildings.length} buildings, CRS ${crs.code}`, ...crs.notes);
  return result;
}

/** What a file is, from its name and first bytes; a directory or an empty file is refused here. */
async function sniff(file: string, name: string): Promise<'gltf' | 'obj' | 'xml' | 'jsonl' | 'json'> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new InputError(name, 'file', 'no such file');
  if (info.isDirectory()) throw new InputError(name, 'file', 'is a directory, not a file');
  if (info.size === 0) throw new InputError(name, 'file', 'the file is empty (0 bytes)');
  const ext = extname(file).toLowerCase();
  if (ext === '.glb' || ext === '.gltf') return 'gltf';
  if (ext === '.obj') return 'obj';
  const handle = await open(file);
  const head = Buffer.alloc(64);
  await handle.read(head, 0, 64, 0);
  await handle.close();
  const start = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('<')) return 'xml';
  if (ext === '.jsonl' || ext === '.cityjsonl') return 'jsonl';
  return 'json';
}

async function readCityJsonSeq(file: string, name: string, lod?: string): Promise<ImportedCity> {
  const reader = createCityJsonSeqReader(name, { lod });
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) reader.line(line);
  return reader.close();
}

async function checkAndWrite(glb: Uint8Array, out: string, name: string): Promise<void> {
  const report = await validateGlb(glb);
  if (report.errors > 0) {
    const first = report.messages.find((m) => m.severity === 0);
    throw new Error(
      `${name}: the converted model fails glTF validation (${first?.code} at ${first?.pointer}); nothing written`,
    );
  }
  await writeFileAtomic(out, glb);
}

function footprintsGeoJson(r: ImportResult): unknown {
  return {
    type: 'FeatureCollection',
    features: r.footprints.map((f) => ({
      type: 'Feature',
      properties: { id: f.id, featureId: f.featureId },
      geometry: { type: 'Polygon', coordinates: [[...f.ring, f.ring[0]]] },
    })),
  };
}
