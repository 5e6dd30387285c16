import { useRef, useState } from 'react';
import { useTwin } from '../../twin/use-twin.ts';

/** Radius of the joystick's travel, CSS pixels. */
const TRAVEL = 48;

/** A virtual stick for touch screens: push the knob to walk, release to stop. */
export function TouchJoystick() {
  const { runtime, t } = useTwin();
  const walkInput = runtime.input;
  const [knob, setKnob] = useState({ x: 0, y: 0 });
  const active = useRef<number | null>(null);
  const centre = useRef({ x: 0, y: 0 });
  const move = (x: number, y: number): void => {
    const dx = x - centre.current.x;
    const dy = y - centre.current.y;
    const length = Math.hypot(dx, dy);
    const k = length > TRAVEL ? TRAVEL / length : 1;
    walkInput.touchStick.x = (dx * k) / TRAVEL;
    walkInput.touchStick.y = (dy * k) / TRAVEL;
    setKnob({ x: dx * k, y: dy * k });
  };
  const release = (): void => {
    active.current = null;
    walkInput.touchStick.x = 0;
    walkInput.touchStick.y = 0;
    setKnob({ x: 0, y: 0 });
  };
  return (
    <div
      className="walk-joystick"
      data-testid="joystick"
      aria-label={t('walk.joystick')}
      onPointerDown={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        centre.current = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        active.current = e.pointerId;
        e.currentTarget.setPointerCapture(e.pointerId);
        move(e.clientX, e.clientY);
      }}
      onPointerMove={(e) => e.pointerId === active.current && move(e.clientX, e.clientY)}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <div className="walk-joystick-knob" style={{ transform: `translate(${knob.x}px, ${knob.y}px)` }} />
    </div>
  );
}
