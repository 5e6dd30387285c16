import { useCallback, useEffect, useMemo } from 'react';
import type { ThreeEvent } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import type { Intersection, Object3D, Raycaster } from 'three';
import { useTwin } from '../app/use-twin.ts';
import { VrInfoPanel } from '../ui/VrInfoPanel.tsx';
import { VrLegend } from '../ui/VrLegend.tsx';
import type { CityModel } from './city-model.ts';
import { createPickingBvh, featureOfHit, nearestFeatureHit, pickResult } from './picking.ts';
import { createFeatureHighlight } from './picking-highlight.ts';
import { selectionFor } from './picking-selection.ts';

/** Pointer travel (CSS px) beyond which a press was a drag (looking around), not a click. */
export const DRAG_THRESHOLD_PX = 6;

type FeatureHit = Intersection & { featureIndex: number };

/**
 * Pointing at a building (mouse, touch, controller ray) selects it for the info panel.
 * The city's own objects stay untouched: an empty group takes the pointer events and answers R3F's and
 * the XR pointers' raycasts with the nearest hit on the feature meshes (BVH-accelerated).
 */
export function BuildingInteraction({ city }: { city: CityModel }) {
  const { runtime } = useTwin();
  const selection = selectionFor(runtime);
  const inVR = useXR((s) => s.session !== undefined);
  useEffect(() => {
    const bvh = createPickingBvh(city.featureMeshes);
    const highlight = createFeatureHighlight(city);
    const show = (): void => highlight.set(selection.get()?.featureIndex ?? -1);
    const unsubscribe = selection.subscribe(show);
    show();
    return () => {
      unsubscribe();
      highlight.dispose();
      bvh.dispose();
      selection.set(null);
    };
  }, [city, selection]);
  const raycast = useMemo(
    () =>
      function raycast(this: Object3D, raycaster: Raycaster, intersects: Intersection[]): void {
        const hit = nearestFeatureHit(city, raycaster);
        if (!hit) return;
        const featureIndex = featureOfHit(city, hit, raycaster.ray.direction);
        // Reported as a hit on this group, so the events come here; the building rides along.
        if (featureIndex >= 0) intersects.push({ ...hit, object: this, featureIndex } as FeatureHit);
      },
    [city],
  );
  const onClick = useCallback(
    (event: ThreeEvent<MouseEvent>) => {
      const hit = event as unknown as Partial<FeatureHit> & { delta?: number };
      if (typeof hit.delta === 'number' && hit.delta > DRAG_THRESHOLD_PX) return;
      if (hit.featureIndex === undefined || !hit.point) return;
      const result = pickResult(city, hit.featureIndex, event);
      if (!result) return;
      // The building is what was meant: ground behind it (click-to-walk) must not act as well.
      event.stopPropagation();
      selection.set({
        buildingId: result.buildingId,
        featureIndex: result.featureIndex,
        point: result.point,
      });
    },
    [city, selection],
  );
  return (
    <>
      <group name="building-interaction" raycast={raycast} onClick={onClick} />
      {inVR && <VrInfoPanel city={city} />}
      {inVR && <VrLegend />}
    </>
  );
}
