import { useTwin } from '../../twin/use-twin.ts';

/** Bytes of the city model loaded so far, as a bar and in words. */
export function LoadingBar({ loaded, total }: { loaded: number; total: number | undefined }) {
  const { t } = useTwin();
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
