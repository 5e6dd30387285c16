import { useStore } from 'zustand';
import type { Stand, StandState } from './stand.ts';

/** A slice of the stand's state for its overlay; re-renders only when the slice changes. */
export function useStand<T>(stand: Stand, selector: (state: StandState) => T): T {
  return useStore(stand.store, selector);
}
