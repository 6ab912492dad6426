/**
 * The translator: a language's catalogue plus Intl formatters, usable outside React (errors are
 * built in src/auth/) and handed to components through I18nProvider.
 */
import { fillPlaceholders, type MessageParams, type PlaceholdersOf } from './format';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { en, type EnglishCatalogue, type MessageKey } from './messages/en';
import type { Translation } from './messages/types';

export type { MessageKey };
export type Catalogue = Translation<EnglishCatalogue>;

/** `t('home.hello', { name })`: the params a message needs are read from its English text. */
export type TranslateArgs<K extends MessageKey> = [PlaceholdersOf<EnglishCatalogue[K]>] extends [
  never,
]
  ? [params?: undefined]
  : [params: Readonly<Record<PlaceholdersOf<EnglishCatalogue[K]>, string | number>>];

export interface Translator {
  readonly locale: Locale;
  t<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): string;
  /** A date (and time) as people of this language write it, in their time zone. */
  formatDateTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
}

/**
 * The English loaded so far: the first-load areas, joined by the lazy ones once ensureEnglishLazy
 * resolves. Partial on purpose: a key looked up before its area arrived falls back, never throws.
 */
let english: Partial<Catalogue> = en;
let englishLazy: Promise<void> | undefined;

/**
 * Loads the English areas only lazy routes speak (one chunk, fetched once however many routes ask).
 * routes.tsx awaits it with each lazy screen, so Suspense shows the screen only once its words are in.
 */
export function ensureEnglishLazy(): Promise<void> {
  englishLazy ??= import('./messages/en/lazy').then(
    ({ enLazy }) => {
      english = { ...english, ...enLazy };
    },
    (error: unknown) => {
      // A failed fetch (flaky network) must not stick: the next navigation tries again.
      englishLazy = undefined;
      throw error;
    },
  );
  return englishLazy;
}

/** A message in `catalogue`, else its English if loaded, else the key itself: never a crash. */
function lookUp(catalogue: Partial<Catalogue>, key: MessageKey): string {
  return catalogue[key] ?? english[key] ?? key;
}

export function createTranslator(locale: Locale, catalogue: Partial<Catalogue>): Translator {
  return {
    locale,
    t: (key, ...[params]) =>
      fillPlaceholders(lookUp(catalogue, key), params as MessageParams | undefined),
    formatDateTime: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
      new Intl.DateTimeFormat(locale, options).format(value),
  };
}

// An empty catalogue: English is looked up in `english`, so it sees the lazy areas once loaded.
export const englishTranslator = createTranslator(DEFAULT_LOCALE, {});

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalogue }>> = {
  de: () => import('./messages/de'),
  fr: () => import('./messages/fr'),
};

/** The translator for `locale`; other languages than English arrive as their own chunk. */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  if (locale === 'en') return englishTranslator;
  const catalogue = (await LOADERS[locale]()).default;
  return createTranslator(locale, catalogue);
}
