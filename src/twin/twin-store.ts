import type { ComponentType } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Notice } from '../core/notice.ts';
import { LIVE_CLOCK, type TwinClock } from '../core/planning/clock.ts';
import type { Selection } from '../core/city/selection.ts';
import type { CityModel } from '../city/city-model.ts';
import type { ConnectionState } from '../sensors/mqtt-connection.ts';
import type { WalkHandle } from '../walk/walk-handle.ts';
import type { CitySource } from './city-sources.ts';

/** What a feature draws: a component inside the 3D scene (`scene`) and one over it (`overlay`). */
export interface TwinPart {
  readonly name: string;
  readonly scene?: ComponentType;
  readonly overlay?: ComponentType;
  /** The part lights the scene with its own sun (planning): the default sunlight goes out. */
  readonly sun?: boolean;
  /** Members the part adds to the automation handle `window.cityTwin` while it is registered. */
  readonly api?: Readonly<Record<string, unknown>>;
}

/** How far the city model's download has come; `total` is unknown until the server says. */
export interface LoadProgress {
  loaded: number;
  total: number | undefined;
}

/** Everything the twin's parts share, in one place: read with selectors, written only through the runtime. */
export interface TwinState {
  /** What went wrong, in order, for the notices overlay. */
  notices: readonly Notice[];
  /** The MQTT client's state, for the HUD. */
  connection: ConnectionState;
  /** The model URL asked for now ('' shows none); starts as config.city, changed by `cityTwin.loadCity`. */
  cityUrl: string;
  /** The city model shown now, once it is loaded and prepared; null while loading or without a city. */
  city: CityModel | null;
  /** The download in flight, for the loading bar; null when nothing is loading. */
  loading: LoadProgress | null;
  /** The building whose info panel is open. */
  selection: Selection | null;
  /** The mounted walk controls; null before a city is there to walk on. */
  walk: WalkHandle | null;
  /** What the registered features draw: in the 3D scene and over it. */
  parts: readonly TwinPart[];
  /** The names of the registered features, in the order they were added. */
  features: readonly string[];
  /** The twin's clock (live, or a set time playing at a speed): sun, shadows, replays read it. */
  clock: TwinClock;
  /** The language every text is shown in now: config.lang at first, switched by `runtime.setLang`. */
  lang: 'de' | 'en';
  /** Kinds of city besides glTF/GLB that features add (3D Tiles), asked in turn for each city URL. */
  citySources: readonly CitySource[];
  /** The feature holding the VR trigger (route drawing): while set, the trigger does not teleport. */
  vrTrigger: string | null;
}

/** The twin's one store (zustand's vanilla store; React binds to it through `useTwinState`). */
export type TwinStore = StoreApi<TwinState>;

/** A store for a twin that starts with `cityUrl` and the notices its settings produced. */
export function createTwinStore(
  cityUrl: string,
  notices: readonly Notice[],
  lang: 'de' | 'en' = 'de',
): TwinStore {
  return createStore<TwinState>()(() => ({
    notices,
    connection: 'connecting',
    cityUrl,
    city: null,
    loading: cityUrl ? { loaded: 0, total: undefined } : null,
    selection: null,
    walk: null,
    parts: [],
    features: [],
    clock: LIVE_CLOCK,
    lang,
    citySources: [],
    vrTrigger: null,
  }));
}
