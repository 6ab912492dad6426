/** English messages for the passwordless area (the offer to add a passkey after a sign-in). */
export const passwordless = {
  'passwordless.offer.title': 'Sign in faster next time',
  'passwordless.offer.body':
    'Add a passkey and sign in with your fingerprint, face or screen lock, no password needed.',
  'passwordless.offer.add': 'Add a passkey',
  'passwordless.offer.waiting': 'Waiting for your device…',
  'passwordless.offer.notNow': 'Not now',
} as const;
