/** English messages for the callback area (finishing a hosted-UI sign-in). */
export const callback = {
  'callback.working.title': 'Signing you in…',
  'callback.working.body': 'Finishing your sign-in with Cognito. This takes a moment.',
  'callback.failed.title': 'Sign-in didn’t complete',
  'callback.failed.details': 'Details from the sign-in service',
} as const;
