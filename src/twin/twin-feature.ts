import type { ComponentType } from 'react';
import type { CityModel } from '../city/city-model.ts';
import type { TwinRuntime } from './twin-runtime.ts';

/**
 * An optional part of the twin (the footprint layer, 3D Tiles, planning, exhibit mode): one entry point that
 * registers with the runtime in `init` and a `dispose` that removes everything `init` added.
 */
export interface TwinFeature {
  /** Unique among the registered features; a second feature of the same name is refused. */
  readonly name: string;
  /** Register listeners, city preparers and parts with the runtime; keep their removers for `dispose`. */
  init(runtime: TwinRuntime): void;
  /** Remove all `init` added and free what the feature made; the runtime calls it once. */
  dispose(): void;
}

/** What a feature draws: a component inside the 3D scene (`scene`) and one over it (`overlay`). */
export interface TwinPart {
  readonly name: string;
  readonly scene?: ComponentType;
  readonly overlay?: ComponentType;
}

/**
 * A step between loading a city model and showing it: returns the same model or one that replaces it (and then
 * owns the old one's disposal). `signal` is aborted when the load is no longer wanted.
 */
export type CityPreparer = (model: CityModel, signal: AbortSignal) => Promise<CityModel> | CityModel;
