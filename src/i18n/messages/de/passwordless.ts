import type { Translation } from '../types';
import type { passwordless as english } from '../en/passwordless';

export const passwordless = {
  'passwordless.offer.title': 'Beim nächsten Mal schneller anmelden',
  'passwordless.offer.body':
    'Fügen Sie einen Passkey hinzu und melden Sie sich mit Fingerabdruck, Gesicht oder Displaysperre an, ganz ohne Passwort.',
  'passwordless.offer.add': 'Passkey hinzufügen',
  'passwordless.offer.waiting': 'Warten auf Ihr Gerät …',
  'passwordless.offer.notNow': 'Nicht jetzt',
} as const satisfies Translation<typeof english>;
