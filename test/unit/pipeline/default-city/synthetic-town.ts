import { createGeoFrame, type GeoFrame } from '../../../../src/core/geo/geo-frame.ts';
import { FeatureTable } from '../../../../src/pipeline/mesh/city-features.ts';
import { rectCorners, type Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import { DEFAULT_CITY_DEFAULTS } from '../../../../src/pipeline/default-city/default-city.ts';
import type { LonLat, OsmData, OsmWay } from '../../../../src/pipeline/default-city/osm.ts';
import { prepareCityInput } from '../../../../src/pipeline/default-city/city-input.ts';
import { createCityLayers } from '../../../../src/pipeline/default-city/city-layers.ts';
import { addWallAndGates } from '../../../../src/pipeline/default-city/wall-and-gates.ts';

/** Radius of the synthetic town's wall, metres. */
export const WALL_RADIUS = 330;
/** Radius of its green belt's outline, metres. */
export const OUTLINE_RADIUS = 410;

/** The gates, by compass direction: name and angle from east. */
export const GATES = [
  { name: 'Friedländer Tor', angle: 0 },
  { name: 'Stargarder Tor', angle: Math.PI / 2 },
  { name: 'Treptower Tor', angle: Math.PI },
  { name: 'Neues Tor', angle: (3 * Math.PI) / 2 },
] as const;

/** Where the 5 m gaps between the wall's ways are, in local metres: the middle of each arc. */
export const WALL_GAPS: Vec2[] = GATES.map((g) => polar(WALL_RADIUS, g.angle + Math.PI / 4));

const frame = createGeoFrame(
  DEFAULT_CITY_DEFAULTS.easting,
  DEFAULT_CITY_DEFAULTS.northing,
  DEFAULT_CITY_DEFAULTS.height,
);
const lonLat = (p: Vec2): LonLat => frame.enToLonLat(p[0], p[1]);

function polar(r: number, angle: number): Vec2 {
  return [r * Math.cos(angle), r * Math.sin(angle)];
}

/** `n + 1` points along the wall circle from angle a to b. */
function arc(a: number, b: number, n = 12): Vec2[] {
  return Array.from({ length: n + 1 }, (_, i) => polar(WALL_RADIUS, a + ((b - a) * i) / n));
}

/** A gate footprint 12 m along the road and 9 m across, as a closed ring. */
function gateRing(r: number, angle: number): Vec2[] {
  const c = rectCorners({ center: polar(r, angle), angle, halfLength: 6, halfWidth: 4.5 });
  return [...c, c[0]!];
}

/**
 * A small walled town in memory: a round wall of eight ways (a 5 m gap in the middle of each quarter,
 * the gates between the quarters), four gates (the Friedländer Tor with its Vortor), a road through each
 * gate (a passage way through the Stargarder Tor), a church, a car park and a round outline.
 */
export function syntheticTown(): { osm: OsmData; outline: LonLat[] } {
  const ways: OsmWay[] = [];
  let id = 1000;
  const add = (tags: Record<string, string>, points: Vec2[]): void => {
    ways.push({ id: id++, tags, geometry: points.map(lonLat) });
  };
  // The wall ends where the gate's 9 m width begins; the half gap is 2.5 m on the circle.
  const atGate = 4.5 / WALL_RADIUS;
  const halfGap = 2.5 / WALL_RADIUS;
  for (const g of GATES) {
    const mid = g.angle + Math.PI / 4;
    add({ barrier: 'city_wall', height: '8' }, arc(g.angle + atGate, mid - halfGap));
    add({ barrier: 'city_wall' }, arc(mid + halfGap, g.angle + Math.PI / 2 - atGate));
  }
  for (const g of GATES) add({ historic: 'city_gate', name: g.name }, gateRing(WALL_RADIUS, g.angle));
  add({ historic: 'city_gate', name: 'Friedländer Tor' }, gateRing(WALL_RADIUS + 30, 0));
  for (const g of GATES)
    add({ highway: 'secondary', name: `${g.name}straße` }, [polar(260, g.angle), polar(450, g.angle)]);
  const north = Math.PI / 2;
  add({ highway: 'footway', tunnel: 'building_passage' }, [
    polar(WALL_RADIUS - 5, north),
    polar(WALL_RADIUS + 5, north),
  ]);
  const church = rectCorners({ center: [-10, -150], angle: 0, halfLength: 35, halfWidth: 13 });
  add({ building: 'church', name: 'Marienkirche' }, [...church, church[0]!]);
  const park = rectCorners({ center: [180, 180], angle: 0.2, halfLength: 15, halfWidth: 10 });
  add({ amenity: 'parking' }, [...park, park[0]!]);
  const outline = Array.from({ length: 73 }, (_, i) => lonLat(polar(OUTLINE_RADIUS, (i / 72) * 2 * Math.PI)));
  return { osm: { ways, nodes: [] }, outline };
}

/** The local frame the synthetic town is drawn in: the default city's. */
export function syntheticFrame(): GeoFrame {
  return frame;
}

/** The synthetic town's input, fresh layers and feature table, and its wall and gates already added. */
export function walledSyntheticTown() {
  const { osm, outline } = syntheticTown();
  const input = prepareCityInput(osm, outline, frame);
  const layers = createCityLayers();
  const table = new FeatureTable();
  const town = addWallAndGates(layers.wall, table, input);
  return { input, layers, table, town };
}
