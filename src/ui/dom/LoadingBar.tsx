import { useTwin, useTwinState } from '../../twin/use-twin.ts';

/** Bytes of the city model loaded so far, as a bar and in words; nothing when no model is loading. */
export function LoadingBar() {
  const { t } = useTwin();
  const loading = useTwinState((s) => s.loading);
  if (!loading) return null;
  const { loaded, total } = loading;
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
  const text = total
    ? t('loading.city', { loaded: mb(loaded), total: mb(total) })
    : t('loading.city-unknown', { loaded: mb(loaded) });
  return (
    <div className="loading" data-testid="loading">
      <progress max={total ?? undefined} value={total ? loaded : undefined} />
      <span>{text}</span>
    </div>
  );
}
