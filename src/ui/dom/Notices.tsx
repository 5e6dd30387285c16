import { useState } from 'react';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';

/** What went wrong, in plain words, in the configured language; the twin keeps running underneath. */
export function Notices() {
  const { t } = useTwin();
  const notices = useTwinState((s) => s.notices);
  const [dismissed, setDismissed] = useState(0);
  const shown = notices.slice(dismissed);
  if (shown.length === 0) return null;
  return (
    <div className="notices" role="alert" data-testid="notices">
      {shown.map((n, i) => (
        <p key={i} className={`notice notice-${n.severity}`} data-code={n.code}>
          {t(n.code, { ...n.params })}
        </p>
      ))}
      <button type="button" onClick={() => setDismissed(notices.length)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
