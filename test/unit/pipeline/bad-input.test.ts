import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectFailure as expectBadInput } from './expect-failure.ts';

const FIX = join(import.meta.dirname, '../../fixtures/city');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'city-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectFailure(name: string, content: string | Uint8Array, pattern: RegExp): Promise<void> {
  return expectBadInput(dir, name, content, pattern);
}

describe('bad input', () => {
  it('truncated CityJSON names the line:col where it stops', async () => {
    const text = await readFile(join(FIX, 'two-buildings.city.json'), 'utf8');
    const cut = text.slice(0, Math.floor(text.length / 2));
    await expectFailure(
      'cut.city.json',
      cut,
      new RegExp(`^cut\\.city\\.json: line 1:${cut.length + 1}: invalid JSON`),
    );
  });

  it('a wrong type names the JSON path', async () => {
    const doc = JSON.parse(await readFile(join(FIX, 'two-buildings.city.json'), 'utf8')) as {
      CityObjects: Record<string, { geometry: { boundaries: unknown }[] }>;
    };
    doc.CityObjects.DEMV_HOUSE_2!.geometry[0]!.boundaries = { not: 'an array' };
    await expectFailure(
      'typed.city.json',
      JSON.stringify(doc),
      /CityObjects\["DEMV_HOUSE_2"\]\.geometry\[0\]\.boundaries: expected an array, found a object/,
    );
  });

  it('an out-of-range vertex index names its path', async () => {
    const doc = JSON.parse(await readFile(join(FIX, 'lod1-transform.city.json'), 'utf8')) as {
      CityObjects: Record<string, { geometry: { boundaries: number[][][][] }[] }>;
    };
    doc.CityObjects.LOD1_A!.geometry[0]!.boundaries[0]![1]![0]![2] = 9999;
    await expectFailure(
      'index.city.json',
      JSON.stringify(doc),
      /CityObjects\["LOD1_A"\]\.geometry\[0\]\.boundaries\[0\]\[1\]\[0\]\[2\]: vertex index 9999 out of range/,
    );
  });

  it('an unknown CRS is refused, not guessed', async () => {
    const doc = JSON.parse(await readFile(join(FIX, 'two-buildings.city.json'), 'utf8')) as {
      metadata: { referenceSystem: string };
    };
    doc.metadata.referenceSystem = 'https://www.opengis.net/def/crs/EPSG/0/999999';
    await expectFailure('crs.city.json', JSON.stringify(doc), /metadata\.referenceSystem: unknown CRS/);
  });

  it('GeoJSON with a broken coordinate names the path', async () => {
    const doc = JSON.parse(await readFile(join(FIX, 'footprints.geojson'), 'utf8')) as {
      features: { geometry: { coordinates: unknown[][] } }[];
    };
    (doc.features[1]!.geometry.coordinates[0] as unknown[])[2] = ['13.26', 53.5];
    await expectFailure(
      'bad.geojson',
      JSON.stringify(doc),
      /features\[1\]\.geometry\.coordinates\[0\]\[2\]\[0\]: expected a number, found a string/,
    );
  });

  it('a truncated GLB names the byte offset and chunk', async () => {
    const glb = new Uint8Array(await readFile(join(FIX, 'nodes-per-building.glb')));
    await expectFailure(
      'cut.glb',
      glb.subarray(0, glb.byteLength - 100),
      /^cut\.glb: byte \d+ \((header|JSON chunk|BIN chunk)\): .*truncated/,
    );
    await expectFailure('tiny.glb', glb.subarray(0, 7), /^tiny\.glb: byte 7 \(header\)/);
  });

  it('a GLB with a corrupt JSON chunk names the byte offset', async () => {
    const glb = new Uint8Array(await readFile(join(FIX, 'nodes-per-building.glb')));
    const broken = glb.slice();
    broken[20] = 0x7d; // '}' right after '{'-ish start: the JSON chunk no longer parses
    broken[21] = 0x7d;
    await expectFailure('json.glb', broken, /^json\.glb: byte \d+ \(JSON chunk\): invalid JSON/);
  });
});
