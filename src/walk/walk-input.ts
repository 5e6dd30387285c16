/** Input from the DOM (keys, mouse, touch joystick) waiting for the next frame; drained by the frame loop. */
export interface WalkInput {
  held: Set<string>;
  run: boolean;
  /** The touch joystick, gamepad style (x right, y up = -1). */
  touchStick: { x: number; y: number };
  /** Look travel in CSS pixels since the last frame. */
  lookX: number;
  lookY: number;
  /** Clicks (not drags) in canvas-relative CSS pixels since the last frame. */
  clicks: { x: number; y: number }[];
}

/** The one input buffer the overlay's joystick and the canvas listeners write into. */
export const walkInput: WalkInput = {
  held: new Set(),
  run: false,
  touchStick: { x: 0, y: 0 },
  lookX: 0,
  lookY: 0,
  clicks: [],
};

/** Forget everything held (window lost focus, controls unmounted). */
export function releaseWalkInput(): void {
  walkInput.held.clear();
  walkInput.run = false;
  walkInput.touchStick.x = 0;
  walkInput.touchStick.y = 0;
  walkInput.lookX = 0;
  walkInput.lookY = 0;
  walkInput.clicks.length = 0;
}
