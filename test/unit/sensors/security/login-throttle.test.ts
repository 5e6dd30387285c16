import { describe, expect, it } from 'vitest';
import {
  LOGIN_DELAY_DEFAULTS,
  createLoginThrottle,
  loginDelayMs,
  type ThrottleClock,
} from '../../../../sensors/security/login-throttle.ts';

/** A clock the test moves: waits are recorded and end when the test lets them. */
function manualClock(): ThrottleClock & { waits: number[]; release(): void; at: number } {
  let pending: (() => void)[] = [];
  const clock = {
    at: 0,
    waits: [] as number[],
    now: () => clock.at,
    wait(ms: number) {
      clock.waits.push(ms);
      return ms === 0 ? Promise.resolve() : new Promise<void>((resolve) => pending.push(resolve));
    },
    release() {
      const due = pending;
      pending = [];
      for (const resolve of due) resolve();
    },
  };
  return clock;
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('loginDelayMs', () => {
  it('is 0 without failures, then doubles from the first delay up to the cap', () => {
    expect([0, 1, 2, 3, 4].map((n) => loginDelayMs(n))).toEqual([0, 250, 500, 1000, 2000]);
    expect(loginDelayMs(8)).toBe(30_000);
    expect(loginDelayMs(10_000)).toBe(LOGIN_DELAY_DEFAULTS.maxMs);
  });
});

describe('createLoginThrottle', () => {
  it('answers a failure after the delay, the next failure after a longer one, a good login at once', async () => {
    const clock = manualClock();
    const throttle = createLoginThrottle({}, clock);
    const first = await Promise.all([throttle.attempt('10.0.0.5', () => false), flush().then(clock.release)]);
    expect(first[0]).toMatchObject({ ok: false, failures: 1, delayMs: 250 });
    const second = throttle.attempt('10.0.0.5', () => false);
    await flush();
    clock.release();
    expect(await second).toMatchObject({ ok: false, failures: 2, delayMs: 500 });
    expect(await throttle.attempt('10.0.0.6', () => true)).toMatchObject({ ok: true, delayMs: 0 });
    expect(clock.waits).toEqual([250, 500]);
  });

  it('makes logins from one address take turns, and never holds another address', async () => {
    const clock = manualClock();
    const throttle = createLoginThrottle({}, clock);
    const checked: string[] = [];
    const guess = throttle.attempt('10.0.0.5', () => (checked.push('guess'), false));
    const again = throttle.attempt('10.0.0.5', () => (checked.push('again'), false));
    const other = await throttle.attempt('10.0.0.6', () => (checked.push('other'), true));
    await flush();
    // The second guess is not even checked while the first one's delay runs; the other address went through.
    expect(checked).toEqual(['guess', 'other']);
    expect(other.ok).toBe(true);
    clock.release();
    await guess;
    await flush();
    expect(checked).toEqual(['guess', 'other', 'again']);
    clock.release();
    expect((await again).delayMs).toBe(500);
  });

  it('tells the delay before it waits, and refuses a flood unread', async () => {
    const clock = manualClock();
    const throttle = createLoginThrottle({ maxWaiting: 2 }, clock);
    const heard: number[] = [];
    const a = throttle.attempt(
      '10.0.0.5',
      () => false,
      (turn) => heard.push(turn.delayMs),
    );
    const b = throttle.attempt(
      '10.0.0.5',
      () => false,
      (turn) => heard.push(turn.delayMs),
    );
    let checkedFlood = false;
    const flood = await throttle.attempt('10.0.0.5', () => (checkedFlood = true));
    expect(flood).toMatchObject({ ok: false, flooded: true });
    expect(checkedFlood).toBe(false);
    await flush();
    expect(heard).toEqual([250]);
    clock.release();
    await a;
    await flush();
    clock.release();
    await b;
    expect(heard).toEqual([250, 500]);
  });

  it('forgets an address after a quiet while', async () => {
    const clock = manualClock();
    const throttle = createLoginThrottle({ firstMs: 0, maxMs: 0 }, clock);
    await throttle.attempt('10.0.0.5', () => false);
    await throttle.attempt('10.0.0.5', () => false);
    expect(throttle.failures('10.0.0.5')).toBe(2);
    clock.at += LOGIN_DELAY_DEFAULTS.forgetMs + 1;
    expect((await throttle.attempt('10.0.0.5', () => false)).failures).toBe(1);
  });

  it('remembers at most maxAddresses addresses', async () => {
    const throttle = createLoginThrottle({ firstMs: 0, maxMs: 0, maxAddresses: 3 }, manualClock());
    for (const a of ['a', 'b', 'c', 'd']) await throttle.attempt(a, () => false);
    expect(['a', 'b', 'c', 'd'].map((a) => throttle.failures(a))).toEqual([0, 1, 1, 1]);
  });

  it('names a policy it cannot follow', () => {
    expect(() => createLoginThrottle({ firstMs: 10, maxMs: 5 })).toThrow(/createLoginThrottle: Requires/);
  });
});
