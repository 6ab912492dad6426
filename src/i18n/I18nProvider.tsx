/**
 * Gives every component the current language's translator and a way to change language. The choice
 * is remembered in localStorage and sets <html lang>, so screen readers pronounce the right language.
 */
import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_STORAGE_KEY, type Locale } from './locales';
import { englishTranslator, loadTranslator, type Translator } from './translator';

export interface I18n extends Translator {
  /** Resolves once the new language is shown; rejects if its catalogue could not be loaded. */
  setLocale(locale: Locale): Promise<void>;
}

// Outside a provider (unit tests of one component), components speak English.
export const I18nContext = createContext<I18n>({
  ...englishTranslator,
  setLocale: async () => {},
});

export function I18nProvider({
  initial = englishTranslator,
  children,
}: {
  /** The translator to start with, loaded before the first render so nothing flashes in English. */
  initial?: Translator;
  children: ReactNode;
}) {
  const [translator, setTranslator] = useState(initial);
  const setLocale = useCallback(async (locale: Locale) => {
    const next = await loadTranslator(locale);
    rememberLocale(locale);
    applyDocumentLanguage(locale);
    setTranslator(next);
  }, []);
  const value = useMemo(() => ({ ...translator, setLocale }), [translator, setLocale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
}

function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be full or blocked; the choice then lasts until the tab closes, which is fine.
  }
}

export function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}
