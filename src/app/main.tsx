import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../ui/i18n.ts';
import { App } from './App.tsx';
import { loadSettings } from './load-settings.ts';
import { TwinContext } from '../twin/twin-context.ts';
import { createTwinRuntime } from '../twin/twin-runtime.ts';
import '../ui/styles.css';

/** Start the twin: settings first, then the runtime (sensors connect at once), then the page. */
async function main(): Promise<void> {
  const root = document.getElementById('root')!;
  const { config, registry, notices } = await loadSettings(new URL(location.href));
  document.documentElement.lang = config.lang;
  const runtime = createTwinRuntime(config, registry, notices);
  const i18n = createI18n(config.lang);
  document.title = i18n.t('title');
  createRoot(root).render(
    <StrictMode>
      <TwinContext.Provider value={{ runtime, i18n }}>
        <App />
      </TwinContext.Provider>
    </StrictMode>,
  );
  window.addEventListener('pagehide', () => void runtime.dispose());
}

main().catch((error: unknown) => {
  // Never a blank page: whatever broke before React could draw is said here, in both languages.
  const box = document.getElementById('root')!;
  box.className = 'fatal';
  box.textContent = `Der Stadtzwilling konnte nicht starten. / The city twin could not start: ${String(error)}`;
});
