/**
 * The footer's switch: each language named in itself; choosing one loads it, shows the page in it
 * (errors included), sets <html lang> and is remembered.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { createAuthError } from '../../../src/auth/errors';
import { FormError } from '../../../src/components/form/FormError';
import { LanguageSwitch } from '../../../src/components/LanguageSwitch';
import { I18nContext, I18nProvider } from '../../../src/i18n/I18nProvider';
import { englishTranslator } from '../../../src/i18n/translator';
import { LOCALE_STORAGE_KEY } from '../../../src/i18n/locales';

afterEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
});

function renderPage() {
  const error = createAuthError('NotAuthorizedException');
  return render(
    <I18nProvider>
      <FormError error={{ text: error.text, retryable: true }} onRetry={() => {}} focus={false} />
      <footer>
        <LanguageSwitch />
      </footer>
    </I18nProvider>,
  );
}

it('lists each language in its own name, marked with its language', () => {
  renderPage();
  const select = screen.getByRole('combobox', { name: 'Language' });
  const options = within(select).getAllByRole('option');
  expect(options.map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
    ['English', 'en'],
    ['Deutsch', 'de'],
    ['Français', 'fr'],
  ]);
  expect(select).toHaveValue('en');
});

it('switches the page, the error and <html lang>, and remembers the choice', async () => {
  const user = userEvent.setup();
  renderPage();
  expect(screen.getByText('Incorrect email or password.')).toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
  expect(await screen.findByText('E-Mail-Adresse oder Passwort ist falsch.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  expect(document.documentElement.lang).toBe('de');
  expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');

  await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'fr');
  await waitFor(() =>
    expect(screen.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeInTheDocument(),
  );
  expect(document.documentElement.lang).toBe('fr');
});

it('says so, and stays in the current language, when a language cannot be loaded', async () => {
  const user = userEvent.setup();
  const offline = {
    ...englishTranslator,
    setLocale: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  };
  render(
    <I18nContext value={offline}>
      <LanguageSwitch />
    </I18nContext>,
  );
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'That language could not be loaded. Check your connection and try again.',
  );
  expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  expect(screen.getByRole('combobox', { name: 'Language' })).toBeEnabled();
});
