/** What a button of the VR menu does. */
export type VrMenuAction = 'draw' | 'xray' | 'smaller' | 'larger' | 'undo';

/** A button on the menu's canvas, in canvas pixels (origin top left). */
export interface VrMenuButton {
  action: VrMenuAction;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The menu's canvas size in pixels and its size in the world, metres (the same aspect). */
export const VR_MENU_SIZE = { pixels: [512, 480], metres: [0.16, 0.15] } as const;

const PAD = 24;
const ROW = 76;
const GAP = 10;
const FULL = VR_MENU_SIZE.pixels[0] - PAD * 2;
const rowY = (n: number): number => 72 + n * (ROW + GAP);

/**
 * The buttons, big enough to hit with a controller's ray at arm's length (a 76 px row is about 2.4 cm):
 * drawing on/off, X-ray on/off, the radius smaller and larger, and taking back the last point.
 */
export const VR_MENU_BUTTONS: readonly VrMenuButton[] = [
  { action: 'draw', x: PAD, y: rowY(0), width: FULL, height: ROW },
  { action: 'xray', x: PAD, y: rowY(1), width: FULL, height: ROW },
  { action: 'smaller', x: PAD, y: rowY(2), width: ROW, height: ROW },
  { action: 'larger', x: PAD + FULL - ROW, y: rowY(2), width: ROW, height: ROW },
  { action: 'undo', x: PAD, y: rowY(3), width: FULL, height: ROW },
];

/** Where the status line (the check's result) sits: its vertical middle, canvas pixels. */
export const VR_MENU_STATUS_Y = rowY(4) + 22;

/** The button under a point of the panel given as texture coordinates (u right, v up, 0..1); null between. */
export function vrMenuButtonAt(u: number, v: number): VrMenuButton | null {
  const x = u * VR_MENU_SIZE.pixels[0];
  const y = (1 - v) * VR_MENU_SIZE.pixels[1];
  return (
    VR_MENU_BUTTONS.find((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) ?? null
  );
}

/** The centre of a button as a point on the panel in metres from the panel's centre ([right, up]). */
export function vrMenuButtonCentre(button: VrMenuButton): [number, number] {
  const [pw, ph] = VR_MENU_SIZE.pixels;
  const [mw, mh] = VR_MENU_SIZE.metres;
  return [((button.x + button.width / 2) / pw - 0.5) * mw, (0.5 - (button.y + button.height / 2) / ph) * mh];
}
