// RevokeToken: revokes a refresh token and, through origin_jti, the access/ID tokens issued with it.
import type {
  RevokeTokenRequest,
  RevokeTokenResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { CognitoError, NotAuthorizedError } from 'cognito-local/lib/errors';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { revokeRefreshToken } from '../signout.ts';

export const RevokeToken: LayerTarget<RevokeTokenRequest, RevokeTokenResponse> =
  (layer) => async (ctx, req) => {
    const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
    if (client.ClientSecret && req.ClientSecret !== client.ClientSecret) {
      throw new NotAuthorizedError(
        `Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`,
      );
    }
    if (!(await revokeRefreshToken(layer, ctx, pool, client.ClientId, req.Token))) {
      throw new CognitoError('UnsupportedTokenTypeException', 'Unsupported token type.');
    }
    return {};
  };
