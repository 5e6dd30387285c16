import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import {
  createTourPose,
  expandTourOptions,
  tourPose,
  type TourStop,
} from '../../core/exhibit/attract-tour.ts';
import { useTwinState } from '../../twin/use-twin.ts';
import type { Stand } from './stand.ts';

const pose = createTourPose();

/** While nobody is at the stand: the camera floats slowly from viewpoint to viewpoint, high over the roofs. */
export function AttractCamera({ stand }: { stand: Stand }) {
  const city = useTwinState((s) => s.city);
  const stops: TourStop[] = useMemo(() => city?.extras.viewpoints ?? [], [city]);
  const options = useMemo(() => expandTourOptions(), []);
  const seconds = useRef(0);
  const since = useRef(-1);
  // After the walk controls (-1) have placed the camera: in the loop, the tour's pose is what is drawn.
  useFrame(({ camera, gl }, delta) => {
    const s = stand.store.getState();
    if (s.idle.mode !== 'attract' || gl.xr.isPresenting) return;
    if (since.current !== s.attractSince) {
      since.current = s.attractSince;
      seconds.current = 0;
    }
    // Frame time, capped: a stalled tab resumes the glide where it was, without a jump.
    seconds.current += Math.min(delta, 0.1);
    if (!tourPose(stops, seconds.current, options, pose)) return;
    camera.position.set(pose.eye[0], pose.eye[1], pose.eye[2]);
    camera.lookAt(pose.target[0], pose.target[1], pose.target[2]);
    camera.updateMatrixWorld();
    if (s.stop !== pose.stop) stand.store.setState({ stop: pose.stop });
  });
  return null;
}
