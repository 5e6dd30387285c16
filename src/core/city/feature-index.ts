import type { BuildingRecord, BuildingTable } from './building-table.ts';

/**
 * One building table shared by many parts that come and go (the tiles of a 3D Tiles city): each part
 * acquires the buildings it shows and releases them when it leaves; a building keeps its index while any part
 * shows it, and its index is free for another building once none does.
 */
export interface FeatureIndex extends BuildingTable {
  /** Most indices it hands out; an index at or past this is never given (`acquire` answers -1). */
  readonly capacity: number;
  /** Buildings shown now. */
  readonly live: number;
  /** The index of this building, counted once more as shown; -1 when the index is full. */
  acquire(record: BuildingRecord): number;
  /** One part less shows the building at `index`; true when no part shows it any more. */
  release(index: number): boolean;
}

/** An empty index for at most `capacity` buildings. */
export function createFeatureIndex(capacity: number): FeatureIndex {
  if (!(capacity >= 1) || !Number.isInteger(capacity))
    throw new Error(`createFeatureIndex: Requires a whole capacity >= 1, not ${capacity}`);
  const records: (BuildingRecord | undefined)[] = [];
  const uses: number[] = [];
  const byId = new Map<string, number>();
  const free: number[] = [];
  let ids: string[] | null = null;
  return {
    capacity,
    get count() {
      return records.length;
    },
    get live() {
      return byId.size;
    },
    at: (index) => records[index],
    indexOf: (id) => byId.get(id),
    ids: () => (ids ??= [...byId.keys()]),
    acquire(record) {
      const known = byId.get(record.id);
      if (known !== undefined) {
        uses[known]!++;
        return known;
      }
      // The lowest free index first, so the table stays as short as the buildings shown at once.
      const index = free.length > 0 ? free.pop()! : records.length < capacity ? records.length : -1;
      if (index < 0) return -1;
      records[index] = record;
      uses[index] = 1;
      byId.set(record.id, index);
      ids = null;
      return index;
    },
    release(index) {
      const record = records[index];
      if (!record || !(uses[index]! > 0)) return false;
      if (--uses[index]! > 0) return false;
      byId.delete(record.id);
      records[index] = undefined;
      free.push(index);
      free.sort((a, b) => b - a);
      ids = null;
      return true;
    },
  };
}
