// Ends sessions: revoking a refresh token also revokes the access/ID tokens of its sign-in (origin_jti).
import type { Context } from 'cognito-local/lib/services/context';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService';
import type { Layer } from './layer.ts';

export async function signOutEverywhere(
  layer: Layer,
  ctx: Context,
  pool: UserPoolService,
  user: User,
): Promise<void> {
  for (const token of user.RefreshTokens ?? []) {
    const origin = layer.tokens.key.decodeVerified(token)?.origin_jti;
    if (typeof origin === 'string') layer.tokens.revokeOrigin(origin);
  }
  await pool.saveUser(ctx, { ...user, RefreshTokens: [] });
}

/** Returns false when the token is not a refresh token we issued to this client. */
export async function revokeRefreshToken(
  layer: Layer,
  ctx: Context,
  pool: UserPoolService,
  clientId: string,
  token: string,
): Promise<boolean> {
  const claims = layer.tokens.key.decodeVerified(token);
  if (!claims || claims.typ !== 'refresh' || claims.client_id !== clientId) return false;
  if (typeof claims.origin_jti === 'string') layer.tokens.revokeOrigin(claims.origin_jti);
  const user = await pool.getUserByRefreshToken(ctx, token);
  if (user)
    await pool.saveUser(ctx, {
      ...user,
      RefreshTokens: (user.RefreshTokens ?? []).filter((t) => t !== token),
    });
  return true;
}
