import { createContext } from 'react';
import type { i18n } from 'i18next';
import type { TwinRuntime } from './twin-runtime.ts';

/** The runtime and the translator, for every component below the app. */
export const TwinContext = createContext<{ runtime: TwinRuntime; i18n: i18n } | null>(null);
