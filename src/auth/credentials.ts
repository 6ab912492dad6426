/**
 * Temporary AWS credentials from the identity pool, for the signed-in user (with their ID token as the
 * login) or, when the pool allows guests, for a signed-out visitor. One request at a time per caller
 * kind (single flight), cached until shortly before they expire, dropped the moment the session's
 * owner changes (sign-in, sign-out here or in another tab: the session core tells us through its state).
 *
 * GetId and GetCredentialsForIdentity are two unsigned JSON POSTs; they are written out here rather
 * than pulling @aws-sdk/client-cognito-identity (tens of KB) into the browser for them. Nothing here
 * signs or verifies anything: the signing is aws4fetch's (src/api/signed.ts).
 */
import { DEFAULT_REQUEST_TIMEOUTS, type IdentityPoolConfig } from '../config/env';
import { parseObject } from './cognito/http';

export interface AwsCredentials {
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  /** False for a guest's credentials. */
  authenticated: boolean;
}

/** The signed-in user as the identity pool sees them, or null for a guest. */
export type IdentityLogin = { sub: string; idToken: string } | null;

export type CredentialsErrorCode = 'guestsNotAllowed' | 'refused' | 'network' | 'server';

export class CredentialsError extends Error {
  constructor(
    readonly code: CredentialsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CredentialsError';
  }
}

export interface CredentialsProviderOptions {
  pool: IdentityPoolConfig;
  region: string;
  userPoolId: string;
  /** The current login; resolves after any refresh the ID token needed. */
  login: () => Promise<IdentityLogin>;
  now?: () => number;
  /** Fetch again this long before expiry (default five minutes). */
  skewMs?: number;
  fetch?: typeof fetch;
  /**
   * Each request's limit, body included (default: Cognito's); past it the call fails as `network`,
   * which a person may retry, instead of leaving the caller waiting on a dead connection.
   */
  timeoutMs?: number;
}

interface Cached {
  owner: string;
  credentials: AwsCredentials;
}

export class CredentialsProvider {
  readonly #options: CredentialsProviderOptions;
  #cached: Cached | null = null;
  #inflight: { owner: string; promise: Promise<AwsCredentials> } | null = null;
  /** A guest keeps one identity id per tab, as the SDKs keep theirs. */
  #guestIdentityId: string | null = null;
  /** Bumped by clear(), so a request that straddles a sign-out never caches its answer. */
  #generation = 0;

  constructor(options: CredentialsProviderOptions) {
    this.#options = options;
  }

  readonly get = async (): Promise<AwsCredentials> => {
    // Taken before anything is awaited: a sign-out while the login is read also voids this request.
    const generation = this.#generation;
    const login = await this.#options.login();
    const owner = login ? `user:${login.sub}` : 'guest';
    const now = (this.#options.now ?? Date.now)();
    const skew = this.#options.skewMs ?? 5 * 60_000;
    const cached = this.#cached;
    if (cached?.owner === owner && cached.credentials.expiration.getTime() - skew > now)
      return cached.credentials;
    if (this.#inflight?.owner === owner) return this.#inflight.promise;
    const promise = this.#fetchCredentials(login).then((credentials) => {
      if (generation === this.#generation) this.#cached = { owner, credentials };
      return credentials;
    });
    this.#inflight = { owner, promise };
    const forget = () => {
      if (this.#inflight?.promise === promise) this.#inflight = null;
    };
    promise.then(forget, forget);
    return promise;
  };

  /** Forgets every credential and guest id (sign-in, sign-out, a user change in another tab). */
  readonly clear = (): void => {
    this.#generation += 1;
    this.#cached = null;
    this.#inflight = null;
    this.#guestIdentityId = null;
  };

  async #fetchCredentials(login: IdentityLogin): Promise<AwsCredentials> {
    // The identity pool names a user pool provider this way, for AWS and the local pool alike.
    const logins = login
      ? {
          [`cognito-idp.${this.#options.region}.amazonaws.com/${this.#options.userPoolId}`]:
            login.idToken,
        }
      : undefined;
    let identityId = login ? null : this.#guestIdentityId;
    if (identityId === null) {
      const answer = await this.#call('GetId', {
        IdentityPoolId: this.#options.pool.id,
        Logins: logins,
      });
      identityId = String(answer.IdentityId);
      if (!login) this.#guestIdentityId = identityId;
    }
    const answer = await this.#call('GetCredentialsForIdentity', {
      IdentityId: identityId,
      Logins: logins,
    });
    const c = answer.Credentials as Record<string, unknown> | undefined;
    if (
      typeof c?.AccessKeyId !== 'string' ||
      typeof c.SecretKey !== 'string' ||
      typeof c.SessionToken !== 'string' ||
      typeof c.Expiration !== 'number'
    ) {
      throw new CredentialsError('server', 'The identity pool answered without credentials.');
    }
    return {
      identityId,
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretKey,
      sessionToken: c.SessionToken,
      // Cognito Identity's JSON protocol sends timestamps as epoch seconds.
      expiration: new Date(c.Expiration * 1000),
      authenticated: login !== null,
    };
  }

  async #call(operation: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const doFetch = this.#options.fetch ?? fetch;
    const signal = AbortSignal.timeout(
      this.#options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUTS.cognitoMs,
    );
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${this.#options.pool.endpoint}/`, {
        method: 'POST',
        signal,
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityService.${operation}`,
        },
        body: JSON.stringify(body),
      });
      text = await response.text();
    } catch {
      throw new CredentialsError(
        'network',
        'Could not reach the identity pool. Check your connection.',
      );
    }
    const json = parseObject(text);
    if (response.ok) return json;
    const type = String(json.__type ?? response.headers.get('x-amzn-ErrorType') ?? '')
      .split('#')
      .pop();
    const message = typeof json.message === 'string' ? json.message : '';
    if (type === 'NotAuthorizedException' && /Unauthenticated access/i.test(message)) {
      throw new CredentialsError(
        'guestsNotAllowed',
        'Sign in to get AWS credentials: this identity pool has no guest access.',
      );
    }
    if (type === 'NotAuthorizedException') {
      throw new CredentialsError(
        'refused',
        `The identity pool refused the sign-in: ${message || type}`,
      );
    }
    throw new CredentialsError('server', `The identity pool failed (${type || response.status}).`);
  }
}
