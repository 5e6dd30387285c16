import type { TwinConfig } from '../core/config.ts';
import type { Notice } from '../core/notice.ts';
import { NO_DATA_HEX, colourFor } from '../core/colour/colour-scale.ts';
import type { RegistryEntry } from '../core/sensors/registry.ts';
import type { CityModel } from '../city/city-model.ts';
import type { ConnectionState } from '../sensors/mqtt-connection.ts';
import { createSensorFeed, type SensorFeed } from '../sensors/sensor-feed.ts';
import { createObservable, type Observable } from '../app/observable.ts';

/** Frame figures the renderer reports each frame. */
export interface FrameFigures {
  ms: number;
  drawCalls: number;
  triangles: number;
}

/** The twin outside React: config, notices, the sensor feed, the city and what ties them together per frame. */
export interface TwinRuntime {
  readonly config: TwinConfig;
  readonly notices: Observable<readonly Notice[]>;
  readonly connection: Observable<ConnectionState>;
  readonly city: Observable<CityModel | null>;
  /** The model URL shown now; starts as config.city, changed by `cityTwin.loadCity`. */
  readonly cityUrl: Observable<string>;
  readonly feed: SensorFeed;
  readonly frame: FrameFigures;
  addNotice(notice: Notice): void;
  /** Apply sensor changes to the colour lookup and advance its fades; called once per frame. */
  tick(seconds: number, now: number): void;
  /** Keep the last frame's figures: a smoothed frame time, draw calls and triangles. */
  recordFrame(seconds: number, drawCalls: number, triangles: number): void;
  dispose(): Promise<void>;
}

const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Start the sensor feed at once (it needs no city), and colour whichever city is attached. */
export function createTwinRuntime(
  config: TwinConfig,
  registry: readonly RegistryEntry[],
  initialNotices: readonly Notice[],
): TwinRuntime {
  const notices = createObservable<readonly Notice[]>(initialNotices);
  const connection = createObservable<ConnectionState>('connecting');
  const city = createObservable<CityModel | null>(null);
  const cityUrl = createObservable<string>(config.city);
  const noData = hexToRgb(NO_DATA_HEX);
  const feed = createSensorFeed({
    config,
    registry,
    pageUrl: location.href,
    now: () => Date.now(),
    onConnection: (state) => connection.set(state),
  });
  const frame: FrameFigures = { ms: 0, drawCalls: 0, triangles: 0 };
  let attached: CityModel | null = null;
  city.subscribe(() => {
    attached = city.get();
    if (!attached) return;
    // A newly attached city takes every building's current value, not only later changes.
    const now = Date.now();
    for (const id of attached.buildings.ids()) paint(attached, id, now);
  });
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
  return {
    config,
    notices,
    connection,
    city,
    cityUrl,
    feed,
    frame,
    addNotice(notice) {
      const list = notices.get();
      if (
        list.some((n) => n.code === notice.code && JSON.stringify(n.params) === JSON.stringify(notice.params))
      )
        return;
      notices.set([...list, notice]);
    },
    tick(seconds, now) {
      const changed = feed.state.takeChangedBuildings(now);
      if (!attached) return;
      for (const id of changed) paint(attached, id, now);
      attached.colours.tick(seconds);
    },
    recordFrame(seconds, drawCalls, triangles) {
      frame.ms = frame.ms === 0 ? seconds * 1000 : frame.ms * 0.9 + seconds * 100;
      frame.drawCalls = drawCalls;
      frame.triangles = triangles;
    },
    async dispose() {
      await feed.dispose();
      city.set(null);
    },
  };
}
