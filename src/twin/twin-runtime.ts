import type { XRStore } from '@react-three/xr';
import type { TwinConfig } from '../core/config.ts';
import type { Notice } from '../core/notice.ts';
import { clockTime, setClock } from '../core/planning/clock.ts';
import { followReplay } from '../core/exhibit/replay-clock.ts';
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
  /** Show every text in this language from now on (the stand's English toggle). */
  setLang(lang: 'de' | 'en'): void;
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
  /** Apply the sensor worker's latest batch to the colour lookup and advance its fades; called once per frame. */
  tick(seconds: number): void;
  /** Keep the last frame's figures, and tell waiting loads once a city has been drawn. */
  recordFrame(seconds: number, drawCalls: number, triangles: number): void;
  /** Set the twin's clock: 'live', or a time (ms) that stands (speed 0) or plays (twin s per real s). */
  setClock(time: number | 'live', speed?: number): void;
  /** The twin's time now (ms since 1970, UTC). */
  time(): number;
  dispose(): Promise<void>;
}

/** The building id at each feature index (null where a streamed city's index is free): the worker's order. */
const featureIds = (city: CityModel): (string | null)[] =>
  Array.from({ length: city.buildings.count }, (_, i) => city.buildings.at(i)?.id ?? null);

/** Start the sensor feed at once (it needs no city), and colour whichever city the store shows. */
export function createTwinRuntime(
  config: TwinConfig,
  registry: readonly RegistryEntry[],
  initialNotices: readonly Notice[],
): TwinRuntime {
  const store = createTwinStore(config.city, initialNotices, config.lang);
  const feed = createSensorFeed({
    config,
    registry,
    pageUrl: location.href,
    now: () => Date.now(),
    onConnection: (connection) => store.setState({ connection }),
    onRestart: (restarts) =>
      runtime.addNotice({
        code: 'sensors.worker-restarted',
        params: { count: restarts },
        severity: 'warning',
      }),
    onProblem: (url, reason) =>
      runtime.addNotice({ code: 'sensorthings.failed', params: { url, reason }, severity: 'warning' }),
    onReplayClock: (replay) =>
      store.setState({ clock: followReplay(store.getState().clock, replay, Date.now()) }),
  });
  const frame: FrameFigures = { ms: 0, drawCalls: 0, triangles: 0, count: 0 };
  const loads = createCityLoads(store);
  const features = createFeatureRegistry<TwinRuntime>(store);
  const xr = createTwinXRStore();
  if (config.time !== 'live')
    store.setState({ clock: setClock(store.getState().clock, config.time, Date.now(), 0) });
  const unsubscribeCity = store.subscribe((state, previous) => {
    // A newly shown city takes every building's current value from the worker's next batch.
    if (state.city !== previous.city && state.city)
      feed.showCity(featureIds(state.city), state.city.bounds().slice());
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
    setLang(lang) {
      if (store.getState().lang !== lang) store.setState({ lang });
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
    paintBuildings() {
      // The sensor worker colours by feature index: a table that grew (a tile brought new buildings) is sent
      // again whole, and the next batch carries the colours of every building in it.
      const city = store.getState().city;
      if (city) feed.showCity(featureIds(city), city.bounds().slice());
    },
    claimVrTrigger(name) {
      store.setState({ vrTrigger: name });
      return () => {
        if (store.getState().vrTrigger === name) store.setState({ vrTrigger: null });
      };
    },
    prepareCity: (model, signal) => features.prepareCity(model, signal),
    tick(seconds) {
      const batch = feed.takeBatch();
      const city = store.getState().city;
      if (!city) return;
      if (batch) city.colours.setTargets(batch.features, batch.colours);
      city.colours.tick(seconds);
    },
    recordFrame(seconds, drawCalls, triangles) {
      frame.ms = frame.ms === 0 ? seconds * 1000 : frame.ms * 0.9 + seconds * 100;
      frame.drawCalls = drawCalls;
      frame.triangles = triangles;
      frame.count++;
      loads.frameDrawn();
    },
    setClock(time, speed) {
      store.setState({ clock: setClock(store.getState().clock, time, Date.now(), speed) });
    },
    time: () => clockTime(store.getState().clock, Date.now()),
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
