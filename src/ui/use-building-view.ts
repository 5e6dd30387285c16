import { useEffect, useState } from 'react';
import { describeBuilding, type BuildingView } from '../core/city/selection-view.ts';
import type { TwinRuntime } from '../twin/twin-runtime.ts';

/** How often the panels refresh: twice a second, never per frame. */
export const PANEL_REFRESH_MS = 500;

/** The selected building's view, refreshed twice a second; null when nothing (or no known building) is selected. */
export function useBuildingView(runtime: TwinRuntime, buildingId: string | null): BuildingView | null {
  const [view, setView] = useState<BuildingView | null>(null);
  useEffect(() => {
    const update = (): void => {
      const city = runtime.store.getState().city;
      const index = buildingId === null ? undefined : city?.buildings.indexOf(buildingId);
      const record = index === undefined ? undefined : city?.buildings.at(index);
      if (!record || buildingId === null) return setView(null);
      const now = Date.now();
      const state = runtime.feed.state;
      setView(describeBuilding(record, state.building(buildingId, now), (id) => state.history(id), now));
    };
    update();
    const timer = setInterval(update, PANEL_REFRESH_MS);
    return () => clearInterval(timer);
  }, [runtime, buildingId]);
  return view;
}
