import i18next, { type i18n } from 'i18next';
import { MESSAGES } from './messages.ts';

/** Texts by language, as i18next takes them. */
export type Messages = { de: Record<string, string>; en: Record<string, string> };

/** An i18next instance of our own (not the global one), in the configured language, over `messages`. */
export function createI18n(lang: 'de' | 'en', messages: Messages = MESSAGES): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    resources: { de: { translation: messages.de }, en: { translation: messages.en } },
    // React escapes text itself; messages are never HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}
