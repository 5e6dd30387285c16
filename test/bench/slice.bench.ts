import mqtt from 'mqtt';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { centreSampler, firstSensor, launchBrowser, waitConnected, waitReady } from '../support/browser.ts';
import { frames } from '../support/frames.ts';
import { publishReading } from '../support/publish.ts';
import { startTestTwin } from '../support/twin.ts';
import type { Figure } from './figure.ts';

const ROUNDS = 8;

/** Time from the real mosquitto_pub to the changed pixel, against the broker round trip to a plain subscriber. */
export default async function slice(report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  const listener = await mqtt.connectAsync(twin.mqttUrl!, DEFAULT_ACCOUNTS.viewer);
  try {
    const { page } = await browser.open(twin.url);
    await waitReady(page);
    await waitConnected(page);
    const { sensor, building } = await firstSensor(page);
    await page.evaluate((id) => window.cityTwin!.focus(id), building);
    const topic = `${CONFIG_DEFAULTS.topicPrefix}/${sensor}/temperature`;
    await listener.subscribeAsync(topic);
    const sampler = await centreSampler(page);
    const toPixel: number[] = [];
    const toSubscriber: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const value = i % 2 === 0 ? 34 : -9;
      // The page watches the centre pixel every frame and notes the first frame it changes in.
      await page.evaluate((sample) => {
        const first = sample().join(',');
        (window as { pixelChanged?: Promise<number> }).pixelChanged = new Promise<number>((resolve) => {
          const check = (): void =>
            sample().join(',') !== first
              ? resolve(performance.timeOrigin + performance.now())
              : void requestAnimationFrame(check);
          requestAnimationFrame(check);
        });
      }, sampler);
      const watching = page.evaluate(() => (window as { pixelChanged?: Promise<number> }).pixelChanged!);
      const arrived = new Promise<number>((resolve) => listener.once('message', () => resolve(Date.now())));
      const sent = Date.now();
      // QoS 0, mosquitto_pub's default, as this figure has always been measured.
      await publishReading(twin, sensor, String(value), { qos: 0 });
      toSubscriber.push((await arrived) - sent);
      toPixel.push((await watching) - sent);
    }
    await sampler.dispose();
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    // The pixel can change no sooner than the next frame: the frame time on this machine puts the figure in scale.
    const frameMs = await page.evaluate(() => window.cityTwin!.stats().frameMs);
    await page.evaluate(() => window.cityTwin!.loadCity(''));
    // The smoothed frame time follows the empty scene after some frames; 30 let it settle.
    await frames(page, 30);
    const emptyFrameMs = await page.evaluate(() => window.cityTwin!.stats().frameMs);
    report({
      name: 'frame time with the default city (smoothed)',
      value: Number(frameMs.toFixed(1)),
      unit: 'ms',
      baseline: { name: 'frame time with no city loaded', value: Number(emptyFrameMs.toFixed(1)) },
    });
    report({
      name: 'mosquitto_pub to changed pixel (median)',
      value: median(toPixel),
      unit: 'ms',
      baseline: { name: 'mosquitto_pub to a plain mqtt.js subscriber (median)', value: median(toSubscriber) },
    });
  } finally {
    await listener.endAsync();
    await browser.dispose();
    await twin.dispose();
  }
}
