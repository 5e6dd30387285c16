import { useStore } from 'zustand';
import type { GuideTarget } from '../../core/exhibit/guide-message.ts';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import type { SpectatorStore } from './spectator-state.ts';

/** Props of the guide's panel: the store, and how a suggestion goes out. */
export interface GuidePanelProps {
  store: SpectatorStore;
  send: (target: GuideTarget, name: { de: string; en: string }) => void;
}

/** The guide's touch panel: send the followed visitor to a viewpoint or the building selected here. */
export function GuidePanel({ store, send }: GuidePanelProps) {
  const { t } = useTwin();
  const lang = useTwinState((s) => s.lang);
  const walk = useTwinState((s) => s.walk);
  const selection = useTwinState((s) => s.selection);
  const city = useTwinState((s) => s.city);
  const followed = useStore(store, (s) => s.followed);
  const sent = useStore(store, (s) => s.sent);
  if (followed === null || !walk) return null;
  const building = selection ? city?.buildings.at(selection.featureIndex) : undefined;
  const buildingName = building ? building.name || building.id : '';
  return (
    <div className="spectator-guide" data-testid="guide">
      <h2>{t('guide.title')}</h2>
      <div className="spectator-row">
        {walk.viewpoints().map((v) => (
          <button
            key={v.id}
            type="button"
            data-testid={`guide-viewpoint-${v.id}`}
            onClick={() => send({ kind: 'viewpoint', id: v.id }, v.name)}
          >
            {v.name[lang]}
          </button>
        ))}
        {building && (
          <button
            type="button"
            data-testid="guide-building"
            onClick={() =>
              send({ kind: 'building', id: building.id }, { de: buildingName, en: buildingName })
            }
          >
            {t('guide.building', { name: buildingName })}
          </button>
        )}
      </div>
      {sent && (
        <p data-testid="guide-sent" data-state={sent.state} aria-live="polite">
          {t(`guide.${sent.state}`, { place: sent.guide.name[lang] })}
        </p>
      )}
    </div>
  );
}
