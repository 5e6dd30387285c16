import { useEffect, useMemo } from 'react';
import { MeshStandardMaterial, type Mesh } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
import { useStore } from 'zustand';
import { UTILITY_COLOURS, UTILITY_TYPES } from '../../core/utilities/utility-types.ts';
import type { PlacedLine } from '../../core/utilities/placed-line.ts';
import { buildTubes, VERTICES_PER_SEGMENT } from './tube-geometry.ts';
import type { UtilitiesStore } from './utilities-state.ts';

/** The network under the ground: one merged tube mesh per type of line, in its plan colour. */
export function NetworkTubes({ store }: { store: UtilitiesStore }) {
  const city = useStore(store, (s) => s.city);
  const layers = useMemo(() => {
    const lines = city?.lines ?? [];
    return UTILITY_TYPES.map((type) => {
      const own = lines.filter((l) => l.type === type);
      if (own.length === 0) return null;
      const { geometry, pathOf } = buildTubes(own.map((l) => ({ points: l.points, radius: l.radiusM })));
      // Pointing at a line asks for its depth on every pointer move: a BVH keeps that cheap.
      geometry.boundsTree = new MeshBVH(geometry);
      // A little glow of their own: the pit is in shadow, and the plan colours must still read.
      const material = new MeshStandardMaterial({
        color: UTILITY_COLOURS[type],
        emissive: UTILITY_COLOURS[type],
        emissiveIntensity: 0.25,
        roughness: 0.6,
      });
      return { type, geometry, material, lineOf: (segment: number) => own[pathOf[segment] ?? 0] };
    }).filter((layer) => layer !== null);
  }, [city]);
  useEffect(
    () => () => {
      for (const layer of layers) {
        layer.geometry.boundsTree = undefined;
        layer.geometry.dispose();
        layer.material.dispose();
      }
    },
    [layers],
  );
  const point =
    (lineOf: (segment: number) => PlacedLine | undefined) => (event: ThreeEvent<PointerEvent>) => {
      const state = store.getState();
      const line = lineOf(Math.floor((event.face?.a ?? 0) / VERTICES_PER_SEGMENT));
      if (!state.xray || !line || !state.city) return;
      event.stopPropagation();
      const { x, y, z } = event.point;
      const ground = state.city.groundAt(x, z) ?? 0;
      store.setState({
        pointed: {
          lineId: line.id,
          type: line.type,
          owner: line.owner,
          diameterM: line.radiusM * 2,
          depthM: ground - y,
        },
      });
    };
  return (
    <group name="utility-network">
      {layers.map((layer) => (
        <mesh
          key={layer.type}
          name={`utility-${layer.type}`}
          geometry={layer.geometry}
          material={layer.material}
          raycast={acceleratedRaycast as Mesh['raycast']}
          onPointerMove={point(layer.lineOf)}
          onPointerOut={() => store.setState({ pointed: null })}
        />
      ))}
    </group>
  );
}
