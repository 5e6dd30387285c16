import type { ProposalSpec } from '../../../core/planning/proposal.ts';
import type { Planning } from '../planning.ts';

/** A place 30 m ahead of the viewer, turned to face them: far enough to see a whole block, near enough to judge it. */
export function inFront(planning: Planning): ProposalSpec {
  const walk = planning.runtime.store.getState().walk?.state();
  const feet = walk?.feet ?? [0, 0, 0];
  const heading = walk?.headingDeg ?? 0;
  const a = (heading * Math.PI) / 180;
  return { x: feet[0] + Math.sin(a) * 30, z: feet[2] - Math.cos(a) * 30, rotationDeg: heading };
}
