import { useSyncExternalStore } from 'react';
import type { Selection } from '../core/city/selection.ts';
import { selectionFor } from '../city/picking-selection.ts';
import type { TwinRuntime } from '../twin/twin-runtime.ts';

/** The current selection of a runtime, re-rendering on change. */
export function useSelection(runtime: TwinRuntime): Selection | null {
  const store = selectionFor(runtime);
  return useSyncExternalStore(store.subscribe, store.get);
}
