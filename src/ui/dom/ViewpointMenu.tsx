import { useTwin, useTwinState } from '../../twin/use-twin.ts';

/** A drop-down of the city's named viewpoints; picking one jumps there. */
export function ViewpointMenu() {
  const { t } = useTwin();
  const walk = useTwinState((s) => s.walk);
  const lang = useTwinState((s) => s.lang);
  const viewpoints = walk?.viewpoints() ?? [];
  if (viewpoints.length === 0) return null;
  return (
    <label className="walk-viewpoints">
      <span>{t('walk.viewpoints')}</span>
      <select
        data-testid="viewpoints"
        value=""
        onChange={(e) => {
          if (e.target.value) walk?.goTo(e.target.value);
          e.target.blur();
        }}
      >
        <option value="">{t('walk.viewpoint-pick')}</option>
        {viewpoints.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
