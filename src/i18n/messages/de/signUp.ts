import type { Translation } from '../types';
import type { signUp as english } from '../en/signUp';

export const signUp = {
  'signUp.title': 'Konto erstellen',
  'signUp.emailHint': 'Wir senden Ihnen einen Code, um sie zu bestätigen.',
  'signUp.company': 'Firma (optional)',
  'signUp.submit': 'Konto erstellen',
  'signUp.busy': 'Konto wird erstellt …',
  'signUp.exists.signIn': 'Anmelden',
  'signUp.exists.forgot': 'Passwort vergessen',
  'signUp.haveAccount': 'Sie haben bereits ein Konto?',
  'signUp.signIn': 'Anmelden',
} as const satisfies Translation<typeof english>;
