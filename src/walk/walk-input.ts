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

/** An empty input buffer: one per runtime, written by the DOM listeners and the joystick, read per frame. */
export function createWalkInput(): WalkInput {
  return { held: new Set(), run: false, touchStick: { x: 0, y: 0 }, lookX: 0, lookY: 0, clicks: [] };
}

/** Forget everything held (window lost focus, controls unmounted, back from VR). */
export function releaseWalkInput(input: WalkInput): void {
  input.held.clear();
  input.run = false;
  input.touchStick.x = 0;
  input.touchStick.y = 0;
  input.lookX = 0;
  input.lookY = 0;
  input.clicks.length = 0;
}
