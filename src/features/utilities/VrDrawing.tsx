import { useCallback, useMemo } from 'react';
import type { Intersection, Object3D, Raycaster } from 'three';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import type { UtilitiesStore } from './utilities-state.ts';

/**
 * Drawing in VR: while drawing, an empty group answers the controllers' rays with the ground they meet, so
 * aiming and pulling the trigger places a point there (the feature holds the trigger: no teleport). On the
 * desktop, clicks take the walk input's path instead (`RouteView`).
 */
export function VrDrawing({ store }: { store: UtilitiesStore }) {
  const gl = useThree((s) => s.gl);
  const raycast = useCallback(
    function (this: Object3D, raycaster: Raycaster, intersects: Intersection[]) {
      const { drawing, city } = store.getState();
      if (!drawing || !city || !gl.xr.isPresenting) return;
      const hit = city.ground.raycast(raycaster.ray, raycaster.far);
      if (hit) intersects.push({ distance: hit.distance, point: hit.point, object: this });
    },
    [store, gl],
  );
  // A press and a release on the ground place a point: pointer events, not click, as a trigger press may be
  // longer than a click may last.
  const pressed = useMemo(() => new Set<number>(), []);
  const onPointerDown = useCallback(
    (event: ThreeEvent<PointerEvent>) => {
      if (!store.getState().drawing || !gl.xr.isPresenting) return;
      event.stopPropagation();
      pressed.add(event.pointerId);
    },
    [store, gl, pressed],
  );
  const onPointerUp = useCallback(
    (event: ThreeEvent<PointerEvent>) => {
      const { drawing, route } = store.getState();
      if (!pressed.delete(event.pointerId) || !drawing || !gl.xr.isPresenting) return;
      event.stopPropagation();
      const { x, z } = event.point;
      store.setState({ route: { ...route, points: [...route.points, { x, z, coverM: null }] } });
    },
    [store, gl, pressed],
  );
  return (
    <group
      name="utility-vr-drawing"
      raycast={raycast}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
    />
  );
}
