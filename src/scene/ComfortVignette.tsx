import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { BufferAttribute, Mesh, MeshBasicMaterial, RingGeometry } from 'three';
import type { WalkRig } from '../walk/walk-rig.ts';

/** Inner radius of the ring geometry; the mesh is scaled to open or close the tunnel. */
const INNER = 0.5;
/** Metres in front of the eyes. */
const DISTANCE = 0.12;

/** A comfort vignette in VR: the view's edges darken while walking by stick, so motion is felt less. */
export function ComfortVignette({ rig, enabled }: { rig: WalkRig; enabled: boolean }) {
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const mesh = useMemo(() => {
    const geometry = new RingGeometry(INNER, 4, 48, 3);
    // A soft inner edge: clear at the inner ring, dark from the first ring outwards.
    const count = geometry.getAttribute('position').count;
    const colours = new Float32Array(count * 4);
    for (let i = 0; i < count; i++) colours[i * 4 + 3] = i < 49 ? 0 : 1;
    geometry.setAttribute('color', new BufferAttribute(colours, 4));
    const material = new MeshBasicMaterial({
      vertexColors: true,
      transparent: true,
      depthTest: false,
      depthWrite: false,
    });
    const m = new Mesh(geometry, material);
    m.position.z = -DISTANCE;
    m.renderOrder = 1000;
    m.frustumCulled = false;
    m.visible = false;
    return m;
  }, []);
  useEffect(() => {
    xrCamera.add(mesh);
    return () => {
      xrCamera.remove(mesh);
      mesh.geometry.dispose();
      mesh.material.dispose();
    };
  }, [xrCamera, mesh]);
  useFrame(() => {
    const strength = enabled && rig.xr ? rig.vignette : 0;
    mesh.visible = strength > 0.01;
    // Strength 0.6 leaves a clear circle of about half the view's height.
    const inner = DISTANCE * (1.6 - strength * 1.6);
    mesh.scale.setScalar(Math.max(0.01, inner / INNER));
  });
  return null;
}
