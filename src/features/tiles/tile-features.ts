import { BufferAttribute, type Material, type Mesh, type Object3D } from 'three';
import type { FeatureIndex } from '../../core/city/feature-index.ts';
import { toBuildingRecord } from '../../core/city/building-table.ts';
import type { FeatureColours } from '../../city/feature-colours.ts';
import { FEATURE_ID_ATTRIBUTE, applyFeatureColours } from '../../city/feature-material.ts';

/** The b3dm batch id attribute, as three's GLTFLoader names `_BATCHID`. */
const BATCH_ID_ATTRIBUTE = '_batchid';

type Row = Record<string, unknown>;

/** What reads one tile's feature properties: EXT_structural_metadata tables or a b3dm batch table. */
interface RowReader {
  attribute: string;
  row(localId: number): Row;
}

interface MetadataLike {
  getPropertyTableData(table: number, id: number): Row;
}

interface MeshFeaturesLike {
  getFeatureInfo(): { attribute?: number | null; propertyTable?: number | null }[];
}

interface BatchTableLike {
  count: number;
  getDataFromId(id: number): Row;
}

/** The buildings a tile brought in, so that it gives them back when it leaves. */
export interface TileFeatures {
  /** Global feature indices this tile holds (one use each). */
  readonly indices: readonly number[];
  /** Ids of buildings no tile showed before this one. */
  readonly added: readonly string[];
}

/**
 * Give every building a loaded tile shows its one global feature index (by the first of `idProperties`
 * present in its properties), rewrite the tile's feature-id attribute to those indices and patch its
 * materials with the shared colour lookup; a feature without a known row draws in the model's own colour.
 */
export function bindTileFeatures(
  scene: Object3D,
  index: FeatureIndex,
  colours: FeatureColours,
  idProperties: readonly string[],
): TileFeatures {
  const indices: number[] = [];
  const added: string[] = [];
  const patched = new Set<Material>();
  // The last texel is never handed out: a feature that found no place points there and shows no colour.
  const none = index.capacity;
  scene.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const reader = readerFor(mesh, scene);
    const source = reader && mesh.geometry.getAttribute(reader.attribute);
    if (!reader || !source) return;
    const global = new Map<number, number>();
    const ids = new Float32Array(source.count);
    for (let i = 0; i < source.count; i++) {
      const local = Math.round(source.getX(i));
      let g = global.get(local);
      if (g === undefined) {
        const row = reader.row(local);
        const key = idProperties.map((p) => row[p]).find((v) => v !== undefined && v !== null && v !== '');
        const known = key === undefined ? undefined : index.indexOf(String(key));
        g = key === undefined ? -1 : index.acquire(toBuildingRecord({ ...row, id: String(key) }, local));
        if (g >= 0) indices.push(g);
        if (g >= 0 && known === undefined) added.push(String(key));
        global.set(local, g);
      }
      ids[i] = g >= 0 ? g : none;
    }
    mesh.geometry.setAttribute(FEATURE_ID_ATTRIBUTE, new BufferAttribute(ids, 1));
    for (const material of [mesh.material].flat()) {
      if (patched.has(material)) continue;
      applyFeatureColours(material, colours);
      patched.add(material);
    }
  });
  return { indices, added };
}

/** Give back a tile's buildings; those no other tile shows lose their colour and free their index. */
export function releaseTileFeatures(
  features: TileFeatures,
  index: FeatureIndex,
  colours: FeatureColours,
): void {
  for (const i of features.indices) if (index.release(i)) colours.setTarget(i, null);
}

function readerFor(mesh: Mesh, scene: Object3D): RowReader | null {
  const meshFeatures = mesh.userData.meshFeatures as MeshFeaturesLike | undefined;
  const metadata = (mesh.userData.structuralMetadata ?? scene.userData.structuralMetadata) as
    MetadataLike | undefined;
  const info = meshFeatures?.getFeatureInfo()[0];
  if (info && metadata && typeof info.attribute === 'number' && typeof info.propertyTable === 'number') {
    const table = info.propertyTable;
    return {
      attribute: `_feature_id_${info.attribute}`,
      row: (id) => safeRow(() => metadata.getPropertyTableData(table, id)),
    };
  }
  const batchTable = findBatchTable(mesh);
  if (batchTable && mesh.geometry.hasAttribute(BATCH_ID_ATTRIBUTE))
    return {
      attribute: BATCH_ID_ATTRIBUTE,
      row: (id) => (id >= 0 && id < batchTable.count ? safeRow(() => batchTable.getDataFromId(id)) : {}),
    };
  return null;
}

function findBatchTable(object: Object3D): BatchTableLike | undefined {
  for (let o: Object3D | null = object; o; o = o.parent) {
    const table = (o as { batchTable?: BatchTableLike }).batchTable;
    if (table) return table;
  }
  return undefined;
}

/** A row id outside its table reads as no properties, not as a broken tile. */
function safeRow(read: () => Row): Row {
  try {
    return read() ?? {};
  } catch {
    return {};
  }
}
