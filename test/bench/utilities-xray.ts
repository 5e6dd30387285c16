// The X-ray part of the utilities bench: frame time and draw calls on the default city in Chromium, looking
// down a street of the sample network from the Marktplatz, with the ground cut open against without.
import { launchBrowser, waitReady } from '../support/browser.ts';
import { startTestTwin } from '../support/twin.ts';
import { nextFrames, type TwinWithUtilities } from '../support/utilities.ts';
import type { Figure } from './figure.ts';

/** Frames to let the smoothed frame time settle (it keeps 90 % of the last value each frame). */
const SETTLE = 40;

/** Report the X-ray view's frame time and draw calls against the normal view, measured in the same page. */
export async function xrayFigures(report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  try {
    const { page } = await browser.open(twin.url);
    await waitReady(page);
    await page.waitForFunction(() => (window.cityTwin as TwinWithUtilities).utilities.list().length > 0);
    const measure = async (on: boolean): Promise<{ ms: number; drawCalls: number }> => {
      await page.evaluate((x) => (window.cityTwin as TwinWithUtilities).utilities.xray(x, 15), on);
      await nextFrames(page, SETTLE);
      return page.evaluate(() => ({
        ms: window.cityTwin!.stats().frameMs,
        drawCalls: window.cityTwin!.stats().drawCalls,
      }));
    };
    const normal = await measure(false);
    const xray = await measure(true);
    report({
      name: 'frame time with the X-ray view on (smoothed, SwiftShader)',
      value: Number(xray.ms.toFixed(1)),
      unit: 'ms',
      baseline: { name: 'frame time, normal view', value: Number(normal.ms.toFixed(1)) },
    });
    report({
      name: 'draw calls with the X-ray view on',
      value: xray.drawCalls,
      unit: 'calls',
      baseline: { name: 'draw calls, normal view', value: normal.drawCalls },
    });
  } finally {
    await browser.dispose();
    await twin.dispose();
  }
}
