import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCityJson } from '../../../../src/pipeline/import/cityjson.ts';
import { parseGeoJsonFootprints } from '../../../../src/pipeline/import/geojson.ts';
import { InputError } from '../../../../src/core/input/input-error.ts';
import { lineColAt, parseJsonText } from '../../../../src/core/input/json-input.ts';

describe('parseJsonText', () => {
  it('names line and column of a syntax error', () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    expect(() => parseJsonText(text, 'x.json')).toThrow(/^x\.json: line 3:8: invalid JSON/);
  });

  it('points at the end of a truncated file', () => {
    const text = '{\n  "type": "CityJSON",\n  "vertices": [[1,2';
    try {
      parseJsonText(text, 'cut.city.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).place).toBe(`line 3:${'  "vertices": [[1,2'.length + 1}`);
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineColAt('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(lineColAt('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });

  it('either parses or throws an InputError at a real line:col, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseJsonText(text, 'f.json');
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          const m = /^line (\d+):(\d+)$/.exec((err as InputError).place);
          expect(m).not.toBeNull();
          expect(Number(m![1])).toBeLessThanOrEqual(text.split('\n').length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('untrusted CityJSON and GeoJSON', () => {
  const fail = (f: () => unknown): InputError | undefined => {
    try {
      f();
      return undefined;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return err;
    }
  };

  it('never crashes with anything but an InputError on arbitrary JSON', () => {
    const cityish = fc.record(
      {
        type: fc.constantFrom('CityJSON', 'Other'),
        version: fc.constantFrom('2.0', '1.1', '3', 7),
        transform: fc.anything(),
        vertices: fc.oneof(
          fc.array(fc.array(fc.integer(), { maxLength: 4 }), { maxLength: 6 }),
          fc.anything(),
        ),
        CityObjects: fc.dictionary(
          fc.string({ maxLength: 6 }),
          fc.record(
            { type: fc.constantFrom('Building', 'Road'), geometry: fc.anything(), attributes: fc.anything() },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(cityish, fc.jsonValue()), (value) => {
        fail(() => parseCityJson(value, 'a.city.json'));
        fail(() => parseGeoJsonFootprints(value, 'a.geojson'));
      }),
      { numRuns: 400 },
    );
  });

  it('names the JSON path of a wrong type', () => {
    const doc = {
      type: 'CityJSON',
      version: '2.0',
      vertices: [[0, 0, 0]],
      CityObjects: {
        DEBY_123: { type: 'Building', geometry: [{ type: 'Solid', lod: '2', boundaries: 'oops' }] },
      },
    };
    const err = fail(() => parseCityJson(doc, 'b.city.json'));
    expect(err?.message).toBe(
      'b.city.json: CityObjects["DEBY_123"].geometry[0].boundaries: expected an array, found a string',
    );
  });
});
