import { useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import type { Proposal } from '../../../core/planning/proposal.ts';
import type { Planning } from '../planning.ts';
import { rayOnGround } from './drag-on-ground.ts';

type Mode = 'move' | 'rotate';
type Capture = { setPointerCapture(id: number): void; releasePointerCapture(id: number): void };

/**
 * Pointer handlers that move a proposal on its ground (drag the block) or turn it about its centre (drag
 * the ring), with the mouse or a finger. The walk controls read the same DOM events: while a proposal is
 * dragged, DragGuard drops their look travel and clicks before the walk reads them, so the view stays still.
 * In VR, controllers grab with the squeeze button instead (VrGrab), so the trigger keeps teleporting.
 */
export function useProposalDrag(planning: Planning, proposal: Proposal, mode: Mode) {
  const { runtime } = planning;
  return useMemo(() => {
    let drag: { pointerId: number; dx: number; dz: number; angle: number; rotation: number } | null = null;
    const current = (): Proposal | undefined =>
      planning.store.getState().proposals.find((p) => p.id === proposal.id);
    return {
      onPointerDown(e: ThreeEvent<PointerEvent>) {
        const p = current();
        if (!p || runtime.xr.getState().session || planning.store.getState().tool !== 'none') return;
        const at = rayOnGround(e.ray, p.baseY);
        if (!at) return;
        e.stopPropagation();
        planning.store.setState({ selected: p.id });
        const angle = Math.atan2(at.z - p.z, at.x - p.x);
        planning.drag = 'held';
        drag = { pointerId: e.pointerId, dx: at.x - p.x, dz: at.z - p.z, angle, rotation: p.rotationDeg };
        (e.target as unknown as Capture).setPointerCapture(e.pointerId);
      },
      onPointerMove(e: ThreeEvent<PointerEvent>) {
        const p = current();
        if (!drag || !p || e.pointerId !== drag.pointerId) return;
        e.stopPropagation();
        const at = rayOnGround(e.ray, p.baseY);
        if (!at) return;
        if (mode === 'move') planning.update(p.id, { x: at.x - drag.dx, z: at.z - drag.dz });
        else {
          const turned = ((Math.atan2(at.z - p.z, at.x - p.x) - drag.angle) * 180) / Math.PI;
          planning.update(p.id, {
            rotationDeg: ((((drag.rotation + turned + 540) % 360) + 360) % 360) - 180,
          });
        }
      },
      onPointerUp(e: ThreeEvent<PointerEvent>) {
        if (!drag || e.pointerId !== drag.pointerId) return;
        e.stopPropagation();
        planning.drag = 'released';
        (e.target as unknown as Capture).releasePointerCapture(e.pointerId);
        drag = null;
        planning.ground(proposal.id);
      },
    };
  }, [planning, runtime, proposal.id, mode]);
}
