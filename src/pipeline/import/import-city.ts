import type { CrsRegistry } from '../../core/geo/crs.ts';
import type { CrsDefinition } from '../../core/geo/epsg.ts';
import {
  buildingsToCity,
  createBuildingMesher,
  type BuildingMesher,
  type BuildingMesherOptions,
} from './building-mesher.ts';
import type { ImportedBuilding, ImportedCity } from './cityjson.ts';
import { resolveImportCrs } from './import-crs.ts';
import type { ImportResult } from './import-mesh.ts';

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

/** CityGML buildings meshed as the reader hands them over: `onBuilding` from the reader, `finish` after `close`. */
export interface CityGmlMeshing {
  onBuilding(building: ImportedBuilding, srsName: string): void;
  finish(srsName: string): MeshedCity;
}

/**
 * Meshes CityGML buildings in their `srsName` (or the `--crs` given) as they stream in; only the buildings
 * before the first `srsName` wait. GML writes geographic coordinates latitude first (not CRS84). `mesher` as for
 * createBuildingMesher (a large import hands each full chunk over to be compressed and keeps no footprints).
 */
export function createCityGmlMeshing(
  registry: CrsRegistry,
  override: string | undefined,
  file: string,
  mesher: Partial<BuildingMesherOptions> = {},
): CityGmlMeshing {
  let meshing: { mesher: BuildingMesher; crs: CrsDefinition } | null = null;
  const waiting: ImportedBuilding[] = [];
  const start = (srsName: string): { mesher: BuildingMesher; crs: CrsDefinition } => {
    const crs = resolveImportCrs(registry, override, { text: srsName, place: 'srsName' }, file);
    const swap = crs.def.geographic && !/CRS84/i.test(override ?? srsName);
    const meshes = createBuildingMesher(swap ? (x, y) => crs.toUtm(y, x) : crs.toUtm, mesher);
    for (const b of waiting.splice(0)) meshes.add(b);
    return { mesher: meshes, crs: crs.def };
  };
  return {
    onBuilding(building, srsName) {
      if (!meshing && (override || srsName)) meshing = start(srsName);
      if (meshing) meshing.mesher.add(building);
      else waiting.push(building);
    },
    finish(srsName) {
      const { mesher, crs } = (meshing ??= start(srsName));
      return { result: mesher.finish(), crs };
    },
  };
}
