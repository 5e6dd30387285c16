import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type JSHandle, type Page } from 'playwright-core';

/** Debian's Chromium; test tools cannot download browsers on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium with SwiftShader WebGL and no calls home. */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--no-sandbox',
];

/** A browser and a way to open pages that record every console error and warning. */
export interface TestBrowser {
  browser: Browser;
  open(url: string, options?: { width?: number; height?: number; beforeLoad?: string }): Promise<TestPage>;
  dispose(): Promise<void>;
}

/** A page with what it said on the console. */
export interface TestPage {
  page: Page;
  /** Console errors and warnings and uncaught exceptions, in order. */
  problems: string[];
}

/** Launch headless Chromium with a fresh profile. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'stadtzwilling-chromium-'));
  const browser = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      // npm start -- --host serves HTTPS with a self-signed certificate.
      ignoreHTTPSErrors: true,
      // Tests that wait on string expressions have Playwright evaluate them in the page, which the twin's
      // CSP forbids; test/browser/security.test.ts checks the app under its CSP with a browser of its own.
      bypassCSP: true,
    })
    .catch((error: Error) => {
      throw new Error(
        `Chromium could not start (${CHROMIUM}): run npm run setup. ${error.message.split('\n')[0]}`,
      );
    });
  return {
    browser: browser.browser()!,
    async open(url, options = {}) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: options.width ?? 960, height: options.height ?? 600 });
      return watchAndOpen(page, atTestHour(url), options.beforeLoad);
    },
    async dispose() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The hour the twin's clock stands at in test pages: a summer noon, when the sun lights every street. */
export const TEST_TIME = '2026-06-21T13:00';

/**
 * A twin page's URL with the twin's clock standing at TEST_TIME, unless the URL sets `time` itself: the
 * planning sun lights the town, so a live clock would make every picture depend on the hour the test runs
 * at (at night the sun is off). Other pages (not the twin's root) are left as they are.
 */
export function atTestHour(url: string): string {
  const parsed = new URL(url);
  if (parsed.pathname !== '/' || parsed.searchParams.has('time')) return url;
  // Appended as text, so the rest of the query reaches the page byte for byte (some tests send bad values).
  const [base, hash] = url.split('#', 2) as [string, string | undefined];
  const joined = `${base}${parsed.search ? '&' : '?'}time=${TEST_TIME}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

/** Wait for `window.cityTwin.ready`, then one more frame. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.cityTwin !== undefined, undefined, { timeout: 90_000 });
  await page.evaluate(() => window.cityTwin!.ready);
}

/** Wait until the page's MQTT client reports `connected`. */
export async function waitConnected(page: Page, options: { timeout?: number } = {}): Promise<void> {
  await page.waitForFunction(() => window.cityTwin!.stats().mqtt === 'connected', undefined, options);
}

/** The first sensor the page knows, and the building it is on. */
export async function firstSensor(page: Page): Promise<{ sensor: string; building: string }> {
  return page.evaluate(() => {
    const first = window.cityTwin!.sensors()[0]!;
    return { sensor: first.sensorId, building: first.buildingId };
  });
}

/**
 * A function in the page that reads the centre pixel of the canvas as [r, g, b, a], through a 2D copy of
 * the picture; hand it to `page.evaluate` as an argument and `dispose()` it when done.
 */
export async function centreSampler(page: Page): Promise<JSHandle<() => number[]>> {
  return page.evaluateHandle(() => {
    const canvas = document.querySelector('canvas')!;
    const copy = document.createElement('canvas');
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    return () => {
      copy.width = canvas.width;
      copy.height = canvas.height;
      ctx.drawImage(canvas, 0, 0);
      return [...ctx.getImageData(Math.floor(canvas.width / 2), Math.floor(canvas.height / 2), 1, 1).data];
    };
  });
}

/**
 * The colour of the canvas pixel at the centre of the view, as [r, g, b], once the picture has settled:
 * sampled every frame until three frames in a row agree (a camera move or a fade may still be on screen).
 */
export async function centrePixel(page: Page): Promise<[number, number, number]> {
  const sampler = await centreSampler(page);
  try {
    return await page.evaluate(
      (sample) =>
        new Promise<[number, number, number]>((resolve) => {
          const seen: string[] = [];
          const next = (): void => {
            const [r, g, b] = sample();
            seen.push(`${r},${g},${b}`);
            const last = seen.slice(-3);
            if (last.length === 3 && last.every((v) => v === last[0])) {
              resolve(last[0]!.split(',').map(Number) as [number, number, number]);
            } else requestAnimationFrame(next);
          };
          requestAnimationFrame(next);
        }),
      sampler,
    );
  } finally {
    await sampler.dispose();
  }
}

/** Collect a page's console errors and warnings and uncaught exceptions, run its init scripts, then open `url`. */
export async function watchAndOpen(page: Page, url: string, beforeLoad?: string): Promise<TestPage> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Scripts run by tsx carry esbuild's __name helper into functions handed to page.evaluate.
  await page.addInitScript('globalThis.__name ??= (f) => f;');
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(url);
  return { page, problems };
}
