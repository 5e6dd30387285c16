/** The building a visitor pointed at: its id, its feature index, and where the ray hit (local metres). */
export interface Selection {
  buildingId: string;
  featureIndex: number;
  point: [number, number, number] | null;
}

/** The current selection, observable by the panels; `set(null)` closes them. */
export interface SelectionStore {
  get(): Selection | null;
  set(next: Selection | null): void;
  /** Returns its unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Create an empty selection store; listeners run only when the selected building or hit point changes. */
export function createSelectionStore(): SelectionStore {
  let current: Selection | null = null;
  const listeners = new Set<() => void>();
  const same = (a: Selection | null, b: Selection | null): boolean =>
    a === b ||
    (a !== null &&
      b !== null &&
      a.buildingId === b.buildingId &&
      a.featureIndex === b.featureIndex &&
      String(a.point) === String(b.point));
  return {
    get: () => current,
    set(next) {
      if (same(current, next)) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
