import { describe, expect, it } from 'vitest';
import { createUtilitiesStore, XRAY_RADIUS } from '../../../../src/features/utilities/utilities-state.ts';
import { applyVrMenuAction, vrMenuText } from '../../../../src/features/utilities/vr/vr-menu-actions.ts';
import {
  VR_MENU_BUTTONS,
  VR_MENU_SIZE,
  vrMenuButtonAt,
  vrMenuButtonCentre,
} from '../../../../src/features/utilities/vr/vr-menu-layout.ts';
import { createI18n } from '../../../../src/ui/i18n.ts';

const t = createI18n('de').getFixedT('de');
const network = { lines: [], sample: true } as never;

describe('the VR wrist menu', () => {
  it('finds each button at its centre, and none between them or off the panel', () => {
    const [w, h] = VR_MENU_SIZE.metres;
    for (const button of VR_MENU_BUTTONS) {
      const [x, y] = vrMenuButtonCentre(button);
      expect(vrMenuButtonAt(x / w + 0.5, y / h + 0.5)?.action).toBe(button.action);
    }
    // The title row, the middle of the radius row (its label), the status line.
    expect(vrMenuButtonAt(0.5, 0.97)).toBeNull();
    expect(vrMenuButtonAt(0.5, 1 - (VR_MENU_BUTTONS[2]!.y + 30) / VR_MENU_SIZE.pixels[1])).toBeNull();
    expect(vrMenuButtonAt(0.5, 0.03)).toBeNull();
    // A button is at least 2 cm either way: a ray at arm's length hits it.
    for (const b of VR_MENU_BUTTONS)
      expect((b.height / VR_MENU_SIZE.pixels[1]) * h).toBeGreaterThanOrEqual(0.02);
  });

  it('switches drawing and the X-ray view, steps the radius within its limits, and takes a point back', () => {
    const store = createUtilitiesStore();
    applyVrMenuAction(store, 'draw');
    applyVrMenuAction(store, 'xray');
    expect(store.getState()).toMatchObject({ drawing: true, xray: true });
    applyVrMenuAction(store, 'larger');
    expect(store.getState().radiusM).toBe(XRAY_RADIUS.initial + 5);
    for (let i = 0; i < 20; i++) applyVrMenuAction(store, 'smaller');
    expect(store.getState().radiusM).toBe(XRAY_RADIUS.min);
    for (let i = 0; i < 20; i++) applyVrMenuAction(store, 'larger');
    expect(store.getState().radiusM).toBe(XRAY_RADIUS.max);
    const route = store.getState().route;
    store.setState({
      route: {
        ...route,
        points: [
          { x: 1, z: 2, coverM: null },
          { x: 3, z: 4, coverM: 1 },
        ],
      },
    });
    applyVrMenuAction(store, 'undo');
    expect(store.getState().route.points).toEqual([{ x: 1, z: 2, coverM: null }]);
    applyVrMenuAction(store, 'undo');
    applyVrMenuAction(store, 'undo');
    expect(store.getState().route.points).toEqual([]);
    applyVrMenuAction(store, 'draw');
    expect(store.getState().drawing).toBe(false);
  });

  it('says what to do next, then the check’s result, in the visitor’s language', () => {
    const store = createUtilitiesStore();
    expect(vrMenuText(store.getState(), t).status).toBe('Kein Leitungsnetz geladen');
    store.setState({ network, drawing: true });
    const drawing = vrMenuText(store.getState(), t);
    expect(drawing).toMatchObject({
      status: 'Zielen und Abzug: Punkt setzen',
      alarm: false,
      sample: 'Beispieldaten',
    });
    expect(drawing.labels.draw).toBe('Zeichnen beenden');
    expect(drawing.disabled.undo).toBe(true);
    const points = [
      { x: 0, z: 0, coverM: null },
      { x: 5, z: 0, coverM: null },
    ];
    store.setState({ route: { ...store.getState().route, points }, clashes: [] });
    expect(vrMenuText(store.getState(), t).status).toBe('Keine Konflikte');
    store.setState({ clashes: [{}, {}] as never });
    expect(vrMenuText(store.getState(), t)).toMatchObject({ status: 'Konflikte: 2', alarm: true });
    const en = createI18n('en').getFixedT('en');
    expect(vrMenuText(store.getState(), en).status).toBe('Clashes: 2');
  });
});
