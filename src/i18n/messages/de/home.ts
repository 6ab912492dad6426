import type { Translation } from '../types';
import type { home as english } from '../en/home';

export const home = {
  'home.signedOut.title': 'Willkommen',
  'home.signedOut.intro':
    'Melden Sie sich mit Ihrem Konto an, um die geschützten Seiten zu öffnen.',
  'home.signedOut.signIn': 'Anmelden',
  'home.signedOut.signUp': 'Konto erstellen',
  'home.helloNamed': 'Hallo, {name}',
  'home.hello': 'Hallo',
  'home.welcomeNewNamed': 'Willkommen, {name}',
  'home.welcomeNew': 'Willkommen an Bord',
  'home.welcomeNewIntro': 'Ihr Konto ist eingerichtet und Sie sind angemeldet. So geht es weiter.',
  'home.signedInIntro': 'Was möchten Sie tun?',
  'home.next.protected': 'Geschützte Seite öffnen',
  'home.next.protectedHint': 'Sehen Sie, was die geschützte API über Sie weiß.',
  'home.next.account': 'Konto verwalten',
  'home.next.accountHint':
    'Ihr Name, Ihre E-Mail-Adresse, Ihr Passwort, die Zwei-Schritt-Verifizierung und Passkeys.',
  'home.next.admin': 'Zur Verwaltungsseite',
  'home.next.adminHint': 'Nur Mitglieder der Gruppe „admin“ können sie öffnen.',
} as const satisfies Translation<typeof english>;
