/**
 * An HTTP-level Cognito for msw: matches POSTs to the Cognito endpoint by `X-Amz-Target`, records
 * every call, answers the common operations like a small user pool, and lets a test script any
 * operation's answer (an AWS error, a 500, a dropped connection). Also mints unsigned-but-well-formed
 * JWTs with chosen claims and expiry, since the app only decodes tokens and never verifies them.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';

export const TEST_COGNITO_ENDPOINT = 'http://cognito.test';
export const TEST_CLIENT_ID = 'testclient123';
export const TEST_USER_POOL_ID = 'us-east-1_TestPool1';
export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

// ---- JWTs ---------------------------------------------------------------------------------------

const b64url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** A JWT with the given payload and a dummy signature (never verified by the app). */
export function mintJwt(payload: Record<string, unknown>): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', kid: 'test-key', typ: 'JWT' }));
  return `${header}.${b64url(JSON.stringify(payload))}.${b64url('not-a-real-signature')}`;
}

export function decodeFakeJwt(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return JSON.parse(
    new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
  ) as Record<string, unknown>;
}

export interface FakeUserClaims {
  username?: string;
  sub?: string;
  email?: string;
  name?: string;
  groups?: readonly string[];
}

export interface MintTokensOptions extends FakeUserClaims {
  /** Seconds from `now` until both tokens expire (negative for already expired). Default 3600. */
  expiresIn?: number;
  /**
   * Seconds from `iat` to `exp`, default 3600: a token that expires in 60 s was issued 3540 s ago,
   * as a real one would be (the refresh skew is capped at half this).
   */
  lifetime?: number;
  /** Epoch milliseconds; default Date.now() (faked clocks apply). */
  now?: number;
  refreshToken?: string | null;
  clientId?: string;
  /** Extra access-token claims, e.g. origin_jti. */
  accessClaims?: Record<string, unknown>;
  idClaims?: Record<string, unknown>;
}

let counter = 0;

/** ID, access and refresh tokens shaped like Cognito's. */
export function mintTokens(options: MintTokensOptions = {}): {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
} {
  counter += 1;
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const exp = now + (options.expiresIn ?? 3600);
  const iat = Math.min(now, exp - (options.lifetime ?? 3600));
  const username = options.username ?? 'ada@example.com';
  const sub = options.sub ?? '11111111-2222-3333-4444-555555555555';
  const clientId = options.clientId ?? TEST_CLIENT_ID;
  const iss = `${TEST_COGNITO_ENDPOINT}/${TEST_USER_POOL_ID}`;
  const groups =
    options.groups && options.groups.length > 0 ? { 'cognito:groups': [...options.groups] } : {};
  const idToken = mintJwt({
    sub,
    iss,
    aud: clientId,
    token_use: 'id',
    'cognito:username': username,
    email: options.email ?? username,
    email_verified: true,
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...groups,
    auth_time: now,
    iat,
    exp,
    jti: `id-${counter}`,
    ...options.idClaims,
  });
  const accessToken = mintJwt({
    sub,
    iss,
    client_id: clientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    username,
    ...groups,
    auth_time: now,
    iat,
    exp,
    jti: `access-${counter}`,
    origin_jti: `origin-${counter}`,
    ...options.accessClaims,
  });
  const tokens: { idToken: string; accessToken: string; refreshToken?: string } = {
    idToken,
    accessToken,
  };
  if (options.refreshToken !== null)
    tokens.refreshToken = options.refreshToken ?? `refresh-${counter}`;
  return tokens;
}

// ---- responses ----------------------------------------------------------------------------------

export type FakeResponse = Response | { json: unknown } | 'network-error';
export type Responder = (
  body: Record<string, unknown>,
  call: FakeCall,
) => FakeResponse | Promise<FakeResponse>;

export interface FakeCall {
  target: string;
  body: Record<string, unknown>;
  headers: Headers;
}

/** An AWS JSON error, as Cognito sends it. */
export function awsError(type: string, message = type, status = 400): Response {
  return HttpResponse.json(
    { __type: type, message },
    { status, headers: { 'x-amzn-errortype': `${type}:` } },
  );
}

export const reply = {
  ok: (json: unknown = {}): FakeResponse => ({ json }),
  error: awsError,
  serverError: (status = 500): Response => new HttpResponse('Internal Server Error', { status }),
  networkError: (): FakeResponse => 'network-error',
};

// ---- the pool -----------------------------------------------------------------------------------

export interface FakeUser {
  username: string;
  password: string;
  sub: string;
  confirmed: boolean;
  attributes: Record<string, string>;
  groups: string[];
}

export interface CognitoFakeOptions {
  endpoint?: string;
  /** The code every confirmation and reset accepts. */
  code?: string;
  /** Lifetime of minted tokens, in seconds. */
  tokenLifetime?: number;
  /** The clock minted tokens are dated by (share the app's fake clock). Default Date.now. */
  now?: () => number;
  /**
   * Refresh-token rotation on the app client: each refresh returns a new refresh token and the old
   * one is refused (RefreshTokenReuseException) once the grace period has passed. Default off.
   */
  rotation?: { graceSeconds: number };
}

export class CognitoFake {
  readonly endpoint: string;
  readonly calls: FakeCall[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly revokedRefreshTokens = new Set<string>();
  code: string;
  tokenLifetime: number;
  now: () => number;
  rotation: { graceSeconds: number } | undefined;
  /** rotated-away refresh token → when its grace period ends (ms on `now`) */
  readonly rotatedRefreshTokens = new Map<string, number>();
  readonly #scripted = new Map<string, Responder[]>();
  readonly #persistent = new Map<string, Responder>();
  /** refresh token → username */
  readonly #refreshTokens = new Map<string, string>();

  constructor(options: CognitoFakeOptions = {}) {
    this.endpoint = (options.endpoint ?? TEST_COGNITO_ENDPOINT).replace(/\/+$/, '');
    this.code = options.code ?? '123456';
    this.tokenLifetime = options.tokenLifetime ?? 3600;
    this.now = options.now ?? (() => Date.now());
    this.rotation = options.rotation;
  }

  /** The msw handler; `server.use(fake.handler)`. */
  get handler(): HttpHandler {
    return http.post(`${this.endpoint}/*`, async ({ request }) => {
      const target = (request.headers.get('x-amz-target') ?? '').replace(TARGET_PREFIX, '');
      const text = await request.text();
      const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
      const call: FakeCall = { target, body, headers: request.headers };
      this.calls.push(call);
      const queue = this.#scripted.get(target);
      const responder =
        queue?.shift() ??
        this.#persistent.get(target) ??
        ((b: Record<string, unknown>) => this.#default(target, b));
      const result = await responder(body, call);
      if (result === 'network-error') return HttpResponse.error();
      if (result instanceof Response) return result;
      return HttpResponse.json(result.json as Record<string, unknown>);
    });
  }

  /** Calls recorded for one operation (e.g. 'InitiateAuth'), optionally filtered. */
  callsTo(target: string, where?: (body: Record<string, unknown>) => boolean): FakeCall[] {
    return this.calls.filter((c) => c.target === target && (where === undefined || where(c.body)));
  }

  count(target: string): number {
    return this.callsTo(target).length;
  }

  /** The app's refreshes: GetTokensFromRefreshToken, which works with rotation on or off. */
  refreshCalls(): FakeCall[] {
    return this.callsTo('GetTokensFromRefreshToken');
  }

  /** The next calls to `target` get these answers, in order; later calls fall back. */
  script(target: string, ...responders: Responder[]): this {
    const queue = this.#scripted.get(target) ?? [];
    queue.push(...responders);
    this.#scripted.set(target, queue);
    return this;
  }

  /** Every call to `target` gets this answer until `restore(target)`. */
  always(target: string, responder: Responder): this {
    this.#persistent.set(target, responder);
    return this;
  }

  restore(target: string): this {
    this.#persistent.delete(target);
    this.#scripted.delete(target);
    return this;
  }

  addUser(user: Partial<FakeUser> & { username: string; password: string }): FakeUser {
    const full: FakeUser = {
      sub: crypto.randomUUID(),
      confirmed: true,
      attributes: { email: user.username },
      groups: [],
      ...user,
    };
    this.users.set(full.username, full);
    return full;
  }

  /** Tokens for a user as the pool would issue them, with a tracked refresh token. */
  issueTokens(username: string, options: { expiresIn?: number; withRefresh?: boolean } = {}) {
    const user = this.users.get(username);
    const tokens = mintTokens({
      username,
      sub: user?.sub,
      email: user?.attributes.email ?? username,
      name: user?.attributes.name,
      groups: user?.groups,
      expiresIn: options.expiresIn ?? this.tokenLifetime,
      lifetime: this.tokenLifetime,
      now: this.now(),
      refreshToken: options.withRefresh === false ? null : undefined,
    });
    if (tokens.refreshToken) this.#refreshTokens.set(tokens.refreshToken, username);
    return tokens;
  }

  /** The body of a successful sign-in for `username`, with fresh tokens; scripts reply with it. */
  authResult(username: string, withRefresh = true) {
    const t = this.issueTokens(username, { withRefresh });
    return {
      AuthenticationResult: {
        IdToken: t.idToken,
        AccessToken: t.accessToken,
        ...(t.refreshToken ? { RefreshToken: t.refreshToken } : {}),
        ExpiresIn: this.tokenLifetime,
        TokenType: 'Bearer',
      },
      ChallengeParameters: {},
    };
  }

  #userByAccessToken(token: unknown): FakeUser | Response {
    if (typeof token !== 'string')
      return awsError('NotAuthorizedException', 'Invalid Access Token');
    const claims = decodeFakeJwt(token);
    const user = this.users.get(String(claims.username));
    if (!user) return awsError('NotAuthorizedException', 'Invalid Access Token');
    return user;
  }

  #default(target: string, body: Record<string, unknown>): FakeResponse {
    const delivery = (username: string) => ({
      Destination: `${username[0] ?? 'x'}***@e***`,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    switch (target) {
      case 'SignUp': {
        const username = String(body.Username);
        if (this.users.has(username))
          return awsError(
            'UsernameExistsException',
            'An account with the given email already exists.',
          );
        const attributes = Object.fromEntries(
          ((body.UserAttributes as { Name: string; Value: string }[] | undefined) ?? []).map(
            (a) => [a.Name, a.Value],
          ),
        );
        const user = this.addUser({
          username,
          password: String(body.Password),
          confirmed: false,
          attributes,
        });
        return {
          json: {
            UserConfirmed: false,
            UserSub: user.sub,
            CodeDeliveryDetails: delivery(username),
          },
        };
      }
      case 'ConfirmSignUp': {
        const user = this.users.get(String(body.Username));
        if (!user)
          return awsError('UserNotFoundException', 'Username/client id combination not found.');
        if (body.ConfirmationCode !== this.code)
          return awsError(
            'CodeMismatchException',
            'Invalid verification code provided, please try again.',
          );
        user.confirmed = true;
        return { json: {} };
      }
      case 'ResendConfirmationCode':
      case 'ForgotPassword':
        return { json: { CodeDeliveryDetails: delivery(String(body.Username)) } };
      case 'ConfirmForgotPassword': {
        const user = this.users.get(String(body.Username));
        if (body.ConfirmationCode !== this.code || !user)
          return awsError(
            'CodeMismatchException',
            'Invalid code provided, please request a code again.',
          );
        user.password = String(body.Password);
        return { json: {} };
      }
      case 'InitiateAuth': {
        const params = (body.AuthParameters ?? {}) as Record<string, string>;
        if (body.AuthFlow === 'USER_PASSWORD_AUTH') {
          const user = this.users.get(params.USERNAME ?? '');
          if (!user || user.password !== params.PASSWORD)
            return awsError('NotAuthorizedException', 'Incorrect username or password.');
          if (!user.confirmed)
            return awsError('UserNotConfirmedException', 'User is not confirmed.');
          return { json: this.authResult(user.username, true) };
        }
        return awsError(
          'InvalidParameterException',
          `The fake does not support ${String(body.AuthFlow)}.`,
        );
      }
      case 'GetTokensFromRefreshToken': {
        const token = typeof body.RefreshToken === 'string' ? body.RefreshToken : '';
        const username = this.#refreshTokens.get(token);
        if (username === undefined || this.revokedRefreshTokens.has(token)) {
          return awsError('NotAuthorizedException', 'Refresh Token has been revoked');
        }
        const graceUntil = this.rotatedRefreshTokens.get(token);
        if (graceUntil !== undefined && this.now() >= graceUntil) {
          return awsError(
            'RefreshTokenReuseException',
            'Refresh Token has been invalidated by refresh token rotation',
          );
        }
        if (this.rotation === undefined) return { json: this.authResult(username, false) };
        if (graceUntil === undefined)
          this.rotatedRefreshTokens.set(token, this.now() + this.rotation.graceSeconds * 1000);
        return { json: this.authResult(username, true) };
      }
      case 'RevokeToken':
        this.revokedRefreshTokens.add(String(body.Token));
        return { json: {} };
      case 'GlobalSignOut': {
        const user = this.#userByAccessToken(body.AccessToken);
        if (user instanceof Response) return user;
        for (const [token, username] of this.#refreshTokens) {
          if (username === user.username) this.revokedRefreshTokens.add(token);
        }
        return { json: {} };
      }
      case 'GetUser': {
        const user = this.#userByAccessToken(body.AccessToken);
        if (user instanceof Response) return user;
        return {
          json: {
            Username: user.username,
            UserAttributes: Object.entries(user.attributes).map(([Name, Value]) => ({
              Name,
              Value,
            })),
            UserMFASettingList: [],
          },
        };
      }
      case 'UpdateUserAttributes': {
        const user = this.#userByAccessToken(body.AccessToken);
        if (user instanceof Response) return user;
        const list = (body.UserAttributes as { Name: string; Value: string }[] | undefined) ?? [];
        let emailChanged = false;
        for (const { Name, Value } of list) {
          if (Name === 'email' && Value !== user.attributes.email) emailChanged = true;
          user.attributes[Name] = Value;
        }
        return { json: emailChanged ? { CodeDeliveryDetailsList: [delivery(user.username)] } : {} };
      }
      case 'VerifyUserAttribute':
        return body.Code === this.code
          ? { json: {} }
          : awsError(
              'CodeMismatchException',
              'Invalid verification code provided, please try again.',
            );
      case 'ChangePassword': {
        const user = this.#userByAccessToken(body.AccessToken);
        if (user instanceof Response) return user;
        if (body.PreviousPassword !== user.password)
          return awsError('NotAuthorizedException', 'Incorrect username or password.');
        user.password = String(body.ProposedPassword);
        return { json: {} };
      }
      case 'AssociateSoftwareToken':
        return { json: { SecretCode: 'JBSWY3DPEHPK3PXP' } };
      case 'VerifySoftwareToken':
        return body.UserCode === this.code
          ? { json: { Status: 'SUCCESS' } }
          : awsError('EnableSoftwareTokenMFAException', 'Code mismatch');
      case 'SetUserMFAPreference':
        return { json: {} };
      default:
        return awsError(
          'InvalidActionException',
          `The Cognito fake has no answer for ${target}; script one.`,
        );
    }
  }
}

/** A fresh fake; register it with `server.use(fake.handler)`. */
export function createCognitoFake(options?: CognitoFakeOptions): CognitoFake {
  return new CognitoFake(options);
}
