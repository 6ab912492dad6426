// Issues and checks the pool's JWTs: Cognito's claim set, real issuer URL, client token validities, revocation.
import { randomUUID } from 'node:crypto';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Clock } from 'cognito-local/lib/services/clock';
import type { CognitoService } from 'cognito-local/lib/services/cognitoService';
import type { Context } from 'cognito-local/lib/services/context';
import type { Tokens, TokenGenerator } from 'cognito-local/lib/services/tokenGenerator';
import type { User } from 'cognito-local/lib/services/userPoolService';
import { NotAuthorizedError } from 'cognito-local/lib/errors';
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { PROTECTED_CLAIMS as SERVER_PROTECTED_CLAIMS } from '../../server/triggers/preTokenGeneration.ts';
import type { Claims, SigningKey } from './signingKey.ts';
import type { ExtrasStore } from './store.ts';
import type { LocalTriggers } from './triggers.ts';

const UNIT_SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** Cognito's defaults: access/ID 60 minutes, refresh 30 days; units default to hours/hours/days. */
export function validitySeconds(
  client: AppClient,
  which: 'AccessToken' | 'IdToken' | 'RefreshToken',
): number {
  const value = client[`${which}Validity`];
  if (value === undefined || value === null) return which === 'RefreshToken' ? 30 * 86400 : 3600;
  const unit = client.TokenValidityUnits?.[which] ?? (which === 'RefreshToken' ? 'days' : 'hours');
  return value * (UNIT_SECONDS[unit] ?? 3600);
}

const BOOLEAN_ATTRIBUTES = new Set(['email_verified', 'phone_number_verified']);

export interface IssueRequest {
  user: User;
  groups: readonly string[];
  client: AppClient;
  /** Keeps the session identity across refreshes. */
  originJti?: string;
  authTime?: number;
  /** Hosted-UI scopes; API sign-ins get aws.cognito.signin.user.admin. */
  scopes?: readonly string[];
  nonce?: string;
  withRefreshToken: boolean;
  /** A rotated refresh token lives only as long as the one it replaces, with the same grant. */
  refreshExpiresAt?: number;
  refreshScope?: string;
  /** What the pre token generation trigger is told about this issue. */
  triggerSource?: PreTokenTriggerSource;
}

export type PreTokenTriggerSource = PreTokenGenerationV2TriggerEvent['triggerSource'];

/**
 * Claims a pre token generation trigger may not add, change or suppress (Cognito ignores them); groups
 * change only through groupOverrideDetails, scopes only through scopesToAdd/scopesToSuppress.
 */
const PROTECTED_CLAIMS = new Set([
  ...SERVER_PROTECTED_CLAIMS,
  'cognito:groups',
  'cognito:roles',
  'cognito:preferred_role',
  'origin_jti',
]);

type Overrides = { claimsToAddOrOverride?: Record<string, unknown>; claimsToSuppress?: string[] };

function applyOverrides(claims: Claims, overrides: Overrides | undefined): void {
  for (const name of overrides?.claimsToSuppress ?? []) {
    if (!PROTECTED_CLAIMS.has(name)) delete claims[name];
  }
  for (const [name, value] of Object.entries(overrides?.claimsToAddOrOverride ?? {})) {
    if (!PROTECTED_CLAIMS.has(name)) claims[name] = value as Claims[string];
  }
}

export interface IssuedTokens {
  AccessToken: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

export class TokenService {
  constructor(
    private readonly clock: Clock,
    private readonly extras: ExtrasStore,
    private readonly cognito: () => CognitoService,
    private readonly baseUrl: () => string,
    readonly key: SigningKey,
    private readonly triggers?: LocalTriggers,
  ) {}

  issuer(poolId: string): string {
    return `${this.baseUrl()}/${poolId}`;
  }

  private now(): number {
    return Math.floor(this.clock.get().getTime() / 1000);
  }

  async issue(ctx: Context, req: IssueRequest): Promise<IssuedTokens> {
    const { user, client } = req;
    const now = this.now();
    const originJti = req.originJti ?? randomUUID();
    const authTime = req.authTime ?? now;
    const eventId = randomUUID();
    const iss = this.issuer(client.UserPoolId);
    const attrs: Record<string, string> = {};
    for (const a of user.Attributes ?? [])
      if (a.Name && a.Value !== undefined) attrs[a.Name] = a.Value;
    let groupList: readonly string[] = req.groups;
    let scopes: readonly string[] = req.scopes ?? ['aws.cognito.signin.user.admin'];
    let overrides: PreTokenGenerationV2TriggerEvent['response']['claimsAndScopeOverrideDetails'] =
      {};
    if (this.triggers?.has('preTokenGeneration')) {
      const event = this.triggers.preTokenGenerationEvent({
        userPoolId: client.UserPoolId,
        username: user.Username,
        clientId: client.ClientId,
        triggerSource: req.triggerSource ?? 'TokenGeneration_Authentication',
        userAttributes: { ...attrs, 'cognito:user_status': user.UserStatus ?? 'CONFIRMED' },
        groups: groupList,
        scopes,
      });
      overrides =
        (await this.triggers.run(ctx, 'preTokenGeneration', event)).response
          ?.claimsAndScopeOverrideDetails ?? {};
      groupList = overrides.groupOverrideDetails?.groupsToOverride ?? groupList;
      const access = overrides.accessTokenGeneration;
      const suppressed = new Set(access?.scopesToSuppress ?? []);
      scopes = [
        ...new Set([...scopes.filter((s) => !suppressed.has(s)), ...(access?.scopesToAdd ?? [])]),
      ];
    }
    const groups = groupList.length ? { 'cognito:groups': [...groupList] } : {};
    const accessTtl = validitySeconds(client, 'AccessToken');

    const access: Claims = {
      sub: attrs.sub,
      ...groups,
      iss,
      client_id: client.ClientId,
      origin_jti: originJti,
      event_id: eventId,
      token_use: 'access',
      scope: scopes.join(' '),
      auth_time: authTime,
      exp: now + accessTtl,
      iat: now,
      jti: randomUUID(),
      username: user.Username,
    };
    applyOverrides(access, overrides.accessTokenGeneration);

    // The hosted UI only returns an ID token when openid was granted.
    const wantId = req.scopes === undefined || req.scopes.includes('openid');
    let IdToken: string | undefined;
    if (wantId) {
      const profile: Claims = {};
      for (const [name, value] of Object.entries(attrs)) {
        profile[name] = BOOLEAN_ATTRIBUTES.has(name) ? value === 'true' : value;
      }
      const idClaims: Claims = {
        ...profile,
        ...groups,
        iss,
        'cognito:username': user.Username,
        ...(req.nonce ? { nonce: req.nonce } : {}),
        origin_jti: originJti,
        aud: client.ClientId,
        event_id: eventId,
        token_use: 'id',
        auth_time: authTime,
        exp: now + validitySeconds(client, 'IdToken'),
        iat: now,
        jti: randomUUID(),
      };
      applyOverrides(idClaims, overrides.idTokenGeneration);
      IdToken = this.key.sign(idClaims);
    }

    let RefreshToken: string | undefined;
    if (req.withRefreshToken) {
      RefreshToken = this.key.sign({
        typ: 'refresh',
        jti: randomUUID(),
        origin_jti: originJti,
        client_id: client.ClientId,
        username: user.Username,
        auth_time: authTime,
        scope: req.refreshScope ?? scopes.join(' '),
        iat: now,
        exp: req.refreshExpiresAt ?? now + validitySeconds(client, 'RefreshToken'),
      });
      // Stored on the freshest copy of the user, so a concurrent save is not clobbered.
      const pool = await this.cognito().getUserPool(ctx, client.UserPoolId);
      const fresh = (await pool.getUserByUsername(ctx, user.Username)) ?? user;
      await pool.storeRefreshToken(ctx, RefreshToken, fresh);
    }

    return {
      AccessToken: this.key.sign(access),
      IdToken,
      RefreshToken,
      ExpiresIn: accessTtl,
      TokenType: 'Bearer',
    };
  }

  issueClientCredentials(client: AppClient, scopes: readonly string[]): IssuedTokens {
    const now = this.now();
    const ttl = validitySeconds(client, 'AccessToken');
    return {
      AccessToken: this.key.sign({
        sub: client.ClientId,
        token_use: 'access',
        scope: scopes.join(' '),
        auth_time: now,
        iss: this.issuer(client.UserPoolId),
        exp: now + ttl,
        iat: now,
        version: 2,
        jti: randomUUID(),
        client_id: client.ClientId,
      }),
      ExpiresIn: ttl,
      TokenType: 'Bearer',
    };
  }

  /** Checks signature, expiry, token_use and revocation; throws Cognito's NotAuthorized otherwise. */
  verifyAccessToken(token: unknown): Claims {
    const claims = this.key.decodeVerified(token);
    if (!claims || claims.token_use !== 'access')
      throw new NotAuthorizedError('Invalid Access Token');
    if (typeof claims.exp !== 'number' || claims.exp <= this.now()) {
      throw new NotAuthorizedError('Access Token has expired');
    }
    if (typeof claims.origin_jti === 'string' && this.extras.isOriginRevoked(claims.origin_jti)) {
      throw new NotAuthorizedError('Access Token has been revoked');
    }
    return claims;
  }

  /**
   * A refresh token's payload when it is ours, for this client, unexpired and not revoked; otherwise
   * Cognito's NotAuthorized message for the reason. Whether it is still stored is checked by callers.
   */
  checkRefreshToken(token: string, clientId: string): Claims {
    const claims = this.key.decodeVerified(token);
    if (!claims || claims.typ !== 'refresh' || claims.client_id !== clientId) {
      throw new NotAuthorizedError('Invalid Refresh Token');
    }
    if (typeof claims.exp !== 'number' || claims.exp <= this.now()) {
      throw new NotAuthorizedError('Refresh Token has expired');
    }
    if (typeof claims.origin_jti === 'string' && this.extras.isOriginRevoked(claims.origin_jti)) {
      throw new NotAuthorizedError('Refresh Token has been revoked');
    }
    return claims;
  }

  revokeOrigin(originJti: string): void {
    // Keep the mark long enough to outlive any token of that session.
    this.extras.revokeOrigin(originJti, this.now() + 3650 * 86400);
  }

  /** cognito-local's own targets (AdminInitiateAuth, ...) issue through this adapter. */
  asGenerator(): TokenGenerator {
    return {
      generate: async (ctx, user, groups, client, _metadata, source): Promise<Tokens> => {
        const t = await this.issue(ctx, {
          user,
          groups,
          client,
          withRefreshToken: source !== 'RefreshTokens',
        });
        return {
          AccessToken: t.AccessToken,
          IdToken: t.IdToken ?? '',
          RefreshToken: t.RefreshToken ?? '',
        };
      },
    };
  }
}
