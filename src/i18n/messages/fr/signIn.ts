import type { Translation } from '../types';
import type { signIn as english } from '../en/signIn';

export const signIn = {
  'signIn.title': 'Se connecter',
  'signIn.continueNote': 'Connectez-vous pour continuer.',
  'signIn.signedIn.title': 'Vous êtes connecté',
  'signIn.signedIn.text': 'Vous êtes connecté en tant que {who}.',
  'signIn.signedIn.continue': 'Continuer en tant que {who}',
  // Only when the tokens carry neither a name nor an email: never the internal username.
  'signIn.signedIn.someone': 'ce compte',
  'signIn.signedIn.signOut': 'Se déconnecter',
  'signIn.forgot': 'Mot de passe oublié ?',
  'signIn.submit': 'Se connecter',
  'signIn.busy': 'Connexion…',
  'signIn.otherMethods': 'Ou, avec l’adresse e-mail ci-dessus',
  'signIn.passkey': 'Se connecter avec une clé d’accès',
  'signIn.passkeyBusy': 'En attente de votre clé d’accès…',
  'signIn.emailCode': 'Recevoir un code par e-mail',
  'signIn.emailCodeBusy': 'Envoi du code…',
  'signIn.newHere': 'Nouveau ici ?',
  'signIn.createAccount': 'Créer un compte',
  'signIn.hosted.group': 'Autres façons de se connecter',
  'signIn.hosted.button': 'Continuer avec la connexion hébergée',
  'signIn.hosted.provider': 'Continuer avec {provider}',
  'signIn.emailCode.title': 'Saisissez votre code de connexion',
  'signIn.emailCode.sent':
    'Nous avons envoyé un code de connexion à {destination}. Il est valable 3 minutes.',
  'signIn.emailCode.hint': '{length} chiffres',
  'signIn.emailCode.invalid': 'Saisissez le code à {length} chiffres reçu par e-mail.',
  'signIn.emailCode.back': 'Utiliser plutôt votre mot de passe ou une clé d’accès',
} as const satisfies Translation<typeof english>;
