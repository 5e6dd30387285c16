// The EPSG definition set on disk: epsg-index (every code's kind, name and WKT, one JSON file per code, read
// only for the codes an import names) with proj4-list's proj4 strings where it has the code: epsg-index writes
// the rotations of transformations given in microradians as if they were arc seconds (RD New lands 160 m off).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import proj4List from 'proj4-list';
import { basename, dirname, join } from 'node:path';
import { createCrsRegistry, type CrsRegistry } from '../../core/geo/crs.ts';
import type { EpsgEntry } from '../../core/geo/epsg.ts';

const INDEX_DIR = join(dirname(createRequire(import.meta.url).resolve('epsg-index/package.json')), 's');

/** The entry of `EPSG:<code>` in epsg-index, or undefined when the set has none. */
export function readEpsgEntry(code: string): EpsgEntry | undefined {
  if (!/^\d{1,6}$/.test(code)) return undefined;
  const file = join(INDEX_DIR, `${code}.json`);
  if (!existsSync(file)) return undefined;
  const entry = JSON.parse(readFileSync(file, 'utf8')) as EpsgEntry;
  const better = proj4List[`EPSG:${code}`]?.[1]?.trim();
  return better ? { ...entry, proj4: better } : entry;
}

/** A CRS registry over epsg-index with the NTv2 grid files given (`--grid BETA2007.gsb`) loaded. */
export function createNodeCrsRegistry(gridFiles: readonly string[] = []): CrsRegistry {
  const registry = createCrsRegistry(readEpsgEntry);
  for (const file of gridFiles) {
    if (!existsSync(file)) throw new Error(`--grid ${file}: no such file`);
    const bytes = readFileSync(file);
    registry.addGrid(
      basename(file),
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
  }
  return registry;
}
