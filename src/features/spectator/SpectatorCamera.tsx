import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import {
  BufferAttribute,
  BufferGeometry,
  Line,
  LineBasicMaterial,
  Quaternion,
  Vector3,
  type Group,
} from 'three';
import { createSmoothPose, expandPoseFilterOptions, followPose } from '../../core/exhibit/pose-filter.ts';
import type { HeardHeadsets } from '../../sensors/headset-watch.ts';
import type { SpectatorStore } from './spectator-state.ts';

/** The view from above: this high over the visitor, and this far behind them to the south, looking down. */
const ABOVE = { height: 55, back: 25 };
/** Without a gaze point, the gaze line reaches this far (m). */
const GAZE_REACH = 40;

const turn = new Quaternion();
const forward = new Vector3();
const end = new Vector3();

/** Props of the spectator's camera. */
export interface SpectatorCameraProps {
  store: SpectatorStore;
  poses: HeardHeadsets;
}

/**
 * The big screen follows the headset: its view smoothed (no tremor, no 20 Hz steps), or from above with a
 * marker where the visitor stands and a line where they look. Without a headset the screen is the walk's.
 */
export function SpectatorCamera({ store, poses }: SpectatorCameraProps) {
  const smooth = useMemo(() => createSmoothPose(), []);
  const options = useMemo(() => expandPoseFilterOptions(), []);
  const marker = useRef<Group>(null);
  const following = useRef<string | null>(null);
  const positions = useMemo(() => new BufferAttribute(new Float32Array(6), 3), []);
  const gaze = useMemo(() => {
    const line = new Line(
      new BufferGeometry().setAttribute('position', positions),
      new LineBasicMaterial({ color: '#ff7a00', toneMapped: false }),
    );
    line.frustumCulled = false;
    line.visible = false;
    return line;
  }, [positions]);
  useEffect(
    () => () => {
      gaze.geometry.dispose();
      gaze.material.dispose();
    },
    [gaze],
  );
  // After the walk controls (-1): while a headset is followed, its view is what is drawn.
  useFrame(({ camera }, delta) => {
    const { followed, view } = store.getState();
    const entry = followed ? poses.list.get(followed) : undefined;
    const m = marker.current;
    gaze.visible = entry !== undefined && view === 'above';
    if (m) m.visible = gaze.visible;
    if (!entry) return;
    if (following.current !== followed) {
      following.current = followed;
      smooth.started = false;
    }
    const { message } = entry;
    followPose(smooth, message.position, message.orientation, Math.min(delta, 0.1), options);
    const [x, y, z] = smooth.position;
    turn.fromArray(smooth.orientation);
    if (view === 'eye') {
      camera.position.set(x, y, z);
      camera.quaternion.copy(turn);
    } else {
      camera.position.set(x, y + ABOVE.height, z + ABOVE.back);
      camera.lookAt(x, y, z);
    }
    camera.updateMatrixWorld();
    if (!m) return;
    m.position.set(x, y, z);
    m.quaternion.copy(turn);
    forward.set(0, 0, -1).applyQuaternion(turn);
    if (message.point) end.fromArray(message.point);
    else end.set(x, y, z).addScaledVector(forward, GAZE_REACH);
    positions.setXYZ(0, x, y, z);
    positions.setXYZ(1, end.x, end.y, end.z);
    positions.needsUpdate = true;
  });
  return (
    <>
      <group ref={marker} visible={false} name="spectator-visitor">
        <mesh rotation-x={-Math.PI / 2} position-z={-0.6}>
          <coneGeometry args={[0.9, 2.4, 16]} />
          <meshBasicMaterial color="#ff7a00" toneMapped={false} />
        </mesh>
        <mesh>
          <sphereGeometry args={[0.8, 16, 12]} />
          <meshBasicMaterial color="#ffffff" toneMapped={false} />
        </mesh>
      </group>
      <primitive object={gaze} />
    </>
  );
}
