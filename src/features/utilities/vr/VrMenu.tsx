import { useCallback, useEffect, useMemo, useRef } from 'react';
import { DoubleSide, Vector3, type Group } from 'three';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useXRInputSourceState } from '@react-three/xr';
import { createCanvasPanel } from '../../../ui/xr/info-panel-canvas.ts';
import { placeByWrist } from '../../../ui/xr/wrist-place.ts';
import { useTwin } from '../../../twin/use-twin.ts';
import type { UtilitiesStore } from '../utilities-state.ts';
import { applyVrMenuAction, vrMenuText } from './vr-menu-actions.ts';
import { paintVrMenu } from './vr-menu-canvas.ts';
import { VR_MENU_BUTTONS, VR_MENU_SIZE, vrMenuButtonAt, vrMenuButtonCentre } from './vr-menu-layout.ts';
import type { VrMenuReport } from './vr-menu-report.ts';

// Beside the legend on the left wrist (to its right, towards the body); without a left controller, low right
// in view, opposite the floating legend.
const PLACE = { wrist: new Vector3(0.17, 0.04, 0.06), float: new Vector3(0.3, -0.26, -0.75) };
const scratch = new Vector3();

/** Whether any controller's trigger (xr-standard button 0) is held. */
function triggerHeld(session: XRSession | null): boolean {
  for (const source of session?.inputSources ?? []) if (source.gamepad?.buttons[0]?.pressed) return true;
  return false;
}

/**
 * The underground tools in the headset: a wrist menu to switch drawing and the X-ray view, change the radius,
 * take a point back, and read the check's result. The other hand's ray aims at a button, the trigger presses it.
 */
export function VrMenu({ store }: { store: UtilitiesStore }) {
  const { t } = useTwin();
  const gl = useThree((s) => s.gl);
  const left = useXRInputSourceState('controller', 'left');
  const group = useRef<Group>(null);
  const panel = useMemo(() => createCanvasPanel(...VR_MENU_SIZE.pixels), []);
  const painted = useRef('');
  const onWrist = useRef(false);
  useEffect(() => () => panel.dispose(), [panel]);
  useEffect(() => {
    const paint = (): void => {
      const text = vrMenuText(store.getState(), t);
      painted.current = text.status;
      panel.draw((ctx, w, h) => paintVrMenu(ctx, w, h, text));
    };
    paint();
    return store.subscribe((s, p) => {
      const changed =
        s.drawing !== p.drawing ||
        s.xray !== p.xray ||
        s.radiusM !== p.radiusM ||
        s.route !== p.route ||
        s.clashes !== p.clashes ||
        s.network !== p.network ||
        s.menuAimed !== p.menuAimed;
      if (changed) paint();
    });
  }, [store, panel, t]);
  // Rays resting on the menu, by pointer, and a press begun on it: while either lasts, the trigger is the
  // menu's. A pressed trigger may end the ray's rest on the menu before it is let go; it must not teleport then.
  const resting = useMemo(() => new Set<number>(), []);
  const held = useRef(false);
  const claim = useCallback(() => {
    const menuHover = resting.size > 0 || held.current;
    if (menuHover !== store.getState().menuHover) store.setState({ menuHover });
  }, [store, resting]);
  const rest = useCallback(
    (event: ThreeEvent<PointerEvent>, on: boolean) => {
      if (on) resting.add(event.pointerId);
      else resting.delete(event.pointerId);
      if (resting.size === 0) store.setState({ menuAimed: null });
      claim();
    },
    [store, resting, claim],
  );
  useEffect(() => {
    const report = (): VrMenuReport => {
      const targets = {} as VrMenuReport['targets'];
      const g = group.current;
      g?.updateWorldMatrix(true, false);
      const space = gl.xr.getCamera().parent;
      for (const button of VR_MENU_BUTTONS) {
        const [x, y] = vrMenuButtonCentre(button);
        scratch.set(x, y, 0);
        if (g) scratch.applyMatrix4(g.matrixWorld);
        space?.worldToLocal(scratch);
        targets[button.action] = [scratch.x, scratch.y, scratch.z];
      }
      const { menuHover, menuAimed } = store.getState();
      return {
        status: painted.current,
        onWrist: onWrist.current,
        hovered: menuHover,
        aimed: menuAimed,
        targets,
      };
    };
    store.setState({ vrMenu: report });
    return () => {
      resting.clear();
      store.setState({ vrMenu: null, menuHover: false, menuAimed: null });
    };
  }, [store, gl, resting]);
  useFrame(({ camera }) => {
    if (held.current && !triggerHeld(gl.xr.getSession())) {
      held.current = false;
      claim();
    }
    const g = group.current;
    if (!g) return;
    onWrist.current = placeByWrist(g, left?.object, camera, PLACE);
  });
  // The trigger's press is the button's press: what it does shows at once, and a long pull does it once.
  const down = (event: ThreeEvent<PointerEvent>): void => {
    event.stopPropagation();
    const action = event.uv && vrMenuButtonAt(event.uv.x, event.uv.y)?.action;
    held.current = true;
    claim();
    if (action) applyVrMenuAction(store, action);
  };
  return (
    <group ref={group} name="utility-vr-menu">
      <mesh
        renderOrder={10}
        onPointerDown={down}
        onPointerMove={(e) => {
          const aimed = (e.uv && vrMenuButtonAt(e.uv.x, e.uv.y)?.action) ?? null;
          if (aimed !== store.getState().menuAimed) store.setState({ menuAimed: aimed });
        }}
        onPointerEnter={(e) => rest(e, true)}
        onPointerLeave={(e) => rest(e, false)}
      >
        <planeGeometry args={VR_MENU_SIZE.metres} />
        <meshBasicMaterial
          map={panel.texture}
          transparent
          toneMapped={false}
          depthTest={false}
          side={DoubleSide}
        />
      </mesh>
    </group>
  );
}
