import { decideLogin, type BrokerAccount, type LoginDecision, type LoginPlace } from './accounts.ts';
import { isLoopback } from './security/address.ts';
import { createLoginThrottle, type LoginDelayPolicy, type ThrottleClock } from './security/login-throttle.ts';
import type { RefusalLog } from './security/refusals.ts';

/** Who may log in, and how failures are slowed down. */
export interface BrokerLoginOptions {
  accounts: readonly BrokerAccount[];
  /** The stand's own accounts may log in from beyond this machine. */
  lanAccounts: boolean;
  delays: Partial<LoginDelayPolicy>;
  refusals: RefusalLog;
  clock?: ThrottleClock;
}

/** A login's outcome, or `flooded`: too many from one address were already waiting. */
export type LoginOutcome = LoginDecision | { ok: false; why: 'flooded' };

/** One way into the broker: which and from where. */
export interface LoginSource {
  path: LoginPlace['path'];
  address: string;
}

const NAMES: Record<LoginSource['path'], string> = {
  tcp: 'MQTT/TCP',
  ws: 'the WebSocket port',
  web: '/mqtt',
};

/** Why a login was refused, in the words of the log. */
export const LOGIN_REFUSALS: Record<Exclude<LoginOutcome, { ok: true }>['why'], string> = {
  'wrong-password': 'wrong username or password',
  'not-here': 'the account may not log in from there',
  anonymous: 'no account given',
  flooded: 'too many logins waiting from this address',
};

/** Name a way into the broker for the log: `from 10.0.0.5 over /mqtt`. */
export function describeSource(source: LoginSource): string {
  return `from ${source.address} over ${NAMES[source.path]}`;
}

/**
 * The broker's login check: decideLogin, with every attempt that names an account taking its turn per client
 * address and a failed one answered only after the throttle's delay, which the log hears first.
 */
export function createBrokerLogin(
  options: BrokerLoginOptions,
): (
  source: LoginSource,
  username: string | undefined,
  password: string | undefined,
) => Promise<LoginOutcome> {
  const throttle = createLoginThrottle(options.delays, options.clock);
  return async (source, username, password) => {
    const place = {
      path: source.path,
      loopback: isLoopback(source.address),
      lanAccounts: options.lanAccounts,
    };
    let decision = decideLogin(options.accounts, username, password, place);
    // Nothing to guess without a name or password: only attempts with one take turns.
    if (username === undefined && password === undefined) {
      if (!decision.ok)
        options.refusals.refuse(
          'login',
          `a login ${describeSource(source)}: ${LOGIN_REFUSALS[decision.why]}`,
        );
      return decision;
    }
    const check = (): boolean => (decision = decideLogin(options.accounts, username, password, place)).ok;
    const turn = await throttle.attempt(source.address, check, (failed) =>
      options.refusals.refuse(
        'login',
        `the login of ${JSON.stringify(username ?? '')} ${describeSource(source)} ` +
          `(${decision.ok ? '' : LOGIN_REFUSALS[decision.why]}), failure ${failed.failures} from this address: ` +
          `answered in ${failed.delayMs} ms`,
      ),
    );
    if (!turn.flooded) return decision;
    options.refusals.refuse('login-flood', `a login ${describeSource(source)}: ${LOGIN_REFUSALS.flooded}`);
    return { ok: false, why: 'flooded' };
  };
}
