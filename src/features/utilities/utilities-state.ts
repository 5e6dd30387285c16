import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClearanceRules } from '../../core/utilities/clearance-rules.ts';
import type { Network } from '../../core/utilities/network-geojson.ts';
import type { Clash, PlannedRoute } from '../../core/utilities/route-check.ts';
import type { UtilityType } from '../../core/utilities/utility-types.ts';
import type { UtilitiesCity } from './utilities-city.ts';
import type { VrMenuAction } from './vr/vr-menu-layout.ts';
import type { VrMenuReport } from './vr/vr-menu-report.ts';

/** A point of the planned line: where on the ground, and its own depth of cover (null: the route's). */
export interface RoutePoint {
  x: number;
  z: number;
  coverM: number | null;
}

/** The planned line being drawn or edited: type, size, the default depth of cover, and its points. */
export interface DraftRoute {
  type: UtilityType;
  diameterM: number;
  coverM: number;
  points: readonly RoutePoint[];
}

/** The line under the pointer (X-ray on), for the depth readout. */
export interface PointedLine {
  lineId: string;
  type: UtilityType;
  owner: string;
  diameterM: number;
  /** Depth of the pointed spot below the ground, metres. */
  depthM: number;
}

/** The underground planning's own state: the network, the rules, the view and the route with its check. */
export interface UtilitiesState {
  rules: ClearanceRules | null;
  network: Network | null;
  /** The network file's name, for the panel. */
  source: string;
  /** The network placed under the city shown now, with the indexes the check uses. */
  city: UtilitiesCity | null;
  xray: boolean;
  radiusM: number;
  /** Clicks (desktop) and the trigger (VR) place route points instead of walking. */
  drawing: boolean;
  route: DraftRoute;
  /** The check of `route` against the network, buildings and ground; empty without a route. */
  clashes: readonly Clash[];
  /** The clash chosen in the list (index), marked brighter in the scene. */
  chosen: number | null;
  pointed: PointedLine | null;
  /** A controller's ray rests on the VR menu: its trigger presses buttons there, and must not teleport. */
  menuHover: boolean;
  /** The menu button a ray rests on, drawn highlighted. */
  menuAimed: VrMenuAction | null;
  /** What the VR menu shows and where its buttons are, while it is shown (for the automation handle). */
  vrMenu: (() => VrMenuReport) | null;
}

/** The feature's store (zustand's vanilla store, like the twin's; React binds with `useStore`). */
export type UtilitiesStore = StoreApi<UtilitiesState>;

/** X-ray radius limits and default, metres. */
export const XRAY_RADIUS = { min: 3, max: 60, initial: 15 } as const;

/** A store with no network yet, X-ray off and an empty gas route. */
export function createUtilitiesStore(): UtilitiesStore {
  return createStore<UtilitiesState>()(() => ({
    rules: null,
    network: null,
    source: '',
    city: null,
    xray: false,
    radiusM: XRAY_RADIUS.initial,
    drawing: false,
    route: { type: 'gas', diameterM: 0.1, coverM: 1, points: [] },
    clashes: [],
    chosen: null,
    pointed: null,
    menuHover: false,
    menuAimed: null,
    vrMenu: null,
  }));
}

/** The draft as a line in the scene: each point hangs its cover (plus the radius) below the ground. */
export function plannedRoute(state: Pick<UtilitiesState, 'route' | 'city'>): PlannedRoute {
  const { route, city } = state;
  const r = route.diameterM / 2;
  return {
    type: route.type,
    diameterM: route.diameterM,
    points: route.points.map((p) => [
      p.x,
      (city?.groundAt(p.x, p.z) ?? 0) - (p.coverM ?? route.coverM) - r,
      p.z,
    ]),
  };
}
