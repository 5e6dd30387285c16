import type { TFunction } from 'i18next';
import { XRAY_RADIUS, type UtilitiesState, type UtilitiesStore } from '../utilities-state.ts';
import type { VrMenuText } from './vr-menu-canvas.ts';
import type { VrMenuAction } from './vr-menu-layout.ts';

/** How much one press of − or + changes the X-ray radius, metres. */
export const VR_RADIUS_STEP = 5;

const clamp = (v: number): number => Math.min(XRAY_RADIUS.max, Math.max(XRAY_RADIUS.min, v));

/** Do what a menu button says: drawing and X-ray on/off, the radius a step smaller or larger, a point back. */
export function applyVrMenuAction(store: UtilitiesStore, action: VrMenuAction): void {
  const { drawing, xray, radiusM, route } = store.getState();
  if (action === 'draw') store.setState({ drawing: !drawing });
  else if (action === 'xray') store.setState({ xray: !xray });
  else if (action === 'smaller') store.setState({ radiusM: clamp(radiusM - VR_RADIUS_STEP) });
  else if (action === 'larger') store.setState({ radiusM: clamp(radiusM + VR_RADIUS_STEP) });
  else if (route.points.length > 0)
    store.setState({ route: { ...route, points: route.points.slice(0, -1) } });
}

/** The status line: the check's result once there is a route, else what to do next. */
export function vrMenuStatus(state: UtilitiesState, t: TFunction): { status: string; alarm: boolean } {
  if (!state.network) return { status: t('utilities.none'), alarm: false };
  const points = state.route.points.length;
  if (points < 2)
    return {
      status: t(state.drawing ? 'utilities.vr.aim' : 'utilities.vr.points', { count: points }),
      alarm: false,
    };
  const count = state.clashes.length;
  return count === 0
    ? { status: t('utilities.vr.ok'), alarm: false }
    : { status: t('utilities.vr.clashes', { count }), alarm: true };
}

/** Everything the menu paints, in the visitor's language. */
export function vrMenuText(state: UtilitiesState, t: TFunction): VrMenuText {
  return {
    title: t('utilities.title'),
    sample: state.network?.sample ? t('utilities.sample') : '',
    labels: {
      draw: t(state.drawing ? 'utilities.drawing' : 'utilities.draw'),
      xray: t(state.xray ? 'utilities.vr.xray-off' : 'utilities.vr.xray-on'),
      smaller: '−',
      larger: '+',
      undo: t('utilities.vr.undo'),
    },
    on: { draw: state.drawing, xray: state.xray },
    aimed: state.menuAimed,
    disabled: {
      smaller: state.radiusM <= XRAY_RADIUS.min,
      larger: state.radiusM >= XRAY_RADIUS.max,
      undo: state.route.points.length === 0,
    },
    radius: t('utilities.radius', { value: state.radiusM }),
    ...vrMenuStatus(state, t),
  };
}
