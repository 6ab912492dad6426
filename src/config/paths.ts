/** Every URL path the app knows, in one place; screens and guards link through these names. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  confirmSignUp: '/confirm-sign-up',
  newPassword: '/new-password',
  forgotPassword: '/forgot-password',
  mfa: '/mfa',
  account: '/account',
  protected: '/protected',
  admin: '/admin',
  callback: '/callback',
  signedOut: '/signed-out',
} as const;

export type AppPath = (typeof paths)[keyof typeof paths];
