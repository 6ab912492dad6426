import type { Translation } from '../types';
import type { common as english } from '../en/common';

export const common = {
  'common.language': 'Langue',
  'common.loading': 'Chargement…',
  'common.checkingSession': 'Vérification de votre session…',
  'common.emailConfirmed': 'Votre adresse e-mail est confirmée. Connectez-vous pour continuer.',
  'common.tryAgain': 'Réessayer',
  'common.retry': 'Relancer',
  'common.signInAgain': 'Se reconnecter',
  'common.backToSignIn': 'Retour à la connexion',
  'common.goHome': 'Aller à l’accueil',
  'common.errorCode': 'Code d’erreur :',
  'common.verify': 'Vérifier',
  'common.verifying': 'Vérification…',
  'common.continue': 'Continuer',
  'common.continuing': 'Un instant…',
  'common.copy': 'Copier',
  'common.copied': 'Copié.',
  'common.localPool': 'Pool local',
  'common.openDevInbox': 'Ouvrir la boîte de réception de développement',
  'common.opensInNewTab': '(s’ouvre dans un nouvel onglet)',
} as const satisfies Translation<typeof english>;
