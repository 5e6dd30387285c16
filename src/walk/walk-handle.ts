import type { Viewpoint } from '../core/city/city-extras.ts';

/** The walking state the automation handle and the overlay read. */
export interface WalkState {
  mode: 'desktop' | 'vr';
  feet: [number, number, number];
  grounded: boolean;
  headingDeg: number;
  pitchDeg: number;
  autoWalk: [number, number, number] | null;
  walkSeconds: number;
  walkedMetres: number;
  teleport: { state: 'idle' | 'valid' | 'invalid'; point: [number, number, number] | null };
  teleports: number;
  snapTurns: number;
  vignette: number;
}

/** What the walk controls offer to the rest of the app while they are mounted. */
export interface WalkHandle {
  viewpoints(): Viewpoint[];
  /** Jump to a named viewpoint (desktop or VR); false if there is none by that id. */
  goTo(id: string): boolean;
  /** Put the desktop eye somewhere (afloat, not settled on the ground) looking at a point. */
  lookFrom(eye: [number, number, number], target: [number, number, number]): void;
  state(): WalkState;
}

let current: WalkHandle | null = null;
const listeners = new Set<() => void>();

/** The mounted walk controls, or null before the city has loaded. */
export function activeWalk(): WalkHandle | null {
  return current;
}

/** Mount (or with null, unmount) the walk controls; tells subscribers. */
export function setActiveWalk(handle: WalkHandle | null): void {
  current = handle;
  for (const listener of listeners) listener();
}

/** Be told when the walk controls mount or unmount; returns the unsubscribe. */
export function subscribeActiveWalk(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
