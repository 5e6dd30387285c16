// Bench: the stand all day. 500 visitor and idle cycles on the default city in Chromium (the stand's clock
// fast-forwarded through each idle timeout), and what the page holds afterwards against what it held after a
// warm-up of 50 cycles: JS heap after a collection, elements, event listeners, GPU geometries and textures, and
// the MQTT subscriptions the broker holds.
import { launchBrowser, waitReady } from '../support/browser.ts';
import { readHoldings, runCycles, type Holdings } from '../support/soak.ts';
import { startTestTwin } from '../support/twin.ts';
import type { Figure } from './figure.ts';

const WARM_UP = 50;
const CYCLES = 500;

const UNITS: Record<keyof Holdings, string> = {
  heapBytes: 'bytes',
  elements: 'elements',
  listeners: 'listeners',
  geometries: 'geometries',
  textures: 'textures',
  subscriptions: 'MQTT subscriptions',
};

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  try {
    const { page } = await browser.open(`${twin.url}?mode=exhibit`);
    await waitReady(page);
    await page.getByTestId('attract').waitFor();
    const buildings = await page.evaluate(() =>
      [...new Set(window.cityTwin!.sensors().map((s) => s.buildingId))].slice(0, 20),
    );
    await runCycles(page, WARM_UP, buildings);
    const warm = await readHoldings(page, twin);
    const t0 = performance.now();
    await runCycles(page, CYCLES, buildings);
    const cycleMs = (performance.now() - t0) / CYCLES;
    const after = await readHoldings(page, twin);
    for (const key of Object.keys(UNITS) as (keyof Holdings)[]) {
      report({
        name: `${key} after ${WARM_UP + CYCLES} visitor/idle cycles`,
        value: after[key],
        unit: UNITS[key],
        baseline: { name: `after the ${WARM_UP}-cycle warm-up`, value: warm[key] },
      });
    }
    const visits = await page.evaluate(() => window.cityTwinStand!.state().visits);
    report({ name: 'visitor sessions counted by the stand', value: visits, unit: 'visits' });
    report({
      name: 'one visitor/idle cycle (touch, panel, idle return)',
      value: Math.round(cycleMs),
      unit: 'ms',
    });
  } finally {
    await browser.dispose();
    await twin.dispose();
  }
}
