import { BufferAttribute, BufferGeometry, DoubleSide, MeshStandardMaterial } from 'three';
import { proposalTriangles } from '../../../core/planning/proposal-geometry.ts';
import type { Proposal } from '../../../core/planning/proposal.ts';

/** The block's geometry (flat-shaded triangles around its centre, before rotation). */
export function proposalGeometry(p: Proposal): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(proposalTriangles(p), 3));
  geometry.computeVertexNormals();
  geometry.computeBoundingSphere();
  return geometry;
}

/** The looks of proposals: plain, selected, and overlapping an existing building. */
export interface ProposalLooks {
  plain: MeshStandardMaterial;
  selected: MeshStandardMaterial;
  overlap: MeshStandardMaterial;
  dispose(): void;
}

/** One material per look, shared by every proposal: a warm white, a light blue, the marking red. */
export function createProposalLooks(): ProposalLooks {
  const make = (color: string, emissive = '#000000') =>
    new MeshStandardMaterial({ color, emissive, emissiveIntensity: 0.25, roughness: 0.85, side: DoubleSide });
  const looks = {
    plain: make('#f2ede4'),
    selected: make('#cfe3ff', '#3a6ea5'),
    overlap: new MeshStandardMaterial({
      color: '#e0322c',
      transparent: true,
      opacity: 0.45,
      depthWrite: false,
    }),
  };
  return { ...looks, dispose: () => Object.values(looks).forEach((m) => m.dispose()) };
}
