import i18next, { type i18n } from 'i18next';
import { MESSAGES } from './messages.ts';

/** An i18next instance of our own (not the global one), in the configured language. */
export function createI18n(lang: 'de' | 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    resources: { de: { translation: MESSAGES.de }, en: { translation: MESSAGES.en } },
    // React escapes text itself; messages are never HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}
