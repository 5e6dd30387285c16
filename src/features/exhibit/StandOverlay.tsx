import { AttractScreen } from './AttractScreen.tsx';
import { IdleWarning } from './IdleWarning.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { OfflineBadge } from './OfflineBadge.tsx';
import { OperatorCorner } from './OperatorCorner.tsx';
import { ReplayBadge } from './ReplayBadge.tsx';
import type { Stand } from './stand.ts';
import { useStand } from './use-stand.ts';

/** Everything the stand adds over the twin: the attract screen, language, offline badge, idle warning, replay, operator. */
export function StandOverlay({ stand, pin }: { stand: Stand; pin: string }) {
  const mode = useStand(stand, (s) => s.idle.mode);
  return (
    <div className={`stand stand-${mode}`} data-testid="stand" data-mode={mode}>
      {mode === 'attract' && <AttractScreen stand={stand} />}
      {mode === 'visitor' && <IdleWarning stand={stand} />}
      <ReplayBadge />
      <OfflineBadge />
      <LanguageToggle />
      <OperatorCorner stand={stand} pin={pin} />
    </div>
  );
}
