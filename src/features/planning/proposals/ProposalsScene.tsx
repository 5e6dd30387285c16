import { useEffect, useMemo } from 'react';
import type { Group } from 'three';
import { useStore } from 'zustand';
import type { Planning } from '../planning.ts';
import { shownProposals } from '../planning-store.ts';
import { createProposalLooks } from './proposal-mesh.ts';
import { OverlapMarks } from './OverlapMarks.tsx';
import { ProposalMesh } from './ProposalMesh.tsx';
import { DrawPlane } from './DrawPlane.tsx';

/** The shown variant of every site in its place, the marks where they overlap, and the footprint tool. */
export function ProposalsScene({ planning, group }: { planning: Planning; group: Group }) {
  const proposals = useStore(planning.store, (s) => s.proposals);
  const variants = useStore(planning.store, (s) => s.variants);
  const selected = useStore(planning.store, (s) => s.selected);
  const hidden = useStore(planning.store, (s) => s.hidden);
  const tool = useStore(planning.store, (s) => s.tool);
  const shown = useMemo(
    () => shownProposals({ ...planning.store.getState(), proposals, variants }),
    [planning, proposals, variants],
  );
  const looks = useMemo(() => createProposalLooks(), []);
  useEffect(() => () => looks.dispose(), [looks]);
  return (
    <>
      <primitive object={group}>
        {shown.map((p) => (
          <ProposalMesh
            key={p.id}
            planning={planning}
            proposal={p}
            looks={looks}
            selected={p.id === selected}
          />
        ))}
      </primitive>
      <OverlapMarks key={hidden.join()} planning={planning} proposals={shown} looks={looks} />
      {tool === 'draw' && <DrawPlane planning={planning} />}
    </>
  );
}
