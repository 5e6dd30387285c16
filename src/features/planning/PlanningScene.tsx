import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { Group } from 'three';
import type { Planning } from './planning.ts';
import { SunLight } from './sun/SunLight.tsx';
import { ProposalsScene } from './proposals/ProposalsScene.tsx';
import { VrGrab } from './proposals/VrGrab.tsx';
import { DragGuard } from './proposals/DragGuard.tsx';
import { StudyMap } from './study/StudyMap.tsx';
import { FacadeMap } from './study/FacadeMap.tsx';
import { createGpuSunHours } from './study/gpu-sun-hours.ts';

/** The planning feature in the 3D scene: the sun, the proposals, their VR grab and the study's colour map. */
export function PlanningScene({ planning }: { planning: Planning }) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const group = useMemo(() => new Group(), []);
  useEffect(() => {
    const sunHours = createGpuSunHours(gl);
    planning.scene = { renderer: gl, camera: () => get().camera, proposals: group, sunHours };
    return () => {
      planning.scene = null;
      sunHours.dispose();
    };
  }, [gl, get, group, planning]);
  return (
    <>
      <SunLight planning={planning} />
      <ProposalsScene planning={planning} group={group} />
      <VrGrab planning={planning} group={group} />
      <DragGuard planning={planning} />
      <StudyMap planning={planning} />
      <FacadeMap planning={planning} />
    </>
  );
}
