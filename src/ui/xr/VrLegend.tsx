import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRInputSourceState } from '@react-three/xr';
import { Vector3, type Group } from 'three';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { legendEntries, type LegendEntry } from '../building-text.ts';
import { createCanvasPanel, HISTOGRAM_PX, paintLegend } from './info-panel-canvas.ts';
import { useShownScale } from '../use-shown-scale.ts';
import { placeByWrist } from './wrist-place.ts';

// Above the back of the left hand; without a controller, low left in view.
const PLACE = { wrist: new Vector3(0, 0.04, 0.06), float: new Vector3(-0.32, -0.28, -0.75) };

// Hottest at the top, as a thermometer reads, then the two special looks.
const vrOrder = (entries: LegendEntry[]): LegendEntry[] => [
  ...entries.filter((e) => e.kind === 'stop').reverse(),
  ...entries.filter((e) => e.kind === 'special'),
];

/** The legend in VR: on the left wrist when a left controller is there, else floating low-left in view. */
export function VrLegend() {
  const { runtime, t } = useTwin();
  const left = useXRInputSourceState('controller', 'left');
  const lang = useTwinState((s) => s.lang);
  const group = useRef<Group>(null);
  const panel = useMemo(() => createCanvasPanel(512, 640 + HISTOGRAM_PX), []);
  const { scale, histogram } = useShownScale(runtime);
  useEffect(() => () => panel.dispose(), [panel]);
  useEffect(() => {
    const title = `${t('legend.title')} · ${t(`legend.${scale.mode}`, { min: scale.min, max: scale.max })}`;
    const entries = vrOrder(legendEntries(t, lang, scale));
    panel.draw((ctx, w, h) => paintLegend(ctx, w, h, title, entries, { counts: histogram, scale }));
  }, [panel, runtime, t, scale, histogram, lang]);
  useFrame(({ camera }) => {
    const g = group.current;
    if (!g) return;
    // Smaller on the wrist, read at a hand's distance.
    g.scale.setScalar(placeByWrist(g, left?.object, camera, PLACE) ? 0.7 : 1);
  });
  return (
    <group ref={group}>
      <mesh>
        <planeGeometry args={[0.2, (0.25 * (640 + HISTOGRAM_PX)) / 640]} />
        <meshBasicMaterial map={panel.texture} transparent toneMapped={false} depthTest={false} />
      </mesh>
    </group>
  );
}
