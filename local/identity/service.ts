/**
 * The local Cognito Identity (identity pool) operations: the admin calls provisioning needs, and the
 * two calls a browser makes (GetId, GetCredentialsForIdentity), checking the user pool's ID token the
 * way the real service does (signature, issuer, audience = a provider's client id, expiry, and with
 * ServerSideTokenCheck whether the user pool has ended the session).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { IDENTITY_POOL } from '../../server/pool/definition.ts';
import type { IdentityPool, IdentityProvider, IdentityStore, IssuedCredentials } from './store.ts';

/** What the identity pool needs from the user pool it trusts. */
export interface UserPoolTokens {
  /** The `iss` the user pool writes into its tokens. */
  issuer(userPoolId: string): string;
  /**
   * The token's claims if the user pool's signing key (the key its JWKS publishes) signed it. The
   * pool's own key rather than a JWKS fetch, so expiry is judged on the stand-in's (injectable) clock.
   */
  verifySignature(token: string): Record<string, unknown> | null;
  /** ServerSideTokenCheck: has the user pool ended this token's session (global sign-out, revocation)? */
  isSessionEnded(claims: Record<string, unknown>): boolean;
}

/** Cognito Identity's errors: the SDK reads the type from `__type`. */
export class IdentityError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const notAuthorized = (message: string) => new IdentityError('NotAuthorizedException', message);
const invalid = (message: string) => new IdentityError('InvalidParameterException', message);

const POOL_ID = /^[\w-]+:[0-9a-f-]+$/;
const POOL_NAME = /^[\w\s+=,.@-]{1,128}$/;
/** `cognito-idp.<region>.amazonaws.com/<pool>` or the local issuer's form `localhost:9229/<pool>`. */
const PROVIDER =
  /^(?:cognito-idp\.[a-z0-9-]+\.amazonaws\.com|[a-z0-9.-]+(?::\d{1,5})?)\/([\w-]+_[0-9A-Za-z]+)$/;
const ACCESS_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function userPoolIdOf(providerName: string): string | undefined {
  return PROVIDER.exec(providerName)?.[1];
}

function accessKeyId(): string {
  // ASIA marks temporary (STS) credentials, as on the real service.
  const bytes = randomBytes(16);
  return `ASIA${[...bytes].map((b) => ACCESS_KEY_ALPHABET[b % 32]).join('')}`;
}

type Input = Record<string, unknown>;

function stringField(input: Input, name: string): string {
  const value = input[name];
  if (typeof value !== 'string' || value === '') throw invalid(`${name} is required.`);
  return value;
}

function loginsOf(input: Input): Record<string, string> {
  const logins = input.Logins;
  if (logins === undefined || logins === null) return {};
  if (typeof logins !== 'object' || Array.isArray(logins))
    throw invalid('Logins must be a map of provider name to token.');
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(logins)) {
    if (typeof value !== 'string' || value === '') throw invalid(`Logins["${key}"] is empty.`);
    result[key] = value;
  }
  return result;
}

function providersOf(input: Input): IdentityProvider[] {
  const raw = input.CognitoIdentityProviders ?? [];
  if (!Array.isArray(raw)) throw invalid('CognitoIdentityProviders must be a list.');
  return raw.map((entry: unknown) => {
    const provider = (entry ?? {}) as Input;
    const name = stringField(provider, 'ProviderName');
    if (!userPoolIdOf(name)) {
      throw invalid(
        `ProviderName "${name.slice(0, 100)}" is not a user pool (cognito-idp.<region>.amazonaws.com/<poolId>).`,
      );
    }
    return {
      ProviderName: name,
      ClientId: stringField(provider, 'ClientId'),
      ServerSideTokenCheck: provider.ServerSideTokenCheck === true,
    };
  });
}

function poolFields(input: Input): Omit<IdentityPool, 'IdentityPoolId'> {
  const name = stringField(input, 'IdentityPoolName');
  if (!POOL_NAME.test(name))
    throw invalid('IdentityPoolName: 1-128 letters, digits, spaces and +=,.@-_ only.');
  if (typeof input.AllowUnauthenticatedIdentities !== 'boolean')
    throw invalid('AllowUnauthenticatedIdentities (true or false) is required.');
  return {
    IdentityPoolName: name,
    AllowUnauthenticatedIdentities: input.AllowUnauthenticatedIdentities,
    AllowClassicFlow: input.AllowClassicFlow === true,
    CognitoIdentityProviders: providersOf(input),
  };
}

export class IdentityService {
  constructor(
    private readonly store: IdentityStore,
    private readonly tokens: UserPoolTokens,
    private readonly nowSeconds: () => number,
  ) {}

  private pool(input: Input): IdentityPool {
    const id = stringField(input, 'IdentityPoolId');
    const pool = POOL_ID.test(id) ? this.store.pool(id) : undefined;
    if (!pool)
      throw new IdentityError('ResourceNotFoundException', `IdentityPool '${id}' not found.`);
    return pool;
  }

  /**
   * The signed-in user behind a Logins map, as `<userPoolId>/<sub>`, or undefined for none. Each
   * check is one the real service makes; the messages follow its wording.
   */
  private login(pool: IdentityPool, logins: Record<string, string>): string | undefined {
    const entries = Object.entries(logins);
    if (entries.length === 0) return undefined;
    if (entries.length > 1) throw notAuthorized('Only one login per request is supported locally.');
    const [providerName, token] = entries[0]!;
    const userPoolId = userPoolIdOf(providerName);
    const provider = pool.CognitoIdentityProviders.find(
      (candidate) => userPoolIdOf(candidate.ProviderName) === userPoolId,
    );
    if (!userPoolId || !provider)
      throw notAuthorized('Token is not from a supported provider of this identity pool.');
    const claims = this.tokens.verifySignature(token);
    if (!claims)
      throw notAuthorized('Invalid login token. Not a valid OpenId Connect identity token.');
    if (claims.iss !== this.tokens.issuer(userPoolId))
      throw notAuthorized("Invalid login token. Issuer doesn't match providerName");
    if (claims.token_use !== 'id')
      throw notAuthorized('Invalid login token. Only an ID token can be used as a login.');
    if (claims.aud !== provider.ClientId)
      throw notAuthorized('Invalid login token. Incorrect token audience.');
    if (typeof claims.exp !== 'number' || claims.exp <= this.nowSeconds())
      throw notAuthorized('Invalid login token. Token expired.');
    if (provider.ServerSideTokenCheck && this.tokens.isSessionEnded(claims))
      throw notAuthorized('Invalid login token. The user has signed out; sign in again.');
    if (typeof claims.sub !== 'string') throw notAuthorized('Invalid login token. No sub claim.');
    return `${userPoolId}/${claims.sub}`;
  }

  private newIdentityId(pool: IdentityPool): string {
    return `${pool.IdentityPoolId.split(':')[0]}:${randomUUID()}`;
  }

  createIdentityPool(input: Input, region: string): IdentityPool {
    const pool: IdentityPool = {
      IdentityPoolId: `${region}:${randomUUID()}`,
      ...poolFields(input),
    };
    this.store.putPool(pool);
    return pool;
  }

  describeIdentityPool(input: Input): IdentityPool {
    return this.pool(input);
  }

  updateIdentityPool(input: Input): IdentityPool {
    const pool: IdentityPool = {
      IdentityPoolId: this.pool(input).IdentityPoolId,
      ...poolFields(input),
    };
    this.store.putPool(pool);
    return pool;
  }

  deleteIdentityPool(input: Input): Record<string, never> {
    this.store.deletePool(this.pool(input).IdentityPoolId);
    return {};
  }

  listIdentityPools(): { IdentityPools: { IdentityPoolId: string; IdentityPoolName: string }[] } {
    return {
      IdentityPools: this.store
        .pools()
        .map(({ IdentityPoolId, IdentityPoolName }) => ({ IdentityPoolId, IdentityPoolName })),
    };
  }

  /** A user's id is the same on every call; a guest gets a new one each time (clients keep theirs). */
  getId(input: Input): { IdentityId: string } {
    const pool = this.pool(input);
    const login = this.login(pool, loginsOf(input));
    if (login === undefined) {
      if (!pool.AllowUnauthenticatedIdentities)
        throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
      const id = this.newIdentityId(pool);
      this.store.addIdentity(id, { identityPoolId: pool.IdentityPoolId });
      return { IdentityId: id };
    }
    const existing = this.store.identityForLogin(pool.IdentityPoolId, login);
    if (existing) return { IdentityId: existing };
    const id = this.newIdentityId(pool);
    this.store.addIdentity(id, { identityPoolId: pool.IdentityPoolId, login });
    return { IdentityId: id };
  }

  getCredentialsForIdentity(input: Input): {
    IdentityId: string;
    Credentials: {
      AccessKeyId: string;
      SecretKey: string;
      SessionToken: string;
      Expiration: number;
    };
  } {
    const identityId = stringField(input, 'IdentityId');
    const record = this.store.identity(identityId);
    if (!record)
      throw new IdentityError('ResourceNotFoundException', `Identity '${identityId}' not found.`);
    const pool = this.pool({ IdentityPoolId: record.identityPoolId });
    const login = this.login(pool, loginsOf(input));
    // A user's identity needs that user's token; a guest identity takes no token. (The real service
    // would link a guest identity to a first login; the app asks GetId again after sign-in instead.)
    if (login !== record.login) {
      throw notAuthorized(
        "Logins don't match. Please include at least one valid login for this identity or identity pool.",
      );
    }
    if (login === undefined && !pool.AllowUnauthenticatedIdentities)
      throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
    const issued: IssuedCredentials = {
      accessKeyId: accessKeyId(),
      secretKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(160).toString('base64'),
      expiration: this.nowSeconds() + IDENTITY_POOL.credentialsSeconds,
      identityId,
      identityPoolId: pool.IdentityPoolId,
      authenticated: login !== undefined,
    };
    this.store.addCredentials(issued);
    return {
      IdentityId: identityId,
      Credentials: {
        AccessKeyId: issued.accessKeyId,
        SecretKey: issued.secretKey,
        SessionToken: issued.sessionToken,
        Expiration: issued.expiration,
      },
    };
  }

  /** For the local API's SigV4 check: what it needs to recompute a signature. */
  issuedCredentials(accessKeyId: string): IssuedCredentials | undefined {
    return this.store.credentials(accessKeyId);
  }
}
