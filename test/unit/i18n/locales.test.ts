import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../src/i18n/format';
import { detectLocale, matchLocale } from '../../../src/i18n/locales';
import { englishTranslator, loadTranslator } from '../../../src/i18n/translator';

describe('choosing a language', () => {
  it('follows an earlier choice first, then the browser, then English', () => {
    expect(detectLocale('fr', ['de-DE'])).toBe('fr');
    expect(detectLocale(null, ['it-IT', 'de-CH', 'en'])).toBe('de');
    expect(detectLocale('xx', ['FR-ca'])).toBe('fr');
    expect(detectLocale(undefined, ['it', 'ja'])).toBe('en');
    expect(detectLocale(null, [])).toBe('en');
  });

  it('matches a region or script tag to its language', () => {
    expect(matchLocale(['de-Latn-AT'])).toBe('de');
    expect(matchLocale(['en-GB'])).toBe('en');
    expect(matchLocale(['pt-BR'])).toBeUndefined();
  });
});

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillPlaceholders('Hello {name}, {n} new', { name: 'Ada', n: 3 })).toBe(
      'Hello Ada, 3 new',
    );
    expect(fillPlaceholders('Hello {name}', {})).toBe('Hello {name}');
    expect(fillPlaceholders('Hello {toString}', {})).toBe('Hello {toString}');
  });

  it('loads another language on demand and formats dates in it', async () => {
    const german = await loadTranslator('de');
    expect(german.t('common.language')).toBe('Sprache');
    expect(englishTranslator.t('common.language')).toBe('Language');
    const date = Date.UTC(2026, 10, 26, 12, 0);
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(german.formatDateTime(date, options)).toBe('26. November 2026');
    expect(englishTranslator.formatDateTime(date, options)).toBe('November 26, 2026');
    const french = await loadTranslator('fr');
    expect(french.formatDateTime(date, options)).toBe('26 novembre 2026');
  });
});
