/** English messages for the signUp area. Keys start with 'signUp.'; the English text is the source. */
export const signUp = {
  'signUp.title': 'Create an account',
  'signUp.emailHint': 'We’ll send a code to confirm it.',
  'signUp.company': 'Company (optional)',
  'signUp.submit': 'Create account',
  'signUp.busy': 'Creating account…',
  'signUp.exists.signIn': 'Sign in',
  'signUp.exists.forgot': 'Forgot password',
  'signUp.haveAccount': 'Already have an account?',
  'signUp.signIn': 'Sign in',
} as const;
