import type { Translation } from '../types';
import type { confirm as english } from '../en/confirm';

export const confirm = {
  'confirm.title': 'Confirmez votre adresse e-mail',
  'confirm.sent':
    'Nous avons envoyé un code de confirmation à {destination}. Saisissez-le ci-dessous pour terminer la création de votre compte.',
  'confirm.sentToYourEmail':
    'Nous avons envoyé un code de confirmation à votre adresse e-mail. Saisissez-le ci-dessous pour terminer la création de votre compte.',
  'confirm.codeLabel': 'Code de confirmation',
  'confirm.submit': 'Confirmer le compte',
  'confirm.busy': 'Confirmation…',
  'confirm.back': 'Retour à la connexion',
} as const satisfies Translation<typeof english>;
