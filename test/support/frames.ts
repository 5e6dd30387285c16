// Waits on the page's own frame loop: the app reads its input and moves things once per animation frame (in
// VR too: the emulated headset runs its frames on the page's requestAnimationFrame), so frames, not
// milliseconds, are what a test waits for.
import type { JSHandle, Page } from 'playwright-core';

/** Options of a wait for a value that holds still. */
export interface SteadyOptions {
  /** How many frames in a row must give the same value. */
  frames: number;
  /** Give up after this many frames (an upper bound, so a value that never settles fails with its last reading). */
  within: number;
}

/** Three frames in a row, within 600 frames. */
export const STEADY_DEFAULTS: SteadyOptions = { frames: 3, within: 600 };

/**
 * Wait until the page has run `count` more animation frames. The app's frame loop runs in each, so input
 * given before the wait (a click, a key, a button on the emulated controller) has been read by then.
 */
export async function frames(page: Page, count: number): Promise<void> {
  if (!(Number.isInteger(count) && count > 0))
    throw new Error(`frames: Requires a whole count above 0, not ${count}`);
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const next = (): void => {
          if (--left === 0) resolve();
          else requestAnimationFrame(next);
        };
        requestAnimationFrame(next);
      }),
    count,
  );
}

/**
 * What `read` (run in the page, once per animation frame) gives once it has given the same for a few
 * frames in a row: a camera move, a fade or a disposal may still be under way when the wait starts.
 * Numbers are compared to 0.1 mm (or 1e-4 of whatever unit they are in).
 */
export async function steady<T>(page: Page, read: () => T, options: Partial<SteadyOptions> = {}): Promise<T> {
  const o = { ...STEADY_DEFAULTS, ...options };
  if (!(o.frames >= 2 && o.within >= o.frames))
    throw new Error(`steady: Requires frames >= 2 and within >= frames, not ${o.frames} and ${o.within}`);
  // A handle to the reader itself, evaluated in the page (as playwright-core hands functions to evaluate).
  const reader = (await page.evaluateHandle(`(${read.toString()})`)) as JSHandle<() => T>;
  try {
    const result = await page.evaluate(
      ([sample, need, within]) =>
        new Promise<{ settled: boolean; value: unknown; seen: string }>((resolve) => {
          const key = (value: unknown): string =>
            JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v));
          let last = '';
          let same = 0;
          let count = 0;
          const next = (): void => {
            const value = sample();
            const now = key(value);
            same = now === last ? same + 1 : 1;
            last = now;
            count++;
            if (same >= need) resolve({ settled: true, value, seen: now });
            else if (count >= within) resolve({ settled: false, value, seen: now });
            else requestAnimationFrame(next);
          };
          requestAnimationFrame(next);
        }),
      [reader, o.frames, o.within] as const,
    );
    if (!result.settled)
      throw new Error(`steady: still changing after ${o.within} frames; last reading ${result.seen}`);
    return result.value as T;
  } finally {
    await reader.dispose();
  }
}

/**
 * Wait until the visitor stands still: the walk state (feet, heading, counters, teleport aim, vignette) and
 * the camera pose the same three frames in a row. In VR the play space follows a jump or a turn on the next
 * frame, and the camera a frame after that.
 */
export async function standStill(page: Page): Promise<void> {
  await steady(page, () => ({ walk: window.cityTwin!.walk(), pose: window.cityTwin!.pose() }));
}
