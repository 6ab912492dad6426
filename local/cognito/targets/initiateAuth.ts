// InitiateAuth: adds USER_SRP_AUTH, enforces client auth flows, Cognito's sign-in errors and refresh-token checks.
import type {
  InitiateAuthRequest,
  InitiateAuthResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { InvalidParameterError, NotAuthorizedError } from 'cognito-local/lib/errors';
import { AuthFlow } from '../auth.ts';
import { type Layer, type LayerTarget, poolForClient } from '../layer.ts';
import { assertFlowAllowed } from '../policy.ts';
import { ChoiceFlow } from '../userAuth.ts';
import { authResponse } from './respondToAuthChallenge.ts';

/** REFRESH_TOKEN_AUTH for both InitiateAuth and AdminInitiateAuth: same session (origin_jti), no new refresh token. */
export async function refreshFlow(
  layer: Layer,
  ctx: Context,
  pool: UserPoolService,
  client: AppClient,
  token: string | undefined,
): Promise<InitiateAuthResponse> {
  assertFlowAllowed(client, 'REFRESH_TOKEN_AUTH');
  if (!token) throw new InvalidParameterError('Missing required parameter REFRESH_TOKEN');
  const claims = layer.tokens.readRefreshToken(token);
  if (!claims || claims.client_id !== client.ClientId) {
    throw new NotAuthorizedError('Invalid Refresh Token');
  }
  const user = await pool.getUserByRefreshToken(ctx, token);
  if (!user) throw new NotAuthorizedError('Refresh Token has been revoked');
  if (!user.Enabled) throw new NotAuthorizedError('User is disabled.');
  const issued = await layer.tokens.issue(ctx, {
    user,
    groups: await pool.listUserGroupMembership(ctx, user),
    client,
    originJti: typeof claims.origin_jti === 'string' ? claims.origin_jti : undefined,
    authTime: typeof claims.auth_time === 'number' ? claims.auth_time : undefined,
    withRefreshToken: false,
  });
  return {
    ChallengeParameters: {},
    AuthenticationResult: {
      AccessToken: issued.AccessToken,
      IdToken: issued.IdToken,
      ExpiresIn: issued.ExpiresIn,
      TokenType: 'Bearer',
    },
  };
}

export const InitiateAuth: LayerTarget<InitiateAuthRequest, InitiateAuthResponse> =
  (layer) => async (ctx, req) => {
    const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
    const params = req.AuthParameters ?? {};
    const flow = new AuthFlow(layer, ctx, pool, client);
    switch (req.AuthFlow) {
      case 'USER_PASSWORD_AUTH':
        assertFlowAllowed(client, 'USER_PASSWORD_AUTH');
        return authResponse(
          layer,
          ctx,
          pool,
          client,
          await flow.withPassword(params.USERNAME, params.PASSWORD),
        );
      case 'USER_SRP_AUTH':
        assertFlowAllowed(client, 'USER_SRP_AUTH');
        return authResponse(
          layer,
          ctx,
          pool,
          client,
          await flow.startSrp(params.USERNAME, params.SRP_A),
        );
      case 'USER_AUTH':
        assertFlowAllowed(client, 'USER_AUTH');
        return authResponse(
          layer,
          ctx,
          pool,
          client,
          await new ChoiceFlow(layer, ctx, pool, client, flow).start(params),
        );
      case 'REFRESH_TOKEN':
      case 'REFRESH_TOKEN_AUTH':
        return refreshFlow(layer, ctx, pool, client, params.REFRESH_TOKEN);
      default:
        throw new InvalidParameterError(`${String(req.AuthFlow)} flow not enabled for this client`);
    }
  };
