import type { Translation } from '../types';
import type { newPassword as english } from '../en/newPassword';

export const newPassword = {
  'newPassword.title': 'Choisissez un nouveau mot de passe',
  'newPassword.intro': 'Votre compte a besoin d’un nouveau mot de passe avant de continuer.',
  'newPassword.introNamed':
    '{name}, votre compte a besoin d’un nouveau mot de passe avant de continuer.',
  'newPassword.introFor':
    'Le compte {email} a besoin d’un nouveau mot de passe avant de continuer.',
  'newPassword.submit': 'Définir le mot de passe et continuer',
  'newPassword.busy': 'Enregistrement…',
  'newPassword.cancel': 'Annuler la connexion',
} as const satisfies Translation<typeof english>;
