/** English messages for the developer area. Keys start with 'developer.'; the English text is the source. */
export const developer = {
  'developer.title': 'Developer details',
  'developer.intro':
    'For developers testing against a user pool: internal identifiers, tokens and API checks.',

  'developer.identity.title': 'Identifiers',
  'developer.identity.sub': 'User ID (sub)',
  'developer.identity.username': 'Cognito username',

  'developer.groups.title': 'Groups',
  'developer.groups.none': 'Not in any group.',

  'developer.tokens.title': 'Tokens',
  'developer.tokens.intro':
    'Decoded in the browser for display only; signatures are left out. The API verifies every token itself.',
  'developer.tokens.idExpires': 'ID token expires',
  'developer.tokens.accessExpires': 'Access token expires',
  'developer.tokens.idClaims': 'ID token claims',
  'developer.tokens.accessClaims': 'Access token claims',
  'developer.tokens.accessHeader': 'Access token header',
  'developer.tokens.header': 'Header',
  'developer.tokens.payload': 'Payload',

  'developer.api.title': 'What the API verified',
  'developer.api.scope': 'Scope',
  'developer.api.claims': 'Claims the API verified',

  'developer.burst.title': 'Ten calls at once',
  'developer.burst.intro':
    'Sends {count} GET /hello requests together. When your access token is about to expire, they share a single refresh instead of racing.',
  'developer.burst.send': 'Send {count} requests at once',
  'developer.burst.sending': 'Sending…',
  'developer.burst.result': '{succeeded} of {count} requests succeeded',

  'developer.aws.title': 'AWS credentials',
  'developer.aws.introSignedIn':
    'The identity pool exchanges your ID token for temporary AWS credentials.',
  'developer.aws.introGuest': 'Signed out, the identity pool hands out guest credentials.',
  'developer.aws.call': 'Call /iam/whoami with AWS credentials',
  'developer.aws.idle': 'No AWS credentials fetched.',
  'developer.aws.busy': 'Getting credentials…',
  'developer.aws.failed': 'Getting AWS credentials failed.',
  'developer.aws.identity': 'AWS identity',
  'developer.aws.identityId': 'Identity ID',
  'developer.aws.expires': 'Credentials expire',
  'developer.aws.whoamiSays': '/iam/whoami says',
  'developer.aws.guestAs': 'guest as',
  'developer.aws.signedInAs': 'signed in as',
} as const;
