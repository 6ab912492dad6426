// AdminInitiateAuth: the server-side password flow through the same state machine as InitiateAuth.
import type {
  AdminInitiateAuthRequest,
  AdminInitiateAuthResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { InvalidParameterError, ResourceNotFoundError } from 'cognito-local/lib/errors';
import { AuthFlow } from '../auth.ts';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { assertFlowAllowed } from '../policy.ts';
import { refreshFlow } from './initiateAuth.ts';
import { authResponse } from './respondToAuthChallenge.ts';

export const AdminInitiateAuth: LayerTarget<AdminInitiateAuthRequest, AdminInitiateAuthResponse> =
  (layer) => async (ctx, req) => {
    const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
    if (client.UserPoolId !== req.UserPoolId)
      throw new ResourceNotFoundError('User pool client does not exist.');
    const params = req.AuthParameters ?? {};
    switch (req.AuthFlow) {
      case 'ADMIN_USER_PASSWORD_AUTH':
      case 'ADMIN_NO_SRP_AUTH': {
        assertFlowAllowed(client, 'ADMIN_USER_PASSWORD_AUTH');
        const step = await new AuthFlow(layer, ctx, pool, client).withPassword(
          params.USERNAME,
          params.PASSWORD,
        );
        return authResponse(layer, ctx, pool, client, step);
      }
      case 'REFRESH_TOKEN':
      case 'REFRESH_TOKEN_AUTH':
        return refreshFlow(layer, ctx, pool, client, params.REFRESH_TOKEN);
      default:
        throw new InvalidParameterError(`${String(req.AuthFlow)} flow not enabled for this client`);
    }
  };
