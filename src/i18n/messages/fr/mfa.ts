import type { Translation } from '../types';
import type { mfa as english } from '../en/mfa';

export const mfa = {
  'mfa.factor.totp': 'Application d’authentification',
  'mfa.factor.sms': 'SMS',
  'mfa.cancel': 'Annuler la connexion',
  'mfa.enterCode.title': 'Saisissez votre code de vérification',
  'mfa.enterCode.smsTo': 'Nous avons envoyé un code par SMS au {destination}.',
  'mfa.enterCode.emailTo': 'Nous avons envoyé un code par e-mail à {destination}.',
  'mfa.enterCode.sentTo': 'Nous avons envoyé un code à {destination}.',
  'mfa.enterCode.smsToPhone': 'Nous avons envoyé un code sur votre téléphone.',
  'mfa.enterCode.totp':
    'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres qu’elle affiche pour ce compte.',
  'mfa.select.title': 'Confirmez votre identité',
  'mfa.select.legend': 'Comment voulez-vous recevoir votre code ?',
  'mfa.setup.title': 'Configurer une application d’authentification',
  'mfa.setup.intro':
    'Ce compte demande une seconde étape à la connexion. Associez une application d’authentification pour continuer.',
  'mfa.totp.preparing': 'Préparation de votre application d’authentification…',
  'mfa.totp.scanHeading': '1. Scannez le code QR',
  'mfa.totp.scanIntro':
    'Ouvrez votre application d’authentification (par exemple Google Authenticator, 1Password ou Authy) et scannez :',
  'mfa.totp.qrAlt': 'Code QR pour ajouter ce compte à votre application d’authentification',
  'mfa.totp.drawing': 'Création du code QR…',
  'mfa.totp.cantScan': 'Impossible de le scanner ? Saisissez plutôt cette clé dans l’application :',
  'mfa.totp.copyKey': 'Copier la clé',
  'mfa.totp.codeHeading': '2. Saisissez le code affiché par l’application',
  'mfa.totp.submit': 'Vérifier et activer',
} as const satisfies Translation<typeof english>;
