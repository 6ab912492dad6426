import type { Translation } from '../types';
import type { layout as english } from '../en/layout';

export const layout = {
  'layout.skipToContent': 'Zum Inhalt springen',
  'layout.nav.label': 'Hauptnavigation',
  'layout.nav.home': 'Start',
  'layout.nav.signIn': 'Anmelden',
  'layout.nav.signUp': 'Registrieren',
  'layout.nav.protected': 'Geschützt',
  'layout.nav.account': 'Konto',
  'layout.nav.admin': 'Verwaltung',
  'layout.signedInAs': 'Angemeldet als {name}',
  'layout.signedIn': 'Angemeldet',
  'layout.signOut': 'Abmelden',
  'layout.signedOut.title': 'Sie sind abgemeldet',
  'layout.signedOut.tabTitle': 'Abgemeldet',
  'layout.signedOut.here':
    'Ihre Sitzung in diesem Browser ist beendet. Melden Sie sich wieder an, wann immer Sie möchten.',
  'layout.signedOut.everywhere':
    'Sie haben sich auf allen Geräten und in allen Browsern abgemeldet. Melden Sie sich wieder an, wann immer Sie möchten.',
  'layout.signedOut.signIn': 'Anmelden',
  'layout.signedOut.home': 'Zur Startseite',
} as const satisfies Translation<typeof english>;
