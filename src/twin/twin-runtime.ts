import type { XRStore } from '@react-three/xr';
import type { TwinConfig } from '../core/config.ts';
import type { Notice } from '../core/notice.ts';
import { NO_DATA_HEX, colourFor } from '../core/colour/colour-scale.ts';
import { sameSelection, type Selection } from '../core/city/selection.ts';
import type { RegistryEntry } from '../core/sensors/registry.ts';
import type { CityModel } from '../city/city-model.ts';
import { createSensorFeed, type SensorFeed } from '../sensors/sensor-feed.ts';
import { createWalkInput, type WalkInput } from '../walk/walk-input.ts';
import type { WalkHandle } from '../walk/walk-handle.ts';
import { createTwinXRStore } from '../xr/xr-store.ts';
import { createCityLoads, type CityLoads } from './city-loads.ts';
import type { CitySource } from './city-sources.ts';
import { createFeatureRegistry, type CityPreparer, type Feature } from './feature-registry.ts';
import { createTwinStore, type TwinPart, type TwinStore } from './twin-store.ts';

/**
 * An optional part of the twin (the footprint layer, 3D Tiles, planning, exhibit mode): one entry point that
 * registers with the runtime in `init`, and a `dispose` that removes everything `init` added.
 */
export type TwinFeature = Feature<TwinRuntime>;

/** Frame figures the renderer reports each frame. */
export interface FrameFigures {
  ms: number;
  drawCalls: number;
  triangles: number;
  /** Frames drawn since the page started: something a test can wait for. */
  count: number;
}

/** The twin outside React: config, the one store, the sensor feed, and what ties them together per frame. */
export interface TwinRuntime {
  readonly config: TwinConfig;
  readonly store: TwinStore;
  readonly feed: SensorFeed;
  readonly frame: FrameFigures;
  /** DOM input waiting for the walk controls' next frame. */
  readonly input: WalkInput;
  /** The WebXR session store; destroyed with the runtime. */
  readonly xr: XRStore;
  /** City loads in flight and the promise of the first city drawn. */
  readonly loads: CityLoads;
  addNotice(notice: Notice): void;
  /** Open the info panel of a building (null closes it); a selection equal to the current one changes nothing. */
  select(next: Selection | null): void;
  /** Make these the walk controls everyone uses; the returned function unmounts them (if still mounted). */
  mountWalk(handle: WalkHandle): () => void;
  /** Show another model ('' shows none): resolves once it is drawn, rejects with the reason it cannot be shown. */
  loadCity(url: string): Promise<void>;
  /** Register an optional feature: `init` now, `dispose` through the returned function or with the runtime. */
  use(feature: TwinFeature): () => void;
  /** Draw a part in the scene and/or over it until the returned function removes it. */
  addPart(part: TwinPart): () => void;
  /** Run a step between loading a city and showing it, until the returned function removes it. */
  addCityPreparer(prepare: CityPreparer): () => void;
  /** Show the cities at the URLs `source` accepts with its scene, until the returned function removes it. */
  addCitySource(source: CitySource): () => void;
  /** Paint these buildings of the shown city from their sensors' current state (a tile brought them in). */
  paintBuildings(ids: Iterable<string>): void;
  /** Take the VR trigger for `name` (no teleport while held) until the returned function gives it back. */
  claimVrTrigger(name: string): () => void;
  /** Run every city preparer, in the order they were added, on a freshly loaded model. */
  prepareCity(model: CityModel, signal: AbortSignal): Promise<CityModel>;
  /** Apply sensor changes to the colour lookup and advance its fades; called once per frame. */
  tick(seconds: number, now: number): void;
  /** Keep the last frame's figures, and tell waiting loads once a city has been drawn. */
  recordFrame(seconds: number, drawCalls: number, triangles: number): void;
  dispose(): Promise<void>;
}

const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Start the sensor feed at once (it needs no city), and colour whichever city the store shows. */
export function createTwinRuntime(
  config: TwinConfig,
  registry: readonly RegistryEntry[],
  initialNotices: readonly Notice[],
): TwinRuntime {
  const store = createTwinStore(config.city, initialNotices);
  const noData = hexToRgb(NO_DATA_HEX);
  const feed = createSensorFeed({
    config,
    registry,
    pageUrl: location.href,
    now: () => Date.now(),
    onConnection: (connection) => store.setState({ connection }),
  });
  const frame: FrameFigures = { ms: 0, drawCalls: 0, triangles: 0, count: 0 };
  const loads = createCityLoads(store);
  const features = createFeatureRegistry<TwinRuntime>(store);
  const xr = createTwinXRStore();
  const paint = (model: CityModel, buildingId: string, now: number): void => {
    const index = model.buildings.indexOf(buildingId);
    if (index === undefined) return;
    const value = feed.state.building(buildingId, now);
    const rgb =
      value.state === 'live' && value.celsius !== null
        ? colourFor(value.celsius, config.scale)
        : value.state === 'stale'
          ? noData
          : null;
    model.colours.setTarget(index, rgb);
  };
  const unsubscribeCity = store.subscribe((state, previous) => {
    if (state.city === previous.city || !state.city) return;
    // A newly shown city takes every building's current value, not only later changes.
    const now = Date.now();
    for (const id of state.city.buildings.ids()) paint(state.city, id, now);
  });
  const runtime: TwinRuntime = {
    config,
    store,
    feed,
    frame,
    input: createWalkInput(),
    xr,
    loads,
    addNotice(notice) {
      const list = store.getState().notices;
      const params = JSON.stringify(notice.params);
      if (list.some((n) => n.code === notice.code && JSON.stringify(n.params) === params)) return;
      store.setState({ notices: [...list, notice] });
    },
    select(next) {
      if (!sameSelection(store.getState().selection, next)) store.setState({ selection: next });
    },
    mountWalk(handle) {
      store.setState({ walk: handle });
      return () => {
        if (store.getState().walk === handle) store.setState({ walk: null });
      };
    },
    loadCity: (url) => loads.load(url),
    use: (feature) => features.use(feature, runtime),
    addPart: (part) => features.addPart(part),
    addCityPreparer: (prepare) => features.addCityPreparer(prepare),
    addCitySource: (source) => features.addCitySource(source),
    paintBuildings(ids) {
      const city = store.getState().city;
      const now = Date.now();
      if (city) for (const id of ids) paint(city, id, now);
    },
    claimVrTrigger(name) {
      store.setState({ vrTrigger: name });
      return () => {
        if (store.getState().vrTrigger === name) store.setState({ vrTrigger: null });
      };
    },
    prepareCity: (model, signal) => features.prepareCity(model, signal),
    tick(seconds, now) {
      const changed = feed.state.takeChangedBuildings(now);
      const city = store.getState().city;
      if (!city) return;
      for (const id of changed) paint(city, id, now);
      city.colours.tick(seconds);
    },
    recordFrame(seconds, drawCalls, triangles) {
      frame.ms = frame.ms === 0 ? seconds * 1000 : frame.ms * 0.9 + seconds * 100;
      frame.drawCalls = drawCalls;
      frame.triangles = triangles;
      frame.count++;
      loads.frameDrawn();
    },
    async dispose() {
      unsubscribeCity();
      features.dispose();
      loads.dispose();
      xr.destroy();
      await feed.dispose();
      store.setState({ city: null, walk: null, selection: null });
    },
  };
  return runtime;
}
