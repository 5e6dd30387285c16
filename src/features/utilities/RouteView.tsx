import { useEffect, useMemo } from 'react';
import { MeshStandardMaterial, Raycaster, SphereGeometry, Vector2 } from 'three';
import { useFrame } from '@react-three/fiber';
import { useStore } from 'zustand';
import { UTILITY_COLOURS } from '../../core/utilities/utility-types.ts';
import { useTwin } from '../../twin/use-twin.ts';
import { buildTubes } from './tube-geometry.ts';
import { VrDrawing } from './VrDrawing.tsx';
import { plannedRoute, type UtilitiesStore } from './utilities-state.ts';

const raycaster = new Raycaster();
const ndc = new Vector2();

/**
 * The planned line: a tube in its type's colour, a marker on the ground at each point, a red ball at each
 * clash. While drawing, a click on the ground (desktop) places a point instead of walking there.
 */
export function RouteView({ store }: { store: UtilitiesStore }) {
  const { runtime } = useTwin();
  const route = useStore(store, (s) => s.route);
  const city = useStore(store, (s) => s.city);
  const clashes = useStore(store, (s) => s.clashes);
  const chosen = useStore(store, (s) => s.chosen);
  const shared = useMemo(
    () => ({
      dot: new SphereGeometry(1, 16, 12),
      point: new MeshStandardMaterial({ color: '#ffffff', emissive: '#444444' }),
      clash: new MeshStandardMaterial({
        color: '#ff1a1a',
        emissive: '#aa0000',
        transparent: true,
        opacity: 0.75,
      }),
    }),
    [],
  );
  useEffect(
    () => () => {
      for (const part of Object.values(shared)) part.dispose();
    },
    [shared],
  );
  const planned = useMemo(() => plannedRoute({ route, city }), [route, city]);
  const tube = useMemo(() => {
    if (planned.points.length < 2) return null;
    const { geometry } = buildTubes([{ points: planned.points, radius: planned.diameterM / 2 }]);
    const colour = UTILITY_COLOURS[planned.type];
    return {
      geometry,
      material: new MeshStandardMaterial({ color: colour, emissive: colour, emissiveIntensity: 0.35 }),
    };
  }, [planned]);
  useEffect(
    () => () => {
      tube?.geometry.dispose();
      tube?.material.dispose();
    },
    [tube],
  );
  // Before the walk controls (priority -2 < -1): while drawing, clicks on the ground are points, not walks.
  useFrame(({ camera, size }) => {
    const state = store.getState();
    const clicks = runtime.input.clicks;
    if (!state.drawing || !state.city || clicks.length === 0) return;
    const added = [];
    for (const click of clicks.splice(0)) {
      ndc.set((click.x / size.width) * 2 - 1, 1 - (click.y / size.height) * 2);
      raycaster.setFromCamera(ndc, camera);
      const hit = state.city.ground.raycast(raycaster.ray, 2000);
      if (hit) added.push({ x: hit.point.x, z: hit.point.z, coverM: null });
    }
    // A click on a house while drawing places a point on the ground under it, and opens no info panel.
    runtime.select(null);
    if (added.length > 0)
      store.setState({ route: { ...state.route, points: [...state.route.points, ...added] } });
  }, -2);
  return (
    <group name="utility-route">
      <VrDrawing store={store} />
      {tube && <mesh name="utility-route-tube" geometry={tube.geometry} material={tube.material} />}
      {route.points.map((p, i) => (
        <mesh
          key={`p${i}`}
          geometry={shared.dot}
          material={shared.point}
          position={[p.x, (city?.groundAt(p.x, p.z) ?? 0) + 0.15, p.z]}
          scale={0.15}
        />
      ))}
      {clashes.map((c, i) => (
        <mesh
          key={`c${i}`}
          name="utility-clash"
          geometry={shared.dot}
          material={shared.clash}
          position={c.at}
          scale={i === chosen ? 0.6 : 0.35}
        />
      ))}
    </group>
  );
}
