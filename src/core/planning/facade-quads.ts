import { wallAxes, type FacadeSamples } from './facade-samples.ts';

/** Triangles for drawing façade patches: four corners per patch, two triangles each. */
export interface FacadeQuads {
  positions: Float32Array;
  indices: Uint32Array;
}

/**
 * One square per sample, the patch it stands for, lifted `lift` metres off its wall so the colours lie over
 * the wall rather than fighting with it for depth.
 */
export function facadeQuads(samples: FacadeSamples, lift: number): FacadeQuads {
  const positions = new Float32Array(samples.count * 12);
  const indices = new Uint32Array(samples.count * 6);
  const s = samples.size / 2;
  for (let i = 0; i < samples.count; i++) {
    const n: [number, number, number] = [
      samples.normals[i * 3]!,
      samples.normals[i * 3 + 1]!,
      samples.normals[i * 3 + 2]!,
    ];
    const [u, v] = wallAxes(n);
    const corners = [
      [-s, -s],
      [s, -s],
      [s, s],
      [-s, s],
    ];
    corners.forEach(([du, dv], k) => {
      for (let c = 0; c < 3; c++)
        positions[i * 12 + k * 3 + c] =
          samples.positions[i * 3 + c]! + u[c]! * du! + v[c]! * dv! + n[c]! * lift;
    });
    // Counter-clockwise seen from outside the wall (u x v = n).
    indices.set(
      [0, 1, 2, 0, 2, 3].map((k) => i * 4 + k),
      i * 6,
    );
  }
  return { positions, indices };
}

/** Per-vertex RGBA (0..255) for the quads: each patch's four corners in its colour. */
export function facadeColours(
  hours: Float32Array,
  max: number,
  colour: (h: number, max: number) => readonly number[],
): Uint8Array {
  const out = new Uint8Array(hours.length * 16);
  hours.forEach((h, i) => {
    const rgba = colour(h, max);
    for (let k = 0; k < 4; k++) out.set(rgba, i * 16 + k * 4);
  });
  return out;
}
