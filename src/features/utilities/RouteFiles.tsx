import type { ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { parseJsonText } from '../../core/input/json-input.ts';
import { useTwin } from '../../twin/use-twin.ts';
import type { UtilitiesController } from './utilities-controller.ts';
import type { UtilitiesStore } from './utilities-state.ts';

/** Save the route with its check as GeoJSON, and open a saved route or another network file. */
export function RouteFiles({
  store,
  controller,
}: {
  store: UtilitiesStore;
  controller: UtilitiesController;
}) {
  const { runtime, t } = useTwin();
  const points = useStore(store, (s) => s.route.points.length);
  const save = (): void => {
    const blob = new Blob([JSON.stringify(controller.api.utilities.save(), null, 1)], {
      type: 'application/geo+json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'trasse.geojson';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const open = (kind: 'route' | 'network') => async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const json = parseJsonText(await file.text(), file.name);
      if (kind === 'route') controller.api.utilities.open(json, file.name);
      else controller.useNetwork(json, file.name);
    } catch (error) {
      // Refused with the place that is wrong; the route or network there was stays.
      runtime.addNotice({
        code: kind === 'route' ? 'utilities.route-failed' : 'utilities.failed',
        params: { url: file.name, reason: error instanceof Error ? error.message : String(error) },
        severity: 'warning',
      });
    }
  };
  return (
    <div className="utilities-files">
      <button type="button" disabled={points < 2} onClick={save}>
        {t('utilities.save')}
      </button>
      {(['route', 'network'] as const).map((kind) => (
        <label key={kind} className="utilities-open">
          {kind === 'network' && `${t('utilities.title')}: `}
          {t('utilities.open')}
          <input
            type="file"
            data-testid={`utilities-open-${kind}`}
            accept=".geojson,.json"
            onChange={(e) => void open(kind)(e)}
          />
        </label>
      ))}
    </div>
  );
}
