import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegistry, parseRegistrySource } from '../../../../src/core/sensors/registry.ts';

const fixture = (name: string): string => readFileSync(`test/fixtures/sensors/${name}`, 'utf8');

describe('parseRegistry', () => {
  it('reads a JSON array', () => {
    const entries = parseRegistry(fixture('registry.small.json'), 'registry.small.json');
    expect(entries).toHaveLength(24);
    expect(entries[0]).toEqual({
      sensor: 'nb-000',
      building: 'bldg-000',
      unit: '°C',
      label: 'Rathaus <b>Süd</b>',
    });
  });

  it('reads CSV with quotes, empty cells and a height', () => {
    expect(parseRegistry(fixture('registry.small.csv'), 'registry.small.csv')).toEqual([
      { sensor: 'nb-a', building: 'bldg-1', unit: '°C', label: 'Marienkirche Nord', height: 3.5 },
      { sensor: 'nb-b', building: 'bldg-1', unit: '°C', label: 'Marienkirche, Süd' },
      { sensor: 'nb-c', building: 'bldg-2', unit: '°C', label: 'Bahnhof' },
    ]);
  });

  it('reads semicolon CSV with decimal commas as spreadsheets write it', () => {
    const entries = parseRegistry('\uFEFFsensor;building;height\r\ns1;b1;2,5\r\n', 'r.csv');
    expect(entries).toEqual([{ sensor: 's1', building: 'b1', unit: '°C', label: 's1', height: 2.5 }]);
  });

  it('names the file and line of each mistake', () => {
    expect(() => parseRegistry(fixture('registry.bad.csv'), 'registry.csv')).toThrow(
      'registry.csv line 7: building is empty',
    );
    expect(() => parseRegistry('sensor,building\na,b\na,c', 'r.csv')).toThrow(
      'r.csv line 3: sensor "a" is already on line 2',
    );
    expect(() => parseRegistry('sensor,building,colour\n', 'r.csv')).toThrow(
      'r.csv line 1: unknown column "colour"',
    );
    expect(() => parseRegistry('sensor,building,height\na,b,high', 'r.csv')).toThrow(
      'r.csv line 2: height is not a number',
    );
    expect(() => parseRegistry('sensor,building\na/b,c', 'r.csv')).toThrow('r.csv line 2: sensor "a/b"');
    expect(() =>
      parseRegistry(
        '[\n  {"sensor": "a", "building": "b"},\n\n  {"sensor": "", "building": "b"}\n]',
        'r.json',
      ),
    ).toThrow('r.json line 4: sensor is empty');
    expect(() => parseRegistry('[\n{"sensor": "a",\n "building": }\n]', 'r.json')).toThrow(
      /^r\.json line 3: not valid JSON$/,
    );
  });

  it('keeps coordinates for binding and points to the bind tool when a row has only coordinates', () => {
    const rows = parseRegistrySource('sensor,lon,lat\ns1,13.26,53.56', 'r.csv');
    expect(rows[0]).toMatchObject({ sensor: 's1', lon: 13.26, lat: 53.56, line: 2 });
    expect(() => parseRegistry('sensor,x,z\ns1,10,20', 'r.csv')).toThrow(
      'r.csv line 2: building is empty (coordinates',
    );
  });

  it('reads an object with a sensors list', () => {
    expect(parseRegistry('{"sensors":[{"sensor":"s","building":"b","unit":"K"}]}', 'r.json')[0]?.unit).toBe(
      'K',
    );
  });
});
