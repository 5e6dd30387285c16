import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DropPhase } from './import-dropped.ts';

/** What the drop overlay shows: a file being dragged over the page, or an import on its way. */
export interface DropState {
  dragging: boolean;
  /** The file being imported, '' when none is. */
  file: string;
  phase: DropPhase | null;
  fraction: number;
  /** A city file refused for its reference system: the page asks for an EPSG code to import it with. */
  ask: CrsQuestion | null;
  /** A model shown without a place of its own: the page offers to place it. */
  place: PlaceQuestion | null;
}

/** A model the page offers to place: its file name and bytes, and why the last place given was refused. */
export interface PlaceQuestion {
  file: string;
  glb: ArrayBuffer;
  /** The code tried last and why it was refused ('' when none was). */
  tried: string;
  detail: string;
}

/** What the EPSG field is asked for: the files to import again, and why the last try was refused. */
export interface CrsQuestion {
  files: File[];
  file: string;
  /** The code tried last ('' when the file named none and none was entered). */
  tried: string;
  detail: string;
}

/** The drop feature's own state, read by its overlay (no other part needs it, so it is not in the twin's store). */
export type DropStore = StoreApi<DropState>;

/** A fresh drop store: nothing dragged, nothing importing. */
export function createDropStore(): DropStore {
  return createStore<DropState>(() => ({
    dragging: false,
    file: '',
    phase: null,
    fraction: 0,
    ask: null,
    place: null,
  }));
}
