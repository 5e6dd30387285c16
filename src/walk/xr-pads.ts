/** The two controllers' gamepads this frame, read without allocating per frame. */
export interface XRPads {
  /** Take this frame's input sources. */
  update(session: XRSession): void;
  /** Thumbstick (or touchpad) x and y of a hand, gamepad style (y = -1 forward); 0 without a pad. */
  stickX(hand: XRHandedness): number;
  stickY(hand: XRHandedness): number;
  /** Whether a button (xr-standard index) is held. */
  pressed(hand: XRHandedness, index: number): boolean;
  /** Whether a button went down this frame (held now, not in the previous call for it). */
  edge(hand: XRHandedness, index: number): boolean;
}

/** A reader for the left and right controllers; hand-tracked and gaze inputs have no gamepad and read 0. */
export function createXRPads(): XRPads {
  let left: Gamepad | null = null;
  let right: Gamepad | null = null;
  const held = new Set<number>();
  const pad = (hand: XRHandedness): Gamepad | null =>
    hand === 'left' ? left : hand === 'right' ? right : null;
  // xr-standard puts the thumbstick on axes 2/3; a touchpad-only pad uses 0/1.
  const axis = (hand: XRHandedness, offset: 0 | 1): number => {
    const g = pad(hand);
    if (!g) return 0;
    return (g.axes.length >= 4 ? g.axes[2 + offset] : g.axes[offset]) ?? 0;
  };
  const pressed = (hand: XRHandedness, index: number): boolean => {
    const button = pad(hand)?.buttons[index];
    return !!button && (button.pressed || button.value > 0.5);
  };
  return {
    update(session) {
      left = null;
      right = null;
      for (const source of session.inputSources) {
        if (!source.gamepad) continue;
        if (source.handedness === 'left') left = source.gamepad;
        else if (source.handedness === 'right') right = source.gamepad;
      }
    },
    stickX: (hand) => axis(hand, 0),
    stickY: (hand) => axis(hand, 1),
    pressed,
    edge(hand, index) {
      const key = (hand === 'left' ? 0 : 64) + index;
      const now = pressed(hand, index);
      const was = held.has(key);
      if (now) held.add(key);
      else held.delete(key);
      return now && !was;
    },
  };
}
