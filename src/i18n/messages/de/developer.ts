import type { Translation } from '../types';
import type { developer as english } from '../en/developer';

export const developer = {
  'developer.title': 'Details für Entwickler',
  'developer.intro':
    'Für Entwickler, die mit einem User Pool testen: interne Kennungen, Tokens und API-Prüfungen.',

  'developer.identity.title': 'Kennungen',
  'developer.identity.sub': 'Benutzer-ID (sub)',
  'developer.identity.username': 'Cognito-Benutzername',

  'developer.groups.title': 'Gruppen',
  'developer.groups.none': 'In keiner Gruppe.',

  'developer.tokens.title': 'Tokens',
  'developer.tokens.intro':
    'Nur zur Anzeige im Browser dekodiert; Signaturen sind weggelassen. Die API prüft jedes Token selbst.',
  'developer.tokens.idExpires': 'ID-Token läuft ab',
  'developer.tokens.accessExpires': 'Zugriffstoken läuft ab',
  'developer.tokens.idClaims': 'Claims des ID-Tokens',
  'developer.tokens.accessClaims': 'Claims des Zugriffstokens',
  'developer.tokens.accessHeader': 'Header des Zugriffstokens',
  'developer.tokens.header': 'Kopfteil',
  'developer.tokens.payload': 'Nutzdaten',

  'developer.api.title': 'Was die API geprüft hat',
  'developer.api.scope': 'Geltungsbereich (scope)',
  'developer.api.claims': 'Von der API geprüfte Claims',

  'developer.burst.title': 'Zehn Aufrufe gleichzeitig',
  'developer.burst.intro':
    'Sendet {count} GET-/hello-Anfragen zusammen. Läuft Ihr Zugriffstoken bald ab, teilen sie sich eine einzige Erneuerung, statt gegeneinander anzutreten.',
  'developer.burst.send': '{count} Anfragen gleichzeitig senden',
  'developer.burst.sending': 'Wird gesendet …',
  'developer.burst.result': '{succeeded} von {count} Anfragen erfolgreich',

  'developer.aws.title': 'AWS-Zugangsdaten',
  'developer.aws.introSignedIn':
    'Der Identity Pool tauscht Ihr ID-Token gegen temporäre AWS-Zugangsdaten.',
  'developer.aws.introGuest': 'Abgemeldet gibt der Identity Pool Gast-Zugangsdaten aus.',
  'developer.aws.call': '/iam/whoami mit AWS-Zugangsdaten aufrufen',
  'developer.aws.idle': 'Noch keine AWS-Zugangsdaten abgerufen.',
  'developer.aws.busy': 'Zugangsdaten werden abgerufen …',
  'developer.aws.failed': 'Die AWS-Zugangsdaten konnten nicht abgerufen werden.',
  'developer.aws.identity': 'AWS-Identität',
  'developer.aws.identityId': 'Identitäts-ID',
  'developer.aws.expires': 'Zugangsdaten laufen ab',
  'developer.aws.whoamiSays': '/iam/whoami meldet',
  'developer.aws.guestAs': 'Gast als',
  'developer.aws.signedInAs': 'angemeldet als',
} as const satisfies Translation<typeof english>;
