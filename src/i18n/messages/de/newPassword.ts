import type { Translation } from '../types';
import type { newPassword as english } from '../en/newPassword';

export const newPassword = {
  'newPassword.title': 'Neues Passwort wählen',
  'newPassword.intro': 'Ihr Konto braucht ein neues Passwort, bevor Sie fortfahren können.',
  'newPassword.introNamed':
    '{name}, Ihr Konto benötigt ein neues Passwort, bevor Sie fortfahren können.',
  'newPassword.introFor':
    'Das Konto {email} braucht ein neues Passwort, bevor Sie fortfahren können.',
  'newPassword.submit': 'Passwort festlegen und fortfahren',
  'newPassword.busy': 'Wird gespeichert …',
  'newPassword.cancel': 'Anmeldung abbrechen',
} as const satisfies Translation<typeof english>;
