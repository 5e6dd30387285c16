import { DataTexture, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three';

/** The per-building colour lookup: one texel per feature id, fading towards its target. */
export interface FeatureColours {
  readonly texture: DataTexture;
  readonly width: number;
  readonly height: number;
  /** Fade feature `index` to `rgb` (0..255); null fades back to the model's own colour. */
  setTarget(index: number, rgb: readonly [number, number, number] | null): void;
  /** Fade each of `indices` to its RGBA in `rgba` (alpha 0 fades back to the model's colour); allocates nothing. */
  setTargets(indices: Int32Array, rgba: Uint8Array): void;
  /** Advance the fades; true when the texture changed. */
  tick(seconds: number): boolean;
  /** The colour drawn now, or null where the model's own colour shows. */
  displayed(index: number): [number, number, number] | null;
  dispose(): void;
}

/** Options of the lookup texture. */
export interface FeatureColoursOptions {
  /** Seconds a change takes to fade in. */
  fadeSeconds: number;
}

/** About half a second, as the sensor issue asks. */
export const FEATURE_COLOURS_DEFAULTS: FeatureColoursOptions = { fadeSeconds: 0.5 };

const WIDTH = 256;

/** Create the lookup for `count` features; texel alpha says how much of the sensor colour replaces the model's. */
export function createFeatureColours(
  count: number,
  options: Partial<FeatureColoursOptions> = {},
): FeatureColours {
  const { fadeSeconds } = { ...FEATURE_COLOURS_DEFAULTS, ...options };
  const width = Math.min(WIDTH, Math.max(1, count));
  const height = Math.max(1, Math.ceil(count / width));
  const current = new Float32Array(width * height * 4);
  const target = new Float32Array(width * height * 4);
  const data = new Uint8Array(width * height * 4);
  const texture = new DataTexture(data, width, height, RGBAFormat, UnsignedByteType);
  texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  // The features still fading: a flag per feature and a packed list of the flagged, so nothing is allocated.
  const isFading = new Uint8Array(count);
  const fading = new Int32Array(count);
  let fadingCount = 0;
  const one = new Uint8Array(4);
  const aim = (index: number, rgba: ArrayLike<number>, at: number): void => {
    if (index < 0 || index >= count) return;
    const o = index * 4;
    if (rgba[at + 3] === 0) {
      target[o] = current[o]!;
      target[o + 1] = current[o + 1]!;
      target[o + 2] = current[o + 2]!;
      target[o + 3] = 0;
    } else {
      // From the model's own colour, fade alpha only, so a fade from "none" does not pass through black.
      for (let c = 0; c < 3; c++) {
        if (current[o + 3] === 0) current[o + c] = rgba[at + c]!;
        target[o + c] = rgba[at + c]!;
      }
      target[o + 3] = 255;
    }
    if (!isFading[index]) {
      isFading[index] = 1;
      fading[fadingCount++] = index;
    }
  };

  const write = (i: number): void => {
    // The colour channels keep their value while alpha fades, so a fade from "none" does not pass through black.
    for (let c = 0; c < 4; c++) data[i * 4 + c] = Math.round(current[i * 4 + c]!);
  };

  return {
    texture,
    width,
    height,
    setTarget(index, rgb) {
      if (rgb) {
        one[0] = rgb[0];
        one[1] = rgb[1];
        one[2] = rgb[2];
        one[3] = 255;
      } else one[3] = 0;
      aim(index, one, 0);
    },
    setTargets(indices, rgba) {
      for (let k = 0; k < indices.length; k++) aim(indices[k]!, rgba, k * 4);
    },
    tick(seconds) {
      if (fadingCount === 0) return false;
      const step = fadeSeconds > 0 ? Math.min(1, seconds / fadeSeconds) * 255 : 255;
      let kept = 0;
      for (let k = 0; k < fadingCount; k++) {
        const i = fading[k]!;
        let done = true;
        for (let c = 0; c < 4; c++) {
          const o = i * 4 + c;
          const delta = target[o]! - current[o]!;
          current[o] = Math.abs(delta) <= step ? target[o]! : current[o]! + Math.sign(delta) * step;
          if (current[o] !== target[o]) done = false;
        }
        write(i);
        if (done) isFading[i] = 0;
        else fading[kept++] = i;
      }
      fadingCount = kept;
      texture.needsUpdate = true;
      return true;
    },
    displayed(index) {
      const o = index * 4;
      if (index < 0 || index >= count || data[o + 3] === 0) return null;
      return [data[o]!, data[o + 1]!, data[o + 2]!];
    },
    dispose() {
      texture.dispose();
    },
  };
}
