import { createSelectionStore, type SelectionStore } from '../core/city/selection.ts';

const stores = new WeakMap<object, SelectionStore>();

/** The selection of one twin runtime, shared by the 3D interaction, the DOM panel and `cityTwin.select`. */
export function selectionFor(runtime: object): SelectionStore {
  let store = stores.get(runtime);
  if (!store) {
    store = createSelectionStore();
    stores.set(runtime, store);
  }
  return store;
}
