import { useTwin, useTwinState } from '../../twin/use-twin.ts';

/** German by default; one large button switches to English and back (the stand resets to German when idle). */
export function LanguageToggle() {
  const { runtime, t } = useTwin();
  const lang = useTwinState((s) => s.lang);
  return (
    <button
      type="button"
      className="stand-lang"
      data-testid="lang-toggle"
      lang={lang === 'de' ? 'en' : 'de'}
      aria-label={t('exhibit.lang-label')}
      onClick={() => runtime.setLang(lang === 'de' ? 'en' : 'de')}
    >
      {t('exhibit.lang-switch')}
    </button>
  );
}
