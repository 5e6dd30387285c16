import { useRef } from 'react';
import { useTwin } from '../../twin/use-twin.ts';
import { OperatorPanel } from './OperatorPanel.tsx';
import { PinPad } from './PinPad.tsx';
import type { Stand } from './stand.ts';
import { useStand } from './use-stand.ts';

/** How long the corner must be held, ms: longer than any visitor's tap, short enough for staff. */
const HOLD_MS = 2000;

/** The operator's way in: hold the top left corner for two seconds, then the PIN, then the panel. */
export function OperatorCorner({ stand, pin }: { stand: Stand; pin: string }) {
  const { t } = useTwin();
  const operator = useStand(stand, (s) => s.operator);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const release = (): void => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  return (
    <>
      <div
        className="stand-corner"
        data-testid="operator-corner"
        aria-hidden="true"
        onPointerDown={() => {
          release();
          timer.current = setTimeout(() => stand.setOperator('pin'), HOLD_MS);
        }}
        onPointerUp={release}
        onPointerLeave={release}
        onPointerCancel={release}
      />
      {operator === 'pin' && (
        <PinPad
          pin={pin}
          title={t('operator.pin')}
          onAccept={() => stand.setOperator('open')}
          onCancel={() => stand.setOperator('closed')}
        />
      )}
      {operator === 'open' && <OperatorPanel stand={stand} />}
    </>
  );
}
