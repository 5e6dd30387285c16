import { describe, expect, it } from 'vitest';
import { parseRoute, routeToGeoJson, type SavedRoute } from '../../../../src/core/utilities/route-geojson.ts';

const route: SavedRoute = {
  type: 'power',
  diameterM: 0.1,
  coverM: 0.8,
  points: [
    { x: 10, z: -20, coverM: null },
    { x: 30, z: -20, coverM: 1.2 },
  ],
};

describe('route GeoJSON', () => {
  it('saves the route in local [east, north] with its depths and clashes, and reads it back', () => {
    const json = routeToGeoJson(route, [
      {
        lineId: 'gas-1',
        kind: 'clearance',
        distanceM: 0.0512,
        requiredM: 0.1,
        at: [20, -1, -20],
        segment: 0,
      },
    ]);
    const features = json.features as {
      properties: Record<string, unknown>;
      geometry: { coordinates: unknown };
    }[];
    expect(features[0]?.geometry.coordinates).toEqual([
      [10, 20],
      [30, 20],
    ]);
    expect(features[0]?.properties.depthM).toEqual([0.8, 1.2]);
    expect(features[1]?.properties).toMatchObject({ role: 'clash', lineId: 'gas-1', distanceM: 0.051 });
    expect(parseRoute(JSON.parse(JSON.stringify(json)), 'r.geojson')).toEqual(route);
  });

  it('refuses a file that is no saved route, naming the place', () => {
    const saved = routeToGeoJson(route, []);
    expect(() => parseRoute({ ...saved, crs: undefined }, 'r.geojson')).toThrow(
      'r.geojson: crs: expected a route',
    );
    const wrongType = JSON.parse(JSON.stringify(saved).replace('"power"', '"steam"')) as unknown;
    expect(() => parseRoute(wrongType, 'r.geojson')).toThrow(
      'r.geojson: features[0].properties.type: unknown',
    );
    const badPoint = JSON.parse(JSON.stringify(saved).replace('[30,20]', '[30,"x"]')) as unknown;
    expect(() => parseRoute(badPoint, 'r.geojson')).toThrow(
      'features[0].geometry.coordinates[1][1]: expected a number',
    );
  });
});
