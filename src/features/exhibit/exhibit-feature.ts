import { createElement } from 'react';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { AttractCamera } from './AttractCamera.tsx';
import { createStand, type Stand } from './stand.ts';
import { StandOverlay } from './StandOverlay.tsx';
import './exhibit.css';

/** What the stand is told by the config. */
export interface ExhibitOptions {
  /** Seconds without input before the attract loop returns. */
  idleTimeout: number;
  /** The operator panel's PIN; empty keeps the panel locked. */
  operatorPin: string;
}

/** The handle a test or the soak bench drives the stand with: its state, and a clock to fast-forward. */
export interface StandApi {
  state(): { mode: string; visits: number; resets: number; stop: number; timeoutMs: number };
  /** Move the stand's clock on (the idle timeout passes without waiting for it). */
  advance(ms: number): void;
  reset(): void;
}

declare global {
  interface Window {
    cityTwinStand?: StandApi;
  }
}

const api = (stand: Stand): StandApi => ({
  state() {
    const s = stand.store.getState();
    return {
      mode: s.idle.mode,
      visits: s.idle.visits,
      resets: s.resets,
      stop: s.stop,
      timeoutMs: s.timeoutMs,
    };
  },
  advance: (ms) => stand.advance(ms),
  reset: () => stand.reset(),
});

/**
 * The trade-fair stand (`?mode=exhibit`): no developer UI, large type, German with an English toggle, an
 * attract loop over the viewpoints while nobody is there, and a hidden operator panel.
 */
export function createExhibitFeature(options: ExhibitOptions): TwinFeature {
  const removers: (() => void)[] = [];
  return {
    name: 'exhibit',
    init(runtime) {
      const stand = createStand(runtime, { timeoutSeconds: options.idleTimeout });
      removers.push(() => stand.dispose());
      // The page's look changes with the stand's mode (exhibit.css): the loop hides the walk controls.
      const root = document.documentElement;
      const mark = (): void => root.setAttribute('data-stand', stand.store.getState().idle.mode);
      root.classList.add('exhibit');
      mark();
      removers.push(stand.store.subscribe(mark));
      removers.push(() => {
        root.classList.remove('exhibit');
        root.removeAttribute('data-stand');
      });
      // A first touch asks for full screen (browsers allow it only from a gesture); a refusal changes nothing.
      const fullscreen = (e: Event): void => {
        if (e.isTrusted && !document.fullscreenElement)
          void root.requestFullscreen?.({ navigationUI: 'hide' }).catch(() => undefined);
      };
      window.addEventListener('pointerup', fullscreen);
      removers.push(() => window.removeEventListener('pointerup', fullscreen));
      window.cityTwinStand = api(stand);
      removers.push(() => delete window.cityTwinStand);
      const ExhibitScene = () => createElement(AttractCamera, { stand });
      const ExhibitOverlay = () => createElement(StandOverlay, { stand, pin: options.operatorPin });
      removers.push(runtime.addPart({ name: 'exhibit', scene: ExhibitScene, overlay: ExhibitOverlay }));
    },
    dispose() {
      for (const remove of removers.splice(0).reverse()) remove();
    },
  };
}
