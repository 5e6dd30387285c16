// A textured OBJ as a photogrammetry tool exports one (named objects, an MTL, a PNG), written at test time.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** What the textured model looks like. */
export interface TexturedObjOptions {
  /** Houses along each side of the square grid. */
  housesPerSide: number;
  /** Edge of the square plaster texture, pixels. */
  textureEdge: number;
  /** The texture's colour (sRGB), the only colour the walls can show: their material is white. */
  colour: [number, number, number];
}

/** Six by six houses, a 256 px texture of a clear blue no vertex colour or sensor colour gives. */
export const TEXTURED_OBJ_DEFAULTS: TexturedObjOptions = {
  housesPerSide: 6,
  textureEdge: 256,
  colour: [40, 90, 220],
};

/** Spacing of the houses, metres; each is 10 m by 8 m and 6 m high, `Haus_<i>_<j>` at (20 i, 0, -20 j). */
export const TEXTURED_SPACING = 20;

/**
 * Write `model.obj`, `model.mtl` and `putz.png` into `dir`: houses whose walls and roofs are drawn with the
 * plaster texture (each face the whole image), on a textured ground object; returns the OBJ's path.
 */
export async function writeTexturedObj(
  dir: string,
  options: Partial<TexturedObjOptions> = {},
): Promise<string> {
  const o = { ...TEXTURED_OBJ_DEFAULTS, ...options };
  await mkdir(dir, { recursive: true });
  const [r, g, b] = o.colour;
  const png = await sharp({
    create: { width: o.textureEdge, height: o.textureEdge, channels: 3, background: { r, g, b } },
  })
    .png()
    .toBuffer();
  await writeFile(join(dir, 'putz.png'), png);
  await writeFile(join(dir, 'model.mtl'), 'newmtl putz\nKd 1 1 1\nmap_Kd putz.png\n');
  const lines = ['mtllib model.mtl', 'vt 0 0', 'vt 1 0', 'vt 1 1', 'vt 0 1', 'usemtl putz'];
  let vertices = 0;
  const box = (name: string, x0: number, z0: number, x1: number, z1: number, height: number) => {
    lines.push(`o ${name}`);
    for (const y of [0, height])
      for (const [x, z] of [
        [x0, z0],
        [x1, z0],
        [x1, z1],
        [x0, z1],
      ])
        lines.push(`v ${x} ${y} ${z}`);
    // Each face spans the whole image: its corners take the texture's four corners in turn.
    const v = (k: number, corner: number) => `${vertices + k}/${corner + 1}`;
    const faces =
      height > 0
        ? [
            [1, 2, 6, 5],
            [2, 3, 7, 6],
            [3, 4, 8, 7],
            [4, 1, 5, 8],
            [5, 6, 7, 8],
          ]
        : [];
    // The ground is the box's floor, facing up.
    if (height === 0) faces.push([1, 2, 3, 4]);
    for (const face of faces) lines.push(`f ${face.map(v).join(' ')}`);
    vertices += 8;
  };
  const n = o.housesPerSide;
  box('Gelaende', -20, 20, n * TEXTURED_SPACING + 10, -n * TEXTURED_SPACING - 10, 0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = i * TEXTURED_SPACING;
      const z = -j * TEXTURED_SPACING;
      box(`Haus_${i}_${j}`, x, z, x + 10, z - 8, 6);
    }
  await writeFile(join(dir, 'model.obj'), `${lines.join('\n')}\n`);
  return join(dir, 'model.obj');
}
