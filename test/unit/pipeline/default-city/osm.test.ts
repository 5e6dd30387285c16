import { describe, expect, it } from 'vitest';
import { parseOsmHeight, parseOverpass } from '../../../../src/pipeline/default-city/osm.ts';
import { inputErrorOf } from '../helpers.ts';

const answer = {
  elements: [
    { type: 'node', id: 1, lon: 13.26, lat: 53.55, tags: { name: 'Brunnen' } },
    {
      type: 'way',
      id: 2,
      tags: { barrier: 'city_wall', height: '7' },
      geometry: [
        { lat: 53.55, lon: 13.25 },
        { lat: 53.56, lon: 13.26 },
      ],
    },
    {
      type: 'way',
      id: 3,
      geometry: [
        { lat: 1, lon: 2 },
        { lat: 3, lon: 4 },
        { lat: 5, lon: 6 },
      ],
    },
    { type: 'relation', id: 4, members: [] },
  ],
};

describe('parseOverpass', () => {
  it('reads nodes and ways with their tags, geometry as [lon, lat], and skips other elements', () => {
    const osm = parseOverpass(answer, 'a.json');
    expect(osm.nodes).toEqual([{ id: 1, tags: { name: 'Brunnen' }, lon: 13.26, lat: 53.55 }]);
    expect(osm.ways).toHaveLength(2);
    expect(osm.ways[0]).toEqual({
      id: 2,
      tags: { barrier: 'city_wall', height: '7' },
      geometry: [
        [13.25, 53.55],
        [13.26, 53.56],
      ],
    });
    expect(osm.ways[1]!.tags).toEqual({});
    expect(osm.ways[1]!.geometry[2]).toEqual([6, 5]);
  });

  it('names the JSON path of a way fetched without geometry', () => {
    const err = inputErrorOf(() => parseOverpass({ elements: [{ type: 'way', id: 9 }] }, 'b.json'));
    expect(err.place).toBe('elements[0]');
    expect(err.message).toContain('out geom');
  });

  it('refuses a way of one point and a tag that is not a string', () => {
    const short = { elements: [{ type: 'way', id: 9, geometry: [{ lat: 1, lon: 2 }] }] };
    expect(inputErrorOf(() => parseOverpass(short, 'c.json')).place).toBe('elements[0].geometry');
    const badTag = { elements: [{ type: 'node', id: 1, lon: 0, lat: 0, tags: { height: 7 } }] };
    expect(inputErrorOf(() => parseOverpass(badTag, 'd.json')).place).toBe('elements[0].tags["height"]');
  });

  it('refuses an answer without elements', () => {
    expect(inputErrorOf(() => parseOverpass({}, 'e.json')).place).toBe('elements');
  });
});

describe('parseOsmHeight', () => {
  it('reads metres with or without a unit and a decimal comma', () => {
    expect(parseOsmHeight('7')).toBe(7);
    expect(parseOsmHeight(' 7 m ')).toBe(7);
    expect(parseOsmHeight('7.5')).toBe(7.5);
    expect(parseOsmHeight('7,5 metres')).toBe(7.5);
  });

  it('gives undefined for a missing, unreadable or implausible height', () => {
    for (const text of [undefined, '', 'tall', '7 ft', '0', '1000', '-3'])
      expect(parseOsmHeight(text)).toBeUndefined();
  });
});
