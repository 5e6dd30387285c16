import { describe, expect, it } from 'vitest';
import { fromHex } from '../../src/core/colour/colour-scale.ts';
import { binHex } from '../../src/core/colour/distribution.ts';
import type { ShownScale } from '../../src/core/sensors/ingest.ts';
import { HISTOGRAM_PX } from '../../src/ui/xr/info-panel-canvas.ts';
import registryJson from '../../sensors/registry.default.json' with { type: 'json' };
import { retainedBroker } from '../support/retained-broker.ts';
import { twinSession } from '../support/session.ts';
import { iwerInitScript } from '../support/xr.ts';

// Three groups of houses (30 at 1 °C, 20 at 3 °C, 11 at 5 °C): three bars of different heights.
const readings = (registryJson as { sensor: string; building: string }[])
  .filter((e) => e.building.startsWith('gen-b'))
  .slice(0, 61)
  .map((h, i) => ({ ...h, celsius: i < 30 ? 1 : i < 50 ? 3 : 5 }));

// Every 2D canvas the page makes, so that the test can read the VR legend's texture as it was drawn.
const RECORD_CANVASES = `(() => {
  const canvases = (window.__canvases = []);
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    if (args[0] === '2d' && !canvases.includes(this)) canvases.push(this);
    return getContext.apply(this, args);
  };
})();`;

// The legend on the wrist in VR shows the distribution as the desktop legend does, with bars one can read.
describe('the VR legend', () => {
  const broker = retainedBroker(readings);

  const session = twinSession({
    server: () => ({ configFile: broker.configFile }),
    query: '?lang=en',
    connected: true,
    beforeLoad: `${iwerInitScript()}\n${RECORD_CANVASES}`,
  });

  it('draws the histogram bars under the swatches, as tall as their counts', async () => {
    const { page } = session;
    // The desktop legend's bars, once every reading is in.
    const desktopCounts = () =>
      page.$$eval('[data-testid="legend-histogram"] span', (bars) =>
        bars.map((b) => Number(b.dataset.count)),
      );
    await expect
      .poll(async () => (await desktopCounts()).reduce((a, b) => a + b, 0), { timeout: 30_000 })
      .toBe(readings.length);
    const counts = await desktopCounts();
    const scale: ShownScale = await page.evaluate(() => window.cityTwin!.stats().scale);
    await page.evaluate(() => window.cityTwin!.enterVR());
    await page.waitForFunction(() => window.cityTwin!.walk()?.mode === 'vr');

    // Per bin, how many pixels up from the foot the bar in that bin's colour reaches on the VR legend's canvas.
    const heights = async (): Promise<number[]> =>
      page.evaluate(
        ([height, foot, colours]) => {
          const canvas = (window as unknown as { __canvases: HTMLCanvasElement[] }).__canvases.find(
            (c) => c.height === height,
          );
          if (!canvas) return [];
          // Read through a copy of its own, so that the app's canvas is never asked for its pixels.
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          const ctx = copy.getContext('2d', { willReadFrequently: true })!;
          ctx.drawImage(canvas, 0, 0);
          const { data, width } = ctx.getImageData(0, 0, copy.width, copy.height);
          const slot = (width - 56) / colours.length;
          return colours.map((rgb, i) => {
            const x = Math.round(28 + slot * (i + 0.5));
            let run = 0;
            let best = 0;
            // Only the foot of the panel, where the distribution goes (not the swatches above it).
            for (let y = canvas.height - foot; y < canvas.height; y++) {
              const at = (y * width + x) * 4;
              const same = rgb.every((c, k) => Math.abs(data[at + k]! - c) <= 1) && data[at + 3] === 255;
              run = same ? run + 1 : 0;
              best = Math.max(best, run);
            }
            return best;
          });
        },
        [
          640 + HISTOGRAM_PX,
          HISTOGRAM_PX + 28,
          counts.map((_, i) => fromHex(binHex(scale, counts.length, i))),
        ] as const,
      );
    await expect
      .poll(async () => Math.max(0, ...(await heights())), { timeout: 30_000 })
      .toBeGreaterThan(100);
    const drawn = await heights();
    const most = Math.max(...counts);
    const tallest = Math.max(...drawn);
    counts.forEach((n, i) => {
      // Each bin with buildings has its bar, in proportion to the tallest (a few pixels for rounding).
      if (n > 0)
        expect(Math.abs(drawn[i]! - (tallest * n) / most), `bin ${i}: ${drawn[i]} px`).toBeLessThan(4);
    });
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  });
});
