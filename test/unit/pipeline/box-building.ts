import type { Point3 } from '../../../src/pipeline/mesh/triangulate.ts';
import type { ImportedBuilding } from '../../../src/pipeline/import/cityjson.ts';

/** A 10 m box with its south-west ground corner at UTM (e, n, z): ground, four walls, roof. */
export function box(id: string, e: number, n: number, z: number): ImportedBuilding {
  const c = (i: number, j: number, k: number): Point3 => [e + 10 * i, n + 10 * j, z + 10 * k];
  const face = (semantic: string, ...ring: Point3[]) => ({ semantic, rings: [ring] });
  return {
    id,
    name: id,
    address: '',
    roof: 'flat',
    use: 'residential',
    surfaces: [
      face('GroundSurface', c(0, 0, 0), c(0, 1, 0), c(1, 1, 0), c(1, 0, 0)),
      face('WallSurface', c(0, 0, 0), c(1, 0, 0), c(1, 0, 1), c(0, 0, 1)),
      face('WallSurface', c(1, 0, 0), c(1, 1, 0), c(1, 1, 1), c(1, 0, 1)),
      face('WallSurface', c(1, 1, 0), c(0, 1, 0), c(0, 1, 1), c(1, 1, 1)),
      face('WallSurface', c(0, 1, 0), c(0, 0, 0), c(0, 0, 1), c(0, 1, 1)),
      face('RoofSurface', c(0, 0, 1), c(1, 0, 1), c(1, 1, 1), c(0, 1, 1)),
    ],
  };
}
