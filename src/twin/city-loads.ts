import type { CityModel } from '../city/city-model.ts';
import type { TwinStore } from './twin-store.ts';

/** Frames a shown city must have been drawn before it counts as drawn: the first compiles, the second shows. */
const FRAMES_TO_DRAWN = 2;

/** The city's way from a URL to pixels, as the scene reports it, and the promises that wait on it. */
export interface CityLoads {
  /** Resolves once the first city has been drawn. */
  readonly ready: Promise<void>;
  /** Ask for another model ('' for none): resolves once it is drawn (or gone), rejects with why it cannot be. */
  load(url: string): Promise<void>;
  /** The model's download has come this far. */
  progress(loaded: number, total: number | undefined): void;
  /** The model is loaded, prepared and in the scene. */
  shown(model: CityModel): void;
  /** The model has left the scene and was freed. */
  gone(model: CityModel): void;
  /** The model at `url` cannot be shown, for `reason`. */
  failed(url: string, reason: string): void;
  /** One more frame was drawn. */
  frameDrawn(): void;
  /** Be told each time a city has been drawn; returns the unsubscribe. */
  onDrawn(listener: () => void): () => void;
  dispose(): void;
}

interface Waiter {
  url: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Loads over the twin's store: `cityUrl`, `city` and `loading` are written here and nowhere else. */
export function createCityLoads(store: TwinStore): CityLoads {
  const waiting: Waiter[] = [];
  const drawnListeners = new Set<() => void>();
  let framesShown = -1;
  // The URL of the city on screen, which a failed load hands `cityUrl` back to.
  let shownUrl = '';
  let resolveReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const settle = (which: (w: Waiter) => boolean, how: (w: Waiter) => void): void => {
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = waiting[i]!;
      if (!which(w)) continue;
      waiting.splice(i, 1);
      how(w);
    }
  };
  return {
    ready,
    load(url) {
      const current = store.getState().cityUrl;
      if (url === current) return Promise.resolve();
      settle(
        (w) => w.url !== url,
        (w) =>
          w.reject(
            new Error(`loadCity: ${w.url || "''"} was replaced by ${url || "''"} before it was shown`),
          ),
      );
      framesShown = -1;
      store.setState({ cityUrl: url, loading: url ? { loaded: 0, total: undefined } : null });
      return new Promise<void>((resolve, reject) => waiting.push({ url, resolve, reject }));
    },
    progress(loaded, total) {
      store.setState({ loading: { loaded, total } });
    },
    shown(model) {
      framesShown = 0;
      shownUrl = store.getState().cityUrl;
      store.setState({ city: model, loading: null });
    },
    gone(model) {
      if (store.getState().city !== model) return;
      framesShown = -1;
      shownUrl = '';
      store.setState({ city: null });
    },
    failed(url, reason) {
      if (store.getState().cityUrl === url) store.setState({ loading: null, cityUrl: shownUrl });
      settle(
        (w) => w.url === url,
        (w) => w.reject(new Error(reason)),
      );
    },
    frameDrawn() {
      const { city, cityUrl } = store.getState();
      // Unloading is done once a frame has been drawn without the old city.
      if (cityUrl === '' && city === null)
        settle(
          (w) => w.url === '',
          (w) => w.resolve(),
        );
      if (framesShown < 0 || framesShown >= FRAMES_TO_DRAWN || !city) return;
      if (++framesShown < FRAMES_TO_DRAWN) return;
      settle(
        (w) => w.url === cityUrl,
        (w) => w.resolve(),
      );
      resolveReady();
      for (const listener of [...drawnListeners]) listener();
    },
    onDrawn(listener) {
      drawnListeners.add(listener);
      return () => void drawnListeners.delete(listener);
    },
    dispose() {
      settle(
        () => true,
        (w) => w.reject(new Error('loadCity: the twin was closed')),
      );
      drawnListeners.clear();
    },
  };
}
