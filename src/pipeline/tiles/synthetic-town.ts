import { createRandom } from '../../core/random.ts';
import type { BuildingFeature, ViewpointRecord } from '../mesh/city-features.ts';
import { addQuad, createLayer, hexColor, type MeshLayer } from '../mesh/mesh.ts';
import { addGabledHouse } from '../mesh/house.ts';

/** The made-up whole town the benchmarks measure on: street blocks of gabled houses over a square. */
export interface SyntheticTownOptions {
  /** Edge of the square, metres (9.2 km is the town's 85 km²). */
  extent: number;
  /** Edge of a block between street centre lines, metres. */
  block: number;
  /** Houses along each side of a block. */
  housesPerSide: number;
  /** Ground cells per block edge (the terrain's tessellation). */
  groundCells: number;
  seed: number;
}

/** About 85 km², 10,000 blocks, 120,000 houses, about 3 million triangles. */
export const SYNTHETIC_TOWN_DEFAULTS: SyntheticTownOptions = {
  extent: 9200,
  block: 92,
  housesPerSide: 3,
  groundCells: 8,
  seed: 85,
};

const WALLS = ['#d8c8a8', '#c9b28e', '#e4d9c4', '#b9a184', '#d2bfa0'].map(hexColor);
const ROOFS = ['#8c3b2a', '#7a3325', '#5f5a55', '#9a4a30'].map(hexColor);
const GROUND = hexColor('#9aa08c');
const STREET = hexColor('#6e6e6e');

/** The town's layers (street, ground, buildings) and its houses' feature rows, centred on the origin. */
export function syntheticTown(options: Partial<SyntheticTownOptions> = {}): {
  layers: MeshLayer[];
  features: BuildingFeature[];
} {
  const o = { ...SYNTHETIC_TOWN_DEFAULTS, ...options };
  if (!(o.extent >= o.block && o.block >= 30 && o.housesPerSide >= 1 && o.groundCells >= 1))
    throw new Error('syntheticTown: Requires extent >= block >= 30 m, housesPerSide >= 1, groundCells >= 1');
  const rng = createRandom(o.seed);
  const street = createLayer('street', false);
  const ground = createLayer('ground', false);
  const buildings = createLayer('building', true);
  const features: BuildingFeature[] = [];
  const blocks = Math.floor(o.extent / o.block);
  const half = (blocks * o.block) / 2;
  const road = 12;
  for (let i = 0; i < blocks; i++)
    for (let j = 0; j < blocks; j++) {
      const x0 = -half + i * o.block;
      const z0 = -half + j * o.block;
      // The streets on the block's west and north edges, centred on the grid lines; the block's ground inside.
      const r = road / 2;
      addQuad(
        street,
        [x0 - r, 0, z0 - r],
        [x0 - r, 0, z0 + o.block - r],
        [x0 + r, 0, z0 + o.block - r],
        [x0 + r, 0, z0 - r],
        STREET,
      );
      addQuad(
        street,
        [x0 + r, 0, z0 - r],
        [x0 + r, 0, z0 + r],
        [x0 + o.block - r, 0, z0 + r],
        [x0 + o.block - r, 0, z0 - r],
        STREET,
      );
      const inner = o.block - road;
      const cell = inner / o.groundCells;
      for (let a = 0; a < o.groundCells; a++)
        for (let b = 0; b < o.groundCells; b++) {
          const gx = x0 + road / 2 + a * cell;
          const gz = z0 + road / 2 + b * cell;
          addQuad(
            ground,
            [gx, 0, gz],
            [gx, 0, gz + cell],
            [gx + cell, 0, gz + cell],
            [gx + cell, 0, gz],
            GROUND,
          );
        }
      const side = inner / o.housesPerSide;
      for (let k = 0; k < o.housesPerSide * 4; k++) {
        const edge = Math.floor(k / o.housesPerSide);
        const n = k % o.housesPerSide;
        // Houses stand along the four edges of the block, their ridges parallel to the street.
        const along = road / 2 + (n + 0.5) * side;
        const depth = road / 2 + 6;
        const [east, north, angle] =
          edge === 0
            ? [x0 + along, -(z0 + depth), 0]
            : edge === 1
              ? [x0 + o.block - depth, -(z0 + along), Math.PI / 2]
              : edge === 2
                ? [x0 + along, -(z0 + o.block - depth), 0]
                : [x0 + depth, -(z0 + along), Math.PI / 2];
        const eave = rng.range(6, 13);
        const id = `syn-${i}-${j}-${k}`;
        addGabledHouse(
          buildings,
          { center: [east, north], angle, halfLength: side / 2 - 0.6, halfWidth: 5 },
          { eave, ridge: eave + rng.range(3, 6), wall: rng.pick(WALLS), roof: rng.pick(ROOFS) },
          features.length,
        );
        features.push({
          id,
          name: '',
          address: '',
          height: Math.round(eave * 10) / 10,
          roof: 'gabled',
          use: 'residential',
          source: 'generated',
          osm_id: '',
        });
      }
    }
  return { layers: [street, ground, buildings], features };
}

/** Where the benchmarks stand in the synthetic town: a street, a tower's height, a 600 m overview. */
export const SYNTHETIC_TOWN_VIEWPOINTS: ViewpointRecord[] = [
  { id: 'marktplatz', name_de: 'Straße', name_en: 'Street', position: [0, 1.6, 46], headingDeg: 0 },
  {
    id: 'hkb-tower-top',
    name_de: 'Turmhöhe',
    name_en: 'Tower height',
    position: [0, 57.65, 46],
    headingDeg: 0,
  },
  { id: 'overview', name_de: 'Überblick', name_en: 'Overview', position: [0, 600, 400], headingDeg: 0 },
];
