import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import type { CityModel } from '../../city/city-model.ts';
import { featureBox } from '../../core/city/feature-bounds.ts';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { panelText } from '../building-text.ts';
import { shownScale } from '../use-shown-scale.ts';
import { createCanvasPanel, paintInfoPanel } from './info-panel-canvas.ts';
import { useBuildingView } from '../use-building-view.ts';

/** Panel size in metres: readable at arm's length to two metres. */
const PANEL = { width: 0.8, height: 0.6 };
const head = new Vector3();
const target = new Vector3();

/** The info panel in the world (VR): between the visitor and the building, facing them; tap it to close. */
export function VrInfoPanel({ city }: { city: CityModel }) {
  const { runtime, t } = useTwin();
  const selected = useTwinState((s) => s.selection);
  const view = useBuildingView(runtime, selected?.buildingId ?? null);
  const camera = useThree((s) => s.camera);
  const panel = useMemo(() => createCanvasPanel(1024, 768), []);
  const group = useRef<Group>(null);
  useEffect(() => () => panel.dispose(), [panel]);
  useEffect(() => {
    if (!view) return;
    const text = panelText(view, t, runtime.config.lang, shownScale(runtime));
    panel.draw((ctx, w, h) =>
      paintInfoPanel(ctx, w, h, text, view.spark, {
        lastHour: t('panel.last-hour'),
        noHistory: t('panel.no-history'),
      }),
    );
  }, [view, panel, t, runtime]);
  const shown = view !== null;
  useLayoutEffect(() => {
    const g = group.current;
    if (!g || !selected) return;
    camera.getWorldPosition(head);
    if (selected.point) target.fromArray(selected.point);
    else {
      const box = featureBox(city.bounds(), selected.featureIndex);
      if (!box) return;
      target
        .fromArray(box.min)
        .add(new Vector3(...box.max))
        .multiplyScalar(0.5);
    }
    // Towards the building, but never farther than reading distance, at about eye height.
    const distance = head.distanceTo(target);
    const along = Math.min(1.1, Math.max(0.6, distance - 0.5));
    g.position.copy(target).sub(head).setY(0).normalize().multiplyScalar(along).add(head);
    g.position.y = head.y - 0.1;
    g.lookAt(head);
  }, [selected, camera, city, shown]);
  if (!selected || !view) return null;
  return (
    <group ref={group}>
      <mesh onClick={() => runtime.select(null)}>
        <planeGeometry args={[PANEL.width, PANEL.height]} />
        <meshBasicMaterial map={panel.texture} transparent toneMapped={false} />
      </mesh>
    </group>
  );
}
