import type { Translation } from '../types';
import type { signUp as english } from '../en/signUp';

export const signUp = {
  'signUp.title': 'Créer un compte',
  'signUp.emailHint': 'Nous vous enverrons un code pour la confirmer.',
  'signUp.company': 'Entreprise (facultatif)',
  'signUp.submit': 'Créer le compte',
  'signUp.busy': 'Création du compte…',
  'signUp.exists.signIn': 'Se connecter',
  'signUp.exists.forgot': 'Mot de passe oublié',
  'signUp.haveAccount': 'Vous avez déjà un compte ?',
  'signUp.signIn': 'Se connecter',
} as const satisfies Translation<typeof english>;
