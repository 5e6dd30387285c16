// IWER (Meta's WebXR emulation runtime) in the test page: an emulated Quest 3 installed before the app starts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Options of the emulated headset. */
export interface EmulatedXROptions {
  /** Render both eyes (as a headset does); one view when false. */
  stereo: boolean;
}

/**
 * An init script (for `open(url, { beforeLoad })`) that loads IWER's self-contained browser build, and
 * installs an emulated Meta Quest 3 over Chromium's own `navigator.xr` (hence `forceInstall`).
 * The device is `window.__xrDevice`.
 */
export function iwerInitScript(options: Partial<EmulatedXROptions> = {}): string {
  const build = join(dirname(require.resolve('iwer/package.json')), 'build', 'iwer.min.js');
  return `${readFileSync(build, 'utf8')}
;(() => {
  const device = new IWER.XRDevice(IWER.metaQuest3);
  device.stereoEnabled = ${options.stereo ? 'true' : 'false'};
  device.installRuntime({ forceInstall: true });
  window.__xrDevice = device;
})();`;
}

type Hand = 'left' | 'right';
type Vec3 = [number, number, number];
type Quat = [number, number, number, number];

interface DeviceHandle {
  position: { set(x: number, y: number, z: number): void };
  quaternion: { set(x: number, y: number, z: number, w: number): void };
  controllers: Record<
    Hand,
    {
      position: { set(x: number, y: number, z: number): void };
      quaternion: { set(x: number, y: number, z: number, w: number): void };
      updateAxes(id: string, x: number, y: number): void;
      updateButtonValue(id: string, value: number): void;
    }
  >;
}

declare global {
  interface Window {
    __xrDevice?: DeviceHandle;
  }
}

/** Push a controller's thumbstick (gamepad style: y = -1 is forward). */
export async function setStick(page: Page, hand: Hand, x: number, y: number): Promise<void> {
  await page.evaluate(
    ([h, sx, sy]) =>
      window.__xrDevice!.controllers[h as Hand].updateAxes('thumbstick', sx as number, sy as number),
    [hand, x, y] as const,
  );
}

/** Press (1) or release (0) a controller button: trigger, squeeze, thumbstick, a-button, b-button, x-button, y-button. */
export async function setButton(page: Page, hand: Hand, id: string, value: number): Promise<void> {
  await page.evaluate(
    ([h, b, v]) => window.__xrDevice!.controllers[h as Hand].updateButtonValue(b as string, v as number),
    [hand, id, value] as const,
  );
}

/** Place a controller in the play space (local-floor metres) with an orientation. */
export async function setControllerPose(
  page: Page,
  hand: Hand,
  position: Vec3,
  quaternion: Quat,
): Promise<void> {
  await page.evaluate(
    ([h, p, q]) => {
      const c = window.__xrDevice!.controllers[h as Hand];
      c.position.set(...(p as Vec3));
      c.quaternion.set(...(q as Quat));
    },
    [hand, position, quaternion] as const,
  );
}

/** A quaternion that pitches the forward direction (-Z) up by `degrees`. */
export function pitchUp(degrees: number): Quat {
  const half = (degrees * Math.PI) / 360;
  return [Math.sin(half), 0, 0, Math.cos(half)];
}
