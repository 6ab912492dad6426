// InitiateAuth: adds USER_SRP_AUTH, enforces client auth flows, Cognito's sign-in errors and refresh-token checks.
import type {
  InitiateAuthRequest,
  InitiateAuthResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import { AuthFlow, type AuthStep } from '../auth.ts';
import { type Layer, type LayerTarget, poolForClient } from '../layer.ts';
import { assertFlowAllowed } from '../policy.ts';
import { refreshTokens } from '../refresh.ts';
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
  const issued = await refreshTokens(layer, ctx, pool, client, token);
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
    const respond = (step: AuthStep) => authResponse(layer, ctx, pool, client, step);
    switch (req.AuthFlow) {
      case 'USER_PASSWORD_AUTH':
        assertFlowAllowed(client, 'USER_PASSWORD_AUTH');
        return respond(await flow.withPassword(params.USERNAME, params.PASSWORD));
      case 'USER_SRP_AUTH':
        assertFlowAllowed(client, 'USER_SRP_AUTH');
        return respond(await flow.startSrp(params.USERNAME, params.SRP_A));
      case 'USER_AUTH':
        assertFlowAllowed(client, 'USER_AUTH');
        return respond(await new ChoiceFlow(layer, ctx, pool, client, flow).start(params));
      case 'REFRESH_TOKEN':
      case 'REFRESH_TOKEN_AUTH':
        return refreshFlow(layer, ctx, pool, client, params.REFRESH_TOKEN);
      default:
        throw new InvalidParameterError(`${String(req.AuthFlow)} flow not enabled for this client`);
    }
  };
