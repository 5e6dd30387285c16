import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseCityJson } from './cityjson.ts';
import { createToUtm33, isKnownCrs } from '../../core/geo/crs.ts';
import { parseGeoJsonFootprints } from './geojson.ts';
import { buildingsToCity, footprintsToCity, type ImportResult } from './import-mesh.ts';
import { normaliseCrs } from '../../core/geo/crs.ts';
import { InputError } from '../../core/input/input-error.ts';
import { parseJsonText } from '../../core/input/json-input.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { validateGlb } from '../gltf/validate.ts';
import { cityToGlb } from '../write-city.ts';
import { importGltfFile } from './gltf-file.ts';

/** Options for importFile. */
export interface ImportOptions {
  /** Overrides the data's own CRS, e.g. `EPSG:25832`. */
  crs?: string;
  /** Also write the footprints (WGS84 GeoJSON, property `featureId`) here. */
  footprintsOut?: string;
  /** The file name to put in error messages (defaults to the path). */
  displayName?: string;
}

/** What an import did, for the command line. */
export interface ImportReport {
  notes: string[];
  format: 'cityjson' | 'geojson' | 'gltf';
  featureCount: number;
}

/** Imports a CityJSON, GeoJSON or glTF/GLB file into the output contract, writing `out` atomically. */
export async function importFile(file: string, out: string, opts: ImportOptions = {}): Promise<ImportReport> {
  const name = opts.displayName ?? file;
  const ext = extname(file).toLowerCase();
  if (ext === '.glb' || ext === '.gltf') {
    const r = await importGltfFile(file, name);
    await checkAndWrite(r.glb, out, name);
    return { format: 'gltf', featureCount: r.featureCount, notes: [...r.notes, `wrote ${out}`] };
  }
  const bytes = await readFile(file);
  const value = parseJsonText(new TextDecoder().decode(bytes), name);
  const type = value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  let result: ImportResult;
  let format: ImportReport['format'];
  const notes: string[] = [];
  if (type === 'CityJSON') {
    format = 'cityjson';
    const parsed = parseCityJson(value, name);
    const crs = resolveCrs(opts.crs, parsed.crs, parsed.crsText, name, 'metadata.referenceSystem');
    result = buildingsToCity(parsed.buildings, createToUtm33(crs));
    notes.push(`CityJSON: ${parsed.buildings.length} buildings, CRS ${crs}`);
  } else if (type === 'FeatureCollection' || type === 'Feature') {
    format = 'geojson';
    const parsed = parseGeoJsonFootprints(value, name);
    const crs = resolveCrs(opts.crs, parsed.crs, parsed.crsText, name, 'crs');
    result = footprintsToCity(parsed.footprints, createToUtm33(crs), '');
    const guessed = parsed.footprints.filter((f) => f.guessedHeight).length;
    notes.push(`GeoJSON: ${parsed.footprints.length} footprints, CRS ${crs}`);
    if (guessed) notes.push(`${guessed} footprints had neither height nor building:levels; used 9 m`);
  } else {
    throw new InputError(
      name,
      'type',
      `expected "CityJSON", "FeatureCollection" or "Feature", found ${JSON.stringify(type)}`,
    );
  }
  const glb = await cityToGlb(result.city);
  await checkAndWrite(glb, out, name);
  notes.push(
    `wrote ${out}: ${result.city.features.length} features, origin EPSG:25833 ${result.city.origin.easting} ${result.city.origin.northing}`,
  );
  if (opts.footprintsOut) {
    await writeFileAtomic(opts.footprintsOut, `${JSON.stringify(footprintsGeoJson(result))}\n`);
    notes.push(`wrote ${opts.footprintsOut}`);
  }
  return { format, featureCount: result.city.features.length, notes };
}

function resolveCrs(
  override: string | undefined,
  found: string | null,
  foundText: string,
  file: string,
  place: string,
): string {
  if (override) {
    const code = normaliseCrs(override);
    if (!code || !isKnownCrs(code)) throw new InputError(file, '--crs', `unknown CRS "${override}"`);
    return code;
  }
  if (!found) {
    throw new InputError(
      file,
      place,
      foundText ? `unknown CRS "${foundText}"; give --crs EPSG:n` : 'no CRS given; give --crs EPSG:n',
    );
  }
  if (!isKnownCrs(found))
    throw new InputError(
      file,
      place,
      `unknown CRS "${foundText}" (${found}): no projection known; give --crs EPSG:n`,
    );
  return found;
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
