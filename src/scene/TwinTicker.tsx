import { useFrame } from '@react-three/fiber';
import { useTwin } from '../twin/use-twin.ts';

/** Once per frame: sensor changes into colours, and the frame's figures for stats(). */
export function TwinTicker() {
  const { runtime } = useTwin();
  useFrame(({ gl }, delta) => {
    runtime.tick(delta);
    // info.render holds the previous frame's counts here (it resets at the start of each render).
    runtime.recordFrame(delta, gl.info.render.calls, gl.info.render.triangles);
  });
  return null;
}
