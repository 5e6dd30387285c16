/** The roof shapes a parametric block can have. */
import { ringCentroid } from '../geo/ring.ts';
export const ROOF_SHAPES = ['flat', 'gable', 'hip', 'mansard'] as const;

/** A roof shape. */
export type RoofShape = (typeof ROOF_SHAPES)[number];

/** A point on the ground in the model's frame: x east, z south (metres). */
export type GroundXZ = readonly [number, number];

/**
 * A proposed building: a parametric block (or a glTF model standing in its footprint) at a place on the
 * ground. The footprint is given around the block's centre before rotation, so moving and turning it change
 * only `x`, `z` and `rotationDeg`.
 */
export interface Proposal {
  id: string;
  name: string;
  /** The site it is proposed for, and its variant there (A, B, C …): one variant per site is shown. */
  site: string;
  variant: string;
  x: number;
  z: number;
  /** Height of the ground it stands on. */
  baseY: number;
  /** Clockwise seen from above; 0 keeps the footprint's x axis pointing east. */
  rotationDeg: number;
  /** Corners around the centre, counter-clockwise or clockwise, at least three. */
  footprint: readonly GroundXZ[];
  storeys: number;
  storeyHeight: number;
  roof: RoofShape;
  /** Pitch of a gable or hip roof (a mansard's lower slope is steeper, its upper flatter). */
  roofPitchDeg: number;
  /** URL of a glTF/GLB model drawn instead of the block, or null. */
  model: string | null;
}

/** What `cityTwin.proposals.add` takes: a block of width x depth, or a footprint; the rest has defaults. */
export type ProposalSpec = Partial<Omit<Proposal, 'footprint'>> & {
  width?: number;
  depth?: number;
  /** Corners in the model's frame (as clicked), instead of width x depth around x, z. */
  corners?: readonly GroundXZ[];
  footprint?: readonly GroundXZ[];
};

/** A four-storey block of 20 x 12 m with a gable roof: a typical infill in the old town. */
export const PROPOSAL_DEFAULTS: Omit<Proposal, 'id' | 'footprint'> = {
  name: '',
  site: 'site-1',
  variant: 'A',
  x: 0,
  z: 0,
  baseY: 0,
  rotationDeg: 0,
  storeys: 4,
  storeyHeight: 3,
  roof: 'gable',
  roofPitchDeg: 35,
  model: null,
};

/** A width x depth rectangle around the origin (width along x). */
export function rectangle(width: number, depth: number): GroundXZ[] {
  const w = width / 2;
  const d = depth / 2;
  return [
    [-w, -d],
    [w, -d],
    [w, d],
    [-w, d],
  ];
}

/** A proposal from a spec: defaults filled in, clicked corners turned into a centre and a footprint. */
export function proposalFromSpec(spec: ProposalSpec, id: string): Proposal {
  const base = { ...PROPOSAL_DEFAULTS, ...withoutUndefined(spec), id };
  if (spec.corners && spec.corners.length >= 3) {
    const [cx, cz] = ringCentroid(spec.corners);
    const footprint = spec.corners.map(([x, z]): GroundXZ => [x - cx, z - cz]);
    return { ...base, x: cx, z: cz, rotationDeg: 0, footprint, name: base.name || id };
  }
  const footprint = spec.footprint ?? rectangle(spec.width ?? 20, spec.depth ?? 12);
  return { ...base, footprint, name: base.name || id };
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The footprint's corners in the model's frame: rotated about the centre and moved to x, z. */
export function worldFootprint(p: Proposal): GroundXZ[] {
  const a = (p.rotationDeg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return p.footprint.map(([u, v]): GroundXZ => [p.x + u * c - v * s, p.z + u * s + v * c]);
}

const LIMITS: [keyof Proposal, number, number][] = [
  ['storeys', 1, 200],
  ['storeyHeight', 2, 12],
  ['roofPitchDeg', 5, 60],
  ['rotationDeg', -360, 360],
  ['x', -50_000, 50_000],
  ['z', -50_000, 50_000],
  ['baseY', -500, 9000],
];

/** The first thing wrong with a proposal, in plain words, or null when it can be built. */
export function checkProposal(p: Proposal): string | null {
  for (const [key, min, max] of LIMITS) {
    const v = p[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      return `${key} must be a number from ${min} to ${max}`;
  }
  if (p.storeys % 1 !== 0) return 'storeys must be a whole number';
  if (!ROOF_SHAPES.includes(p.roof)) return `roof must be one of ${ROOF_SHAPES.join(', ')}`;
  if (p.footprint.length < 3 || p.footprint.some((q) => !q.every(Number.isFinite)))
    return 'the footprint needs at least three corners';
  if (p.roof !== 'flat' && p.footprint.length !== 4)
    return `a ${p.roof} roof needs a four-cornered footprint`;
  return null;
}
