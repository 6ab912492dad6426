import type { Translation } from '../types';
import type { forgot as english } from '../en/forgot';

export const forgot = {
  'forgot.title': 'Réinitialiser votre mot de passe',
  'forgot.resetRequired':
    'Vous devez réinitialiser votre mot de passe avant de pouvoir vous connecter.',
  'forgot.intro':
    'Saisissez l’adresse e-mail utilisée lors de votre inscription. Nous vous enverrons un code pour définir un nouveau mot de passe.',
  'forgot.send': 'Envoyer le code',
  'forgot.sending': 'Envoi du code…',
  'forgot.back': 'Retour à la connexion',
  'forgot.reset.title': 'Choisissez un nouveau mot de passe',
  'forgot.reset.sent':
    'Nous avons envoyé un code à {destination}. Saisissez-le avec votre nouveau mot de passe.',
  'forgot.reset.submit': 'Réinitialiser le mot de passe',
  'forgot.reset.busy': 'Réinitialisation…',
  'forgot.reset.otherEmail': 'Utiliser une autre adresse e-mail',
  'forgot.reset.done':
    'Votre mot de passe a été réinitialisé. Connectez-vous avec votre nouveau mot de passe.',
} as const satisfies Translation<typeof english>;
