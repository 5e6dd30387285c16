import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import mqtt from 'mqtt';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { launchBrowser, waitReady } from '../support/browser.ts';
import { startTestTwin } from '../support/twin.ts';
import type { Figure } from './figure.ts';

const run = promisify(execFile);
const ROUNDS = 8;

/** Time from the real mosquitto_pub to the changed pixel, against the broker round trip to a plain subscriber. */
export default async function slice(report: (f: Figure) => void): Promise<void> {
  const twin = await startTestTwin();
  const browser = await launchBrowser();
  const listener = await mqtt.connectAsync(twin.mqttUrl!, DEFAULT_ACCOUNTS.viewer);
  try {
    const { page } = await browser.open(twin.url);
    await waitReady(page);
    await page.waitForFunction(() => window.cityTwin!.stats().mqtt === 'connected');
    const { sensor, building } = await page.evaluate(() => {
      const s = window.cityTwin!.sensors()[0]!;
      return { sensor: s.sensorId, building: s.buildingId };
    });
    await page.evaluate((id) => window.cityTwin!.focus(id), building);
    const topic = `${CONFIG_DEFAULTS.topicPrefix}/${sensor}/temperature`;
    await listener.subscribeAsync(topic);
    const port = new URL(twin.mqttUrl!).port;
    const { username, password } = DEFAULT_ACCOUNTS.simulator;
    const toPixel: number[] = [];
    const toSubscriber: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const value = i % 2 === 0 ? 34 : -9;
      // The page watches the centre pixel every frame and notes when it changes.
      await page.evaluate(() => {
        const canvas = document.querySelector('canvas')!;
        const copy = document.createElement('canvas');
        const ctx = copy.getContext('2d', { willReadFrequently: true })!;
        copy.width = canvas.width;
        copy.height = canvas.height;
        const sample = (): string => {
          ctx.drawImage(canvas, 0, 0);
          return ctx.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data.join(',');
        };
        const first = sample();
        (window as { pixelChanged?: Promise<number> }).pixelChanged = new Promise<number>((resolve) => {
          const check = (): void =>
            sample() !== first
              ? resolve(performance.timeOrigin + performance.now())
              : void requestAnimationFrame(check);
          requestAnimationFrame(check);
        });
      });
      const watching = page.evaluate(() => (window as { pixelChanged?: Promise<number> }).pixelChanged!);
      const arrived = new Promise<number>((resolve) => listener.once('message', () => resolve(Date.now())));
      const sent = Date.now();
      await run('mosquitto_pub', [
        '-h',
        '127.0.0.1',
        '-p',
        port,
        '-u',
        username,
        '-P',
        password,
        '-t',
        topic,
        '-m',
        String(value),
      ]);
      toSubscriber.push((await arrived) - sent);
      toPixel.push((await watching) - sent);
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    // The pixel can change no sooner than the next frame: the frame time on this machine puts the figure in scale.
    const frameMs = await page.evaluate(() => window.cityTwin!.stats().frameMs);
    await page.evaluate(() => window.cityTwin!.loadCity(''));
    await page.waitForTimeout(3000);
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
