import { useEffect, useRef } from 'react';
import { InputError } from '../../../core/input/input-error.ts';
import { parseJsonText } from '../../../core/input/json-input.ts';
import { useTwin } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';
import { inFront } from './in-front.ts';

/** Read a dropped or chosen GeoJSON plan; a bad one is named in a notice, and the plan so far stays. */
export async function loadPlanFile(planning: Planning, file: File): Promise<void> {
  try {
    planning.load(parseJsonText(await file.text(), file.name), file.name);
  } catch (error) {
    const reason =
      error instanceof InputError ? `${error.place}: ${error.message.split(': ').pop()}` : String(error);
    planning.runtime.addNotice({
      code: 'planning.load-failed',
      params: { file: file.name, reason },
      severity: 'error',
    });
  }
}

/** Propose a dropped glTF/GLB model 30 m in front of the viewer; one that cannot be read is named in a notice. */
export async function addModelInFront(planning: Planning, file: File): Promise<void> {
  try {
    await planning.addModel(file, inFront(planning));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    planning.runtime.addNotice({
      code: 'planning.model-failed',
      params: { file: file.name, reason },
      severity: 'error',
    });
  }
}

/** Save the plan as GeoJSON, load one back (button, or dropped onto the page). */
export function PlanningFiles({ planning }: { planning: Planning }) {
  const { t } = useTwin();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // While this panel is open a dropped plan or model is the planner's (caught before the page's own import
    // of dropped cities, which is told the drag has ended); closed, drops import as before.
    const drop = (e: DragEvent): void => {
      const file = e.dataTransfer?.files[0];
      const model = file && /\.(glb|gltf)$/i.test(file.name);
      if (!file || (!model && !/\.(geo)?json$/i.test(file.name))) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      window.dispatchEvent(new DragEvent('dragleave'));
      void (model ? addModelInFront(planning, file) : loadPlanFile(planning, file));
    };
    window.addEventListener('drop', drop, { capture: true });
    return () => window.removeEventListener('drop', drop, { capture: true });
  }, [planning]);
  const save = (): void => {
    const blob = new Blob([JSON.stringify(planning.toGeoJSON(), null, 1)], { type: 'application/geo+json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'planung.geojson';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return (
    <div className="planning-files">
      <button type="button" onClick={save} data-testid="planning-save">
        {t('planning.save')}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t('planning.load')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,application/geo+json"
        hidden
        data-testid="planning-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void loadPlanFile(planning, file);
          e.target.value = '';
        }}
      />
      <p className="planning-note">{t('planning.drop')}</p>
    </div>
  );
}
