/**
 * The forms speak the visitor's language all the way through: labels, hints, the checklist, the
 * toggle and every validation message, with no English left from the form areas of the catalogue.
 */
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { loadTranslator } from '../../../src/i18n/translator';
import { englishAll as en } from '../../support/english';
import type { Locale } from '../../../src/i18n/locales';
import { ForgotPasswordScreen } from '../../../src/screens/ForgotPasswordScreen';
import { SignInScreen } from '../../../src/screens/SignInScreen';
import { SignUpScreen } from '../../../src/screens/SignUpScreen';
import { renderWithProviders } from '../../support/render';
import { setupCognito } from './support';

const FORM_AREAS = ['signIn.', 'signUp.', 'confirm.', 'newPassword.', 'forgot.', 'form.'];

/** English form messages that would show through untranslated (placeholders stripped). */
function englishLeftIn(text: string, translated: Record<string, string>): string[] {
  return Object.entries(en)
    .filter(([key]) => FORM_AREAS.some((area) => key.startsWith(area)))
    .filter(([key, english]) => translated[key] !== english)
    .flatMap(([, english]) => english.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 4 && text.includes(piece));
}

async function renderIn(locale: Locale, ui: ReactElement, route: string) {
  setupCognito();
  const translator = await loadTranslator(locale);
  const view = renderWithProviders(<I18nProvider initial={translator}>{ui}</I18nProvider>, {
    route,
    config: { hostedUiDomain: 'https://auth.example.com' },
  });
  // The raw texts, placeholders unfilled: t's signature asks for each key's params, which a loop
  // over every key cannot give, so it is called through a plain (key) => string view.
  const raw = translator.t as (key: string) => string;
  const catalogue = Object.fromEntries(Object.keys(en).map((key) => [key, raw(key)]));
  return { ...view, catalogue };
}

describe('forms in other languages', () => {
  it('signs up in German, validation included', async () => {
    const { user, catalogue } = await renderIn('de', <SignUpScreen />, '/sign-up');
    await screen.findByRole('heading', { level: 1, name: 'Konto erstellen' });
    expect(screen.getByLabelText('E-Mail')).toBeInTheDocument();
    expect(screen.getByLabelText('Firma (optional)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Passwort anzeigen' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Anforderungen an das Passwort' })).toHaveTextContent(
      /Mindestens 8 Zeichen/,
    );
    await user.type(screen.getByLabelText('Passwort'), 'kurz ');
    await user.click(screen.getByRole('button', { name: 'Konto erstellen' }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/Bitte ausfüllen: Name\./);
    expect(screen.getByLabelText('E-Mail')).toHaveAccessibleDescription(
      /Geben Sie Ihre E-Mail-Adresse ein\./,
    );
    expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription(
      /nicht mit einem Leerzeichen beginnen oder enden/,
    );
    expect(englishLeftIn(document.body.textContent ?? '', catalogue)).toEqual([]);
  });

  it('signs in in French, hosted buttons and divider included', async () => {
    const { user, catalogue } = await renderIn('fr', <SignInScreen />, '/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Se connecter' });
    expect(
      screen.getByRole('group', { name: 'Autres façons de se connecter' }),
    ).toBeInTheDocument();
    expect(screen.getByText('ou')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(
      /Saisissez votre mot de passe\./,
    );
    expect(englishLeftIn(document.body.textContent ?? '', catalogue)).toEqual([]);
  });

  it('asks for a reset in German', async () => {
    const { catalogue } = await renderIn('de', <ForgotPasswordScreen />, '/forgot-password');
    await screen.findByRole('heading', { level: 1, name: 'Passwort zurücksetzen' });
    expect(screen.getByRole('button', { name: 'Code senden' })).toBeInTheDocument();
    expect(englishLeftIn(document.body.textContent ?? '', catalogue)).toEqual([]);
  });
});
