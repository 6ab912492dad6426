/**
 * A missing or half-done translation fails here, not in front of a person: every language has
 * exactly English's keys, the same placeholders, and words of its own.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../../src/i18n/format';
import { LOCALES } from '../../../src/i18n/locales';
import { englishAll as en } from '../../support/english';
import de from '../../../src/i18n/messages/de';
import fr from '../../../src/i18n/messages/fr';

const translations: Record<string, Record<string, string>> = { de, fr };

/**
 * Messages that are rightly the same as English in a language: names, codes and loanwords. Keyed
 * by language, so an untranslated message in another language still fails.
 */
const SAME_AS_ENGLISH: Record<string, ReadonlySet<string>> = {
  de: new Set([
    'form.code.label',
    'form.attribute.name',
    'form.attribute.website',
    // German says "Name", "Passkey" and "Tokens" too.
    'account.profile.name',
    'protectedPage.me.name',
    'account.passkeys.title',
    'account.sessions.method.passkey',
    'developer.tokens.title',
  ]),
  fr: new Set([
    'form.code.label',
    // French says "Sessions" too.
    'account.sessions.title',
  ]),
};

describe('message catalogues', () => {
  it('has a catalogue for every supported language but English', () => {
    expect(Object.keys(translations).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
  });

  it('keeps every key in the area file it is named after', async () => {
    const areas = import.meta.glob('../../../src/i18n/messages/en/*.ts', { eager: true });
    for (const [path, module] of Object.entries(areas)) {
      const area = path.split('/').pop()!.replace(/\.ts$/, '');
      if (area === 'index' || area === 'lazy') continue; // they gather the areas
      const messages = (module as Record<string, Record<string, string>>)[area];
      expect(messages, `${path} exports ${area}`).toBeDefined();
      for (const key of Object.keys(messages!)) expect(key.startsWith(`${area}.`), key).toBe(true);
    }
  });

  describe.each(Object.entries(translations))('%s', (locale, catalogue) => {
    it('has exactly the English keys', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });

    it('uses the same placeholders as English in every message', () => {
      for (const [key, english] of Object.entries(en)) {
        expect(placeholdersIn(catalogue[key] ?? ''), key).toEqual(placeholdersIn(english));
      }
    });

    it('translates every message (same words as English only where listed)', () => {
      const untranslated = Object.entries(en)
        .filter(([key, english]) => catalogue[key]?.trim() === english.trim())
        .map(([key]) => key)
        .filter((key) => !SAME_AS_ENGLISH[locale]!.has(key));
      expect(untranslated).toEqual([]);
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
    });
  });
});
