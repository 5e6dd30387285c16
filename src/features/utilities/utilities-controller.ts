import type { CityModel } from '../../city/city-model.ts';
import { checkRoute, type Clash } from '../../core/utilities/route-check.ts';
import { parseRoute, routeToGeoJson } from '../../core/utilities/route-geojson.ts';
import type { TwinRuntime } from '../../twin/twin-runtime.ts';
import { liesUnder, readNetwork } from './network-source.ts';
import type { UtilitiesApi } from './utilities-handle.ts';
import { createUtilitiesCity } from './utilities-city.ts';
import { plannedRoute, XRAY_RADIUS, type UtilitiesState, type UtilitiesStore } from './utilities-state.ts';

/** What the panel and the handle do with the feature's state. */
export interface UtilitiesController {
  readonly api: UtilitiesApi;
  /** Show this network JSON (under every city from now on); throws at the place that is wrong, keeping the old. */
  useNetwork(json: unknown, file: string, fromConfig?: boolean): number;
  /** Look at a clash from above, with the ground cut open. */
  jumpTo(index: number): boolean;
  /** Look straight down at a point from `heightM` above it; false before there are walk controls. */
  view(at: readonly [number, number, number], heightM: number): boolean;
  dispose(): void;
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));

/** Keep the network placed under whichever city is shown, and the route's check up to date. */
export function createUtilitiesController(runtime: TwinRuntime, store: UtilitiesStore): UtilitiesController {
  let source: { json: unknown; file: string } | null = null;

  /** Place the kept network under `model`; a sample network for another city is left out without a word. */
  const place = (model: CityModel | null, strict: boolean): void => {
    const before = store.getState().city;
    let network = null;
    if (source && model) {
      try {
        network = readNetwork(source.json, source.file, model);
        if (network.sample && !liesUnder(network, model)) network = null;
      } catch (error) {
        const sample = (source.json as { sample?: unknown } | null)?.sample === true;
        if (strict) throw error;
        if (!sample)
          runtime.addNotice({
            code: 'utilities.failed',
            params: { url: source.file, reason: error instanceof Error ? error.message : String(error) },
            severity: 'warning',
          });
        network = null;
      }
    }
    store.setState({
      network,
      source: source?.file ?? '',
      city: model ? createUtilitiesCity(model, network) : null,
      pointed: null,
    });
    before?.dispose();
  };

  const unsubscribeCity = runtime.store.subscribe((state, previous) => {
    if (state.city !== previous.city) place(state.city, false);
  });
  const check = (state: UtilitiesState): readonly Clash[] =>
    state.city && state.rules && state.route.points.length >= 2
      ? checkRoute(plannedRoute(state), {
          network: state.city.index,
          rules: state.rules,
          buildings: state.city.buildings(),
          groundAt: state.city.groundAt,
        })
      : [];
  // While drawing, the VR trigger places points, and while a ray rests on the wrist menu it presses buttons:
  // it must not teleport as well.
  let giveBackTrigger: (() => void) | null = null;
  const unsubscribeDrawing = store.subscribe((state, previous) => {
    const wanted = state.drawing || state.menuHover;
    if (wanted === (previous.drawing || previous.menuHover)) return;
    giveBackTrigger?.();
    giveBackTrigger = wanted ? runtime.claimVrTrigger('utilities') : null;
  });
  const unsubscribeCheck = store.subscribe((state, previous) => {
    if (state.route === previous.route && state.city === previous.city && state.rules === previous.rules)
      return;
    store.setState({ clashes: check(state), chosen: null });
  });

  const controller: UtilitiesController = {
    useNetwork(json, file, fromConfig = false) {
      const kept = source;
      source = { json, file };
      try {
        place(runtime.store.getState().city, !fromConfig);
      } catch (error) {
        source = kept;
        throw error;
      }
      return store.getState().network?.lines.length ?? 0;
    },
    jumpTo(index) {
      const clash = store.getState().clashes[index];
      if (!clash) return false;
      store.setState({ chosen: index, xray: true });
      return controller.view(clash.at, 7);
    },
    view([x, y, z], heightM) {
      const walk = runtime.store.getState().walk;
      // A hair south of straight above: north stays up on the screen.
      walk?.lookFrom([x, y + heightM, z + 0.01], [x, y, z]);
      return walk !== null;
    },
    api: {
      utilities: {
        load: (geojson, file = 'network.geojson') => ({ lines: controller.useNetwork(geojson, file) }),
        list: () =>
          (store.getState().city?.lines ?? []).map((l) => ({
            id: l.id,
            type: l.type,
            owner: l.owner,
            diameterM: l.radiusM * 2,
            points: l.points.map((p) => [...p]),
          })),
        sample: () => store.getState().network?.sample ?? false,
        xray(on, radiusM) {
          if (on !== undefined) store.setState({ xray: on });
          if (radiusM !== undefined)
            store.setState({ radiusM: clamp(radiusM, XRAY_RADIUS.min, XRAY_RADIUS.max) });
          return { on: store.getState().xray, radiusM: store.getState().radiusM };
        },
        draw: (on) => store.setState({ drawing: on }),
        drawing: () => store.getState().drawing,
        route: () => store.getState().route,
        setRoute: (route) => store.setState({ route: { ...store.getState().route, ...route } }),
        clashes: () => [...store.getState().clashes],
        choose: (n) => controller.jumpTo(n),
        view: (at, heightM = 8) => controller.view(at, heightM),
        save: () => routeToGeoJson(store.getState().route, store.getState().clashes),
        open(geojson, file = 'route.geojson') {
          const route = parseRoute(geojson, file);
          store.setState({ route });
          return route;
        },
        vrMenu: () => store.getState().vrMenu?.() ?? null,
        pointed: () => {
          const p = store.getState().pointed;
          return p && { lineId: p.lineId, depthM: p.depthM };
        },
      },
      checkRoute(route) {
        const { city, rules } = store.getState();
        if (!city || !rules) return [];
        return checkRoute(route, {
          network: city.index,
          rules,
          buildings: city.buildings(),
          groundAt: city.groundAt,
        });
      },
    },
    dispose() {
      unsubscribeCity();
      unsubscribeCheck();
      unsubscribeDrawing();
      giveBackTrigger?.();
      store.getState().city?.dispose();
      store.setState({ city: null });
    },
  };
  // A city may be shown already when the feature starts.
  place(runtime.store.getState().city, false);
  return controller;
}
