import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialIdle, nextIdle, type IdleEvent, type IdleState } from '../../core/exhibit/idle.ts';
import type { TwinRuntime } from '../../twin/twin-runtime.ts';

/** What the stand's parts share: who has the stand, the attract loop's stop, the operator panel. */
export interface StandState {
  idle: IdleState;
  timeoutMs: number;
  /** The stand clock (ms) when the attract loop last began. */
  attractSince: number;
  /** The viewpoint the attract loop shows now (its caption). */
  stop: number;
  operator: 'closed' | 'pin' | 'open';
  /** Times the stand returned to its attract loop (each time panels closed and the visitor was reset). */
  resets: number;
  /** The language each visitor starts in (the operator may change it for the day). */
  defaultLang: 'de' | 'en';
}

/** The stand's state and the clock it runs on; `advance` fast-forwards that clock (the soak, the tests). */
export interface Stand {
  readonly store: StoreApi<StandState>;
  now(): number;
  advance(ms: number): void;
  /** A visitor did something (the overlay's start button calls this too). */
  input(): void;
  /** The operator's reset: back to the attract loop at once. */
  reset(): void;
  setTimeoutSeconds(seconds: number): void;
  setOperator(operator: StandState['operator']): void;
  setDefaultLang(lang: 'de' | 'en'): void;
  dispose(): void;
}

/** Options of the stand. */
export interface StandOptions {
  timeoutSeconds: number;
  /** The viewpoint a visitor starts at after a reset. */
  startViewpoint: string;
  /** Ms between idle checks. */
  tickMs: number;
}

/** Ninety seconds, as the stand staff asked; the Marktplatz, where the twin always starts. */
export const STAND_DEFAULTS: StandOptions = { timeoutSeconds: 90, startViewpoint: 'marktplatz', tickMs: 500 };

// Pointer, touch, wheel and keys: anything a visitor does at a screen. Only real input counts (isTrusted), so
// the Escape the stand itself sends to close panels does not count as a visitor.
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Watch for visitors, run the idle clock, and reset the twin whenever the attract loop returns. */
export function createStand(runtime: TwinRuntime, partial: Partial<StandOptions> = {}): Stand {
  const o = { ...STAND_DEFAULTS, ...partial };
  if (!(o.timeoutSeconds > 0))
    throw new Error(`stand: Requires a timeout above 0 s, not ${o.timeoutSeconds}`);
  let offset = 0;
  const now = (): number => Date.now() + offset;
  const store = createStore<StandState>()(() => ({
    idle: initialIdle(now()),
    timeoutMs: o.timeoutSeconds * 1000,
    attractSince: now(),
    stop: 0,
    operator: 'closed',
    resets: 0,
    defaultLang: runtime.config.lang,
  }));
  const resetTwin = (): void => {
    runtime.select(null);
    // Escape closes every panel that listens for it (help, info); it is not trusted, so it is no visitor.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape' }));
    const walk = runtime.store.getState().walk;
    const start = walk?.viewpoints().find((v) => v.id === o.startViewpoint) ?? walk?.viewpoints()[0];
    if (start) walk?.goTo(start.id);
    runtime.setLang(store.getState().defaultLang);
  };
  const send = (event: IdleEvent): void => {
    const before = store.getState();
    const idle = nextIdle(before.idle, event, before.timeoutMs);
    if (idle === before.idle) return;
    if (before.idle.mode === 'visitor' && idle.mode === 'attract') {
      store.setState({
        idle,
        attractSince: event.at,
        stop: 0,
        operator: 'closed',
        resets: before.resets + 1,
      });
      resetTwin();
    } else store.setState({ idle });
  };
  const onInput = (e: Event): void => {
    if (e.isTrusted) send({ type: 'input', at: now() });
  };
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  const unsubscribeXR = runtime.xr.subscribe((state, previous) => {
    if (Boolean(state.session) !== Boolean(previous.session))
      send({ type: 'presenting', on: Boolean(state.session), at: now() });
  });
  const timer = setInterval(() => send({ type: 'tick', at: now() }), o.tickMs);
  return {
    store,
    now,
    advance(ms) {
      offset += ms;
      send({ type: 'tick', at: now() });
    },
    input: () => send({ type: 'input', at: now() }),
    reset() {
      void runtime.xr.getState().session?.end();
      send({ type: 'reset', at: now() });
    },
    setTimeoutSeconds(seconds) {
      if (seconds > 0) store.setState({ timeoutMs: seconds * 1000 });
    },
    setOperator: (operator) => store.setState({ operator }),
    setDefaultLang(lang) {
      store.setState({ defaultLang: lang });
      runtime.setLang(lang);
    },
    dispose() {
      clearInterval(timer);
      unsubscribeXR();
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    },
  };
}
