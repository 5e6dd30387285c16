import { useCallback, useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { Vector3, type Intersection, type Object3D, type Raycaster } from 'three';
import { useTwin } from '../twin/use-twin.ts';
import type { CityModel } from '../city/city-model.ts';
import { createPickingBvh, featureOfHit, nearestFeatureHit, pickResult } from '../city/picking.ts';
import { createFeatureHighlight } from '../city/picking-highlight.ts';

/** Pointer travel (CSS px) beyond which a press was a drag (looking around), not a click. */
export const DRAG_THRESHOLD_PX = 6;

// The feature index of each reported hit, by its face object: R3F and the XR pointers copy intersections
// but keep that reference. Faces are made per raycast, so the map empties itself.
const hitFeatures = new WeakMap<object, number>();

type PointerHit = {
  face?: object | null;
  point?: Vector3;
  pointerId?: number;
  delta?: number;
  nativeEvent?: unknown;
};

const featureOfEvent = (event: PointerHit): number | undefined =>
  event.face ? hitFeatures.get(event.face) : undefined;

const screenPosition = (event: PointerHit): [number, number] | null => {
  const native = event.nativeEvent as { clientX?: unknown; clientY?: unknown } | undefined;
  return typeof native?.clientX === 'number' && typeof native.clientY === 'number'
    ? [native.clientX, native.clientY]
    : null;
};

/**
 * Pointing at a building (mouse, touch, controller ray) selects it for the info panel.
 * The city's own objects stay untouched: an empty group takes the pointer events and answers R3F's and
 * the XR pointers' raycasts with the nearest hit on the feature meshes (BVH-accelerated).
 */
export function BuildingInteraction({ city }: { city: CityModel }) {
  const { runtime } = useTwin();
  useEffect(() => {
    const bvh = createPickingBvh(city.featureMeshes);
    const highlight = createFeatureHighlight(city);
    const { store } = runtime;
    highlight.set(store.getState().selection?.featureIndex ?? -1);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) highlight.set(state.selection?.featureIndex ?? -1);
    });
    return () => {
      unsubscribe();
      highlight.dispose();
      bvh.dispose();
      runtime.select(null);
    };
  }, [city, runtime]);
  const raycast = useMemo(
    () =>
      function raycast(this: Object3D, raycaster: Raycaster, intersects: Intersection[]): void {
        const hit = nearestFeatureHit(city, raycaster);
        if (!hit) return;
        const featureIndex = featureOfHit(city, hit, raycaster.ray.direction);
        if (featureIndex < 0) return;
        // Reported as a hit on this group, so the events come here; the building rides along by its face.
        const face = hit.face ?? { a: 0, b: 0, c: 0, normal: new Vector3(), materialIndex: 0 };
        hitFeatures.set(face, featureIndex);
        intersects.push({ ...hit, face, object: this });
      },
    [city],
  );
  // A press and a release on the same building select it: a mouse click, a tap, or a controller's trigger
  // (whose press may be long, so no click-time limit). A pointer that travelled is a drag, not a choice.
  const pressed = useMemo(() => new Map<number, { feature: number; at: [number, number] | null }>(), []);
  const onPointerDown = useCallback(
    (event: ThreeEvent<PointerEvent>) => {
      // A feature holding the VR trigger (a prompt the trigger answers) has this press; no building is chosen.
      if (runtime.store.getState().vrTrigger !== null) return;
      const feature = featureOfEvent(event);
      if (feature !== undefined) pressed.set(event.pointerId, { feature, at: screenPosition(event) });
    },
    [pressed, runtime],
  );
  const onPointerUp = useCallback(
    (event: ThreeEvent<PointerEvent>) => {
      const down = pressed.get(event.pointerId);
      pressed.delete(event.pointerId);
      const feature = featureOfEvent(event);
      if (!down || feature === undefined || feature !== down.feature) return;
      const at = screenPosition(event);
      if (down.at && at && Math.hypot(at[0] - down.at[0], at[1] - down.at[1]) > DRAG_THRESHOLD_PX) return;
      const result = pickResult(city, feature, event);
      if (!result) return;
      event.stopPropagation();
      runtime.select({
        buildingId: result.buildingId,
        featureIndex: result.featureIndex,
        point: result.point,
      });
    },
    [city, runtime, pressed],
  );
  // The building is what was meant: the ground behind it (click-to-walk) must not take the click as well.
  const onClick = useCallback((event: ThreeEvent<MouseEvent>) => {
    if (featureOfEvent(event) !== undefined) event.stopPropagation();
  }, []);
  return (
    <group
      name="building-interaction"
      raycast={raycast}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onClick={onClick}
    />
  );
}
