/**
 * Describes the hosted UI to oauth4webapi from config alone. No discovery fetch: on AWS the hosted
 * domain (`<prefix>.auth.<region>.amazoncognito.com`) and the issuer
 * (`cognito-idp.<region>.amazonaws.com/<poolId>`) are different hosts, and discovery at the issuer
 * would cost a round trip for values we already know. Locally only the config differs.
 */
import { allowInsecureRequests, type AuthorizationServer, type Client } from 'oauth4webapi';
import { hostedDomain, issuerFor, type HostedUiConfig } from './domain';

export function authorizationServer(config: HostedUiConfig): AuthorizationServer {
  const domain = hostedDomain(config);
  return {
    issuer: issuerFor(config),
    authorization_endpoint: `${domain}/oauth2/authorize`,
    token_endpoint: `${domain}/oauth2/token`,
    userinfo_endpoint: `${domain}/oauth2/userInfo`,
    revocation_endpoint: `${domain}/oauth2/revoke`,
    // Cognito signs ID tokens with RS256 only; anything else in the header is refused.
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
  };
}

/** A public app client: no secret, the client_id travels in the form body. */
export function oauthClient(config: HostedUiConfig): Client {
  return { client_id: config.clientId, token_endpoint_auth_method: 'none' };
}

/**
 * oauth4webapi refuses http:// endpoints. The local stand-in is plain http on localhost, so only a
 * local pool may opt out; a real pool on http fails loudly instead of leaking a code. The timeout
 * is the one Cognito's API gets: the token endpoint is the same service.
 */
export function requestOptions(config: HostedUiConfig): {
  [allowInsecureRequests]?: boolean;
  signal: AbortSignal;
} {
  const signal = AbortSignal.timeout(config.requestTimeouts.cognitoMs);
  return config.isLocalPool ? { [allowInsecureRequests]: true, signal } : { signal };
}
