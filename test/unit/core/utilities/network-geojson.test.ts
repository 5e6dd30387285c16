import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/input/input-error.ts';
import { createGeoFrame } from '../../../../src/core/geo/geo-frame.ts';
import { parseNetwork } from '../../../../src/core/utilities/network-geojson.ts';
import { placeNetwork } from '../../../../src/core/utilities/placed-line.ts';

const line = (
  coordinates: unknown,
  properties: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties,
  ...extra,
});
const local = { type: 'name', properties: { name: 'local' } };

describe('parseNetwork', () => {
  it('reads local lines with a depth, a depth per vertex or a height, and places them under the ground', () => {
    const network = parseNetwork(
      {
        type: 'FeatureCollection',
        crs: local,
        sample: true,
        features: [
          line(
            [
              [0, 0],
              [10, 0],
            ],
            { type: 'Gas', id: 'g1', diameterM: 0.1, depthM: 1, owner: 'SWN' },
          ),
          line(
            [
              [0, 5],
              [10, 5],
            ],
            { type: 'water', diameterM: 0.2, depthM: [1, 2] },
            { id: 'w1' },
          ),
          line(
            [
              [0, 9, 12],
              [10, 9, 11],
            ],
            { type: 'telecom', widthM: 0.3 },
          ),
        ],
      },
      'net.geojson',
    );
    expect(network.frame).toBe('local');
    expect(network.sample).toBe(true);
    expect(network.lines.map((l) => [l.id, l.type, l.owner])).toEqual([
      ['g1', 'gas', 'SWN'],
      ['w1', 'water', ''],
      ['line-3', 'telecom', ''],
    ]);
    const placed = placeNetwork(network, () => 2, 10);
    // Cover to the pipe's top: ground 2, depth 1, radius 0.05.
    expect(placed[0]?.points[0]).toEqual([0, 0.95, -0]);
    expect(placed[1]?.points.map((p) => p[1])).toEqual([0.9, -0.1]);
    // Heights above sea level, relative to the model origin at 10 m.
    expect(placed[2]?.points.map((p) => p[1])).toEqual([2, 1]);
  });

  it('reads EPSG:25833 through the model frame', () => {
    const frame = createGeoFrame(385000, 5935000, 15);
    const network = parseNetwork(
      {
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } },
        features: [
          line(
            [
              [385010, 5935020],
              [385030, 5935020],
            ],
            { type: 'power', diameterM: 0.05, heightM: 14 },
          ),
        ],
      },
      'net.geojson',
      { utm: (e, n) => frame.utmToEN(e, n), origin: frame.origin },
    );
    expect(network.frame).toBe('utm');
    expect(network.lines[0]?.vertices[0]?.east).toBeCloseTo(10, 6);
    expect(network.lines[0]?.vertices[0]?.north).toBeCloseTo(20, 6);
  });

  // One line in a local file, with what is wrong in it.
  const one = (coordinates: unknown, properties: Record<string, unknown>) => ({
    type: 'FeatureCollection',
    crs: local,
    features: [line(coordinates, { type: 'gas', diameterM: 0.1, depthM: 1, ...properties })],
  });
  const diagonal = [
    [0, 0],
    [1, 1],
  ];
  it.each([
    [{ type: 'Feature' }, 'type', 'FeatureCollection'],
    [one(diagonal, { type: 'wsser' }), 'features[0].properties.type', 'unknown utility type "wsser"'],
    [one([[0, 0]], {}), 'features[0].geometry.coordinates', 'at least two positions'],
    [
      one(
        [
          [0, 0],
          [1, 'x'],
        ],
        {},
      ),
      'features[0].geometry.coordinates[1][1]',
      'expected a number',
    ],
    [one(diagonal, { diameterM: -1 }), 'features[0].properties.diameterM', 'diameter'],
    [one(diagonal, { depthM: [1] }), 'features[0].properties.depthM', 'position 1'],
    [one(diagonal, { depthM: undefined }), 'features[0].properties', 'depthM'],
  ])('refuses a malformed file naming the place: %#', (json, place, detail) => {
    const read = (): unknown => parseNetwork(json, 'net.geojson');
    expect(read).toThrow(InputError);
    expect(read).toThrow(`net.geojson: ${place}: `);
    expect(read).toThrow(detail);
  });
});
