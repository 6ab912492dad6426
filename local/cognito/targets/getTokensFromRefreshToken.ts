// GetTokensFromRefreshToken (missing in cognito-local): refresh with the client secret in clear, rotating the refresh token when the client says so.
import type {
  GetTokensFromRefreshTokenRequest,
  GetTokensFromRefreshTokenResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { refreshTokens } from '../refresh.ts';
import { assertClientSecret } from '../secretHash.ts';

/**
 * ClientMetadata is accepted and, as Cognito documents, neither validated nor stored: it only reaches
 * Lambda triggers, and the local pool runs none. DeviceKey is ignored: there is no device tracking.
 */
export const GetTokensFromRefreshToken: LayerTarget<
  GetTokensFromRefreshTokenRequest,
  GetTokensFromRefreshTokenResponse
> = (layer) => async (ctx, req) => {
  if (!req.RefreshToken) {
    throw new InvalidParameterError(
      "1 validation error detected: Value null at 'refreshToken' failed to satisfy constraint: Member must not be null",
    );
  }
  const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
  assertClientSecret(client, req.ClientSecret);
  const issued = await refreshTokens(layer, ctx, pool, client, req.RefreshToken);
  return {
    AuthenticationResult: {
      AccessToken: issued.AccessToken,
      IdToken: issued.IdToken,
      ...(issued.RefreshToken ? { RefreshToken: issued.RefreshToken } : {}),
      ExpiresIn: issued.ExpiresIn,
      TokenType: 'Bearer',
    },
  };
};
