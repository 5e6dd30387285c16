import type { CityModel } from '../city/city-model.ts';
import type { CityPreparer, TwinFeature, TwinPart } from './twin-feature.ts';
import type { TwinRuntime } from './twin-runtime.ts';
import type { TwinStore } from './twin-store.ts';

/** The registered features and what they added: parts to draw and steps before a city is shown. */
export interface FeatureRegistry {
  use(feature: TwinFeature, runtime: TwinRuntime): () => void;
  addPart(part: TwinPart): () => void;
  addCityPreparer(prepare: CityPreparer): () => void;
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
export function createFeatureRegistry(store: TwinStore): FeatureRegistry {
  const features: { feature: TwinFeature; remove: () => void }[] = [];
  const preparers: CityPreparer[] = [];
  const names = (): string[] => features.map((f) => f.feature.name);
  return {
    use(feature, runtime) {
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
        feature.init(runtime);
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
