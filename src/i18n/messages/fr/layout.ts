import type { Translation } from '../types';
import type { layout as english } from '../en/layout';

export const layout = {
  'layout.skipToContent': 'Aller au contenu',
  'layout.nav.label': 'Navigation principale',
  'layout.nav.home': 'Accueil',
  'layout.nav.signIn': 'Se connecter',
  'layout.nav.signUp': 'S’inscrire',
  'layout.nav.protected': 'Page protégée',
  'layout.nav.account': 'Compte',
  'layout.nav.admin': 'Administration',
  'layout.signedInAs': 'Connecté en tant que {name}',
  'layout.signedIn': 'Connecté',
  'layout.signOut': 'Se déconnecter',
  'layout.signedOut.title': 'Vous êtes déconnecté',
  'layout.signedOut.tabTitle': 'Déconnecté',
  'layout.signedOut.here':
    'Votre session dans ce navigateur est terminée. Reconnectez-vous quand vous le souhaitez.',
  'layout.signedOut.everywhere':
    'Vous êtes déconnecté sur tous vos appareils et navigateurs. Reconnectez-vous quand vous le souhaitez.',
  'layout.signedOut.signIn': 'Se connecter',
  'layout.signedOut.home': 'Aller à la page d’accueil',
} as const satisfies Translation<typeof english>;
