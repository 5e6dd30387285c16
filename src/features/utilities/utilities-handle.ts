import type { Clash, PlannedRoute } from '../../core/utilities/route-check.ts';
import type { SavedRoute } from '../../core/utilities/route-geojson.ts';
import type { UtilityType } from '../../core/utilities/utility-types.ts';
import type { DraftRoute } from './utilities-state.ts';
import type { VrMenuReport } from './vr/vr-menu-report.ts';

/** A line of the network as `cityTwin.utilities.list()` gives it, in scene metres (x east, y up, z south). */
export interface ListedLine {
  id: string;
  type: UtilityType;
  owner: string;
  diameterM: number;
  points: [number, number, number][];
}

/** `window.cityTwin.utilities`: the network, the X-ray view and the route being drawn. */
export interface UtilitiesHandle {
  /** Replace the network by a GeoJSON FeatureCollection; throws with the place that is wrong, keeping the old. */
  load(geojson: unknown, file?: string): { lines: number };
  list(): ListedLine[];
  /** Whether the network shown is marked as sample data. */
  sample(): boolean;
  /** Turn the X-ray view on or off, optionally with a radius (metres); returns what is set now. */
  xray(on?: boolean, radiusM?: number): { on: boolean; radiusM: number };
  /** Place route points by clicks / the VR trigger instead of walking. */
  draw(on: boolean): void;
  /** Whether clicks and the trigger place route points now. */
  drawing(): boolean;
  /** The route being edited. */
  route(): DraftRoute;
  /** Change the route (type, diameter, cover, points). */
  setRoute(route: Partial<DraftRoute>): void;
  /** The check of the route being edited. */
  clashes(): Clash[];
  /** Look straight down at a point (scene metres) from `heightM` above it, as a jump to a clash does. */
  view(at: [number, number, number], heightM?: number): boolean;
  /** Jump to the n-th clash of the list (as choosing it in the list does); false if there is none. */
  choose(n: number): boolean;
  /** The route and its check as GeoJSON (what "Save" downloads). */
  save(): Record<string, unknown>;
  /** Open a saved route; throws with the place that is wrong, keeping the route there was. */
  open(geojson: unknown, file?: string): SavedRoute;
  /** The wrist menu in the headset (its status line and where its buttons are); null outside VR. */
  vrMenu(): VrMenuReport | null;
  /** The line under the pointer with its depth, while the X-ray view is on. */
  pointed(): { lineId: string; depthM: number } | null;
}

/** What the feature adds to `window.cityTwin`. */
export type UtilitiesApi = {
  utilities: UtilitiesHandle;
  /** Check a route given in scene metres against the network, the buildings and the ground. */
  checkRoute(route: PlannedRoute): Clash[];
};
