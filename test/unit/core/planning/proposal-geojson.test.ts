import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../../../src/core/input/input-error.ts';
import { proposalFromSpec, worldFootprint } from '../../../../src/core/planning/proposal.ts';
import { parseProposals, proposalsToGeoJSON } from '../../../../src/core/planning/proposal-geojson.ts';

const origin = {
  epsg: 'EPSG:25833',
  easting: 385_000,
  northing: 5_935_000,
  height: 20,
  lon: 13.26,
  lat: 53.56,
};

describe('proposals as GeoJSON', () => {
  it('saves footprints in EPSG:25833 and reads the same proposals back', () => {
    const a = proposalFromSpec(
      { x: 12, z: -30, width: 18, depth: 11, rotationDeg: 30, roof: 'hip', storeys: 6 },
      'a',
    );
    const b = proposalFromSpec(
      {
        corners: [
          [0, 0],
          [10, 0],
          [5, 8],
        ],
        roof: 'flat',
        variant: 'B',
      },
      'b',
    );
    const json = proposalsToGeoJSON([a, b], origin) as {
      features: { geometry: { coordinates: number[][][] } }[];
    };
    const [e, n] = json.features[0]!.geometry.coordinates[0]![0]!;
    expect(e).toBeCloseTo(origin.easting + worldFootprint(a)[0]![0], 2);
    expect(n).toBeCloseTo(origin.northing - worldFootprint(a)[0]![1], 2);
    const back = parseProposals(JSON.parse(JSON.stringify(json)), 'p.geojson', origin);
    expect(back.map((p) => [p.id, p.roof, p.storeys, p.variant])).toEqual([
      ['a', 'hip', 6, 'A'],
      ['b', 'flat', 4, 'B'],
    ]);
    back.forEach((p, i) => {
      const expected = worldFootprint([a, b][i]!);
      worldFootprint(p).forEach(([x, z], k) => {
        expect(x).toBeCloseTo(expected[k]![0], 2);
        expect(z).toBeCloseTo(expected[k]![1], 2);
      });
    });
  });

  it('names the place that is wrong', () => {
    const good = proposalsToGeoJSON([proposalFromSpec({}, 'a')], origin) as {
      features: Record<string, unknown>[];
    };
    const wrong = (edit: (f: Record<string, unknown>) => void) => {
      const copy = structuredClone(good);
      edit(copy.features[0]!);
      return () => parseProposals(copy, 'p.geojson', origin);
    };
    expect(wrong((f) => ((f.properties as Record<string, unknown>).storeys = 2.5))).toThrow(
      'p.geojson: features[0].properties.storeys: must be a whole number from 1 to 200',
    );
    expect(wrong((f) => ((f.properties as Record<string, unknown>).roof = 'dome'))).toThrow(
      /features\[0\]\.properties\.roof: must be one of flat, gable, hip, mansard/,
    );
    expect(
      wrong((f) => ((f.geometry as { coordinates: unknown[][] }).coordinates[0]![2] = ['x', 1])),
    ).toThrow(/features\[0\]\.geometry\.coordinates\[0\]\[2\]: must be \[easting, northing\]/);
    expect(
      wrong(
        (f) =>
          ((f.geometry as { coordinates: number[][][] }).coordinates[0] = [
            [13.2, 53.5],
            [13.3, 53.5],
            [13.3, 53.6],
          ]),
      ),
    ).toThrow(/coordinates\[0\]\[0\]: is far from the city/);
    expect(() => parseProposals({ type: 'Feature' }, 'p.geojson', origin)).toThrow(
      'p.geojson: type: must be "FeatureCollection"',
    );
  });

  it('refuses anything else with an InputError, never another exception (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseProposals(value, 'x', origin);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
    const features = fc.array(
      fc.record({
        type: fc.constant('Feature'),
        properties: fc.dictionary(fc.string(), fc.jsonValue()),
        geometry: fc.jsonValue(),
      }),
    );
    fc.assert(
      fc.property(features, (list) => {
        try {
          parseProposals({ type: 'FeatureCollection', features: list }, 'x', origin);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
    );
  });
});
