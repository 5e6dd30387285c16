import type { SunHoursGrid } from './sun-hours-grid.ts';

/** RGBA 0..255. */
export type Rgba = [number, number, number, number];

// Sun hours from none to a full day: night blue through teal to sun yellow (perceptually even enough to read).
const HOURS_STOPS: [number, number, number][] = [
  [32, 38, 94],
  [38, 120, 142],
  [94, 188, 98],
  [253, 231, 37],
];
// Hours lost to a proposal: nothing (clear) to the marking red.
const LOST: [number, number, number] = [214, 39, 40];

/** The colour of `hours` of sun on a scale up to `max` hours. */
export function hoursColour(hours: number, max: number): Rgba {
  const t = max > 0 ? Math.min(1, Math.max(0, hours / max)) : 0;
  const f = t * (HOURS_STOPS.length - 1);
  const i = Math.min(HOURS_STOPS.length - 2, Math.floor(f));
  const a = HOURS_STOPS[i]!;
  const b = HOURS_STOPS[i + 1]!;
  const k = f - i;
  return [0, 1, 2].map((c) => Math.round(a[c]! + (b[c]! - a[c]!) * k)).concat(200) as Rgba;
}

/** The colour of `hours` lost, up to `max`: none is clear, more is redder and more opaque. */
export function lostColour(hours: number, max: number): Rgba {
  const t = max > 0 ? Math.min(1, Math.max(0, hours / max)) : 0;
  return t <= 0 ? [0, 0, 0, 0] : [LOST[0], LOST[1], LOST[2], Math.round(60 + 180 * t)];
}

/** A grid as RGBA texels, row by row like the grid. */
export function gridColours(
  grid: SunHoursGrid,
  max: number,
  colour: (h: number, max: number) => Rgba,
): Uint8Array {
  const out = new Uint8Array(grid.hours.length * 4);
  grid.hours.forEach((h, i) => out.set(colour(h, max), i * 4));
  return out;
}

/** The legend's stops: hours and their colour, `count` of them from 0 to `max`. */
export function legendStops(max: number, count: number, colour: (h: number, max: number) => Rgba) {
  return Array.from({ length: count }, (_, i) => {
    const hours = (max * i) / (count - 1);
    const [r, g, b] = colour(hours, max);
    return { hours, css: `rgb(${r}, ${g}, ${b})` };
  });
}
