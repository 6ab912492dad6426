import type { Translation } from '../types';
import type { callback as english } from '../en/callback';

export const callback = {
  'callback.working.title': 'Connexion en cours…',
  'callback.working.body': 'Nous finalisons votre connexion avec Cognito. Cela prend un instant.',
  'callback.failed.title': 'La connexion n’a pas abouti',
  'callback.failed.details': 'Détails fournis par le service de connexion',
} as const satisfies Translation<typeof english>;
