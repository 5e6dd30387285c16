import { describe, expect, it } from 'vitest';
import {
  bindToFacades,
  localPositionOf,
  nearestFacade,
  wallSegmentOf,
  type FacadeOutline,
} from '../../../src/pipeline/bind/facade-binding.ts';
import { createGeoFrame } from '../../../src/core/geo/geo-frame.ts';
import { parseRegistry, parseRegistrySource } from '../../../src/core/sensors/registry.ts';

/** An axis-aligned rectangle's outline in x/z. */
function box(id: string, x0: number, z0: number, x1: number, z1: number): FacadeOutline {
  return { id, segments: [x0, z0, x1, z0, x1, z0, x1, z1, x1, z1, x0, z1, x0, z1, x0, z0] };
}

// A long hall (60 x 10 m) with a small house (6 x 6 m) 4 m beyond its east end.
const hall = box('hall', 0, 0, 60, 10);
const house = box('house', 64, 2, 70, 8);
const frame = createGeoFrame(384780, 5935590, 19);
const context = { fileName: 'r.csv', cityName: 'c.glb', knownIds: new Set(['hall', 'house']), frame };

describe('wallSegmentOf', () => {
  it('turns a vertical triangle into its ground-plane segment', () => {
    expect(wallSegmentOf([0, 0, 5], [10, 0, 5], [10, 8, 5])).toEqual([0, 5, 10, 5]);
  });

  it('ignores flat and gently sloping triangles', () => {
    expect(wallSegmentOf([0, 0, 0], [10, 0, 0], [10, 0, 10])).toBeNull();
    expect(wallSegmentOf([0, 0, 0], [10, 0, 0], [10, 3, 10])).toBeNull();
    expect(wallSegmentOf([0, 0, 0], [0, 0, 0], [0, 3, 0])).toBeNull();
  });
});

describe('nearestFacade', () => {
  it('binds a sensor on the end wall of a long hall to the hall, though the house centre is nearer', () => {
    const at = { x: 60.3, z: 5 };
    // The house's centre (67, 5) is nearer than the hall's (30, 5): binding by centre would choose the house.
    expect(Math.hypot(at.x - 67, at.z - 5)).toBeLessThan(Math.hypot(at.x - 30, at.z - 5));
    const nearest = nearestFacade(at.x, at.z, [hall, house]);
    expect(nearest?.id).toBe('hall');
    expect(nearest?.distance).toBeCloseTo(0.3);
  });

  it('binds a sensor inside a building to it by the nearest wall, and is null without façades', () => {
    expect(nearestFacade(66, 5, [hall, house])).toEqual({ id: 'house', distance: 2 });
    expect(nearestFacade(0, 0, [])).toBeNull();
  });
});

describe('localPositionOf', () => {
  it('maps lon/lat and UTM to glTF x (east) and z (south)', () => {
    const [lon, lat] = frame.enToLonLat(12, -34);
    const fromLonLat = localPositionOf({ sensor: 's', line: 2, lon, lat }, frame);
    expect(fromLonLat?.x).toBeCloseTo(12, 3);
    expect(fromLonLat?.z).toBeCloseTo(34, 3);
    expect(localPositionOf({ sensor: 's', line: 2, easting: 384790, northing: 5935580 }, frame)).toEqual({
      x: 10,
      z: 10,
    });
    expect(localPositionOf({ sensor: 's', line: 2, lon, lat }, null)).toBeNull();
    expect(localPositionOf({ sensor: 's', line: 2, x: 1, z: 2 }, null)).toEqual({ x: 1, z: 2 });
  });
});

describe('bindToFacades', () => {
  const rows = (csv: string) => parseRegistrySource(csv, 'r.csv');

  it('keeps rows with a building and binds the others, reporting each distance', () => {
    const [lon, lat] = frame.enToLonLat(67, -(8 + 0.4));
    const result = bindToFacades(
      rows(
        `sensor,building,label,height,x,z,lon,lat\na,hall,Halle,3,,,,\nb,,,,60.3,5,,\nc,,,,,,${lon},${lat}\n`,
      ),
      [hall, house],
      context,
    );
    expect(result.entries).toEqual([
      { sensor: 'a', building: 'hall', unit: '°C', label: 'Halle', height: 3 },
      { sensor: 'b', building: 'hall', unit: '°C', label: 'b' },
      { sensor: 'c', building: 'house', unit: '°C', label: 'c' },
    ]);
    expect(result.bound.map((b) => [b.line, b.building])).toEqual([
      [3, 'hall'],
      [4, 'house'],
    ]);
    expect(result.bound[1]?.distance).toBeCloseTo(0.4, 3);
  });

  it('names the file and line for an unknown building, a far sensor and lon/lat without a frame', () => {
    expect(() => bindToFacades(rows('sensor,building\na,hal\n'), [hall], context)).toThrow(
      'r.csv line 2: building "hal" is not in c.glb',
    );
    expect(() => bindToFacades(rows('sensor,x,z\na,1,1\nb,30,45\n'), [hall], context)).toThrow(
      /^r\.csv line 3: no building façade within 30 m .*hall, is 35\.0 m away/,
    );
    expect(() => bindToFacades(rows('sensor,x,z\nb,30,45\n'), [hall], context, 40)).not.toThrow();
    expect(() =>
      bindToFacades(rows('sensor,lon,lat\na,13.26,53.55\n'), [hall], { ...context, frame: null }),
    ).toThrow(/^r\.csv line 2: c\.glb has no georeference/);
  });
});

describe('parseRegistry without the city', () => {
  it('points a row with only coordinates at the bind command', () => {
    expect(() => parseRegistry('sensor,easting,northing\na,384790,5935580\n', 'r.csv')).toThrow(
      'r.csv line 2: building is empty (coordinates bind to buildings with npm run city -- bind)',
    );
  });
});
