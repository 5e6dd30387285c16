// Helpers for the planning tests: frames to wait for, and the brightness of the picture at a point of the model.
import type { Page } from 'playwright-core';
import type { FacadeSamples } from '../../src/core/planning/facade-samples.ts';

/** Wait until `count` more frames have been drawn. */
export async function frames(page: Page, count: number): Promise<void> {
  const start = await page.evaluate(() => window.cityTwin!.stats().frames);
  await page.waitForFunction((n) => window.cityTwin!.stats().frames >= n, start + count, { timeout: 60_000 });
}

/** The mean r, g and b of the canvas pixels (a 3 x 3 patch) where the model point x, y, z is drawn. */
export async function colourAt(
  page: Page,
  point: [number, number, number],
): Promise<[number, number, number]> {
  return page.evaluate(([x, y, z]) => {
    const at = window.cityTwin!.toScreen(x, y, z);
    if (!at) throw new Error(`point ${x}, ${y}, ${z} is behind the camera`);
    const canvas = document.querySelector('canvas')!;
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    // A 3 x 3 patch: one texel of the shadow map's edge does not decide it.
    const data = ctx.getImageData(Math.round(at[0] * scale) - 1, Math.round(at[1] * scale) - 1, 3, 3).data;
    const sum: [number, number, number] = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]! / 9;
    return sum;
  }, point);
}

/** The mean of r, g and b of the canvas pixel where the model point x, y, z is drawn. */
export async function brightnessAt(page: Page, point: [number, number, number]): Promise<number> {
  const [r, g, b] = await colourAt(page, point);
  return (r + g + b) / 3;
}

/** The horizontal unit vector (x, z) pointing away from the sun: where shadows fall. */
export function shadowDirection(sun: { azimuthDeg: number }): [number, number] {
  const a = (sun.azimuthDeg * Math.PI) / 180;
  return [-Math.sin(a), Math.cos(a)];
}

/** The page's façade patches (`cityTwin.studyFacades()`) as the study's samples, for the CPU ray caster. */
export function facadeSamplesOf(facades: {
  positions: number[];
  normals: number[];
  size: number;
  hours: number[];
}): FacadeSamples {
  return {
    count: facades.hours.length,
    positions: Float32Array.from(facades.positions),
    normals: Float32Array.from(facades.normals),
    size: facades.size,
    truncated: false,
  };
}
