import type { Translation } from '../types';
import type { forgot as english } from '../en/forgot';

export const forgot = {
  'forgot.title': 'Passwort zurücksetzen',
  'forgot.resetRequired': 'Sie müssen Ihr Passwort zurücksetzen, bevor Sie sich anmelden können.',
  'forgot.intro':
    'Geben Sie die E-Mail-Adresse ein, mit der Sie sich registriert haben. Wir senden Ihnen einen Code, mit dem Sie ein neues Passwort festlegen.',
  'forgot.send': 'Code senden',
  'forgot.sending': 'Code wird gesendet …',
  'forgot.back': 'Zurück zur Anmeldung',
  'forgot.reset.title': 'Neues Passwort wählen',
  'forgot.reset.sent':
    'Wir haben einen Code an {destination} gesendet. Geben Sie ihn zusammen mit Ihrem neuen Passwort ein.',
  'forgot.reset.submit': 'Passwort zurücksetzen',
  'forgot.reset.busy': 'Passwort wird zurückgesetzt …',
  'forgot.reset.otherEmail': 'Andere E-Mail-Adresse verwenden',
  'forgot.reset.done':
    'Ihr Passwort wurde zurückgesetzt. Melden Sie sich mit Ihrem neuen Passwort an.',
} as const satisfies Translation<typeof english>;
