import { useEffect, useMemo } from 'react';
import type { Proposal } from '../../../core/planning/proposal.ts';
import { polygonArea } from '../../../core/planning/proposal-measures.ts';
import type { Planning } from '../planning.ts';
import { proposalGeometry, type ProposalLooks } from './proposal-mesh.ts';
import { useProposalDrag } from './use-proposal-drag.ts';

/** One proposal in its place: the block to drag, and when selected a ring at its foot to turn it. */
export function ProposalMesh(props: {
  planning: Planning;
  proposal: Proposal;
  looks: ProposalLooks;
  selected: boolean;
}) {
  const { planning, proposal: p, looks, selected } = props;
  const { footprint, storeys, storeyHeight, roof, roofPitchDeg } = p;
  const geometry = useMemo(
    () => proposalGeometry({ ...p, footprint, storeys, storeyHeight, roof, roofPitchDeg }),
    // Only the shape makes new geometry; moving and turning change the object's transform.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [footprint, storeys, storeyHeight, roof, roofPitchDeg],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  const model = p.model ? planning.models.get(p.model) : undefined;
  // A clone per proposal (variants may share a model); it shares the loaded geometry and materials.
  const shown = useMemo(() => {
    const copy = model?.object.clone(true);
    copy?.traverse((o) => void (o.userData.proposalId = p.id));
    return copy;
  }, [model, p.id]);
  const move = useProposalDrag(planning, p, 'move');
  const turn = useProposalDrag(planning, p, 'rotate');
  // The ring sits just outside the footprint: the radius of a circle of the same area, and a bit.
  const radius = Math.sqrt(polygonArea(footprint) / Math.PI) * 1.35 + 2;
  return (
    <group position={[p.x, p.baseY, p.z]} rotation-y={(-p.rotationDeg * Math.PI) / 180}>
      {shown && <primitive object={shown} {...move} />}
      {/* Under a model, the block of its size stays as the invisible thing to drag and grab. */}
      <mesh
        visible={!shown}
        geometry={geometry}
        material={selected ? looks.selected : looks.plain}
        castShadow
        receiveShadow
        userData={{ proposalId: p.id }}
        {...move}
      />
      {selected && (
        <mesh
          rotation-x={-Math.PI / 2}
          position-y={0.3}
          material={looks.selected}
          userData={{ handle: true }}
          {...turn}
        >
          <torusGeometry args={[radius, 0.6, 8, 64]} />
        </mesh>
      )}
    </group>
  );
}
