/** A value React can read with useSyncExternalStore, and plain code can set. */
export interface Observable<T> {
  get(): T;
  set(next: T): void;
  /** Returns its unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Create an observable value; listeners run only on a real change. */
export function createObservable<T>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
