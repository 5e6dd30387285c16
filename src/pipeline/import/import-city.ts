import type { CrsRegistry } from '../../core/geo/crs.ts';
import type { CrsDefinition } from '../../core/geo/epsg.ts';
import type { ImportedBuilding, ImportedCity } from './cityjson.ts';
import { resolveImportCrs } from './import-crs.ts';
import { buildingsToCity, type ImportResult } from './import-mesh.ts';

/** A city meshed in the local frame, and the CRS it was read in. */
export interface MeshedCity {
  result: ImportResult;
  crs: CrsDefinition;
}

/** Meshes parsed CityJSON buildings in their `metadata.referenceSystem` (or the `--crs` given). */
export function meshCityJson(
  registry: CrsRegistry,
  override: string | undefined,
  city: ImportedCity,
  file: string,
): MeshedCity {
  const found = { text: city.crsText, place: 'metadata.referenceSystem' };
  const crs = resolveImportCrs(registry, override, found, file);
  return { result: buildingsToCity(city.buildings, crs.toUtm), crs: crs.def };
}

/** Meshes CityGML buildings in their `srsName`; GML writes geographic coordinates latitude first (not CRS84). */
export function meshCityGml(
  registry: CrsRegistry,
  override: string | undefined,
  buildings: readonly ImportedBuilding[],
  srsName: string,
  file: string,
): MeshedCity {
  const crs = resolveImportCrs(registry, override, { text: srsName, place: 'srsName' }, file);
  const swap = crs.def.geographic && !/CRS84/i.test(override ?? srsName);
  const toUtm = swap ? (x: number, y: number) => crs.toUtm(y, x) : crs.toUtm;
  return { result: buildingsToCity(buildings, toUtm), crs: crs.def };
}
