// Token refresh for every path (GetTokensFromRefreshToken, REFRESH_TOKEN_AUTH, the token endpoint): one set of checks, and rotation when the client has it on.
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { CognitoError, NotAuthorizedError } from 'cognito-local/lib/errors';
import type { Layer } from './layer.ts';
import { rotationOf } from './rotation.ts';
import type { IssuedTokens } from './tokens.ts';

/** Cognito names the error (RefreshTokenReuseException) but documents no message; this one says what happened. */
export const REUSED = 'Refresh Token has been invalidated by refresh token rotation';

/**
 * New tokens for a refresh token, keeping its session (origin_jti) and auth_time. With rotation on
 * the answer carries a new refresh token, valid until the old one would have expired, and the old one
 * keeps working for the client's retry grace period only.
 * `scopes`: those the token endpoint grants again; API refreshes get Cognito's API scope.
 */
export async function refreshTokens(
  layer: Layer,
  ctx: Context,
  pool: UserPoolService,
  client: AppClient,
  token: string,
  scopes?: readonly string[],
): Promise<IssuedTokens> {
  const claims = layer.tokens.checkRefreshToken(token, client.ClientId);
  const now = Math.floor(layer.services.clock.get().getTime() / 1000);
  const jti = String(claims.jti);
  const expiresAt = Number(claims.exp);
  const rotation = rotationOf(client);
  const rotated = layer.extras.rotatedRefreshToken(jti);
  if (rotated && now >= rotated.graceUntil) {
    throw new CognitoError('RefreshTokenReuseException', REUSED);
  }
  // Marked before the first await, so a second request with the same token already sees it.
  if (rotation.enabled && !rotated) {
    layer.extras.markRotated(
      jti,
      { graceUntil: now + rotation.graceSeconds, forgetAfter: expiresAt },
      now,
    );
  }

  // Within the grace period a rotated-away token is no longer on the user's list, but still theirs.
  const user =
    (await pool.getUserByRefreshToken(ctx, token)) ??
    (rotated && typeof claims.username === 'string'
      ? await pool.getUserByUsername(ctx, claims.username)
      : null);
  if (!user) throw new NotAuthorizedError('Refresh Token has been revoked');
  if (!user.Enabled) throw new NotAuthorizedError('User is disabled.');

  const issued = await layer.tokens.issue(ctx, {
    user,
    groups: await pool.listUserGroupMembership(ctx, user),
    client,
    scopes,
    originJti: typeof claims.origin_jti === 'string' ? claims.origin_jti : undefined,
    authTime: typeof claims.auth_time === 'number' ? claims.auth_time : undefined,
    withRefreshToken: rotation.enabled,
    refreshExpiresAt: expiresAt,
    refreshScope: typeof claims.scope === 'string' ? claims.scope : undefined,
    triggerSource: 'TokenGeneration_RefreshTokens',
  });
  if (rotation.enabled && !rotated) {
    // issue() stored the new token on the freshest copy; drop the old one from that same copy.
    const fresh = (await pool.getUserByUsername(ctx, user.Username)) ?? user;
    await pool.saveUser(ctx, {
      ...fresh,
      RefreshTokens: (fresh.RefreshTokens ?? []).filter((t) => t !== token),
    });
  }
  return issued;
}
