import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../ui/i18n.ts';
import { App } from './App.tsx';
import { ALL_MESSAGES } from './messages.ts';
import { loadSettings } from './load-settings.ts';
import { registerOffline } from './offline.ts';
import { TwinContext } from '../twin/twin-context.ts';
import { createTwinRuntime } from '../twin/twin-runtime.ts';
import { createFootprintsFeature } from '../features/footprints/footprints-feature.ts';
import { createPlanningFeature } from '../features/planning/planning-feature.ts';
import { createExhibitFeature } from '../features/exhibit/exhibit-feature.ts';
import { createTilesFeature } from '../features/tiles/tiles-feature.ts';
import { createDropFeature } from '../features/drop/drop-feature.ts';
import { createGeorefFeature } from '../features/georef/georef-feature.ts';
import { createUtilitiesFeature } from '../features/utilities/utilities-feature.ts';
import { createHeadsetFeature } from '../features/headset/headset-feature.ts';
import { createSpectatorFeature } from '../features/spectator/spectator-feature.ts';
import { createLookFeature } from '../features/look/look-feature.ts';
import '../ui/styles/page.css';
import '../ui/styles/walk.css';
import '../ui/styles/panels.css';
import '../ui/styles/sizes.css';

/** Start the twin: settings first, then the runtime (sensors connect at once), then the page. */
async function main(): Promise<void> {
  const root = document.getElementById('root')!;
  const { config, registry, notices } = await loadSettings(new URL(location.href));
  const runtime = createTwinRuntime(config, registry, notices);
  // Optional features register here, each from its one entry point; the runtime disposes them with itself.
  runtime.use(createGeorefFeature());
  if (config.footprints.trim() !== '') runtime.use(createFootprintsFeature(config.footprints));
  runtime.use(createPlanningFeature());
  runtime.use(createLookFeature());
  if (config.mode === 'exhibit') runtime.use(createExhibitFeature(config));
  runtime.use(
    createTilesFeature({ errorTarget: config.tilesErrorTarget, maxBytes: config.tilesMemoryMB * 1e6 }),
  );
  runtime.use(createDropFeature());
  if (config.utilities.trim() !== '')
    runtime.use(createUtilitiesFeature({ network: config.utilities, rules: config.utilityRules }));
  runtime.use(config.mode === 'spectator' ? createSpectatorFeature() : createHeadsetFeature());
  const i18n = createI18n(config.lang, ALL_MESSAGES);
  const reactRoot = createRoot(root);
  const render = (lang: 'de' | 'en'): void => {
    document.documentElement.lang = lang;
    document.title = i18n.getFixedT(lang)('title');
    // Made once per language: the context value changes only when the language does, and then every text does.
    const twin = { runtime, t: i18n.getFixedT(lang) };
    reactRoot.render(
      <StrictMode>
        <TwinContext.Provider value={twin}>
          <App />
        </TwinContext.Provider>
      </StrictMode>,
    );
  };
  render(config.lang);
  runtime.store.subscribe((state, previous) => state.lang !== previous.lang && render(state.lang));
  window.addEventListener('pagehide', () => void runtime.dispose());
  registerOffline();
}

main().catch((error: unknown) => {
  // Never a blank page: whatever broke before React could draw is said here, in both languages.
  const box = document.getElementById('root')!;
  box.className = 'fatal';
  box.textContent = `Der Stadtzwilling konnte nicht starten. / The city twin could not start: ${String(error)}`;
});
