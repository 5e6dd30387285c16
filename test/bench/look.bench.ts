// Bench: what each effect of the city's look costs a frame, on the desktop and in VR (IWER's emulated Quest 3,
// both eyes drawn, so a frame is two eyes), against the plain scene (no sky, fog, occlusion or shadows)
// measured in the same run, from the HKB tower's view over the old town. SwiftShader renders on the CPU:
// read the ratios, not the milliseconds. Also the draw calls, which the look must not add to (bar the sky).
import { launchBrowser, waitReady, type TestBrowser } from '../support/browser.ts';
import { startTestTwin } from '../support/twin.ts';
import { iwerInitScript } from '../support/xr.ts';
import type { Figure } from './figure.ts';

const FRAMES = 20;
const NOON = '2026-06-21T13:00';
/** Each effect alone, then everything (the planning sun's shadows are one of the look's costs too). */
const CASES: readonly { name: string; query: string }[] = [
  { name: 'sky', query: 'look=sky&shadows=off' },
  { name: 'fog', query: 'look=fog&shadows=off' },
  { name: 'occlusion', query: 'look=ao&shadows=off' },
  { name: 'sun shadows (medium)', query: 'look=off&shadows=medium' },
  { name: 'everything (look=high, shadows=medium)', query: 'look=high&shadows=medium' },
];
const PLAIN = 'look=off&shadows=off';

type FrameFigures = { ms: number; drawCalls: number };

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  try {
    for (const vr of [false, true]) {
      const where = vr ? 'VR (IWER, two eyes a frame)' : 'desktop';
      const plain = await frameFigures(browser, twin.url, PLAIN, vr);
      for (const c of CASES) {
        const f = await frameFigures(browser, twin.url, c.query, vr);
        report({
          name: `frame time, ${c.name}, ${where}`,
          value: f.ms,
          unit: 'ms',
          baseline: { name: `plain scene (${PLAIN})`, value: plain.ms },
        });
        report({
          name: `draw calls, ${c.name}, ${where}`,
          value: f.drawCalls,
          unit: 'draw calls',
          baseline: { name: 'plain scene', value: plain.drawCalls },
        });
      }
    }
  } finally {
    await browser.dispose();
    await twin.dispose();
  }
}

/** The mean frame time over FRAMES frames, and the draw calls of the last, from the tower's view. */
async function frameFigures(
  browser: TestBrowser,
  url: string,
  query: string,
  vr: boolean,
): Promise<FrameFigures> {
  const beforeLoad = vr ? iwerInitScript({ stereo: true }) : undefined;
  const { page } = await browser.open(`${url}?${query}&time=${NOON}`, { beforeLoad });
  try {
    await waitReady(page);
    await page.evaluate(async (immersive) => {
      window.cityTwin!.goTo('hkb-tower-top');
      if (immersive) await window.cityTwin!.enterVR();
    }, vr);
    // Frames counted from the sixth: the programs compile and the shadow map is made on the first ones.
    const figures = () => ({ at: performance.now(), ...window.cityTwin!.stats() });
    const after = (n: number) =>
      page.waitForFunction((k) => window.cityTwin!.stats().frames >= k, n, { timeout: 300_000 });
    await after((await page.evaluate(figures)).frames + 5);
    const start = await page.evaluate(figures);
    await after(start.frames + FRAMES);
    const end = await page.evaluate(figures);
    if (vr && (await page.evaluate(() => window.cityTwin!.walk()?.mode)) !== 'vr')
      throw new Error('look bench: VR did not start');
    return {
      ms: Math.round((10 * (end.at - start.at)) / (end.frames - start.frames)) / 10,
      drawCalls: end.drawCalls,
    };
  } finally {
    await page.close();
  }
}
