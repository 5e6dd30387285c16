import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCityJson } from '../../../../src/pipeline/import/cityjson.ts';
import { createCityJsonSeqReader } from '../../../../src/pipeline/import/cityjson-seq.ts';
import { readCityGmlFile } from '../../../../src/pipeline/import/citygml-file.ts';

const FIX = join(import.meta.dirname, '../../../fixtures/crs');
const surfaceCounts = (bs: { id: string; surfaces: unknown[] }[]) => bs.map((b) => [b.id, b.surfaces.length]);

describe('levels of detail and properties', () => {
  it('CityGML: the highest LoD by default, LoD1 when asked; links to boundary polygons drawn once', async () => {
    const file = join(FIX, 'citygml-v2-25833.gml');
    const best = await readCityGmlFile(file, 'v2.gml');
    // House 1: 7 LoD2 boundary surfaces + 6 of its part; the LoD2 solid links to the same 7 and adds none.
    expect(surfaceCounts(best.buildings)).toEqual([
      ['DEMV_HAUS_1', 13],
      ['DEMV_HAUS_2', 6],
    ]);
    expect(best.summary).toMatchObject({ version: '2.0', buildings: 2, unresolved: 0 });
    expect(best.buildings[0]).toMatchObject({
      name: 'Haus am Markt',
      height: 10,
      roof: '1030',
      use: '31001_1000',
    });
    const lod1 = await readCityGmlFile(file, 'v2.gml', 1);
    expect(surfaceCounts(lod1.buildings)).toEqual([
      ['DEMV_HAUS_1', 6],
      ['DEMV_HAUS_2', 6],
    ]);
  });

  it('CityJSON and CityJSON Sequence: the highest LoD by default, 1.2 when asked, parts under their building', async () => {
    const doc = JSON.parse(await readFile(join(FIX, 'cityjson-v2.0-7415.city.json'), 'utf8')) as unknown;
    expect(surfaceCounts(parseCityJson(doc, 'rd.json').buildings)).toEqual([
      ['NL_HAUS_1', 13],
      ['NL_HAUS_2', 6],
    ]);
    // An object without the LoD asked for keeps its finest: house 1's LoD1.2 block plus its part's LoD2.2 shed.
    expect(surfaceCounts(parseCityJson(doc, 'rd.json', { lod: '1.2' }).buildings)).toEqual([
      ['NL_HAUS_1', 12],
      ['NL_HAUS_2', 6],
    ]);
    const seq = createCityJsonSeqReader('ch.jsonl', { lod: '1.2' });
    for (const line of (await readFile(join(FIX, 'cityjson-seq-2056.city.jsonl'), 'utf8')).split('\n'))
      seq.line(line);
    const city = seq.close();
    expect(city.crs).toBe('EPSG:2056');
    expect(surfaceCounts(city.buildings)).toEqual([
      ['CH_HAUS_1', 12],
      ['CH_HAUS_2', 6],
    ]);
  });
});
