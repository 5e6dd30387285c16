/** The colour scale's coldest, comfortable and hottest temperature in °C. */
export interface ColourScale {
  min: number;
  comfort: number;
  max: number;
}

/** -10 °C dark blue, 20 °C near white, 35 °C dark red. */
export const COLOUR_SCALE_DEFAULTS: ColourScale = { min: -10, comfort: 20, max: 35 };

/** A building without any sensor: a neutral stone colour, darker than the scale's comfort white. */
export const NO_SENSOR_HEX = '#d9d4cc';

/** A building whose sensors have no current reading: mid grey. */
export const NO_DATA_HEX = '#8a8a8a';

type Lab = [number, number, number];
type Rgb = [number, number, number];

// Diverging anchors in the spirit of ColorBrewer RdBu, from comfort outwards; lightness falls monotonically.
const COLD = ['#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'].map(hexToOklab);
const WARM = ['#f7f7f7', '#fddbc7', '#f4a582', '#d6604d', '#b2182b', '#67001f'].map(hexToOklab);

/** The sRGB colour (0..255) for a temperature; clamped outside the scale, non-finite input gives the no-data grey. */
export function colourFor(
  celsius: number,
  scale: ColourScale = COLOUR_SCALE_DEFAULTS,
): [number, number, number] {
  const out: Rgb = [0, 0, 0];
  writeColour(out, 0, celsius, scale);
  return out;
}

/** Write the colour for a temperature into `out[offset..offset+2]` without allocating (for textures). */
export function writeColour(
  out: { [index: number]: number },
  offset: number,
  celsius: number,
  scale: ColourScale = COLOUR_SCALE_DEFAULTS,
): void {
  if (!Number.isFinite(celsius)) {
    out[offset] = out[offset + 1] = out[offset + 2] = 0x8a;
    return;
  }
  const t = position(celsius, scale);
  const anchors = t < 0 ? COLD : WARM;
  const span = Math.min(Math.abs(t), 1) * (anchors.length - 1);
  const i = Math.min(Math.floor(span), anchors.length - 2);
  const f = span - i;
  const a = anchors[i] as Lab;
  const b = anchors[i + 1] as Lab;
  oklabToSrgb(a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f, out, offset);
}

/** Where a temperature sits on the scale: -1 at min, 0 at comfort, 1 at max (clamped). */
export function position(celsius: number, scale: ColourScale = COLOUR_SCALE_DEFAULTS): number {
  if (celsius >= scale.comfort)
    return Math.min(1, (celsius - scale.comfort) / Math.max(scale.max - scale.comfort, 1e-9));
  return Math.max(-1, (celsius - scale.comfort) / Math.max(scale.comfort - scale.min, 1e-9));
}

/** Evenly spaced legend entries from min through comfort to max (default 7), coldest first. */
export function legendStops(
  scale: ColourScale = COLOUR_SCALE_DEFAULTS,
  count = 7,
): { celsius: number; hex: string }[] {
  const n = Math.max(2, Math.floor(count));
  // With three or more stops comfort is one of them, so the neutral colour shows in the legend.
  const below = Math.floor((n - 1) / 2);
  const above = n - 1 - below;
  const oneSided = scale.comfort <= scale.min || scale.comfort >= scale.max;
  const temps: number[] = n === 2 ? [scale.min, scale.max] : [];
  // An automatic scale on a day colder (or warmer) than comfort everywhere: evenly from min to max.
  if (n > 2 && oneSided)
    for (let i = 0; i < n; i++) temps.push(scale.min + ((scale.max - scale.min) * i) / (n - 1));
  else if (n > 2) {
    for (let i = 0; i < below; i++) temps.push(scale.min + ((scale.comfort - scale.min) * i) / below);
    temps.push(scale.comfort);
    for (let i = 1; i <= above; i++) temps.push(scale.comfort + ((scale.max - scale.comfort) * i) / above);
  }
  return temps.slice(0, n).map((t) => {
    const celsius = Math.round(t * 10) / 10;
    return { celsius, hex: toHex(colourFor(celsius, scale)) };
  });
}

/** '#rrggbb' for an sRGB colour 0..255 (rounded and clamped). */
export function toHex(rgb: readonly [number, number, number]): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The sRGB colour 0..255 of a '#rrggbb' string. */
export function fromHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** OKLab lightness 0..1 of an sRGB colour, for checking the scale is perceptually ordered. */
export function lightness(rgb: readonly [number, number, number]): number {
  return srgbToOklab(rgb)[0];
}

function hexToOklab(hex: string): Lab {
  return srgbToOklab(fromHex(hex));
}

function toLinear(c: number): number {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}
function fromLinear(v: number): number {
  const c = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
}

// OKLab after Björn Ottosson's published matrices.
function srgbToOklab(rgb: readonly [number, number, number]): Lab {
  const r = toLinear(rgb[0]);
  const g = toLinear(rgb[1]);
  const b = toLinear(rgb[2]);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function oklabToSrgb(
  L: number,
  a: number,
  b: number,
  out: { [index: number]: number },
  offset: number,
): void {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  out[offset] = fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s);
  out[offset + 1] = fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s);
  out[offset + 2] = fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s);
}
