import { useTwin, useTwinState } from '../../twin/use-twin.ts';

/** Shown while the live feed is lost: the buildings keep their last values (grey once past their TTL). */
export function OfflineBadge() {
  const { t } = useTwin();
  const connection = useTwinState((s) => s.connection);
  if (connection === 'connected' || connection === 'connecting') return null;
  return (
    <div className="stand-offline" data-testid="offline-badge" data-mqtt={connection} role="status">
      {t('exhibit.offline')}
    </div>
  );
}
