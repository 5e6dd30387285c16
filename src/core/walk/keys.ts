// Keyboard to stick: the game layout (WASD and arrows) as one virtual stick.

/** The virtual stick from held keys (KeyboardEvent.code values): x right, y up = -1 as on a gamepad. */
export function stickFromKeys(held: ReadonlySet<string>): { x: number; y: number } {
  const on = (...codes: string[]): number => (codes.some((c) => held.has(c)) ? 1 : 0);
  const x = on('KeyD', 'ArrowRight') - on('KeyA', 'ArrowLeft');
  const y = on('KeyS', 'ArrowDown') - on('KeyW', 'ArrowUp');
  return { x, y };
}

/** Whether a key code is one the walk controls use (so the page does not scroll on it). */
export function isWalkKey(code: string): boolean {
  return /^(Key[WASD]|Arrow(Up|Down|Left|Right))$/.test(code);
}

/** How much faster Shift makes walking. */
export const RUN_FACTOR = 2.5;

/** A pointer that travelled less than this many CSS pixels between down and up was a click, not a drag. */
export const CLICK_SLOP_PX = 6;

/** Radians of turn per CSS pixel of mouse or finger travel. */
export const LOOK_RADIANS_PER_PX = 0.0035;
