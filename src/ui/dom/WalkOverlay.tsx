import { useEffect, useState } from 'react';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { TouchJoystick } from './TouchJoystick.tsx';
import { ViewpointMenu } from './ViewpointMenu.tsx';
import { VrButton } from './VrButton.tsx';
import { WalkHelp } from './WalkHelp.tsx';

const coarse = (): boolean => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/** DOM controls for walking: Enter VR (or why not), viewpoints, mouse look, help (H or ?), touch joystick. */
export function WalkOverlay() {
  const { t } = useTwin();
  const hasCity = useTwinState((s) => s.city !== null);
  const [help, setHelp] = useState(false);
  const [touch, setTouch] = useState(coarse);
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    const onLock = (): void => setLocked(document.pointerLockElement !== null);
    document.addEventListener('pointerlockchange', onLock);
    return () => document.removeEventListener('pointerlockchange', onLock);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (e.code === 'KeyH' || e.key === '?') setHelp((h) => !h);
      else if (e.key === 'Escape') setHelp(false);
    };
    // A first touch shows the joystick even where the media query did not expect one.
    const onTouch = (e: PointerEvent): void => {
      if (e.pointerType === 'touch') setTouch(true);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onTouch);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onTouch);
    };
  }, []);
  if (!hasCity) return null;
  return (
    <>
      <div className="walk-bar" data-testid="walk-bar">
        <VrButton />
        <ViewpointMenu />
        {!touch && (
          <button
            type="button"
            onClick={() =>
              void Promise.resolve(document.querySelector('canvas')?.requestPointerLock()).catch(
                () => undefined,
              )
            }
          >
            {t('walk.mouse-look')}
          </button>
        )}
        <button type="button" data-testid="walk-help-button" onClick={() => setHelp((h) => !h)}>
          {t('walk.help')}
        </button>
      </div>
      {touch && <TouchJoystick />}
      {locked && <div className="walk-crosshair" data-testid="crosshair" />}
      {help && <WalkHelp onClose={() => setHelp(false)} />}
    </>
  );
}
