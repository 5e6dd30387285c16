type Vec3 = readonly [number, number, number];

/** Where a visitor sent to a building stands: eye and the point they look at. */
export interface Standpoint {
  eye: [number, number, number];
  target: [number, number, number];
}

/** Metres between the building's outline and the visitor: the whole front in view. */
const CLEARANCE = 12;
/** Eye height over the building's foot: a standing visitor. */
const EYE_HEIGHT = 1.6;

/**
 * A place in front of a building (its box `min`/`max`, local metres): on the side the visitor comes from, far
 * enough to see its front, at standing eye height, looking at its middle. From its very centre: the south side.
 */
export function standpointFor(min: Vec3, max: Vec3, from: Vec3): Standpoint {
  const cx = (min[0] + max[0]) / 2;
  const cz = (min[2] + max[2]) / 2;
  let dx = from[0] - cx;
  let dz = from[2] - cz;
  const length = Math.hypot(dx, dz);
  // South is +z in the twin's frame (north is -z, as glTF's forward).
  if (length < 1e-6) [dx, dz] = [0, 1];
  else [dx, dz] = [dx / length, dz / length];
  const reach = Math.hypot(max[0] - min[0], max[2] - min[2]) / 2 + CLEARANCE;
  return {
    eye: [cx + dx * reach, min[1] + EYE_HEIGHT, cz + dz * reach],
    target: [cx, (min[1] + max[1]) / 2, cz],
  };
}
