import { createElement } from 'react';
import { parseTwinTime } from '../../core/planning/berlin-time.ts';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { createPlanning, type Planning } from './planning.ts';
import { createPlanningApi } from './planning-api.ts';
import { PlanningScene } from './PlanningScene.tsx';
import { PlanningPanel } from './ui/PlanningPanel.tsx';
import './ui/planning.css';

/**
 * Planning, the entry point of this feature: the sun for the twin's clock with its shadows, proposed buildings
 * in their place (desktop handles, VR grab), hidden buildings, variants, GeoJSON files and the shadow study.
 */
export function createPlanningFeature(): TwinFeature {
  const removers: (() => void)[] = [];
  let planning: Planning | null = null;
  return {
    name: 'planning',
    init(runtime) {
      const own = createPlanning(runtime);
      planning = own;
      const scene = () => createElement(PlanningScene, { planning: own });
      const overlay = () => createElement(PlanningPanel, { planning: own });
      const api = { ...createPlanningApi(own, parseTwinTime) };
      removers.push(runtime.addPart({ name: 'planning', scene, overlay, sun: true, api }));
    },
    dispose() {
      for (const remove of removers.splice(0).reverse()) remove();
      planning?.dispose();
      planning = null;
    },
  };
}
