import { useTwin } from '../../twin/use-twin.ts';

/** The data credits the licences ask for (ODbL: OpenStreetMap), plus what the model itself names. */
export function Credits({ attribution }: { attribution: string }) {
  const { t } = useTwin();
  return (
    <div className="credits">
      {t('credits')}
      {attribution && !attribution.includes('OpenStreetMap') ? ` · ${attribution}` : ''}
    </div>
  );
}
