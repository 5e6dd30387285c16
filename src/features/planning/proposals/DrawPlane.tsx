import { useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { MeshBasicMaterial } from 'three';
import { useStore } from 'zustand';
import type { Planning } from '../planning.ts';

/**
 * While the footprint tool is on: a click on the ground adds a corner (instead of walking there), and the
 * corners so far show as posts.
 */
export function DrawPlane({ planning }: { planning: Planning }) {
  const drawn = useStore(planning.store, (s) => s.drawn);
  const clear = useMemo(
    () => new MeshBasicMaterial({ transparent: true, opacity: 0, depthWrite: false }),
    [],
  );
  const post = useMemo(() => new MeshBasicMaterial({ color: '#3a6ea5' }), []);
  useEffect(
    () => () => {
      clear.dispose();
      post.dispose();
    },
    [clear, post],
  );
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    // The walk controls took this click as "walk there": it is a corner instead.
    planning.runtime.input.clicks.length = 0;
    const { drawn: corners } = planning.store.getState();
    planning.store.setState({ drawn: [...corners, [e.point.x, e.point.z]] });
  };
  return (
    <>
      <mesh rotation-x={-Math.PI / 2} position-y={0.05} material={clear} onClick={onClick}>
        <planeGeometry args={[4000, 4000]} />
      </mesh>
      {drawn.map(([x, z], i) => (
        <mesh key={i} position={[x, 1.5, z]} material={post}>
          <cylinderGeometry args={[0.3, 0.3, 3, 8]} />
        </mesh>
      ))}
    </>
  );
}
