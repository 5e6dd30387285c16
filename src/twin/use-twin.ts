import { useContext, useSyncExternalStore } from 'react';
import { TwinContext } from './twin-context.ts';
import type { Observable } from '../app/observable.ts';

/** The twin's runtime and translate function. */
export function useTwin() {
  const twin = useContext(TwinContext);
  if (!twin) throw new Error('useTwin outside <TwinContext>');
  return { runtime: twin.runtime, t: twin.i18n.t.bind(twin.i18n) };
}

/** Re-render when an observable changes. */
export function useObservable<T>(observable: Observable<T>): T {
  return useSyncExternalStore(observable.subscribe, observable.get);
}
