import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import type { Group } from 'three';
import type { CityModel } from '../city/city-model.ts';
import { LOCOMOTION_DEFAULTS } from '../core/walk/locomotion.ts';
import { useTwin, useTwinState } from '../twin/use-twin.ts';
import { stepDesktop } from '../walk/desktop-step.ts';
import { listenDesktopInput } from '../walk/desktop-input.ts';
import { placeOverview } from '../walk/start-view.ts';
import { createWalkCollider } from '../walk/walk-collider.ts';
import { createWalkHandle } from '../walk/walk-handle.ts';
import { releaseWalkInput } from '../walk/walk-input.ts';
import { createWalkRig, placeEye } from '../walk/walk-rig.ts';
import { createXRWalkState, stepXR } from '../walk/xr-step.ts';
import { TeleportArc } from './TeleportArc.tsx';
import { ComfortVignette } from './ComfortVignette.tsx';
import { ViewpointToast } from './ViewpointToast.tsx';

/** Longest frame step applied at once, seconds (a stalled tab must not fling the visitor). */
const MAX_DT = 0.25;

/** Walking on desktop, touch and in VR over the city's ground, stopped by its walls; starts at the Marktplatz. */
export function Locomotion({ city }: { city: CityModel }) {
  const { runtime } = useTwin();
  const get = useThree((s) => s.get);
  const gl = useThree((s) => s.gl);
  // The desktop camera, kept while R3F swaps in the XR camera during a session.
  const desktopCamera = useMemo(() => get().camera, [get]);
  const collider = useMemo(
    () => city.createCollider?.() ?? createWalkCollider(city.walkable, city.solid),
    [city],
  );
  useEffect(() => () => collider.dispose(), [collider]);
  const rig = useMemo(() => createWalkRig(LOCOMOTION_DEFAULTS.eyeHeight), []);
  const xrState = useRef(createXRWalkState());
  const origin = useRef<Group>(null);
  const inXR = useRef(false);
  const lang = useTwinState((s) => s.lang);

  useEffect(() => {
    const start = city.extras.viewpoints.find((v) => v.id === 'marktplatz') ?? city.extras.viewpoints[0];
    if (start) {
      placeEye(rig, collider, start.position, start.headingDeg);
      rig.viewpoint = start.id;
    } else {
      placeOverview(desktopCamera, city.scene);
      const r = desktopCamera.rotation.reorder('YXZ');
      placeEye(rig, collider, desktopCamera.position.toArray(), 0, r.x, false);
      rig.yaw = r.y;
    }
    const handle = createWalkHandle(city, rig, collider, () => {
      xrState.current.align = true;
    });
    return runtime.mountWalk(handle);
  }, [city, rig, collider, desktopCamera, runtime]);

  useEffect(() => listenDesktopInput(gl.domElement, runtime.input), [gl, runtime]);

  const cycleViewpoint = (direction: 1 | -1): void => {
    const list = city.extras.viewpoints;
    if (list.length === 0) return;
    const at = list.findIndex((v) => v.id === rig.viewpoint);
    const next = list[(at + direction + list.length) % list.length]!;
    runtime.store.getState().walk?.goTo(next.id);
  };

  // Before the arc and vignette (priority 0) so they draw this frame's state; after the XR store (-1000).
  useFrame((state, delta, frame?: XRFrame) => {
    const dt = Math.min(delta, MAX_DT);
    const space = gl.xr.isPresenting ? gl.xr.getReferenceSpace() : null;
    if (frame && space && origin.current) {
      if (!inXR.current) {
        inXR.current = true;
        xrState.current = createXRWalkState();
      }
      stepXR(rig, xrState.current, {
        collider,
        origin: origin.current,
        frame,
        space,
        walkSpeed: runtime.config.walkSpeed,
        snapTurnDeg: runtime.config.snapTurn,
        dt,
        onViewpointButton: (direction) => cycleViewpoint(direction),
        teleport: runtime.store.getState().vrTrigger === null,
      });
      return;
    }
    if (inXR.current) {
      // Back from VR: the desktop view continues where the head was, level, with the same heading.
      inXR.current = false;
      rig.xr = null;
      rig.teleport = { state: 'idle' };
      rig.vignette = 0;
      // Clicks and keys from while the headset was on are not meant for the desktop view.
      releaseWalkInput(runtime.input);
    }
    stepDesktop(rig, collider, runtime.input, desktopCamera, state.size, runtime.config.walkSpeed, dt);
  }, -1);

  return (
    <>
      <XROrigin ref={origin} />
      <TeleportArc rig={rig} state={xrState} />
      <ViewpointToast rig={rig} viewpoints={city.extras.viewpoints} lang={lang} />
      <ComfortVignette rig={rig} enabled={runtime.config.vignette} />
    </>
  );
}
