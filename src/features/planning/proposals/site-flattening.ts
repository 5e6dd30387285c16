import { worldFootprint } from '../../../core/planning/proposal.ts';
import type { CityModel } from '../../../city/city-model.ts';
import type { TwinRuntime } from '../../../twin/twin-runtime.ts';
import { shownProposals, type PlanningStore } from '../planning-store.ts';

/**
 * On a city that can be flattened (3D Tiles photogrammetry), the mesh under each shown proposal's footprint
 * pressed down to its foot, so it stands on cleared ground; moved with it, and gone with it or its variant.
 */
export function createSiteFlattening(runtime: TwinRuntime, store: PlanningStore): { dispose(): void } {
  // By proposal id: where it was flattened (a key of its footprint and height) and the undo.
  const flattened = new Map<string, { key: string; undo: () => void }>();
  let city: CityModel | null = null;
  const clear = (): void => {
    for (const { undo } of flattened.values()) undo();
    flattened.clear();
  };
  const sync = (): void => {
    const shown = runtime.store.getState().city;
    if (shown !== city) {
      // A new city starts without shapes; the old one's are let go (harmless once its tileset is gone).
      clear();
      city = shown;
    }
    const flatten = city?.flatten;
    if (!flatten) return;
    const wanted = new Map(
      shownProposals(store.getState()).map((p) => {
        const outline = worldFootprint(p);
        return [p.id, { outline, y: p.baseY, key: JSON.stringify([outline, p.baseY]) }] as const;
      }),
    );
    for (const [id, done] of flattened) {
      if (wanted.get(id)?.key === done.key) continue;
      done.undo();
      flattened.delete(id);
    }
    for (const [id, want] of wanted) {
      if (!flattened.has(id)) flattened.set(id, { key: want.key, undo: flatten(want.outline, want.y) });
    }
  };
  const unsubscribe = [
    runtime.store.subscribe((state, previous) => state.city !== previous.city && sync()),
    store.subscribe(
      (state, previous) =>
        (state.proposals !== previous.proposals || state.variants !== previous.variants) && sync(),
    ),
  ];
  sync();
  return {
    dispose() {
      for (const off of unsubscribe) off();
      clear();
    },
  };
}
