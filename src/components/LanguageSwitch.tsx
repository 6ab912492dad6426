/**
 * The footer's language choice. Each language is named in itself (and marked with its `lang`, so a
 * screen reader pronounces it right), so someone who cannot read the current language still finds
 * theirs. Choosing loads that language's chunk; the provider then sets <html lang> and remembers it.
 */
import { useId, useState } from 'react';
import { isLocale, LOCALE_NAMES, LOCALES } from '../i18n/locales';
import { useI18n } from '../i18n/useI18n';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const choose = async (value: string) => {
    if (!isLocale(value) || value === locale) return;
    setBusy(true);
    setFailed(false);
    try {
      await setLocale(value);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('common.language')}</label>{' '}
      <select
        id={id}
        value={locale}
        disabled={busy}
        aria-busy={busy || undefined}
        onChange={(event) => void choose(event.target.value)}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      {/* An alert, present only on failure: announced when it appears, and no second status region. */}
      {failed ? (
        <span role="alert" className="hint">
          {t('system.language.failed')}
        </span>
      ) : null}
    </div>
  );
}
