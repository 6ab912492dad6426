import type { Translation } from '../types';
import type { home as english } from '../en/home';

export const home = {
  'home.signedOut.title': 'Bienvenue',
  'home.signedOut.intro': 'Connectez-vous avec votre compte pour accéder aux pages protégées.',
  'home.signedOut.signIn': 'Se connecter',
  'home.signedOut.signUp': 'Créer un compte',
  'home.helloNamed': 'Bonjour, {name}',
  'home.hello': 'Bonjour',
  'home.welcomeNewNamed': 'Bienvenue, {name}',
  'home.welcomeNew': 'Bienvenue parmi nous',
  'home.welcomeNewIntro': 'Votre compte est prêt et vous êtes connecté. Voici la suite.',
  'home.signedInIntro': 'Que souhaitez-vous faire ?',
  'home.next.protected': 'Ouvrir la page protégée',
  'home.next.protectedHint': 'Voyez ce que l’API protégée sait de vous.',
  'home.next.account': 'Gérer votre compte',
  'home.next.accountHint':
    'Votre nom, votre adresse e-mail, votre mot de passe, la validation en deux étapes et les clés d’accès.',
  'home.next.admin': 'Aller à la page d’administration',
  'home.next.adminHint': 'Seuls les membres du groupe « admin » peuvent l’ouvrir.',
} as const satisfies Translation<typeof english>;
