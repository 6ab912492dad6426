import type { Translation } from '../types';
import type { developer as english } from '../en/developer';

export const developer = {
  'developer.title': 'Détails pour les développeurs',
  'developer.intro':
    'Pour les développeurs qui testent avec un groupe d’utilisateurs : identifiants internes, jetons et vérifications de l’API.',

  'developer.identity.title': 'Identifiants',
  'developer.identity.sub': 'Identifiant utilisateur (sub)',
  'developer.identity.username': 'Nom d’utilisateur Cognito',

  'developer.groups.title': 'Groupes',
  'developer.groups.none': 'Dans aucun groupe.',

  'developer.tokens.title': 'Jetons',
  'developer.tokens.intro':
    'Décodés dans le navigateur pour affichage uniquement ; les signatures sont omises. L’API vérifie elle-même chaque jeton.',
  'developer.tokens.idExpires': 'Expiration du jeton d’identité',
  'developer.tokens.accessExpires': 'Expiration du jeton d’accès',
  'developer.tokens.idClaims': 'Revendications du jeton d’identité',
  'developer.tokens.accessClaims': 'Revendications du jeton d’accès',
  'developer.tokens.accessHeader': 'En-tête du jeton d’accès',
  'developer.tokens.header': 'En-tête',
  'developer.tokens.payload': 'Contenu',

  'developer.api.title': 'Ce que l’API a vérifié',
  'developer.api.scope': 'Portée (scope)',
  'developer.api.claims': 'Revendications vérifiées par l’API',

  'developer.burst.title': 'Dix appels à la fois',
  'developer.burst.intro':
    'Envoie {count} requêtes GET /hello ensemble. Quand votre jeton d’accès est sur le point d’expirer, elles partagent un seul renouvellement au lieu de se faire concurrence.',
  'developer.burst.send': 'Envoyer {count} requêtes à la fois',
  'developer.burst.sending': 'Envoi…',
  'developer.burst.result': '{succeeded} requêtes sur {count} ont abouti',

  'developer.aws.title': 'Identifiants AWS',
  'developer.aws.introSignedIn':
    'Le groupe d’identités échange votre jeton d’identité contre des identifiants AWS temporaires.',
  'developer.aws.introGuest':
    'Sans connexion, le groupe d’identités fournit des identifiants d’invité.',
  'developer.aws.call': 'Appeler /iam/whoami avec les identifiants AWS',
  'developer.aws.idle': 'Aucun identifiant AWS obtenu.',
  'developer.aws.busy': 'Obtention des identifiants…',
  'developer.aws.failed': 'Impossible d’obtenir les identifiants AWS.',
  'developer.aws.identity': 'Identité AWS',
  'developer.aws.identityId': 'Identifiant d’identité',
  'developer.aws.expires': 'Expiration des identifiants',
  'developer.aws.whoamiSays': 'Réponse de /iam/whoami',
  'developer.aws.guestAs': 'invité en tant que',
  'developer.aws.signedInAs': 'connecté en tant que',
} as const satisfies Translation<typeof english>;
