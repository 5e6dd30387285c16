// Helpers for the look tests: the colour of the picture around a point of the model, and a row of it.
import type { Page } from 'playwright-core';

type V3 = [number, number, number];
/** An 8-bit sRGB colour as drawn. */
export type Rgb = [number, number, number];

/** Euclidean distance between two colours, 0..441. */
export const colourDistance = (a: readonly number[], b: readonly number[]): number =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** `#rrggbb` as [r, g, b]. */
export const hexRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/**
 * The drawn colours at model points (the mean of a 3 x 3 patch each), or at page points given as
 * `[x, y]` in CSS px: read from one copy of the canvas, so they come from the same frame.
 */
export async function coloursAt(page: Page, points: readonly (V3 | [number, number])[]): Promise<Rgb[]> {
  return page.evaluate((list) => {
    const canvas = document.querySelector('canvas')!;
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(canvas, 0, 0);
    return list.map((p) => {
      const at = p.length === 3 ? window.cityTwin!.toScreen(p[0], p[1], p[2]) : p;
      if (
        !at ||
        at[0] < 1 ||
        at[1] < 1 ||
        at[0] * scale > canvas.width - 2 ||
        at[1] * scale > canvas.height - 2
      )
        throw new Error(`point ${p.join(', ')} is not in the picture`);
      const data = ctx.getImageData(Math.round(at[0] * scale) - 1, Math.round(at[1] * scale) - 1, 3, 3).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
      return sum.map((s) => s / 9) as [number, number, number];
    });
  }, points);
}

/**
 * Along the picture's row through model point `from` to `to` (both at the same height), how many separate
 * runs of pixels differ from `background` by more than `threshold`: the pieces a silhouette cuts the row into.
 */
export async function runsAlong(
  page: Page,
  from: V3,
  to: V3,
  background: Rgb,
  threshold = 40,
): Promise<number> {
  const [p, q] = await page.evaluate(
    ([a, b]) => [window.cityTwin!.toScreen(...a), window.cityTwin!.toScreen(...b)],
    [from, to] as const,
  );
  if (!p || !q) throw new Error('the row is behind the camera');
  const steps = Math.ceil(Math.abs(q[0] - p[0]));
  const row = Array.from({ length: steps + 1 }, (_, i): [number, number] => [
    p[0] + ((q[0] - p[0]) * i) / steps,
    p[1] + ((q[1] - p[1]) * i) / steps,
  ]);
  let runs = 0;
  let inside = false;
  for (const colour of await coloursAt(page, row)) {
    const solid = colourDistance(colour, background) > threshold;
    if (solid && !inside) runs++;
    inside = solid;
  }
  return runs;
}
