import { useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { Quaternion, Raycaster, Vector3 } from 'three';
import { pickCity } from '../../city/picking.ts';
import { PRESENCE_BYE, encodePresence, type PresenceMessage } from '../../core/exhibit/presence-message.ts';
import { createRateLimiter } from '../../core/exhibit/rate-limit.ts';
import { useTwin } from '../../twin/use-twin.ts';
import { GuidePrompt } from './GuidePrompt.tsx';
import type { HeadsetCounters, HeadsetStore } from './headset-state.ts';

/** At most this many poses a second: the spectator's view is smooth at that, and the Wi-Fi stays quiet. */
export const PRESENCE_HZ = 20;
/** How far the gaze looks for a building (m): across the old town. */
const GAZE_FAR = 400;

const head = new Vector3();
const turn = new Quaternion();
const forward = new Vector3();
const raycaster = new Raycaster();
raycaster.far = GAZE_FAR;
// Filled in place for each message; arrays of its own (PRESENCE_BYE's are shared).
const message: PresenceMessage = {
  ...PRESENCE_BYE,
  position: [0, 0, 0],
  orientation: [0, 0, 0, 1],
  bye: false,
};

/** Props of the headset's scene part. */
export interface HeadsetSceneProps {
  store: HeadsetStore;
  counters: HeadsetCounters;
  publish: (payload: string) => boolean;
}

/**
 * In VR: the head's pose and what it looks at, published at most PRESENCE_HZ times a second (counted by VR
 * frames, on the frame clock), and the guide's suggestion when one comes.
 */
export function HeadsetScene({ store, counters, publish }: HeadsetSceneProps) {
  const { runtime } = useTwin();
  const limiter = useMemo(() => createRateLimiter(PRESENCE_HZ), []);
  // After the walk controls (-1) have moved the play space: this frame's head.
  useFrame(({ camera, gl, clock }) => {
    if (!gl.xr.isPresenting) return;
    const now = clock.elapsedTime * 1000;
    counters.frames++;
    counters.frameMs = now;
    if (!limiter.take(now)) return;
    camera.getWorldPosition(head);
    camera.getWorldQuaternion(turn);
    forward.set(0, 0, -1).applyQuaternion(turn);
    const city = runtime.store.getState().city;
    raycaster.set(head, forward);
    const hit = city ? pickCity(city, raycaster) : null;
    head.toArray(message.position);
    turn.toArray(message.orientation);
    message.building = hit?.buildingId ?? null;
    message.point = hit?.point ?? null;
    message.prompt = store.getState().answer;
    // One short string per message, 20 a second at most: the only allocation, and the broker needs it.
    if (publish(encodePresence(message))) counters.sent++;
  });
  return <GuidePrompt store={store} />;
}
