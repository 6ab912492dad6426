/**
 * The languages the app speaks, and which one a visitor gets: their own earlier choice, else the
 * first of the browser's preferred languages we have, else English.
 */
export const LOCALES = ['en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

/** Not per client: a person's language is theirs on every app of this origin. */
export const LOCALE_STORAGE_KEY = 'cra.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The best match for `preferred` (BCP 47 tags, most preferred first): `de-CH` finds `de`. */
export function matchLocale(preferred: readonly string[]): Locale | undefined {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = LOCALES.find((l) => l === lower);
    if (exact) return exact;
    const language = LOCALES.find((l) => l === lower.split('-')[0]);
    if (language) return language;
  }
  return undefined;
}

export function detectLocale(
  stored: string | null | undefined,
  preferred: readonly string[],
): Locale {
  if (isLocale(stored)) return stored;
  return matchLocale(preferred) ?? DEFAULT_LOCALE;
}
