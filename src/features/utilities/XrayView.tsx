import { useEffect, useMemo, useRef } from 'react';
import { BackSide, CircleGeometry, CylinderGeometry, MeshStandardMaterial, Vector3, type Group } from 'three';
import { useFrame } from '@react-three/fiber';
import { useStore } from 'zustand';
import { applyXray, createXrayUniforms } from './xray-material.ts';
import type { UtilitiesStore } from './utilities-state.ts';

/** How deep the pit under the cut ground reaches, metres: below the deepest sewer of a street. */
const PIT_DEPTH = 4;
const head = new Vector3();

/**
 * The X-ray view: the ground is cut away around the viewer (desktop eye or headset) within the radius, and a
 * pit of earth below shows the lines in it. Each eye of a headset sees the same cut: it follows the head.
 */
export function XrayView({ store }: { store: UtilitiesStore }) {
  const on = useStore(store, (s) => s.xray);
  const city = useStore(store, (s) => s.city);
  const uniforms = useMemo(() => createXrayUniforms(store.getState().radiusM), [store]);
  const pit = useRef<Group>(null);
  const parts = useMemo(
    () => ({
      wall: new CylinderGeometry(1, 1, PIT_DEPTH, 48, 1, true).translate(0, -PIT_DEPTH / 2, 0),
      floor: new CircleGeometry(1, 48).rotateX(-Math.PI / 2).translate(0, -PIT_DEPTH, 0),
      earth: new MeshStandardMaterial({ color: '#6b4f36', roughness: 1, side: BackSide }),
      bottom: new MeshStandardMaterial({ color: '#5a4330', roughness: 1 }),
    }),
    [],
  );
  useEffect(
    () => () => {
      for (const part of Object.values(parts)) part.dispose();
    },
    [parts],
  );
  useEffect(() => {
    if (!on || !city) return;
    return applyXray(city.model.walkable, uniforms);
  }, [on, city, uniforms]);
  useFrame(({ camera }) => {
    const state = store.getState();
    if (!state.xray || !pit.current) return;
    camera.getWorldPosition(head);
    uniforms.centre.value.set(head.x, head.z);
    uniforms.radius.value = state.radiusM;
    const ground = state.city?.groundAt(head.x, head.z) ?? 0;
    pit.current.position.set(head.x, ground, head.z);
    pit.current.scale.set(state.radiusM, 1, state.radiusM);
  });
  if (!on || !city) return null;
  return (
    <group ref={pit} name="utility-xray-pit">
      <mesh geometry={parts.wall} material={parts.earth} />
      <mesh geometry={parts.floor} material={parts.bottom} />
    </group>
  );
}
