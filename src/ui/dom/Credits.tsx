import { useTwin, useTwinState } from '../../twin/use-twin.ts';

/** The data credits the licences ask for (ODbL: OpenStreetMap), plus what the model itself names. */
export function Credits() {
  const { t } = useTwin();
  const attribution = useTwinState((s) => s.city?.extras.attribution ?? '');
  return (
    <div className="credits">
      {t('credits')}
      {attribution && !attribution.includes('OpenStreetMap') ? ` · ${attribution}` : ''}
    </div>
  );
}
