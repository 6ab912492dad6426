import type { Translation } from '../types';
import type { passwordless as english } from '../en/passwordless';

export const passwordless = {
  'passwordless.offer.title': 'Connectez-vous plus vite la prochaine fois',
  'passwordless.offer.body':
    'Ajoutez une clé d’accès et connectez-vous avec votre empreinte, votre visage ou le verrouillage de l’écran, sans mot de passe.',
  'passwordless.offer.add': 'Ajouter une clé d’accès',
  'passwordless.offer.waiting': 'En attente de votre appareil…',
  'passwordless.offer.notNow': 'Pas maintenant',
} as const satisfies Translation<typeof english>;
