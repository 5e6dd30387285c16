import type { FeatureTable } from '../mesh/city-features.ts';
import type { MeshLayer } from '../mesh/mesh.ts';
import { ringCentroid, type Vec2 } from '../mesh/polygon.ts';
import { wayToEN, type CityInput } from './city-input.ts';
import { addCityWalls, addGates, type GatePlacement } from './landmarks.ts';
import { createRadialRing, type RadialRing } from './ring.ts';

/** The walled town the later phases build in: its centre, wall and outline as radial rings, the gates. */
export interface WalledTown {
  /** The mean of the wall's vertices. */
  center: Vec2;
  wall: RadialRing;
  /** The green belt's outer edge. */
  outline: RadialRing;
  gates: GatePlacement[];
}

/** The wall's height where a way has no `height` tag, metres. */
export const WALL_HEIGHT = 7;

/** Adds the city wall (short gaps closed, not at gates or roads) and the gates, and finds the town from them. */
export function addWallAndGates(layer: MeshLayer, table: FeatureTable, input: CityInput): WalledTown {
  const { toEN } = input;
  const gateRings = input.gateWays.map((w) => wayToEN(w, toEN));
  const roadLines = input.roads.map((w) => wayToEN(w, toEN));
  const wallPoints = addCityWalls(layer, table, input.wallWays, toEN, WALL_HEIGHT, gateRings, roadLines);
  const center = ringCentroid(wallPoints);
  const wall = createRadialRing(wallPoints, center);
  const outline = createRadialRing(input.outline, center);
  const gates = addGates(layer, table, input.gateWays, toEN, center, input.roads);
  return { center, wall, outline, gates };
}
