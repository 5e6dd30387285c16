import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDefaultCity, type DefaultCityOptions } from './default-city/default-city.ts';
import type { BuiltCity } from './mesh/city-features.ts';
import { parseOverpass } from './default-city/osm.ts';
import { parseJsonText } from '../core/input/json-input.ts';
import { readOutlineRing } from './default-city/outline.ts';

/** Where the OpenStreetMap extract of Neubrandenburg lives, relative to the repository. */
export const DEFAULT_DATA_DIR = 'assets/data/neubrandenburg';

/** Reads the OSM extract and the old-town outline from `dataDir` and builds the default city. */
export async function buildCityFromData(
  dataDir: string,
  opts: Partial<DefaultCityOptions> = {},
): Promise<BuiltCity> {
  const osmFile = join(dataDir, 'altstadt-osm.json');
  const outlineFile = join(dataDir, 'innenstadt-outline.geojson');
  const osm = parseOverpass(parseJsonText(await readFile(osmFile, 'utf8'), osmFile), osmFile);
  const outline = readOutlineRing(
    parseJsonText(await readFile(outlineFile, 'utf8'), outlineFile),
    outlineFile,
  );
  return buildDefaultCity(osm, outline, opts);
}

/** One sensor per building for the simulator: `<building id>-t1`, °C, labelled by name or address. */
export function sensorRegistry(
  city: BuiltCity,
): { sensor: string; building: string; unit: string; label: string }[] {
  return city.features
    .filter((f) => f.use !== 'wall')
    .map((f) => ({ sensor: `${f.id}-t1`, building: f.id, unit: '°C', label: f.name || f.address || f.id }));
}
