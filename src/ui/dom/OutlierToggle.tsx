import { useState } from 'react';
import { useTwin } from '../../twin/use-twin.ts';

/** A switch under the legend: wash out every building but those far off their neighbours, to find them from above. */
export function OutlierToggle() {
  const { runtime, t } = useTwin();
  const [on, setOn] = useState(() => runtime.feed.outliersHighlighted());
  return (
    <label className="legend-outliers">
      <input
        type="checkbox"
        data-testid="legend-outliers"
        checked={on}
        onChange={(event) => {
          setOn(event.target.checked);
          runtime.feed.highlightOutliers(event.target.checked);
        }}
      />
      {t('legend.outliers')}
    </label>
  );
}
