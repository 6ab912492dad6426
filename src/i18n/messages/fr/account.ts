import type { Translation } from '../types';
import type { account as english } from '../en/account';

export const account = {
  'account.title': 'Votre compte',
  'account.intro': 'Connecté en tant que {name}.',
  'account.sectionsNav': 'Rubriques du compte',
  'account.none': 'non renseigné',
  'account.cancel': 'Annuler',
  'account.saving': 'Enregistrement…',

  'account.profile.title': 'Profil',
  'account.profile.name': 'Nom',
  'account.profile.email': 'Adresse e-mail',
  'account.profile.company': 'Entreprise',
  'account.profile.companyOptional': 'Entreprise (facultatif)',
  'account.profile.edit': 'Modifier le nom et l’entreprise',
  'account.profile.save': 'Enregistrer le profil',
  'account.profile.saved': 'Votre profil est enregistré.',
  'account.profile.nameRequired': 'Saisissez votre nom.',

  'account.email.change': 'Changer d’adresse e-mail',
  'account.email.hint':
    'Une nouvelle adresse doit être confirmée par un code avant d’être utilisée.',
  'account.email.same': 'C’est déjà votre adresse e-mail.',
  'account.email.sending': 'Envoi du code…',
  'account.email.changed': 'Votre adresse e-mail est modifiée.',
  'account.email.codeSent': 'Nous avons envoyé un code de vérification à {email}.',
  'account.email.codeLabel': 'Code de vérification',
  'account.email.verify': 'Confirmer l’adresse e-mail',
  'account.email.verifying': 'Vérification…',
  'account.email.verified': 'Votre nouvelle adresse e-mail est confirmée.',

  'account.security.title': 'Sécurité',
  'account.password.title': 'Mot de passe',
  'account.password.change': 'Changer le mot de passe',
  'account.password.current': 'Mot de passe actuel',
  'account.password.currentRequired': 'Saisissez votre mot de passe actuel.',
  'account.password.changing': 'Changement du mot de passe…',
  'account.password.changed': 'Votre mot de passe est modifié.',

  'account.mfa.title': 'Validation en deux étapes',
  'account.mfa.checking': 'Vérification de vos réglages…',
  'account.mfa.app': 'Application d’authentification :',
  'account.mfa.on': 'Activée',
  'account.mfa.off': 'Désactivée',
  'account.mfa.setUp': 'Configurer l’application d’authentification',
  'account.mfa.turnOff': 'Désactiver l’application d’authentification',
  'account.mfa.turningOff': 'Désactivation…',
  'account.mfa.turnedOff': 'L’application d’authentification est désactivée.',
  'account.mfa.turnedOn':
    'L’application d’authentification est activée. Un code vous sera demandé à la connexion.',
  'account.mfa.cancelSetup': 'Annuler la configuration',

  'account.passkeys.title': 'Clés d’accès',
  'account.passkeys.intro':
    'Connectez-vous avec votre empreinte, votre visage ou le verrouillage de l’écran plutôt qu’avec un mot de passe.',
  'account.passkeys.loading': 'Chargement de vos clés d’accès…',
  'account.passkeys.none': 'Vous n’avez pas encore de clé d’accès.',
  'account.passkeys.addedOn': 'ajoutée le {date}',
  'account.passkeys.add': 'Ajouter une clé d’accès',
  'account.passkeys.waiting': 'En attente de votre appareil…',
  'account.passkeys.added':
    'Clé d’accès ajoutée. Vous pourrez l’utiliser à votre prochaine connexion.',
  'account.passkeys.remove': 'Supprimer',
  'account.passkeys.removeLabel': 'Supprimer {name}',
  'account.passkeys.confirmLabel': 'Supprimer {name} ?',
  'account.passkeys.confirm':
    'Supprimer cette clé d’accès ? Vous ne pourrez plus vous connecter avec elle.',
  'account.passkeys.removing': 'Suppression…',
  'account.passkeys.keep': 'La garder',
  'account.passkeys.removed': '« {name} » a été supprimée. Elle ne permet plus de se connecter.',

  'account.sessions.title': 'Sessions',
  'account.sessions.signedInWith': 'Connecté avec',
  'account.sessions.method.password': 'Adresse e-mail et mot de passe',
  'account.sessions.method.hostedUi': 'Connexion hébergée',
  'account.sessions.method.passkey': 'Clé d’accès',
  'account.sessions.method.emailCode': 'Code par e-mail',
  'account.sessions.everywhereHint':
    '« Se déconnecter partout » met aussi fin à vos sessions sur d’autres appareils et navigateurs.',
  'account.sessions.signOut': 'Se déconnecter',
  'account.sessions.signOutEverywhere': 'Se déconnecter partout',
  'account.sessions.signingOut': 'Déconnexion…',
} as const satisfies Translation<typeof english>;
