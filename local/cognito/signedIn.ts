// The user behind an AccessToken, for targets that act on "the currently signed-in user" (passkey management).
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { attributeValue } from 'cognito-local/lib/services/userPoolService';
import { NotAuthorizedError } from 'cognito-local/lib/errors';
import { type Layer, poolForClient } from './layer.ts';

export interface SignedInUser {
  pool: UserPoolService;
  client: AppClient;
  user: User;
  sub: string;
}

const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

/** Verifies the token (again, so the target is safe on its own) and that it may manage the user's own account. */
export async function signedInUser(
  layer: Layer,
  ctx: Context,
  accessToken: string | undefined,
): Promise<SignedInUser> {
  if (!accessToken) throw new NotAuthorizedError('Missing required parameter AccessToken');
  const claims = layer.tokens.verifyAccessToken(accessToken);
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  if (!scopes.includes(ADMIN_SCOPE)) {
    throw new NotAuthorizedError('Access Token does not have required scopes');
  }
  const { pool, client } = await poolForClient(
    layer,
    ctx,
    typeof claims.client_id === 'string' ? claims.client_id : undefined,
  );
  const username = typeof claims.username === 'string' ? claims.username : undefined;
  const user = username ? await pool.getUserByUsername(ctx, username) : null;
  if (!user) throw new NotAuthorizedError('User does not exist.');
  const sub = attributeValue('sub', user.Attributes) ?? user.Username;
  if (claims.sub !== undefined && claims.sub !== sub) {
    throw new NotAuthorizedError('Invalid Access Token');
  }
  return { pool, client, user, sub };
}
