import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCityJson } from '../../../src/pipeline/import/cityjson.ts';
import { createCityObjectFamilies } from '../../../src/pipeline/import/cityjson-file.ts';
import { readCityJsonHead, streamCityObjects } from '../../../src/pipeline/import/cityjson-stream.ts';
import { importFile } from '../../../src/pipeline/import/import-file.ts';
import { featuresOf, positionsOfFeature, readGlb } from './helpers.ts';
import { expectFailure } from './expect-failure.ts';
import { createTempDir } from './temp-dir.ts';

const FIX = join(import.meta.dirname, '../../fixtures/crs/cityjson-v2.0-7415.city.json');
const dir = createTempDir('cityjson-stream-');

interface Doc {
  CityObjects: Record<string, { parents?: string[]; children?: string[] } & Record<string, unknown>>;
  vertices: number[][];
  [key: string]: unknown;
}

const fixture = async (): Promise<Doc> => JSON.parse(await readFile(FIX, 'utf8')) as Doc;

/** The document with its keys in the order given (CityJSON fixes none) and its objects reversed. */
function reordered(doc: Doc, keys: string[]): string {
  const objects = Object.fromEntries(Object.entries(doc.CityObjects).reverse());
  const all: Record<string, unknown> = { ...doc, CityObjects: objects };
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, all[k]])));
}

async function imported(name: string, text: string): Promise<Awaited<ReturnType<typeof readGlb>>> {
  const file = join(dir(), name);
  await writeFile(file, text);
  await importFile(file, `${file}.glb`);
  return readGlb(`${file}.glb`);
}

describe('CityJSON read as a stream', () => {
  it('gives the buildings of the whole-document reader, whatever the order of keys and objects, BOM or not', async () => {
    const doc = await fixture();
    const whole = parseCityJson(doc, 'x');
    const asIs = await imported('as-is.city.json', JSON.stringify(doc));
    const keys = ['vertices', 'CityObjects', 'metadata', 'version', 'type', 'transform'];
    const turned = await imported('turned.city.json', `\uFEFF${reordered(doc, keys)}`);
    expect(featuresOf(asIs).map((f) => f.id)).toEqual(whole.buildings.map((b) => b.id));
    expect(new Set(featuresOf(turned).map((f) => f.id))).toEqual(new Set(whole.buildings.map((b) => b.id)));
    const house = featuresOf(asIs).findIndex((f) => f.id === 'NL_HAUS_1');
    const turnedHouse = featuresOf(turned).findIndex((f) => f.id === 'NL_HAUS_1');
    const a = positionsOfFeature(asIs, house);
    const b = positionsOfFeature(turned, turnedHouse);
    expect(b.length).toBe(a.length);
    expect(a.length).toBeGreaterThan(0);
  });

  it('keeps the vertices in one typed array, scaled and translated', async () => {
    const file = join(dir(), 'head.city.json');
    const doc = await fixture();
    await writeFile(file, JSON.stringify(doc));
    const head = await readCityJsonHead(file, 'head.city.json');
    expect(head.vertices.count).toBe(doc.vertices.length);
    const [x, y, z] = doc.vertices[3]!;
    expect(head.vertices.at(3)).toEqual([x! * 0.001 + 155000, y! * 0.001 + 463000, z! * 0.001]);
    expect(head.vertices.at(doc.vertices.length)).toBeUndefined();
    expect(head.root.key('CityObjects').isMissing()).toBe(true);
    const ids: string[] = [];
    await streamCityObjects(file, 'head.city.json', (id) => ids.push(id));
    expect(ids).toEqual(Object.keys(doc.CityObjects));
  });

  it('draws a part with its Building when it comes first, or lacks `parents`', async () => {
    const doc = await fixture();
    const file = join(dir(), 'parts.city.json');
    await writeFile(file, JSON.stringify(doc));
    const head = await readCityJsonHead(file, 'parts.city.json');
    const run = (order: [string, unknown][]): string[][] => {
      const out: string[][] = [];
      const families = createCityObjectFamilies('parts.city.json', head.vertices, undefined, (b) =>
        out.push([b.id, String(b.surfaces.length)]),
      );
      for (const [id, value] of order) families.add(id, value);
      families.close();
      return out;
    };
    const entries = Object.entries(doc.CityObjects);
    const inOrder = run(entries);
    expect(run([...entries].reverse()).sort()).toEqual([...inOrder].sort());
    const orphan = entries.map(([id, o]): [string, unknown] => [id, { ...o, parents: undefined }]);
    expect(run(orphan.reverse()).sort()).toEqual([...inOrder].sort());
    expect(inOrder.map(([id]) => id)).not.toContain('NL_HAUS_1_TEIL');
  });

  it('names the place of a bad vertex and of an index out of range', async () => {
    const doc = await fixture();
    const short = { ...doc, vertices: doc.vertices.map((v, i) => (i === 2 ? v.slice(0, 2) : v)) };
    await expectFailure(
      dir(),
      'short.city.json',
      JSON.stringify(short),
      /vertices\[2\]: a vertex needs 3 coordinates, found 2/,
    );
    const text = { ...doc, vertices: doc.vertices.map((v, i) => (i === 4 ? [v[0], 'x', v[2]] : v)) };
    await expectFailure(
      dir(),
      'text.city.json',
      JSON.stringify(text),
      /vertices\[4\]\[1\]: expected a number, found a string/,
    );
    const cut = { ...doc, vertices: doc.vertices.slice(0, 10) };
    await expectFailure(
      dir(),
      'range.city.json',
      reordered(cut, ['type', 'version', 'CityObjects', 'transform', 'metadata', 'vertices']),
      /CityObjects\["NL_HAUS_\d"\]\.geometry\[\d\]\.boundaries(\[\d+\])+: vertex index \d+ out of range \(0\.\.9\)/,
    );
    await expectFailure(dir(), 'array.city.json', '[1, 2]', /\(root\): expected an object, found an array/);
  });
});
