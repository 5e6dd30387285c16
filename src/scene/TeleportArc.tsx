import { useEffect, useMemo, type RefObject } from 'react';
import { useFrame } from '@react-three/fiber';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Group,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshBasicMaterial,
  RingGeometry,
} from 'three';
import type { WalkRig } from '../walk/walk-rig.ts';
import type { XRWalkState } from '../walk/xr-step.ts';

const VALID = new Color('#35d0a0');
const INVALID = new Color('#e0403a');

/** The teleport pointer: the arc from the aiming controller and a ring where it lands, red where refused. */
export function TeleportArc({ rig, state }: { rig: WalkRig; state: RefObject<XRWalkState> }) {
  const parts = useMemo(() => {
    const geometry = new BufferGeometry();
    const position = new BufferAttribute(state.current.arc, 3);
    geometry.setAttribute('position', position);
    const lineMaterial = new LineBasicMaterial({ color: VALID, depthTest: false, transparent: true });
    const line = new Line(geometry, lineMaterial);
    line.frustumCulled = false;
    line.renderOrder = 998;
    const ringGeometry = new RingGeometry(0.22, 0.3, 32).rotateX(-Math.PI / 2);
    const ringMaterial = new MeshBasicMaterial({ color: VALID, depthTest: false, transparent: true });
    const ring = new Mesh(ringGeometry, ringMaterial);
    ring.renderOrder = 999;
    const group = new Group();
    group.add(line, ring);
    group.visible = false;
    return { group, line, ring, geometry, position, lineMaterial, ringGeometry, ringMaterial };
  }, [state]);
  useEffect(
    () => () => {
      parts.geometry.dispose();
      parts.lineMaterial.dispose();
      parts.ringGeometry.dispose();
      parts.ringMaterial.dispose();
    },
    [parts],
  );
  useFrame(() => {
    const aim = rig.teleport;
    const s = state.current;
    parts.group.visible = aim.state !== 'idle' && s.arcPoints > 1;
    if (aim.state === 'idle' || !parts.group.visible) return;
    // The session may have replaced the buffer: point the attribute at the current one.
    if (parts.position.array !== s.arc) {
      parts.position.array = s.arc;
    }
    parts.position.needsUpdate = true;
    parts.geometry.setDrawRange(0, s.arcPoints);
    const colour = aim.state === 'valid' ? VALID : INVALID;
    parts.lineMaterial.color.copy(colour);
    parts.ringMaterial.color.copy(colour);
    parts.ring.visible = aim.point !== null;
    if (aim.point) parts.ring.position.set(aim.point.x, aim.point.y + 0.03, aim.point.z);
  });
  return <primitive object={parts.group} />;
}
