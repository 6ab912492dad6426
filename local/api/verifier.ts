/**
 * The authorizer half of the API Gateway stand-in: verifies Cognito access tokens with
 * aws-jwt-verify (signature via the pool's JWKS, issuer, expiry, token_use=access, client_id) and
 * turns every failure into an RFC 6750 outcome the HTTP adapter can send as-is.
 *
 * Why two verifier kinds: CognitoJwtVerifier derives the issuer from the pool id and only accepts
 * https://cognito-idp.<region>.amazonaws.com/<pool> (or the issuer-cognito-idp variant), so tokens
 * from the local pool (issuer http://localhost:9229/<pool>) would always fail the issuer check.
 * For a non-AWS endpoint we use the generic JwtVerifier with an explicit issuer and JWKS URI and
 * re-apply the Cognito-specific claim checks with the library's own validateCognitoJwtFields.
 */
import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  FetchError,
  JwtExpiredError,
  JwtInvalidClaimError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtNotBeforeError,
  JwtParseError,
  KidNotFoundInJwksError,
  ParameterValidationError,
  WaitPeriodNotYetEndedJwkError,
  JwtWithoutValidKidError,
} from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

export interface AccessTokenVerifierOptions {
  userPoolId: string;
  /** Cognito endpoint; omit (or give the regional AWS endpoint) for a real pool. */
  cognitoUrl?: string;
  /** Overrides the derived issuer, e.g. when tokens name localhost but the API reaches 127.0.0.1. */
  issuer?: string;
  /** App clients whose access tokens this API accepts (the SPA's; never the server client by default). */
  clientIds: string[];
  /** Seconds of clock skew tolerated on exp/nbf. Zero by default: the local pool shares our clock. */
  graceSeconds?: number;
}

export type VerifyOutcome =
  | { ok: true; claims: JwtPayload }
  | { ok: false; status: 401; description: string }
  /** The JWKS could not be fetched: our problem, not the caller's, so not a 401. */
  | { ok: false; status: 503; description: string };

export interface AccessTokenVerifier {
  issuer: string;
  jwksUri: string;
  verify(token: string): Promise<VerifyOutcome>;
}

/**
 * aws-jwt-verify checks `exp` only when it is present, so a token minted without one would never
 * expire. Cognito always sets both, so their absence means the token is not Cognito's.
 */
export class MissingTimeClaimError extends JwtInvalidClaimError {}

function requireTimeClaims({ payload }: { payload: JwtPayload }): void {
  for (const claim of ['exp', 'iat'] as const) {
    if (typeof payload[claim] !== 'number') {
      throw new MissingTimeClaimError(
        `The token has no "${claim}" claim.`,
        payload[claim],
        'number',
      );
    }
  }
}

const AWS_ENDPOINT = /^cognito-idp\.([a-z0-9-]+)\.amazonaws\.com$/;

/**
 * aws-jwt-verify's default fetcher uses node:https and refuses http:// URIs; the local pool serves
 * its JWKS over plain http, so this fetcher uses the platform fetch, which speaks both.
 */
export class HttpJwksFetcher implements Fetcher {
  private readonly timeoutMs: number;

  constructor(timeoutMs = 3000) {
    this.timeoutMs = timeoutMs;
  }

  async fetch(uri: string): Promise<ArrayBuffer> {
    let response: Response;
    try {
      response = await fetch(uri, { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new FetchError(uri, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new FetchError(uri, `status ${response.status}`);
    return response.arrayBuffer();
  }
}

export function isAwsEndpoint(cognitoUrl: string | undefined): boolean {
  if (cognitoUrl === undefined) return true;
  try {
    return AWS_ENDPOINT.test(new URL(cognitoUrl).hostname);
  } catch {
    return false;
  }
}

export function createAccessTokenVerifier(
  options: AccessTokenVerifierOptions,
): AccessTokenVerifier {
  if (options.clientIds.length === 0) {
    // aws-jwt-verify would treat an empty list as "no client may pass"; fail loudly at start instead.
    throw new Error('At least one allowed client id is required.');
  }
  const jwksCache = new SimpleJwksCache({ fetcher: new HttpJwksFetcher() });
  const graceSeconds = options.graceSeconds ?? 0;

  if (isAwsEndpoint(options.cognitoUrl) && options.issuer === undefined) {
    const verifier = CognitoJwtVerifier.create(
      {
        userPoolId: options.userPoolId,
        tokenUse: 'access',
        clientId: options.clientIds,
        graceSeconds,
        customJwtCheck: requireTimeClaims,
      },
      { jwksCache },
    );
    const { issuer, jwksUri } = CognitoJwtVerifier.parseUserPoolId(options.userPoolId);
    return {
      issuer,
      jwksUri,
      verify: (token) => settle(() => verifier.verify(token)),
    };
  }

  const base = (options.cognitoUrl ?? '').replace(/\/+$/, '');
  const issuer = options.issuer ?? `${base}/${options.userPoolId}`;
  const jwksUri = `${base || issuer.replace(/\/[^/]+$/, '')}/${options.userPoolId}/.well-known/jwks.json`;
  const verifier = JwtVerifier.create(
    {
      issuer,
      jwksUri,
      // Cognito access tokens have no aud; client_id is checked below, as CognitoJwtVerifier does.
      audience: null,
      graceSeconds,
      customJwtCheck: ({ payload }) => {
        validateCognitoJwtFields(payload, { tokenUse: 'access', clientId: options.clientIds });
        requireTimeClaims({ payload });
      },
    },
    { jwksCache },
  );
  return { issuer, jwksUri, verify: (token) => settle(() => verifier.verify(token)) };
}

async function settle(verify: () => Promise<JwtPayload>): Promise<VerifyOutcome> {
  try {
    return { ok: true, claims: await verify() };
  } catch (error) {
    return describeFailure(error);
  }
}

/** Maps library errors to a short, non-leaky reason: the client learns what to fix, not our config. */
export function describeFailure(error: unknown): Exclude<VerifyOutcome, { ok: true }> {
  if (error instanceof FetchError) {
    return { ok: false, status: 503, description: 'The token issuer cannot be reached.' };
  }
  // CognitoJwtVerifier knows two issuer spellings per pool and reports any other as unconfigured.
  if (error instanceof ParameterValidationError && /issuer/i.test(error.message)) {
    return { ok: false, status: 401, description: 'The token was issued by another user pool.' };
  }
  const reasons: Array<[new (...args: never[]) => Error, string]> = [
    [JwtExpiredError, 'The access token expired.'],
    [MissingTimeClaimError, 'The access token must carry "exp" and "iat".'],
    [JwtNotBeforeError, 'The access token is not valid yet.'],
    [CognitoJwtInvalidTokenUseError, 'An access token is required (token_use must be "access").'],
    [CognitoJwtInvalidClientIdError, 'The token was issued to a client this API does not accept.'],
    [JwtInvalidIssuerError, 'The token was issued by another user pool.'],
    [JwtInvalidSignatureError, 'The token signature is invalid.'],
    [JwtInvalidSignatureAlgorithmError, 'The token signature algorithm is not accepted.'],
    [KidNotFoundInJwksError, 'The token was signed with an unknown key.'],
    [WaitPeriodNotYetEndedJwkError, 'The token was signed with an unknown key.'],
    [JwtWithoutValidKidError, 'The token header has no key id.'],
    [JwtParseError, 'The token is not a well-formed JWT.'],
  ];
  for (const [kind, description] of reasons) {
    if (error instanceof kind) return { ok: false, status: 401, description };
  }
  return { ok: false, status: 401, description: 'The access token is invalid.' };
}
