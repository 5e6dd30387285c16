import type { Network } from './network-geojson.ts';
import type { Vec3 } from './segment-distance.ts';
import type { UtilityType } from './utility-types.ts';

/** A line placed in the scene: its axis in local metres (x east, y up, z south) and its radius. */
export interface PlacedLine {
  id: string;
  type: UtilityType;
  owner: string;
  radiusM: number;
  points: Vec3[];
}

/** The ground's height at (x, z) in the scene, or null where there is no ground. */
export type GroundAt = (x: number, z: number) => number | null;

/**
 * Put a network's lines under the model's ground: a depth of cover hangs below the ground at each vertex (to
 * the pipe's top), a height above sea level (DHHN2016) is taken relative to the model origin's height.
 */
export function placeNetwork(network: Network, groundAt: GroundAt, originHeight: number): PlacedLine[] {
  return network.lines.map((line) => {
    const radiusM = line.diameterM / 2;
    const points = line.vertices.map((v): Vec3 => {
      const x = v.east;
      const z = -v.north;
      const y =
        v.depthM !== null ? (groundAt(x, z) ?? 0) - v.depthM - radiusM : (v.heightM ?? 0) - originHeight;
      return [x, y, z];
    });
    return { id: line.id, type: line.type, owner: line.owner, radiusM, points };
  });
}

/** Depth of cover over a pipe's top at a point of its axis, or null where there is no ground. */
export function coverAt(groundAt: GroundAt, x: number, y: number, z: number, radiusM: number): number | null {
  const ground = groundAt(x, z);
  return ground === null ? null : ground - (y + radiusM);
}
