import { useContext } from 'react';
import { useStore } from 'zustand';
import { TwinContext, type TwinContextValue } from './twin-context.ts';
import type { TwinState } from './twin-store.ts';

/** The twin's runtime and translate function: the same object on every call, so memos and effects hold. */
export function useTwin(): TwinContextValue {
  const twin = useContext(TwinContext);
  if (!twin) throw new Error('useTwin outside <TwinContext>');
  return twin;
}

/** A slice of the twin's state; re-renders only when the selected value changes (Object.is). */
export function useTwinState<T>(selector: (state: TwinState) => T): T {
  return useStore(useTwin().runtime.store, selector);
}
