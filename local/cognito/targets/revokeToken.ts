// RevokeToken: revokes a refresh token and, through origin_jti, the access/ID tokens issued with it.
import type {
  RevokeTokenRequest,
  RevokeTokenResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { CognitoError } from 'cognito-local/lib/errors';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { assertClientSecret } from '../secretHash.ts';
import { revokeRefreshToken } from '../signout.ts';

export const RevokeToken: LayerTarget<RevokeTokenRequest, RevokeTokenResponse> =
  (layer) => async (ctx, req) => {
    const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
    assertClientSecret(client, req.ClientSecret);
    if (!(await revokeRefreshToken(layer, ctx, pool, client.ClientId, req.Token))) {
      throw new CognitoError('UnsupportedTokenTypeException', 'Unsupported token type.');
    }
    return {};
  };
