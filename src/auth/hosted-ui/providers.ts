/** The words a person reads for each Cognito identity provider name. */

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  Google: 'Google',
  Facebook: 'Facebook',
  LoginWithAmazon: 'Amazon',
  SignInWithApple: 'Apple',
};

/** Cognito's built-in social providers get their brand name; SAML/OIDC providers keep theirs. */
export function providerDisplayName(provider: string): string {
  return DISPLAY_NAMES[provider] ?? provider;
}
