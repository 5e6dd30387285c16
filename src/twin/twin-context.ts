import { createContext } from 'react';
import type { TFunction } from 'i18next';
import type { TwinRuntime } from './twin-runtime.ts';

/** What every component below the app gets: the runtime and the translate function, both made once. */
export interface TwinContextValue {
  readonly runtime: TwinRuntime;
  readonly t: TFunction;
}

/** The twin for the components below `<App>`; the value is created once in main and never changes. */
export const TwinContext = createContext<TwinContextValue | null>(null);
