import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GuideMessage } from '../../core/exhibit/guide-message.ts';
import type { PromptState } from '../../core/exhibit/presence-message.ts';

/** How the big screen shows the visitor: through their eyes, or from above with their place and gaze. */
export type SpectatorView = 'eye' | 'above';

/** What the spectator's parts share (the poses themselves stay out of it: they come 20 times a second). */
export interface SpectatorState {
  /** Headsets heard from lately, by id. */
  live: readonly string[];
  /** The headset the staff picked; the first live one is followed while none is. */
  chosen: string | null;
  /** The headset followed now, or null: no headset. */
  followed: string | null;
  view: SpectatorView;
  /** The last suggestion sent, to which headset, and what the visitor made of it so far. */
  sent: { guide: GuideMessage; headset: string; state: PromptState | 'sent' } | null;
  connected: boolean;
}

/** The spectator's store. */
export type SpectatorStore = StoreApi<SpectatorState>;

/** A spectator that has heard of no headset yet. */
export function createSpectatorStore(): SpectatorStore {
  return createStore<SpectatorState>()(() => ({
    live: [],
    chosen: null,
    followed: null,
    view: 'eye',
    sent: null,
    connected: false,
  }));
}
