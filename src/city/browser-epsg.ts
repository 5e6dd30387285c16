import { createCrsRegistry, type CrsRegistry } from '../core/geo/crs.ts';
import type { EpsgEntry } from '../core/geo/epsg.ts';

/**
 * A CRS registry over proj4-list (5434 EPSG codes, compound ones already resolved to their horizontal part),
 * loaded into the worker only when a dropped file needs a code: the whole epsg-index would be 8 MB.
 */
export async function createBrowserCrsRegistry(): Promise<CrsRegistry> {
  const { default: list } = await import('proj4-list');
  return createCrsRegistry((code): EpsgEntry | undefined => {
    const def = list[`EPSG:${code}`]?.[1]?.trim();
    if (!def) return undefined;
    const kind = /\+proj=longlat\b/.test(def) ? 'CRS-GEOGCRS' : 'CRS-PROJCRS';
    return { code, kind, name: `EPSG:${code}`, proj4: def, wkt: '' };
  });
}
