// 3D Tiles 1.0 formats beside b3dm, written at test time: a composite (cmpt) of a Batched 3D Model and an
// Instanced 3D Model (i3dm), and a point cloud (pnts), in a tileset placed by region volumes alone.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gridToEcef } from '../../src/core/geo/ecef.ts';
import type { GeoOrigin } from '../../src/core/geo/geo-frame.ts';
import { glb, pad8, type Part } from '../fixtures/tiles/make-b3dm-fixture.ts';

type Vec3 = [number, number, number];

/** The house on the composite tile, in the twin's frame (glTF axes around the origin). */
export const FORMATS_HOUSE = { id: 'fmt-haus', min: [10, 0, -20] as Vec3, max: [22, 9, -8] as Vec3 };
/** Where the bollards (i3dm instances) stand and where the point cloud (a tree's crown) floats, glTF axes. */
export const FORMATS_BOLLARDS: Vec3[] = [-20, -15, -10, -5].map((x) => [x, 0, -10]);
export const FORMATS_CLOUD: Vec3 = [-20, 6, 20];

const GROUND: Part = { batch: 1, min: [-50, -0.2, -50], max: [50, 0, 50] };

/** A feature table (JSON and binary), each chunk padded to 8 bytes. */
function featureTable(json: object, binary: Buffer = Buffer.alloc(0)): [Buffer, Buffer] {
  return [pad8(JSON.stringify(json)), Buffer.concat([binary, Buffer.alloc((8 - (binary.length % 8)) % 8)])];
}

/**
 * A tile of one of the 1.0 formats: magic, version 1, byte length, the lengths of the four table chunks (and
 * `more` header words), the chunks, then the GLB; padded to 8 bytes, as a composite's inner tiles must be.
 */
function tile(
  magic: string,
  chunks: Buffer[],
  more: number[] = [],
  glbBytes: Uint8Array = new Uint8Array(0),
): Buffer {
  const header = Buffer.alloc(12 + (chunks.length + more.length) * 4);
  header.write(magic, 0, 'ascii');
  header.writeUInt32LE(1, 4);
  [...chunks.map((c) => c.length), ...more].forEach((v, i) => header.writeUInt32LE(v, 12 + i * 4));
  const unpadded = header.length + chunks.reduce((n, c) => n + c.length, 0) + glbBytes.byteLength;
  const out = Buffer.concat([
    header,
    ...chunks,
    Buffer.from(glbBytes),
    Buffer.alloc((8 - (unpadded % 8)) % 8),
  ]);
  out.writeUInt32LE(out.length, 8);
  return out;
}

const floats = (values: number[]) => Buffer.from(new Float32Array(values).buffer);

/**
 * Write `tileset.json`, `block.cmpt` (ground and house as b3dm, four bollards as i3dm) and `tree.pnts` into
 * `dir`. No tile has a transform: contents are Earth-centred offsets from their RTC_CENTER (the origin), and
 * every bounding volume is a region, so the twin must place the tileset from its regions alone.
 */
export async function writeFormatsTileset(dir: string, origin: GeoOrigin): Promise<void> {
  const m = gridToEcef(origin);
  const centre: Vec3 = [m[12]!, m[13]!, m[14]!];
  // A point of the twin's frame (glTF axes: x east, y up, -z north) as an offset in Earth-centred axes.
  const ecef = ([x, y, z]: Vec3): Vec3 => {
    const [e, n, u] = [x, -z, y];
    return [0, 1, 2].map((k) => m[k]! * e + m[4 + k]! * n + m[8 + k]! * u) as Vec3;
  };
  // glTF content is turned from y-up to z-up when drawn: Earth-centred (a, b, c) is written as (a, c, -b).
  const asGltf = (p: Vec3): Vec3 => {
    const [a, b, c] = ecef(p);
    return [a, c, -b];
  };
  const house: Part = { batch: 0, min: FORMATS_HOUSE.min, max: FORMATS_HOUSE.max };
  const rows = { id: [FORMATS_HOUSE.id, ''], name: ['Haus am Platz', ''], height: [9, 0] };
  const model = await glb([GROUND, house], [0.8, 0.78, 0.72, 1], asGltf);
  const none = Buffer.alloc(0);
  const batched = tile(
    'b3dm',
    [...featureTable({ BATCH_LENGTH: 2, RTC_CENTER: centre }), pad8(JSON.stringify(rows)), none],
    [],
    model,
  );
  // Bollards: one box model, placed per instance and stood upright on the ellipsoid (EAST_NORTH_UP).
  const bollard = await glb([{ batch: 0, min: [-0.2, 0, -0.2], max: [0.2, 1, 0.2] }], [0.3, 0.3, 0.3, 1]);
  const instances = featureTable(
    { INSTANCES_LENGTH: 4, RTC_CENTER: centre, EAST_NORTH_UP: true, POSITION: { byteOffset: 0 } },
    floats(FORMATS_BOLLARDS.flatMap(ecef)),
  );
  // gltfFormat 1: the GLB is embedded.
  const instanced = tile('i3dm', [...instances, none, none], [1], bollard);
  const composite = Buffer.alloc(16);
  composite.write('cmpt', 0, 'ascii');
  composite.writeUInt32LE(1, 4);
  composite.writeUInt32LE(16 + batched.length + instanced.length, 8);
  composite.writeUInt32LE(2, 12);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'block.cmpt'), Buffer.concat([composite, batched, instanced]));

  const points: number[] = [];
  const colours: number[] = [];
  for (let i = 0; i < 400; i++) {
    const a = (i * 2.39996) % (2 * Math.PI);
    const r = 3 * Math.sqrt((i + 0.5) / 400);
    const p: Vec3 = [
      FORMATS_CLOUD[0] + r * Math.cos(a),
      FORMATS_CLOUD[1] + ((i * 7) % 11) / 4 - 1.4,
      FORMATS_CLOUD[2] + r * Math.sin(a),
    ];
    points.push(...ecef(p));
    colours.push(40, 120 + (i % 60), 40);
  }
  const [pJson, pBin] = featureTable(
    { POINTS_LENGTH: 400, RTC_CENTER: centre, POSITION: { byteOffset: 0 }, RGB: { byteOffset: 400 * 12 } },
    Buffer.concat([floats(points), Buffer.from(colours)]),
  );
  await writeFile(join(dir, 'tree.pnts'), tile('pnts', [pJson, pBin, Buffer.alloc(0), Buffer.alloc(0)]));

  const region = regionAround(origin, 60);
  const [cx, , cz] = FORMATS_CLOUD;
  const tileset = {
    asset: { version: '1.0' },
    geometricError: 100,
    // Viewpoints only: without an origin of its own the tileset is placed from its regions.
    extras: {
      stadtzwilling: {
        viewpoints: [
          { id: 'baum', name_de: 'Baum', name_en: 'Tree', position: [cx, 1.6, cz + 10], headingDeg: 0 },
        ],
      },
    },
    root: {
      boundingVolume: { region },
      geometricError: 50,
      refine: 'ADD',
      children: [
        { boundingVolume: { region }, geometricError: 0, content: { uri: 'block.cmpt' } },
        { boundingVolume: { region }, geometricError: 0, content: { uri: 'tree.pnts' } },
      ],
    },
  };
  await writeFile(join(dir, 'tileset.json'), `${JSON.stringify(tileset, null, 1)}\n`);
}

/** A region (radians, metres above the ellipsoid) reaching `metres` around the origin and 30 m up and down. */
function regionAround(origin: GeoOrigin, metres: number): number[] {
  const rad = Math.PI / 180;
  const dLat = metres / 6_371_000;
  const dLon = dLat / Math.cos(origin.lat * rad);
  const [lon, lat] = [origin.lon * rad, origin.lat * rad];
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat, origin.height - 30, origin.height + 30];
}
