import type { CityModel } from '../city/city-model.ts';
import type { CitySource } from './city-sources.ts';
import type { TwinPart, TwinStore } from './twin-store.ts';

/**
 * An optional part of the twin, registered with a host (the runtime): one entry point that adds what it needs
 * in `init`, and a `dispose` that removes everything `init` added. `TwinFeature` is this over the runtime.
 */
export interface Feature<Host> {
  /** Unique among the registered features; a second feature of the same name is refused. */
  readonly name: string;
  /** Register listeners, city preparers and parts with the host; keep their removers for `dispose`. */
  init(host: Host): void;
  /** Remove all `init` added and free what the feature made; called once. */
  dispose(): void;
}

/**
 * A step between loading a city model and showing it: returns the same model or one that replaces it (and then
 * owns the old one's disposal). `signal` is aborted when the load is no longer wanted.
 */
export type CityPreparer = (model: CityModel, signal: AbortSignal) => Promise<CityModel> | CityModel;

/** The registered features and what they added: parts to draw and steps before a city is shown. */
export interface FeatureRegistry<Host> {
  use(feature: Feature<Host>, host: Host): () => void;
  addPart(part: TwinPart): () => void;
  addCityPreparer(prepare: CityPreparer): () => void;
  addCitySource(source: CitySource): () => void;
  prepareCity(model: CityModel, signal: AbortSignal): Promise<CityModel>;
  /** Dispose every feature still registered, the last one first. */
  dispose(): void;
}

/** A remover that does its work once, however often it is called. */
const once = (work: () => void): (() => void) => {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    work();
  };
};

/** Features over the twin's store: `features` and `parts` are written here and nowhere else. */
export function createFeatureRegistry<Host>(store: TwinStore): FeatureRegistry<Host> {
  const features: { feature: Feature<Host>; remove: () => void }[] = [];
  const preparers: CityPreparer[] = [];
  const names = (): string[] => features.map((f) => f.feature.name);
  return {
    use(feature, host) {
      if (names().includes(feature.name))
        throw new Error(`use: a feature named "${feature.name}" is registered already`);
      const entry = {
        feature,
        remove: once(() => {
          features.splice(features.indexOf(entry), 1);
          store.setState({ features: names() });
          feature.dispose();
        }),
      };
      features.push(entry);
      store.setState({ features: names() });
      try {
        feature.init(host);
      } catch (error) {
        entry.remove();
        throw error;
      }
      return entry.remove;
    },
    addPart(part) {
      store.setState({ parts: [...store.getState().parts, part] });
      return once(() => store.setState({ parts: store.getState().parts.filter((p) => p !== part) }));
    },
    addCitySource(source) {
      store.setState({ citySources: [...store.getState().citySources, source] });
      return once(() =>
        store.setState({ citySources: store.getState().citySources.filter((s) => s !== source) }),
      );
    },
    addCityPreparer(prepare) {
      preparers.push(prepare);
      return once(() => void preparers.splice(preparers.indexOf(prepare), 1));
    },
    async prepareCity(model, signal) {
      let prepared = model;
      for (const prepare of [...preparers]) {
        if (signal.aborted) break;
        prepared = await prepare(prepared, signal);
      }
      return prepared;
    },
    dispose() {
      for (const { remove } of [...features].reverse()) remove();
    },
  };
}
