/** How failed logins from one address are slowed down. */
export interface LoginDelayPolicy {
  /** The answer to the first failed login waits this long; each further failure in a row doubles it. */
  firstMs: number;
  maxMs: number;
  /** An address whose last failure is this old starts again from the first delay. */
  forgetMs: number;
  /** Logins from one address waiting for their turn; more are refused unread (a flood guesses nothing). */
  maxWaiting: number;
  /** Addresses remembered at once; the longest quiet is forgotten first. */
  maxAddresses: number;
}

/** A quarter second after the first failure, doubling to half a minute; forgotten after a quiet quarter hour. */
export const LOGIN_DELAY_DEFAULTS: LoginDelayPolicy = {
  firstMs: 250,
  maxMs: 30_000,
  forgetMs: 15 * 60_000,
  maxWaiting: 8,
  maxAddresses: 10_000,
};

/** The wait before answering the n-th failed login in a row: 0 for none, then first·2^(n-1), at most max. */
export function loginDelayMs(failures: number, policy: LoginDelayPolicy = LOGIN_DELAY_DEFAULTS): number {
  if (failures <= 0) return 0;
  return Math.min(policy.maxMs, policy.firstMs * 2 ** Math.min(failures - 1, 30));
}

/** The outcome of one login as the throttle saw it. */
export interface LoginTurn {
  ok: boolean;
  /** Failures in a row from this address, this one included (0 after a good login with none before). */
  failures: number;
  /** How long the answer was held back. */
  delayMs: number;
  /** Refused without checking: too many logins from this address were already waiting. */
  flooded: boolean;
}

/** Per-address login turns: one at a time per address, each failure answered late, good logins at once. */
export interface LoginThrottle {
  /**
   * Wait for this address's turn, run `check`, and resolve with the outcome: at once when it passes, after the
   * address's next delay when it fails. `onDelay` hears the delay before the wait starts.
   */
  attempt(address: string, check: () => boolean, onDelay?: (turn: LoginTurn) => void): Promise<LoginTurn>;
  /** Failures in a row remembered for an address. */
  failures(address: string): number;
}

/** The clock the throttle reads and waits on; tests pass their own. */
export interface ThrottleClock {
  now(): number;
  wait(ms: number): Promise<void>;
}

const REAL_CLOCK: ThrottleClock = {
  now: () => Date.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
};

interface AddressState {
  failures: number;
  lastFailure: number;
  waiting: number;
  turn: Promise<unknown>;
}

/**
 * Slow down password guessing per client address: logins from one address take turns, and a failed one holds
 * the next turn for an exponentially growing delay. An address with no failures is never held, so a good login
 * from anyone else is not slowed by someone's guessing.
 */
export function createLoginThrottle(
  partial: Partial<LoginDelayPolicy> = {},
  clock: ThrottleClock = REAL_CLOCK,
): LoginThrottle {
  const policy = { ...LOGIN_DELAY_DEFAULTS, ...partial };
  if (!(policy.firstMs >= 0 && policy.maxMs >= policy.firstMs && policy.maxWaiting >= 1))
    throw new Error('createLoginThrottle: Requires 0 <= firstMs <= maxMs and maxWaiting >= 1');
  const addresses = new Map<string, AddressState>();
  const stateOf = (address: string): AddressState => {
    let state = addresses.get(address);
    if (state && state.waiting === 0 && clock.now() - state.lastFailure > policy.forgetMs) state = undefined;
    if (!state) {
      state = { failures: 0, lastFailure: 0, waiting: 0, turn: Promise.resolve() };
      addresses.set(address, state);
      if (addresses.size > policy.maxAddresses) forgetQuietest();
    } else {
      // Map order is insertion order: moving the address to the end keeps the quietest first.
      addresses.delete(address);
      addresses.set(address, state);
    }
    return state;
  };
  const forgetQuietest = (): void => {
    for (const [address, state] of addresses) {
      if (state.waiting > 0) continue;
      addresses.delete(address);
      return;
    }
  };
  return {
    attempt(address, check, onDelay) {
      const state = stateOf(address);
      if (state.waiting >= policy.maxWaiting) {
        return Promise.resolve({ ok: false, failures: state.failures, delayMs: 0, flooded: true });
      }
      state.waiting++;
      const run = async (): Promise<LoginTurn> => {
        try {
          if (check()) return { ok: true, failures: state.failures, delayMs: 0, flooded: false };
          state.failures++;
          state.lastFailure = clock.now();
          const turn = {
            ok: false,
            failures: state.failures,
            delayMs: loginDelayMs(state.failures, policy),
            flooded: false,
          };
          onDelay?.(turn);
          await clock.wait(turn.delayMs);
          return turn;
        } finally {
          state.waiting--;
        }
      };
      const result = state.turn.then(run);
      state.turn = result.catch(() => undefined);
      return result;
    },
    failures: (address) => addresses.get(address)?.failures ?? 0,
  };
}
