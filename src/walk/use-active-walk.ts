import { useSyncExternalStore } from 'react';
import { activeWalk, subscribeActiveWalk, type WalkHandle } from './walk-handle.ts';

/** The mounted walk controls (re-renders when they mount or unmount). */
export function useActiveWalk(): WalkHandle | null {
  return useSyncExternalStore(subscribeActiveWalk, activeWalk, () => null);
}
