/** An sRGB colour, each channel 0..1. */
export type Srgb = readonly [number, number, number];

/** The sky at one sun altitude: its colour overhead and at the horizon (also the fog's), and its stars. */
export interface SkyColours {
  zenith: Srgb;
  horizon: Srgb;
  /** 0 by day, 1 in full night: how bright the stars are. */
  stars: number;
  /** 0 with the sun below the horizon, 1 well above: how bright its disc and glow are. */
  sun: number;
  /** How much of its daytime strength the sky's light on the city keeps: 1 by day, a moonlit 0.3 at night. */
  light: number;
}

/** Keyframes by sun altitude (degrees): night, astronomical and civil twilight, sunrise, low sun, day. */
const KEYS: readonly { altitude: number; zenith: string; horizon: string }[] = [
  { altitude: -18, zenith: '#03060f', horizon: '#0a1122' },
  { altitude: -8, zenith: '#0b1530', horizon: '#2a3050' },
  { altitude: -2, zenith: '#213a6e', horizon: '#c9825a' },
  { altitude: 3, zenith: '#3a64a8', horizon: '#f0b27a' },
  { altitude: 12, zenith: '#366cbc', horizon: '#d9d6cf' },
  { altitude: 30, zenith: '#2c66c4', horizon: '#c4dbef' },
];

const rgb = (hex: string): Srgb => [
  parseInt(hex.slice(1, 3), 16) / 255,
  parseInt(hex.slice(3, 5), 16) / 255,
  parseInt(hex.slice(5, 7), 16) / 255,
];
const mix = (a: Srgb, b: Srgb, t: number): Srgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** The sky's colours for the sun at `altitudeDeg` above the horizon (negative: below), blended between keyframes. */
export function skyColours(altitudeDeg: number): SkyColours {
  const a = Number.isFinite(altitudeDeg) ? altitudeDeg : -90;
  const last = KEYS[KEYS.length - 1]!;
  let zenith = rgb(last.zenith);
  let horizon = rgb(last.horizon);
  for (let i = 0; i < KEYS.length; i++) {
    const hi = KEYS[i]!;
    if (a > hi.altitude) continue;
    const lo = KEYS[i - 1] ?? hi;
    const t = hi === lo ? 0 : (a - lo.altitude) / (hi.altitude - lo.altitude);
    zenith = mix(rgb(lo.zenith), rgb(hi.zenith), t);
    horizon = mix(rgb(lo.horizon), rgb(hi.horizon), t);
    break;
  }
  return {
    zenith,
    horizon,
    stars: clamp01((-a - 6) / 8),
    sun: clamp01((a + 1) / 4),
    light: 0.3 + 0.7 * clamp01((a + 6) / 12),
  };
}

/** `#rrggbb` of an sRGB colour. */
export function srgbHex(c: Srgb): string {
  return `#${c
    .map((v) =>
      Math.round(clamp01(v) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
