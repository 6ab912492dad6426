/**
 * English is split: the first load carries only the areas its screens speak, and the areas of lazy
 * routes arrive with them (ensureEnglishLazy). A key asked for too early reads as itself, never a crash.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { englishAll } from '../../support/english';

const LAZY_AREAS = [
  'account',
  'protectedPage',
  'mfa',
  'callback',
  'signUp',
  'confirm',
  'newPassword',
  'forgot',
];

// The unit setup already loaded the lazy English into the shared module; each test here starts
// from a fresh translator module, as a first page load does.
beforeEach(() => vi.resetModules());
const freshTranslator = () => import('../../../src/i18n/translator');

describe('English split between the first load and lazy routes', () => {
  it('keeps the lazy areas out of the first-load catalogue', () => {
    const areas = new Set(Object.keys(en).map((key) => key.split('.')[0]));
    for (const area of LAZY_AREAS) expect(areas.has(area), area).toBe(false);
    expect(areas.has('signIn')).toBe(true);
  });

  it('answers a lazy key with the key itself before its English has loaded', async () => {
    const { englishTranslator } = await freshTranslator();
    expect(englishTranslator.t('account.title')).toBe('account.title');
    expect(englishTranslator.t('signIn.title')).toBe(en['signIn.title']);
  });

  it('resolves every English key once ensureEnglishLazy() has run', async () => {
    const { englishTranslator, ensureEnglishLazy } = await freshTranslator();
    await ensureEnglishLazy();
    for (const [key, text] of Object.entries(englishAll)) {
      // Params left out on purpose: the raw English, placeholders and all, is what must come back.
      expect(englishTranslator.t(key as never), key).toBe(text);
    }
  });

  it('loads the lazy chunk once however many routes ask at the same time', async () => {
    const { ensureEnglishLazy } = await freshTranslator();
    expect(ensureEnglishLazy()).toBe(ensureEnglishLazy());
  });

  it('falls back to English for a key another language lacks', async () => {
    const { createTranslator, ensureEnglishLazy } = await freshTranslator();
    await ensureEnglishLazy();
    const partial = createTranslator('de', { 'account.title': 'Dein Konto' });
    expect(partial.t('account.title')).toBe('Dein Konto');
    expect(partial.t('protectedPage.title')).toBe(englishAll['protectedPage.title']);
  });
});
