/** The hosted-UI (OAuth 2.0 authorization code + PKCE) side of auth: start, callback, logout. */
export { createAuthorizeUrl, startHostedSignIn, type HostedSignInOptions } from './authorize';
export {
  handleCallback,
  handleCallbackOnce,
  hasCallbackParams,
  readLastCallback,
  type CallbackOutcome,
} from './callback';
export { exchangeError, hostedUiError } from './errors';
export { HostedSignInButtons, type HostedSignInButtonsProps } from './HostedSignInButtons';
export { buildLogoutUrl, consumeSignedOutFlag, redirectToHostedSignOut } from './logout';
export { useSignedOutLanding } from './useSignedOutLanding';
export { providerDisplayName } from './providers';
export { authorizationServer, issuerFor, type HostedUiConfig } from './server';
export { TRANSACTION_TTL_MS } from './transactions';
