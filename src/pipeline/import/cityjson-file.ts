import type { CrsRegistry } from '../../core/geo/crs.ts';
import { JsonReader } from '../../core/input/json-reader.ts';
import { createBuildingMesher, type BuildingMesherOptions } from './building-mesher.ts';
import {
  checkCityJsonHeader,
  cityObjectBuilding,
  type CityJsonVertices,
  type ImportedBuilding,
} from './cityjson.ts';
import { streamCityObjects, type CityJsonHead } from './cityjson-stream.ts';
import type { MeshedCity } from './import-city.ts';
import { resolveImportCrs } from './import-crs.ts';

/** What a streamed CityJSON import gives: the meshed city, its CRS and how many buildings it drew. */
export interface StreamedCityJson extends MeshedCity {
  buildings: number;
}

/**
 * Meshes a CityJSON file whose first pass (`readCityJsonHead`: header and vertices) is done, streaming its
 * objects one at a time in a second, in its
 * `metadata.referenceSystem` or the `--crs` given; what memory holds is the vertices, not the document.
 */
export async function meshCityJsonFile(
  file: string,
  name: string,
  head: CityJsonHead,
  registry: CrsRegistry,
  options: { crs?: string; lod?: string; mesher?: Partial<BuildingMesherOptions> },
): Promise<StreamedCityJson> {
  checkCityJsonHeader(head.root);
  const text = head.root.key('metadata').key('referenceSystem').optionalString('');
  const crs = resolveImportCrs(registry, options.crs, { text, place: 'metadata.referenceSystem' }, name);
  const mesher = createBuildingMesher(crs.toUtm, options.mesher);
  let buildings = 0;
  const families = createCityObjectFamilies(name, head.vertices, options.lod, (b) => {
    mesher.add(b);
    buildings++;
  });
  await streamCityObjects(file, name, families.add);
  families.close();
  return { result: mesher.finish(), crs: crs.def, buildings };
}

/** Takes CityObjects one at a time and hands each Building over once it and all its parts have come. */
export interface CityObjectFamilies {
  add(id: string, value: unknown): void;
  /** Hands over what is left: parts no Building claimed; a Building whose part never came fails, named. */
  close(): void;
}

// How far up `parents` and down `children` a family is followed (the whole-document reader stops at 8 too).
const MAX_DEPTH = 8;

/**
 * Groups streamed CityObjects into Buildings with their parts, in any order of the file: a Building without
 * parts goes at once; a family waits until its last member comes (files put parts next to their Building).
 */
export function createCityObjectFamilies(
  file: string,
  vertices: CityJsonVertices,
  lod: string | undefined,
  emit: (b: ImportedBuilding) => void,
): CityObjectFamilies {
  const held = new Map<string, JsonReader>();
  // Parts a held object lists as `children` (a part may lack `parents`, and may come before or after).
  const claimedBy = new Map<string, string>();
  const get = (id: string): JsonReader | undefined => held.get(id);
  const ids = (r: JsonReader, key: string): string[] => {
    const list = r.key(key);
    return Array.isArray(list.value) ? list.items().map((c) => String(c.value)) : [];
  };
  const members = (id: string, depth: number, out: string[]): boolean => {
    const obj = held.get(id);
    if (!obj) return false;
    out.push(id);
    return depth >= MAX_DEPTH || ids(obj, 'children').every((c) => members(c, depth + 1, out));
  };
  const up = (id: string): string | undefined => ids(held.get(id)!, 'parents')[0] ?? claimedBy.get(id);
  const tryFamily = (id: string): void => {
    let root = id;
    for (let d = 0; d < MAX_DEPTH && up(root) !== undefined; d++) {
      if (!held.has(up(root)!)) return;
      root = up(root)!;
    }
    const family: string[] = [];
    const type = held.get(root)!.key('type').value;
    if (up(root) !== undefined || isPart(type) || !members(root, 0, family)) return;
    const b = cityObjectBuilding(root, held.get(root)!, get, vertices, lod);
    for (const m of family) {
      held.delete(m);
      claimedBy.delete(m);
    }
    if (b) emit(b);
  };
  return {
    add(id, value) {
      const obj = new JsonReader(file, value, ['CityObjects', { key: id }]);
      const type = obj.key('type').string();
      const alone = !ids(obj, 'parents').length && !ids(obj, 'children').length;
      // A part without `parents` may still be claimed by a Building's `children`: it waits too.
      if (alone && !isPart(type)) {
        const b = cityObjectBuilding(id, obj, get, vertices, lod);
        if (b) emit(b);
        return;
      }
      held.set(id, obj);
      for (const c of ids(obj, 'children')) claimedBy.set(c, id);
      tryFamily(id);
    },
    close() {
      for (const [id, obj] of held) {
        if (ids(obj, 'parents').length) continue;
        const b = cityObjectBuilding(id, obj, get, vertices, lod);
        if (b) emit(b);
      }
      held.clear();
    },
  };
}

function isPart(type: unknown): boolean {
  return type === 'BuildingPart' || type === 'BuildingInstallation';
}
