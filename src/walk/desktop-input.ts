import { CLICK_SLOP_PX, isWalkKey } from '../core/walk/keys.ts';
import { releaseWalkInput, type WalkInput } from './walk-input.ts';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Listen for walking input on the canvas and window: keys, drag-to-look (mouse and touch), mouse look
 * under pointer lock (M toggles it), and clicks that were not drags, into `walkInput`. Returns the dispose.
 */
export function listenDesktopInput(canvas: HTMLElement, walkInput: WalkInput): () => void {
  const release = (): void => releaseWalkInput(walkInput);
  let down: { id: number; x: number; y: number; travelled: number } | null = null;
  const locked = (): boolean => document.pointerLockElement === canvas;

  const onKeyDown = (e: KeyboardEvent): void => {
    if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    walkInput.run = e.shiftKey;
    if (isWalkKey(e.code)) {
      walkInput.held.add(e.code);
      e.preventDefault();
    } else if (e.code === 'KeyM' && !e.repeat) {
      if (locked()) document.exitPointerLock();
      else void Promise.resolve(canvas.requestPointerLock()).catch(() => undefined);
    }
  };
  const onKeyUp = (e: KeyboardEvent): void => {
    walkInput.run = e.shiftKey;
    walkInput.held.delete(e.code);
  };
  const onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || down) return;
    down = { id: e.pointerId, x: e.clientX, y: e.clientY, travelled: 0 };
  };
  const onPointerMove = (e: PointerEvent): void => {
    if (locked()) {
      walkInput.lookX += e.movementX;
      walkInput.lookY += e.movementY;
      return;
    }
    if (!down || e.pointerId !== down.id) return;
    const dx = e.clientX - down.x;
    const dy = e.clientY - down.y;
    down.travelled += Math.hypot(dx, dy);
    down.x = e.clientX;
    down.y = e.clientY;
    // Dragging grabs the scene (as on a map or a panorama): drag left to turn right.
    walkInput.lookX -= dx;
    walkInput.lookY -= dy;
  };
  const onPointerUp = (e: PointerEvent): void => {
    if (locked() && e.button === 0) {
      const r = canvas.getBoundingClientRect();
      walkInput.clicks.push({ x: r.width / 2, y: r.height / 2 });
      return;
    }
    if (!down || e.pointerId !== down.id) return;
    if (down.travelled < CLICK_SLOP_PX) {
      const r = canvas.getBoundingClientRect();
      walkInput.clicks.push({ x: e.clientX - r.left, y: e.clientY - r.top });
    }
    down = null;
  };
  const onCancel = (): void => void (down = null);

  // One signal removes every listener added here, so adding and removing cannot drift apart.
  const listening = new AbortController();
  const { signal } = listening;
  window.addEventListener('keydown', onKeyDown, { signal });
  window.addEventListener('keyup', onKeyUp, { signal });
  window.addEventListener('blur', release, { signal });
  canvas.addEventListener('pointerdown', onPointerDown, { signal });
  window.addEventListener('pointermove', onPointerMove, { signal });
  window.addEventListener('pointerup', onPointerUp, { signal });
  window.addEventListener('pointercancel', onCancel, { signal });
  return () => {
    listening.abort();
    if (locked()) document.exitPointerLock();
    release();
  };
}
