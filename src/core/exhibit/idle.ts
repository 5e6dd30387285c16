/** Who has the stand: the attract loop, or a visitor (by touch, key, mouse or headset). */
export type IdleMode = 'attract' | 'visitor';

/** The idle state machine's state; times are epoch ms from whatever clock the caller injects. */
export interface IdleState {
  readonly mode: IdleMode;
  /** When the last input came (or the headset session ended). */
  readonly lastInput: number;
  /** A headset session is on: a visitor is there even without buttons pressed. */
  readonly presenting: boolean;
  /** Visitor sessions begun since the start (the soak counts them). */
  readonly visits: number;
}

/** What happens at the stand. */
export type IdleEvent =
  | { type: 'input'; at: number }
  | { type: 'presenting'; on: boolean; at: number }
  | { type: 'tick'; at: number }
  | { type: 'reset'; at: number };

/** The stand starts in the attract loop. */
export function initialIdle(at: number): IdleState {
  return { mode: 'attract', lastInput: at, presenting: false, visits: 0 };
}

/**
 * The next state: any input or a headset session takes over at once; `timeoutMs` without input (and no headset
 * on) returns to the attract loop; `reset` (the operator's button) returns at once. Unchanged state is returned
 * as the same object, so a caller can compare by identity.
 */
export function nextIdle(state: IdleState, event: IdleEvent, timeoutMs: number): IdleState {
  if (!(timeoutMs > 0)) throw new Error(`nextIdle: Requires a timeout above 0 ms, not ${timeoutMs}`);
  switch (event.type) {
    case 'input':
    case 'presenting': {
      const presenting = event.type === 'presenting' ? event.on : state.presenting;
      const visits = state.mode === 'attract' && (event.type === 'input' || presenting) ? 1 : 0;
      return {
        mode: visits > 0 ? 'visitor' : state.mode,
        lastInput: event.at,
        presenting,
        visits: state.visits + visits,
      };
    }
    case 'tick':
      if (state.mode === 'visitor' && !state.presenting && event.at - state.lastInput >= timeoutMs)
        return { ...state, mode: 'attract' };
      return state;
    case 'reset':
      return state.mode === 'attract' && !state.presenting
        ? state
        : { ...state, mode: 'attract', presenting: false, lastInput: event.at };
  }
}

/** Seconds left before the attract loop returns (0 in the loop or past the timeout; Infinity with a headset on). */
export function idleSecondsLeft(state: IdleState, now: number, timeoutMs: number): number {
  if (state.mode === 'attract') return 0;
  if (state.presenting) return Infinity;
  return Math.max(0, (state.lastInput + timeoutMs - now) / 1000);
}
