import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GuideMessage } from '../../core/exhibit/guide-message.ts';
import type { PromptState } from '../../core/exhibit/presence-message.ts';

/** Frames and messages while in VR: the rate check compares them (plain numbers, written per frame). */
export interface HeadsetCounters {
  frames: number;
  sent: number;
  /** The frame clock (ms) at the last VR frame. */
  frameMs: number;
}

/** What the headset's parts share: the guide's suggestion on show, and what the visitor made of the last one. */
export interface HeadsetState {
  /** The suggestion shown now; null when none is. */
  prompt: GuideMessage | null;
  /** The last suggestion and its state, told to the guide in each presence message. */
  answer: { id: string; state: PromptState } | null;
  /** Messages published and VR frames drawn since the page started (the rate check counts them). */
  sent: number;
  frames: number;
  /** The time of the last VR frame (ms, the frame clock), when the last message went out. */
  frameMs: number;
  connected: boolean;
  /** A taken suggestion is under way (fade, jump) or its trigger is still held: the trigger stays ours. */
  busy: boolean;
}

/** The headset's store. */
export type HeadsetStore = StoreApi<HeadsetState>;

/** A headset with no suggestion yet. */
export function createHeadsetStore(): HeadsetStore {
  return createStore<HeadsetState>()(() => ({
    prompt: null,
    answer: null,
    sent: 0,
    frames: 0,
    frameMs: 0,
    connected: false,
    busy: false,
  }));
}

/** Show a suggestion (a newer one replaces the one on show). */
export function showPrompt(store: HeadsetStore, prompt: GuideMessage): void {
  store.setState({ prompt, answer: { id: prompt.id, state: 'shown' } });
}

/** The visitor took or turned down the suggestion on show. */
export function answerPrompt(store: HeadsetStore, state: 'accepted' | 'dismissed'): void {
  const { prompt } = store.getState();
  if (prompt) store.setState({ prompt: null, answer: { id: prompt.id, state } });
}
